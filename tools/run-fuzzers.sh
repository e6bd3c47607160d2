#!/bin/sh
# Runs every fuzz target in DIR for RUNS executions each; stops at the first finding.
# Usage: run-fuzzers.sh DIR [RUNS]
set -eu
dir=$1
runs=${2:-1000000}
for fuzzer in "$dir"/*-fuzzer; do
    name=$(basename "$fuzzer")
    corpus="$dir/corpus/$name"
    log="$dir/$name.log"
    mkdir -p "$corpus"
    printf '%s: ' "$name"
    if ! "$fuzzer" -runs="$runs" -max_len=512 -print_final_stats=1 "$corpus" >"$log" 2>&1; then
        echo "FAILED (see $log)"
        grep -E "ERROR|SUMMARY|Test unit written" "$log" || true
        exit 1
    fi
    grep -E "stat::number_of_executed_units" "$log" | tr -s ' ' || echo "done"
done
echo "every fuzz target ran $runs executions without a finding"
