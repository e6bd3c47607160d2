#! /usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""Checks the handoffs.csv of examples/hmipv6-first-scenario, built with the helpers'
defaults only, against the reference model (doc: "Validation"): each intra-domain HMIPv6
handoff takes L2 outage + mean movement detection + DAD + one registration round trip to
the MS, and loses rate x latency packets."""

import csv
import sys

L2_MS = 50  # LinkSwitchHandoff's outage
RA_MIN_MS, RA_MAX_MS = 30, 70  # MobilityInfoRouterAdvertiser's RA intervals
DAD_MS = 1000  # RFC 4862 RetransTimer, one probe
RTT_MS = 2 * (1 + 2 * 2)  # host -> AR (1 ms) -> BR -> MS (2 ms each), and back
RATE = 100  # the example's packets per second
T_MD = (RA_MIN_MS**2 + RA_MIN_MS * RA_MAX_MS + RA_MAX_MS**2) / (3 * (RA_MIN_MS + RA_MAX_MS))
MODEL_MS = L2_MS + T_MD + DAD_MS + RTT_MS
TOLERANCE_MS = RA_MAX_MS + 1000 / RATE  # the RA's wait varies; packets on a 10 ms grid


def main(path):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    errors = []
    if len(rows) != 2:
        errors.append(f"{len(rows)} handoffs, expected 2")
    for row in rows:
        k = row["handoff"]
        if (row["protocol"], row["move"]) != ("hmipv6", "intra"):
            errors.append(f"handoff {k}: labels {row['protocol']},{row['move']}")
        if row["home_registered"] != "1":
            errors.append(f"handoff {k}: the home registration was not complete")
        if not row["t_reg_acked_s"]:
            errors.append(f"handoff {k}: registration never acknowledged")
        latency = float(row["latency_ms"] or "nan")
        if not abs(latency - MODEL_MS) <= TOLERANCE_MS:
            errors.append(f"handoff {k}: latency {latency} ms, model {MODEL_MS:.1f} ms")
        lost = int(row["lost_packets"])
        if not abs(lost - RATE * latency / 1000) <= 2:
            errors.append(f"handoff {k}: {lost} lost, rate x latency {RATE * latency / 1000:.1f}")
        print(f"handoff {k}: latency {latency:.1f} ms (model {MODEL_MS:.1f}), {lost} lost")
    for e in errors:
        print("FAIL:", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
