#!/usr/bin/env bash
# Times a cold `pfocr search` (a new JVM each time) with several builds of pfocr in turn, run after
# run, so that the drift of this machine's speed falls on all of them alike (README, Performance).
# Benchmarks are not tests: ./run-tests never runs this.
#
# Usage: bench/ab-search.sh [--runs N] INDEX QUERY VARIANT...
#   VARIANT  a checkout of pfocr, built and with its start-up cache made (run its ./pfocr search
#            once), optionally followed by ':JVM FLAGS' for PFOCR_JVM_OPTS
#   --runs   runs of each variant (default: 15)
# Prints one line per variant: median, fastest and slowest wall time in ms.
set -euo pipefail

runs=15
if [[ ${1:-} == --runs ]]; then runs=$2 && shift 2; fi
(($# >= 3)) || { echo "usage: bench/ab-search.sh [--runs N] INDEX QUERY VARIANT..." >&2; exit 2; }
index=$1 query=$2 && shift 2
[[ -d $index ]] || { echo "ab-search: error: no index at $index" >&2; exit 2; }
declare -A times
for ((run = 1; run <= runs; run++)); do
  for variant in "$@"; do
    tree=${variant%%:*}
    flags=; [[ $variant == *:* ]] && flags=${variant#*:}
    [[ -x $tree/pfocr ]] || { echo "ab-search: error: no pfocr in $tree" >&2; exit 2; }
    start=$(date +%s%N)
    PFOCR_NO_BUILD=1 PFOCR_JVM_OPTS=$flags "$tree/pfocr" search --index "$index" "$query" > /dev/null 2>&1 ||
      { echo "ab-search: error: $variant failed; run it by hand to see why" >&2; exit 1; }
    times[$variant]+="$((($(date +%s%N) - start) / 1000000)) "
  done
done
for variant in "$@"; do
  tr ' ' '\n' <<< "${times[$variant]}" | grep . | sort -n |
    awk -v v="$variant" '{a[NR] = $1} END {printf "%-40s median %4d  min %4d  max %4d ms  (%d runs)\n", v, a[int((NR + 1) / 2)], a[1], a[NR], NR}'
done
