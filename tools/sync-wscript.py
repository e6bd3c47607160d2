#!/usr/bin/env python3
"""Rewrites the file lists of wscript from CMakeLists.txt (run after adding files).

CMakeLists.txt is the reference; test/check-build-lists.py (a CTest test) fails when
the two disagree. Usage: tools/sync-wscript.py [module root]
"""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
cmake = (root / "CMakeLists.txt").read_text()
wscript_path = root / "wscript"
wscript = wscript_path.read_text()

for variable, key in (
    ("hmipv6_sources", "module.source"),
    ("hmipv6_headers", "headers.source"),
    ("hmipv6_test_sources", "module_test.source"),
):
    files = re.search(r"set\(" + variable + r"\s+(.*?)\)", cmake, re.S).group(1).split()
    listing = "[\n" + "".join(f"        '{f}',\n" for f in files) + "    ]"
    wscript = re.sub(re.escape(key) + r"\s*=\s*\[.*?\]", lambda _: f"{key} = {listing}", wscript,
                     flags=re.S)
wscript_path.write_text(wscript)
