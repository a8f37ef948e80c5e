#!/usr/bin/env bash
# Benchmarks pfocr at scale and prints Markdown tables (README, Performance). Benchmarks are not
# tests: ./run-tests never runs this.
#
# Usage: bench/run.sh [--sizes "10000 100000"] [--reps N] [--heap MB] [--quick] [--work DIR] [--from DIR]
#   --sizes  corpus sizes in figures (default: 10000 100000)
#   --heap   the heap limit of the memory runs, which index and update each corpus once more with
#            -Xmx<MB>m and a GC log, to show the heap needed does not grow with the corpus (default: 256)
#   --reps   indexing and parse-only runs per size; medians are reported (default: 3)
#   --quick  shorter query benchmark and fewer cold-start runs, for a first look
#   --work   where corpora, indexes and results go (default: $PFOCR_BENCH_DIR, else $TMPDIR/pfocr-bench);
#            a corpus already there is reused, so its generation is paid once
#   --from   template records the corpora are recombined from (default: ../shared/pfocr-sample)
#
# Uses GNU time (/usr/bin/time, Debian package 'time') for peak RSS and ripgrep ('ripgrep') for
# the comparison, curl for searches through 'pfocr serve', and python3 with SQLite's FTS5 for the
# peer the start-up goal names (bench/fts5.py); says so in the table when one is missing.
set -euo pipefail

self=$(readlink -f "${BASH_SOURCE[0]}")
root=$(dirname "$(dirname "$self")")
# shellcheck source=../bin/find-jdk.sh
source "$root/bin/find-jdk.sh"
pfocr_find_jdk || exit 1
pfocr_find_maven || exit 1

sizes="10000 100000"
reps=3
heap_mb=256
quick=
work=${PFOCR_BENCH_DIR:-${TMPDIR:-/tmp}/pfocr-bench}
from=$root/../shared/pfocr-sample
while (($#)); do
  case $1 in
    --sizes) sizes=$2 && shift 2 ;;
    --reps) reps=$2 && shift 2 ;;
    --heap) heap_mb=$2 && shift 2 ;;
    --quick) quick=--quick && shift ;;
    --work) work=$2 && shift 2 ;;
    --from) from=$2 && shift 2 ;;
    *) echo "usage: bench/run.sh [--sizes \"N...\"] [--reps N] [--heap MB] [--quick] [--work DIR] [--from DIR]" >&2 && exit 2 ;;
  esac
done
[[ -d $from ]] || { echo "bench: error: no template records at $from: pass --from DIR" >&2; exit 1; }
mkdir -p "$work"
java=$PFOCR_JAVA_HOME/bin/java
results=$work/results-$(date +%Y%m%d-%H%M%S).md

echo "bench: building the benchmarks and the CLI…" >&2
pfocr_use_jdk
(cd "$root" && mvn -q -B -Dmaven.test.skip=true -Pbench -pl bench -am package) >&2
pfocr=$root/pfocr
# Builds the CLI when stale and prepares its three start-up caches, as users get them.
"$pfocr" --version > /dev/null
"$pfocr" index --quiet --index "$work/first-index" "$root/testdata/figures"
"$pfocr" search --index "$work/first-index" STAT3 > /dev/null
rm -rf "$work/first-index"
export PFOCR_NO_BUILD=1
# The servers started here announce themselves to this run's launchers only.
export PFOCR_RUNTIME_DIR=$work/runtime
bench_jar=$(ls "$root"/bench/target/pfocr-bench-*.jar)
bench=("$java" --enable-native-access=ALL-UNNAMED -cp "$bench_jar:$root/bench/target/lib/*" org.pfocr.bench.Bench)

have_time=; [[ -x /usr/bin/time ]] && have_time=1
have_rg=; command -v rg > /dev/null && have_rg=1
have_curl=; command -v curl > /dev/null && have_curl=1
# The system's Python (Debian's), not a version manager's shim, whose own script would take a
# quarter of a second each start.
python=/usr/bin/python3
[[ -x $python ]] || python=$(command -v python3 || echo python3)
have_python=; "$python" -c 'import sqlite3; sqlite3.connect(":memory:").execute("CREATE VIRTUAL TABLE t USING fts5(a)")' 2> /dev/null && have_python=1

