#!/usr/bin/env python3
"""Seed corpus of the roles' fuzz targets from the wire demo's captures.

Every IPv6 packet of the captures becomes one input of the targets that take its Next
Header (and ICMPv6 type), in the harness's input format (test/fuzz/role-fuzzer.h):
octet 0 the source, octet 1 the destination (indices into the harness's addresses),
octet 2 the receiving node and the Next Header, then the IPv6 payload. Files are named
by the SHA-1 of their content, as libFuzzer names its corpus.
Usage: fuzz-seeds.py OUT_DIR CAPTURE...
"""
import hashlib
import importlib.util
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("pcap_messages", HERE / "pcap-messages.py")
pcap = importlib.util.module_from_spec(spec)
spec.loader.exec_module(pcap)

# Harness address indices: 0 home address, 1 LCoA, 2 GCoA, 3 MS, 4 AR, 5 AR link-local,
# 6 home agent, 7 CH1, 8 CH2, 9 MS link-local, 10 host link-local, 11 ff02::1,
# 12 GCoA's solicited-node, 13 home address's solicited-node, 14 ff02::2.
# target: (Next Headers as the target lists them, ICMPv6 types or None, source, destination)
TARGETS = {
    "mobility-header-receive-fuzzer": ([135], None, 1, 6),
    "ms-registration-fuzzer": ([60], None, 1, 3),
    "router-advertiser-fuzzer": ([60, 58], {133}, 3, 4),
    "host-router-advertisement-fuzzer": ([58], {134}, 5, 11),
    "nd-proxy-fuzzer": ([58], {135, 136}, 9, 12),
    "tunnel-decapsulation-fuzzer": ([41], None, 6, 2),
    "type2-routing-fuzzer": ([43], None, 7, 1),
    "home-address-option-handler-fuzzer": ([60], None, 1, 7),
}


def seeds(frame):
    """Yield (target, input) for one Ethernet frame."""
    if len(frame) < 54 or frame[12:14] != b"\x86\xdd":
        return
    ip = frame[14:]
    next_header = ip[6]
    payload = ip[40 : 40 + int.from_bytes(ip[4:6], "big")]
    for name, (headers, icmp_types, src, dst) in TARGETS.items():
        if next_header not in headers:
            continue
        if next_header == 58 and (not payload or icmp_types is None or payload[0] not in icmp_types):
            continue
        selector = headers.index(next_header) | 0x08  # Hop Limit 255, the first node
        yield name, bytes([src, dst, selector]) + payload


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    out = pathlib.Path(sys.argv[1])
    written = 0
    for capture in sys.argv[2:]:
        for _, frame in pcap.read_pcap(capture):
            for name, data in seeds(frame):
                folder = out / name
                folder.mkdir(parents=True, exist_ok=True)
                path = folder / hashlib.sha1(data).hexdigest()
                if not path.exists():
                    path.write_bytes(data)
                    written += 1
    print(f"{written} seed(s) in {out}")


if __name__ == "__main__":
    main()
