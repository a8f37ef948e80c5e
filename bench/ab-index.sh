#!/usr/bin/env bash
# Indexes one corpus with several builds of pfocr in turn, round after round, so that the drift of
# this machine's speed falls on all of them alike (README, Performance, "Side by side"). Benchmarks
# are not tests: ./run-tests never runs this.
#
# Usage: bench/ab-index.sh [--rounds N] [--update INDEX] CORPUS VARIANT...
#   VARIANT  a checkout of pfocr, built and with its indexing start-up cache made (run its
#            ./pfocr index once, e.g. on its testdata/figures), optionally followed by
#            ':JVM FLAGS' for PFOCR_JVM_OPTS, e.g. /tmp/old ':-XX:+UseParallelGC' after a path
#   --rounds rounds, each indexing CORPUS once with every variant (default: 3)
#   --update instead of building a new index each time, update INDEX (built from CORPUS, so that
#            nothing changed) with 'index --update'
# Prints one line per run: round, variant, wall s, CPU s (user + system), peak RSS MB (GNU time),
# or the exit code of a run that failed (out of memory, say).
set -euo pipefail

rounds=3
update=
if [[ ${1:-} == --rounds ]]; then rounds=$2 && shift 2; fi
if [[ ${1:-} == --update ]]; then update=$2 && shift 2; fi
(($# >= 2)) || { echo "usage: bench/ab-index.sh [--rounds N] [--update INDEX] CORPUS VARIANT..." >&2; exit 2; }
[[ -z $update || -d $update ]] || { echo "ab-index: error: no index at $update to update" >&2; exit 2; }
corpus=$1 && shift
[[ -d $corpus ]] || { echo "ab-index: error: no corpus at $corpus" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "ab-index: error: needs GNU time (/usr/bin/time, Debian package 'time')" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/pfocr-ab.XXXXXX")
trap 'rm -rf "$work"' EXIT

for ((round = 1; round <= rounds; round++)); do
  for variant in "$@"; do
    tree=${variant%%:*}
    flags=; [[ $variant == *:* ]] && flags=${variant#*:}
    [[ -x $tree/pfocr ]] || { echo "ab-index: error: no pfocr in $tree" >&2; exit 2; }
    if [[ -n $update ]]; then
      index=(--update --index "$update")
    else
      rm -rf "$work/index"
      index=(--index "$work/index")
    fi
    rc=0
    PFOCR_NO_BUILD=1 PFOCR_JVM_OPTS=$flags /usr/bin/time -f '%e %U %S %M' -o "$work/time" \
      "$tree/pfocr" index --quiet "${index[@]}" "$corpus" > /dev/null 2> "$work/err" || rc=$?
    if ((rc != 0)); then
      printf "round %d  %-40s failed after %s s (exit %d): %s\n" "$round" "$variant" \
        "$(tail -n 1 "$work/time" | cut -d' ' -f1)" "$rc" "$(grep -m 1 '^pfocr: error' "$work/err" || tail -n 1 "$work/err")"
      continue
    fi
    awk -v r="$round" -v v="$variant" '{printf "round %d  %-40s wall %6.2f  cpu %7.2f  rss %5.0f\n", r, v, $1, $2 + $3, $4 / 1024}' "$work/time"
  done
done
