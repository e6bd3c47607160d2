#! /usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""Checks the output of hmipv6-campus: handoffs of several hosts, labelled, the study's
parameters as columns, each isolated intra-domain handoff (the old path working up to
the move, the next move after its loss window) as the reference model predicts (doc:
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
    by_host = {}
    for row in rows:
        by_host.setdefault(row["host"], []).append(row)
    checked = 0
    intra = 0
    for row in rows:
        name = f"{row['host']} handoff {row['handoff']}"
        if row["protocol"] != "hmipv6" or row["move"] not in ("intra", "inter", "none"):
            errors.append(f"{name}: labels {row['protocol']},{row['move']}")
        if row["hosts"] != str(args.hosts):
            errors.append(f"{name}: hosts column {row['hosts']}")
        if row["move"] != "intra" or not row["latency_ms"] or row["home_registered"] != "1":
            continue
        intra += 1
        # A handoff of its own: the old path carried the flow up to the move, and the
        # next move comes after this one's loss window (LossLead, 1 s) has closed.
        down = float(row["t_l2_down_s"])
        last_old = row["t_last_old_packet_s"]
        if not last_old or down - float(last_old) > 2 / args.rate:
            continue
        host_rows = by_host[row["host"]]
        k = host_rows.index(row)
        if k + 1 < len(host_rows) and (float(host_rows[k + 1]["t_l2_down_s"]) - 1
                                       < float(row["t_first_packet_s"]) + 2 / args.rate):
            continue
        previous = host_rows[k - 1]["t_first_packet_s"] if k > 0 else ""
        if previous and float(previous) > down - 1 - 2 / args.rate:
            continue  # the previous handoff's losses fall into this one's window
        latency = float(row["latency_ms"])
        # Back on a link whose address the host kept (its lifetime runs on): no DAD.
        dad_ms = DAD_MS
        if float(row["t_coa_ready_s"]) - float(row["t_l2_up_s"]) < DAD_MS / 2000:
            dad_ms = 0
        model_ms = args.l2_ms + T_MD + dad_ms + RTT_MS
        lost = int(row["lost_packets"])
        if not abs(latency - model_ms) <= tolerance_ms:
            errors.append(f"{name}: latency {latency} ms, model {model_ms:.1f} ms")
        if not abs(lost - args.rate * latency / 1000) <= 2:
            errors.append(f"{name}: {lost} lost, rate x latency {args.rate * latency / 1000:.1f}")
        checked += 1
    if checked == 0 or checked < intra / 2:
        errors.append(f"{checked} of {intra} complete intra-domain handoffs were isolated")
    with open(os.path.join(args.outdir, "ms-load.csv"), newline="") as f:
        load = list(csv.DictReader(f))
    if len(load) != args.domains:
        errors.append(f"{len(load)} MS load lines, expected {args.domains}")
    for row in load:
        if int(row["peak_bindings"]) == 0 or int(row["tunnelled_packets"]) == 0:
            errors.append(f"{row['ms']}: no binding or nothing tunnelled")
    model_ms = args.l2_ms + T_MD + DAD_MS + RTT_MS
    print(f"{len(rows)} handoffs of {len(hosts)} hosts, {checked} isolated intra-domain ones "
          f"(of {intra}) checked against the model ({model_ms:.1f} ms; without DAD when the "
          f"host kept its address)")
    for e in errors:
        print("FAIL:", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
