#!/usr/bin/env python3
"""Checks that the three build descriptions of the module agree.

CMakeLists.txt (ns-3 >= 3.36 and standalone), wscript (waf-era ns-3 <= 3.35) and
test/suites.txt must list the same files and suites, and every source file in the
module's folders must be listed. Usage: check-build-lists.py <module root>
"""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
errors = []


def cmake_set(text, name):
    m = re.search(r"set\(" + name + r"\s+(.*?)\)", text, re.S)
    return set(m.group(1).split()) if m else set()


def wscript_list(text, name):
    m = re.search(name + r"\s*=\s*\[(.*?)\]", text, re.S)
    return set(re.findall(r"'([^']+)'", m.group(1))) if m else set()


def compare(what, a, b, a_name, b_name):
    for f in sorted(a - b):
        errors.append(f"{what}: {f} is in {a_name} but not in {b_name}")
    for f in sorted(b - a):
        errors.append(f"{what}: {f} is in {b_name} but not in {a_name}")


cmake = (root / "CMakeLists.txt").read_text()
waf = (root / "wscript").read_text()
sources = cmake_set(cmake, "hmipv6_sources")
headers = cmake_set(cmake, "hmipv6_headers")
tests = cmake_set(cmake, "hmipv6_test_sources")
compare("sources", sources, wscript_list(waf, "module.source"), "CMakeLists.txt", "wscript")
compare("headers", headers, wscript_list(waf, "headers.source"), "CMakeLists.txt", "wscript")
compare("tests", tests, wscript_list(waf, "module_test.source"), "CMakeLists.txt", "wscript")

on_disk = {
    str(p.relative_to(root))
    for folder in ("model", "helper")
    if (root / folder).is_dir()
    for p in (root / folder).rglob("*")
    if p.suffix in (".cc", ".h")
}
compare("files", on_disk, sources | headers, "the source folders", "CMakeLists.txt")

examples_cmake = set(re.findall(r"NAME\s+(\S+)", (root / "examples/CMakeLists.txt").read_text()))
examples_waf = set(
    re.findall(r"create_ns3_program\(\s*'([^']+)'", (root / "examples/wscript").read_text())
)
compare("examples", examples_cmake, examples_waf, "examples/CMakeLists.txt", "examples/wscript")

registered = set()
for t in tests:
    registered |= set(re.findall(r'TestSuite\(\s*"([^"]+)"', (root / t).read_text()))
listed = {
    line.strip()
    for line in (root / "test/suites.txt").read_text().splitlines()
    if line.strip() and not line.startswith("#")
}
compare("suites", registered, listed, "the test sources", "test/suites.txt")

for e in errors:
    print(e)
print(f"build lists: {len(errors)} disagreement(s)")
sys.exit(1 if errors else 0)