# Runs a command, its output to $work/last.out; prints "wall_s cpu_s peak_rss_mb" (rss "n/a" without GNU time).
timed() {
  if [[ -n $have_time ]]; then
    /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" "$@" > "$work/last.out"
    awk '{printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4 / 1024}' "$work/time.txt"
  else
    local start=$EPOCHREALTIME
    "$@" > "$work/last.out"
    awk -v s="$start" -v e="$EPOCHREALTIME" 'BEGIN {printf "%.2f n/a n/a\n", e - s}'
  fi
}

# Milliseconds one run of a command takes (output discarded).
millis() {
  local start=$EPOCHREALTIME
  "$@" > /dev/null 2>&1 || true
  awk -v s="$start" -v e="$EPOCHREALTIME" 'BEGIN {printf "%.1f\n", (e - s) * 1000}'
}

# Runs pfocr with -Xmx${heap_mb}m and a GC log; prints "wall_s max_heap_after_young_mb full_collections",
# or "failed" and pfocr's error line when it fails (out of memory, say).
heap_run() {
  local log=$work/gc.log start=$EPOCHREALTIME
  rm -f "$log"
  if ! PFOCR_JVM_OPTS="-Xmx${heap_mb}m -Xlog:gc:file=$log" "$pfocr" "$@" > /dev/null 2> "$work/heap.err"; then
    echo "failed: $(grep -m 1 '^pfocr: error' "$work/heap.err" || tail -n 1 "$work/heap.err")"
    return
  fi
  awk -v s="$start" -v e="$EPOCHREALTIME" '
    /Pause Young/ {sub(/.*->/, ""); sub(/M.*/, ""); if ($0 + 0 > max) max = $0 + 0}
    /Pause Full/ {full++}
    END {printf "%.2f %d %d\n", e - s, max, full}' "$log"
}

# The three table cells of a heap_run: wall, heap, full collections; a failure fills the first.
heap_row() { if [[ $1 == failed* ]]; then echo "${1#failed: } | | "; else awk '{printf "%s | %s | %s", $1, $2, $3}' <<< "$1"; fi; }

