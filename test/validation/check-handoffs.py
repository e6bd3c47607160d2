#! /usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""Checks the handoffs.csv of an example built with the helpers' defaults
(hmipv6-first-scenario, hmipv6-own-topology) against the reference model (doc:
"Validation"): each intra-domain HMIPv6 handoff takes the layer-2 outage + mean movement
detection + DAD + one registration round trip to the MS, and loses rate x latency
packets.

Usage: check-handoffs.py CSV [--handoffs N] [--l2-ms MS] [--rtt-ms MS]"""

import argparse
import csv
import sys

RA_MIN_MS, RA_MAX_MS = 30, 70  # MobilityInfoRouterAdvertiser's RA intervals
DAD_MS = 1000  # RFC 4862 RetransTimer, one probe
RATE = 100  # the examples' packets per second
T_MD = (RA_MIN_MS**2 + RA_MIN_MS * RA_MAX_MS + RA_MAX_MS**2) / (3 * (RA_MIN_MS + RA_MAX_MS))
TOLERANCE_MS = RA_MAX_MS + 1000 / RATE  # the RA's wait varies; packets on a 10 ms grid


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("csv")
    parser.add_argument("--handoffs", type=int, default=2)
    # Defaults: HmipTopologyHelper's (LinkSwitchHandoff outage 50 ms; host -> AR 1 ms ->
    # BR -> MS 2 ms each, and back).
    parser.add_argument("--l2-ms", type=float, default=50)
    parser.add_argument("--rtt-ms", type=float, default=2 * (1 + 2 * 2))
    args = parser.parse_args()
    model_ms = args.l2_ms + T_MD + DAD_MS + args.rtt_ms
    path = args.csv
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    errors = []
    if len(rows) != args.handoffs:
        errors.append(f"{len(rows)} handoffs, expected {args.handoffs}")
    for row in rows:
        k = row["handoff"]
        if (row["protocol"], row["move"]) != ("hmipv6", "intra"):
            errors.append(f"handoff {k}: labels {row['protocol']},{row['move']}")
        if row["home_registered"] != "1":
            errors.append(f"handoff {k}: the home registration was not complete")
        if not row["t_reg_acked_s"]:
            errors.append(f"handoff {k}: registration never acknowledged")
        latency = float(row["latency_ms"] or "nan")
        if not abs(latency - model_ms) <= TOLERANCE_MS:
            errors.append(f"handoff {k}: latency {latency} ms, model {model_ms:.1f} ms")
        lost = int(row["lost_packets"])
        if not abs(lost - RATE * latency / 1000) <= 2:
            errors.append(f"handoff {k}: {lost} lost, rate x latency {RATE * latency / 1000:.1f}")
        print(f"handoff {k}: latency {latency:.1f} ms (model {model_ms:.1f}), {lost} lost")
    for e in errors:
        print("FAIL:", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
