#!/usr/bin/env python3
"""Lists the HMIPv6 / Mobile IPv6 messages found in pcap files (Ethernet/CSMA links).

A small decoder that does not depend on the module: it reads pcap records, follows the
IPv6 extension header chain and names each message with the names used in the module's
CSV outputs (RegistrationRequest, BindingUpdate, HoTI, ...).

  pcap-messages.py FILE.pcap ...                 print one line per message
  pcap-messages.py --expect A,B,... FILE.pcap    exit 1 unless each named message appears
  pcap-messages.py --forbid ParameterProblem ... exit 1 if a named message appears
"""
import argparse
import collections
import struct
import sys

DRAFT_OPTIONS = {
    0x1E: "MobilityInformation",
    0x9E: "RegistrationRequest",
    0xDE: "RegistrationUpdate",
    0xBE: "RegistrationRefresh",
    0xFE: "HandoffRequest",
    201: "HomeAddressOption",
}
MH_TYPES = {
    0: "BindingRefreshRequest",
    1: "HoTI",
    2: "CoTI",
    3: "HoT",
    4: "CoT",
    5: "BindingUpdate",
    6: "BindingAcknowledgement",
    7: "BindingError",
}
ICMP_TYPES = {
    1: "DestinationUnreachable",
    4: "ParameterProblem",
    133: "RouterSolicitation",
    134: "RouterAdvertisement",
    135: "NeighborSolicitation",
    136: "NeighborAdvertisement",
}
RA_MOBILITY_INFO_OPTION = 253


def ipv6_address(raw):
    groups = struct.unpack("!8H", raw)
    return ":".join(f"{g:x}" for g in groups)


def messages(ipv6):
    """Names of the messages one IPv6 packet carries."""
    if len(ipv6) < 40:
        return ["Truncated"]
    names = []
    nh = ipv6[6]
    pos = 40
    while True:
        if nh in (0, 60):  # hop-by-hop, destination options
            if pos + 2 > len(ipv6):
                return names + ["Truncated"]
            end = pos + (ipv6[pos + 1] + 1) * 8
            i = pos + 2
            while i < min(end, len(ipv6)):
                t = ipv6[i]
                if t == 0:
                    i += 1
                    continue
                if i + 1 >= len(ipv6):
                    break
                if t in DRAFT_OPTIONS:
                    names.append(DRAFT_OPTIONS[t])
                i += 2 + ipv6[i + 1]
            nh, pos = ipv6[pos], end
        elif nh == 43:  # routing
            if pos + 4 > len(ipv6):
                return names + ["Truncated"]
            if ipv6[pos + 2] == 2:
                names.append("Type2RoutingHeader")
            nh, pos = ipv6[pos], pos + (ipv6[pos + 1] + 1) * 8
        elif nh == 135:
            if pos + 3 > len(ipv6):
                return names + ["Truncated"]
            names.append(MH_TYPES.get(ipv6[pos + 2], f"MobilityHeader{ipv6[pos + 2]}"))
            return names
        elif nh == 58:
            if pos + 1 > len(ipv6):
                return names + ["Truncated"]
            t = ipv6[pos]
            name = ICMP_TYPES.get(t, f"ICMPv6-{t}")
            if t == 134:
                i = pos + 16
                while i + 2 <= len(ipv6) and ipv6[i + 1] > 0:
                    if ipv6[i] == RA_MOBILITY_INFO_OPTION:
                        name = "RouterAdvertisement+MobilityInfoOption"
                    i += ipv6[i + 1] * 8
            names.append(name)
            return names
        elif nh == 59:
            return names
        else:
            names.append(f"Protocol{nh}")
            return names


def read_pcap(path):
    with open(path, "rb") as f:
        data = f.read()
    if len(data) < 24:
        raise ValueError(f"{path}: not a pcap file")
    magic = struct.unpack("<I", data[:4])[0]
    endian = "<" if magic in (0xA1B2C3D4, 0xA1B23C4D) else ">"
    nanos = magic in (0xA1B23C4D, 0x4D3CB2A1)
    linktype = struct.unpack(endian + "I", data[20:24])[0]
    if linktype != 1:
        raise ValueError(f"{path}: link type {linktype}, expected Ethernet (1)")
    pos = 24
    while pos + 16 <= len(data):
        sec, frac, incl, _ = struct.unpack(endian + "IIII", data[pos : pos + 16])
        frame = data[pos + 16 : pos + 16 + incl]
        pos += 16 + incl
        yield sec + frac / (1e9 if nanos else 1e6), frame


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pcaps", nargs="+")
    parser.add_argument("--expect", default="", help="comma-separated names that must appear")
    parser.add_argument("--forbid", default="", help="comma-separated names that must not")
    parser.add_argument("--quiet", action="store_true", help="print only the summary")
    args = parser.parse_args()

    seen = collections.Counter()
    for path in args.pcaps:
        for t, frame in read_pcap(path):
            if len(frame) < 14 or struct.unpack("!H", frame[12:14])[0] != 0x86DD:
                continue
            ipv6 = frame[14:]
            for name in messages(ipv6):
                seen[name] += 1
                if not args.quiet:
                    src, dst = ipv6_address(ipv6[8:24]), ipv6_address(ipv6[24:40])
                    print(f"{t:.6f} {path} {src} -> {dst} {name}")
    status = 0
    for name in filter(None, args.expect.split(",")):
        if seen[name] == 0:
            print(f"missing: {name}", file=sys.stderr)
            status = 1
    for name in filter(None, args.forbid.split(",")):
        if seen[name] > 0:
            print(f"unexpected: {name} x{seen[name]}", file=sys.stderr)
            status = 1
    print("summary: " + ", ".join(f"{k} {v}" for k, v in sorted(seen.items())))
    return status


if __name__ == "__main__":
    sys.exit(main())
