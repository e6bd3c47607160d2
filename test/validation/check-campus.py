#! /usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""Checks the output of hmipv6-campus: handoffs of several hosts, the study's parameters
as columns, each complete intra-domain handoff as the reference model predicts (doc:
"Validation", as check-handoffs.py), and a load line for every domain's MS.

Usage: check-campus.py OUTDIR --hosts N --domains K --rate R [--l2-ms MS]"""

import argparse
import csv
import os
import sys

RA_MIN_MS, RA_MAX_MS = 30, 70  # MobilityInfoRouterAdvertiser's RA intervals
DAD_MS = 1000  # RFC 4862 RetransTimer, one probe
RTT_MS = 2 * (1 + 2 * 2)  # host -> AR 1 ms -> BR -> MS 2 ms each, and back
T_MD = (RA_MIN_MS**2 + RA_MIN_MS * RA_MAX_MS + RA_MAX_MS**2) / (3 * (RA_MIN_MS + RA_MAX_MS))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir")
    parser.add_argument("--hosts", type=int, required=True)
    parser.add_argument("--domains", type=int, required=True)
    parser.add_argument("--rate", type=float, required=True)
    parser.add_argument("--l2-ms", type=float, default=50)  # the link switch's outage
    args = parser.parse_args()
    model_ms = args.l2_ms + T_MD + DAD_MS + RTT_MS
    tolerance_ms = RA_MAX_MS + 1000 / args.rate
    errors = []
    with open(os.path.join(args.outdir, "handoffs.csv"), newline="") as f:
        rows = list(csv.DictReader(f))
    for column in ("host", "seed", "run", "domains", "routers", "hosts", "link_model", "speed",
                   "rate", "t_last_old_packet_s"):
        if rows and column not in rows[0]:
            errors.append(f"no column {column}")
    hosts = {row["host"] for row in rows}
    if len(hosts) < 2:
        errors.append(f"handoffs of {len(hosts)} host(s)")
    checked = 0
    for row in rows:
        name = f"{row['host']} handoff {row['handoff']}"
        if row["protocol"] != "hmipv6" or row["move"] not in ("intra", "inter"):
            errors.append(f"{name}: labels {row['protocol']},{row['move']}")
        if row["hosts"] != str(args.hosts):
            errors.append(f"{name}: hosts column {row['hosts']}")
        if row["move"] != "intra" or not row["latency_ms"] or row["home_registered"] != "1":
            continue
        latency = float(row["latency_ms"])
        lost = int(row["lost_packets"])
        if not abs(latency - model_ms) <= tolerance_ms:
            errors.append(f"{name}: latency {latency} ms, model {model_ms:.1f} ms")
        if not abs(lost - args.rate * latency / 1000) <= 2:
            errors.append(f"{name}: {lost} lost, rate x latency {args.rate * latency / 1000:.1f}")
        last_old = row["t_last_old_packet_s"]
        if last_old and not 0 <= float(row["t_l2_down_s"]) - float(last_old) <= 2 / args.rate:
            errors.append(f"{name}: last packet on the old path at {last_old}")
        checked += 1
    if checked == 0:
        errors.append("no complete intra-domain handoff")
    with open(os.path.join(args.outdir, "ms-load.csv"), newline="") as f:
        load = list(csv.DictReader(f))
    if len(load) != args.domains:
        errors.append(f"{len(load)} MS load lines, expected {args.domains}")
    for row in load:
        if int(row["peak_bindings"]) == 0 or int(row["tunnelled_packets"]) == 0:
            errors.append(f"{row['ms']}: no binding or nothing tunnelled")
    print(f"{len(rows)} handoffs of {len(hosts)} hosts, {checked} intra-domain ones checked "
          f"against the model ({model_ms:.1f} ms)")
    for e in errors:
        print("FAIL:", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