median() { sort -g | awk '{v[NR] = $1} END {if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
minimum() { sort -g | head -n 1; }
column_of() { awk -v c="$1" '{print $c}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b + 0 == 0 || a == "n/a" || b == "n/a") print "n/a"; else printf "%.2f\n", a / b}'; }

# Prints a curl config (for curl -K) of $1 requests asking the URLs after it in turn, every answer to /dev/null.
curl_requests() {
  local count=$1 i
  shift
  local urls=("$@")
  for ((i = 0; i < count; i++)); do
    echo "url = \"${urls[i % ${#urls[@]}]}\""
    echo 'output = "/dev/null"'
  done
}

# Runs a command $2 times; prints "median_ms min_ms".
repeat_ms() {
  local runs=$1 i
  shift
  for ((i = 0; i < runs; i++)); do millis "$@"; done > "$work/ms.txt"
  echo "$(median < "$work/ms.txt") $(minimum < "$work/ms.txt")"
}

# A cold search: the launcher told not to hand it to the server running meanwhile.
cold_pfocr() { PFOCR_NO_SERVER=1 "$pfocr" "$@"; }

cold_runs=20
[[ -n $quick ]] && cold_runs=5
load_start=$(cut -d ' ' -f 1-3 /proc/loadavg)

indexing_rows=()
query_rows=()
category_rows=()
cli_rows=()
heap_rows=()
enrich_rows=()
results_lines=()
for n in $sizes; do
  corpus=$work/corpus-$n
  index=$work/index-$n
  if [[ ! -f $corpus/.complete ]]; then
    echo "bench: generating $n figures into $corpus…" >&2
    rm -rf "$corpus"
    "$pfocr" generate --count "$n" --from "$from" --seed 1 "$corpus" >&2
    touch "$corpus/.complete"
  fi
  raw_bytes=$(find "$corpus" -type f \( -name '*.md' -o -name '*.tsv' \) -printf '%s\n' | awk '{s += $1} END {print s}')
  raw_mb=$(awk -v b="$raw_bytes" 'BEGIN {printf "%.1f", b / 1e6}')

  echo "bench: $n figures: indexing ($reps runs)…" >&2
  : > "$work/index-runs.txt"
  for ((r = 0; r < reps; r++)); do
    rm -rf "$index"
    timed "$pfocr" index --quiet --index "$index" "$corpus" >> "$work/index-runs.txt"
  done
  echo "bench: $n figures: parse only ($reps runs)…" >&2
  : > "$work/parse-runs.txt"
  for ((r = 0; r < reps; r++)); do
    timed "${bench[@]}" parse "$corpus" >> "$work/parse-runs.txt"
    grep -q "^figures: $n\$" "$work/last.out" || { echo "bench: error: parse-only read $(grep figures "$work/last.out") of $n" >&2; exit 1; }
  done
  index_wall=$(column_of 1 < "$work/index-runs.txt" | median)
  index_cpu=$(column_of 2 < "$work/index-runs.txt" | median)
  index_rss=$(column_of 3 < "$work/index-runs.txt" | sort -g | tail -n 1)
  parse_wall=$(column_of 1 < "$work/parse-runs.txt" | median)
  parse_cpu=$(column_of 2 < "$work/parse-runs.txt" | median)
  index_bytes=$(du -sb "$index" | cut -f 1)
  indexing_rows+=("| $n | $raw_mb | $index_wall | $index_cpu | $(awk -v n="$n" -v w="$index_wall" 'BEGIN {printf "%.0f", n / w}') | $(awk -v b="$raw_mb" -v w="$index_wall" 'BEGIN {printf "%.1f", b / w}') | $index_rss | $parse_wall | $parse_cpu | $(ratio "$index_wall" "$parse_wall") | $(ratio "$index_cpu" "$parse_cpu") | $(awk -v i="$index_bytes" -v r="$raw_bytes" 'BEGIN {printf "%.0f%%", 100 * i / r}') |")

  echo "bench: $n figures: indexing and updating with -Xmx${heap_mb}m…" >&2
  rm -rf "$work/heap-index"
  rebuild=$(heap_run index --quiet --index "$work/heap-index" "$corpus")
  update=failed
  [[ $rebuild == failed* ]] || update=$(heap_run index --quiet --update --index "$work/heap-index")
  rm -rf "$work/heap-index"
  heap_rows+=("| $n | $(heap_row "$rebuild") | $(heap_row "$update") |")

  echo "bench: $n figures: query latency (JMH)…" >&2
  "${bench[@]}" queries $quick --results "$work/digests-$n.tsv" "$index" | tee "$work/queries-$n.txt" >&2
  while read -r label p50 p95 p99 qps; do
    query_rows+=("| $n | $label | $p50 | $p95 | $p99 | $qps |")
  done < <(sed -n 's/^latency \([^:]*\): p50 \([0-9.]*\) ms, p95 \([0-9.]*\) ms, p99 \([0-9.]*\) ms, \([0-9]*\) QPS.*/\1 \2 \3 \4 \5/p' "$work/queries-$n.txt")
  category_rows+=("| $n | wall | $(sed -n 's/^category [^:]*: p50 \([0-9.]*\) ms, p99 \([0-9.]*\) ms.*/\1 \/ \2/p' "$work/queries-$n.txt" | paste -sd '|' | sed 's/|/ | /g') |")
  category_rows+=("| $n | CPU | $(sed -n 's/^category .* CPU p50 \([0-9.]*\) ms, CPU p99 \([0-9.]*\) ms.*/\1 \/ \2/p' "$work/queries-$n.txt" | paste -sd '|' | sed 's/|/ | /g') |")
  results_lines+=("$n figures: $(sed -n 's/^results: //p' "$work/queries-$n.txt")")

  echo "bench: $n figures: enrichment latency…" >&2
  "${bench[@]}" enrich $quick "$index" | tee "$work/enrich-$n.txt" >&2
  while IFS='|' read -r label p50 p95 p99 runs tested; do
    enrich_rows+=("| $n | $label | $p50 | $p95 | $p99 | $runs | $tested |")
  done < <(sed -n 's/^enrich \([^:]*\): p50 \([0-9.]*\) ms, p95 \([0-9.]*\) ms, p99 \([0-9.]*\) ms (\([0-9]*\) enrichments, \([0-9]*\) figures tested)/\1|\2|\3|\4|\5|\6/p' "$work/enrich-$n.txt")

  serve_url=
  if [[ -n $have_curl ]]; then
    echo "bench: $n figures: starting pfocr serve, warming it up…" >&2
    "$pfocr" serve --index "$index" --port 0 --threads 2 > /dev/null 2> "$work/serve.err" &
    serve_pid=$!
    # A run that fails or is interrupted leaves no server behind.
    trap 'kill "$serve_pid" 2> /dev/null || true' EXIT
    for ((i = 0; i < 600; i++)); do
      serve_url=$(sed -n 's/^pfocr: serving .* at \(http:[^ ]*\) with .*/\1/p' "$work/serve.err")
      [[ -n $serve_url ]] && break
      sleep 0.1
    done
    [[ -n $serve_url ]] || { echo "bench: error: pfocr serve did not start: $(cat "$work/serve.err")" >&2; exit 1; }
    # One curl process, many requests on one connection: the server's code compiled before the timed runs.
    curl_requests 600 "${serve_url}search?limit=10&q=apoptosis" "${serve_url}search?limit=10&q=STAT3" > "$work/warm.curl"
    curl -s -K "$work/warm.curl"
  fi
  fts5_db=$work/fts5-$n.db
  if [[ -n $have_python && ! -f $fts5_db ]]; then
    echo "bench: $n figures: building the SQLite FTS5 peer…" >&2
    "$python" "$root/bench/fts5.py" build "$fts5_db" "$corpus"
  fi
  echo "bench: $n figures: cold CLI search against ripgrep, SQLite FTS5 and pfocr serve…" >&2
  for term in apoptosis STAT3; do
    read -r pfocr_ms _ < <(repeat_ms "$cold_runs" cold_pfocr search --index "$index" --limit 10 "$term")
    if [[ -n $have_rg ]]; then
      read -r rg_ms _ < <(repeat_ms "$cold_runs" rg -l -F "$term" "$corpus")
      rg_files=$(rg -l -F "$term" "$corpus" | grep -c '\.md$' || true)
    else
      rg_ms="n/a (install ripgrep)"
      rg_files=n/a
    fi
    if [[ -n $have_python ]]; then
      read -r fts5_ms _ < <(repeat_ms "$cold_runs" "$python" "$root/bench/fts5.py" search "$fts5_db" "$term")
    else
      fts5_ms="n/a (install python3)"
    fi
    if [[ -n $serve_url ]]; then
      # The same command as the cold one, which the launcher hands to the server.
      read -r handed_ms _ < <(repeat_ms "$cold_runs" "$pfocr" search --index "$index" --limit 10 "$term")
      read -r served_ms _ < <(repeat_ms "$cold_runs" curl -s -o /dev/null "${serve_url}search?limit=10&q=$term")
      # The same search 200 times through one curl on one kept-alive connection: the mean a request.
      curl_requests 200 "${serve_url}search?limit=10&q=$term" > "$work/kept.curl"
      kept_ms=$(millis curl -s -K "$work/kept.curl")
      served_ms="$served_ms ($(awk -v t="$kept_ms" 'BEGIN {printf "%.1f", t / 200}') kept alive)"
    else
      handed_ms=n/a
      served_ms="n/a (install curl)"
    fi
    hits=$("$pfocr" search --index "$index" --format json --limit 0 "$term" | sed -n 's/.*"total":\([0-9]*\).*/\1/p')
    cli_rows+=("| $n | $term | $pfocr_ms | $hits | $rg_ms | $rg_files | $(ratio "$pfocr_ms" "$rg_ms") | $fts5_ms | $(ratio "$pfocr_ms" "$fts5_ms") | $handed_ms | $served_ms |")
  done
  if [[ -n $serve_url ]]; then
    kill "$serve_pid"
    wait "$serve_pid" || true
    trap - EXIT
  fi
done

echo "bench: start-up…" >&2
mkdir -p "$work/hello"
if [[ ! -f $work/hello/Hello.class ]]; then
  printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$work/hello/Hello.java"
  "$PFOCR_JAVA_HOME/bin/javac" -d "$work/hello" "$work/hello/Hello.java"
fi
startup_rows=()
while IFS='|' read -r label command; do
  read -r med min < <(eval "repeat_ms $cold_runs $command")
  startup_rows+=("| \`$label\` | $med | $min |")
done << EOF
java -version|"$java" -version
java Hello (hello world)|"$java" -cp "$work/hello" Hello
java -jar cli/target/pfocr.jar --version (no flags)|"$java" -jar "$root/cli/target/pfocr.jar" --version
./pfocr --version|"$pfocr" --version
curl --version (the client of the served searches)|curl --version
python3 -c pass (the FTS5 peer's interpreter)|"$python" -c pass
EOF


{
  echo "Machine: $(nproc) CPUs ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)), $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1e6}' /proc/meminfo) RAM, $("$java" -version 2>&1 | head -n 1)."
  echo "Load average (1, 5, 15 min) at start: $load_start; at end: $(cut -d ' ' -f 1-3 /proc/loadavg)."
  echo
  echo "Indexing (\`pfocr index\`, $reps runs, medians; CPU = user + system; peak RSS is the largest):"
  echo
  echo "| figures | raw MB | index wall s | index CPU s | figures/s | MB/s | peak RSS MB | parse-only wall s | parse-only CPU s | index/parse wall | index/parse CPU | index size / raw |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
  printf '%s\n' "${indexing_rows[@]}"
  [[ -n $have_time ]] || echo "(peak RSS and CPU time need GNU time: apt-get install time)"
  echo
  echo "Memory (\`PFOCR_JVM_OPTS=\"-Xmx${heap_mb}m -Xlog:gc:file=gc.log\"\`: a rebuild, then an \`--update\` with nothing changed; the largest heap left after a young collection, and full collections, from the GC log):"
  echo
  echo "| figures | rebuild wall s | rebuild heap after young GC, max MB | rebuild full GCs | update wall s | update heap after young GC, max MB | update full GCs |"
  echo "| --- | --- | --- | --- | --- | --- | --- |"
  printf '%s\n' "${heap_rows[@]}"
  echo
  echo "In-process query latency, warm ($(grep -vc '^#' "$root/bench/src/main/resources/org/pfocr/bench/queries.tsv") fixed queries, top 10 with snippets, JMH sample mode, one thread; ms):"
  echo
  echo "| figures | searches | p50 | p95 | p99 | QPS |"
  echo "| --- | --- | --- | --- | --- | --- |"
  printf '%s\n' "${query_rows[@]}"
  echo
  echo "By category, with snippets and facets (p50 / p99 ms, wall time and the searching thread's CPU time (not the helper's count), plain timing loop in one JVM, warm-up dropped):"
  echo
  categories=$(sed -n 's/^category \([^:]*\):.*/\1/p' "$work/queries-${sizes##* }.txt")
  echo "| figures | time | $(paste -sd '|' <<< "$categories" | sed 's/|/ | /g') |"
  # shellcheck disable=SC2086 # one column per category name
  echo "| --- | --- |$(printf ' --- |%.0s' $categories)"
  printf '%s\n' "${category_rows[@]}"
  echo
  echo "Results (hit counts and digests of the top 10 with scores, snippets and facets):"
  echo
  printf -- '- %s\n' "${results_lines[@]}"
  echo
  echo "Cold CLI search (\`pfocr search --limit 10 TERM\`, new JVM each time, top 10 with snippets) against \`rg -l -F TERM\` over the same files, a Python script querying SQLite FTS5 over the same files (\`bench/fts5.py search\`: top 10 by bm25 with snippets), and, with a \`pfocr serve\` of the index running, the same \`pfocr search\` command, which the launcher hands to it, and the same search asked of it by \`curl\` (a new process each time, after 600 warm-up requests; in brackets, the mean of 200 requests through one \`curl\` on one kept-alive connection) ($cold_runs runs, medians, ms):"
  echo
  echo "| figures | term | pfocr search | pfocr hits | rg -l | rg files (records) | pfocr / rg | Python FTS5 | pfocr / FTS5 | pfocr search, server running | curl to pfocr serve |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
  printf '%s\n' "${cli_rows[@]}"
  echo
  echo "Start-up ($cold_runs runs, ms):"
  echo
  echo "| command | median | min |"
  echo "| --- | --- | --- |"
  printf '%s\n' "${startup_rows[@]}"
  echo
  echo "Enrichment latency (\`FigureSearcher.enrich\`, 20 lists of 100 gene symbols of the index drawn with a fixed seed, warm, one thread; ms):"
  echo
  echo "| figures | enrichment | p50 | p95 | p99 | enrichments | figures tested |"
  echo "| --- | --- | --- | --- | --- | --- | --- |"
  printf '%s\n' "${enrich_rows[@]}"
} | tee "$results"
echo "bench: results saved to $results" >&2
