#!/bin/sh
# Runs every fuzz target in DIR for RUNS executions each; stops at the first finding.
# The roles' targets (those with a seed corpus in test/fuzz/corpus) run twice: with
# authentication on, and off (HMIPV6_FUZZ_AUTH=off) to reach the code behind it.
# Usage: run-fuzzers.sh DIR [RUNS]
set -eu
dir=$1
runs=${2:-1000000}
seeds=$(dirname "$0")/../test/fuzz/corpus
run() {
    name=$1
    mode=$2
    corpus="$dir/corpus/$name-$mode"
    log="$dir/$name-$mode.log"
    mkdir -p "$corpus"
    printf '%s (authentication %s): ' "$name" "$mode"
    extra=""
    [ -d "$seeds/$name" ] && extra="$seeds/$name"
    # shellcheck disable=SC2086 # extra is one folder or nothing
    if ! HMIPV6_FUZZ_AUTH=$mode "$fuzzer" -runs="$runs" -max_len=512 -print_final_stats=1 \
        -artifact_prefix="$dir/" "$corpus" $extra >"$log" 2>&1; then
        echo "FAILED (see $log)"
        grep -E "ERROR|SUMMARY|invariant|Test unit written" "$log" || true
        exit 1
    fi
    grep -E "stat::number_of_executed_units" "$log" | tr -s ' ' || echo "done"
}
for fuzzer in "$dir"/*-fuzzer; do
    name=$(basename "$fuzzer")
    run "$name" on
    if [ -d "$seeds/$name" ]; then
        run "$name" off
    fi
done
echo "every fuzz target ran $runs executions without a finding"
