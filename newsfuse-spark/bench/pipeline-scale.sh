#!/usr/bin/env bash
# The generated stream through `pipeline` on local[2] with a 4 GB heap (driver and executor are one JVM in
# local mode), at each size given, one run at a time: wall and the job's own seconds, user and system CPU,
# peak RSS, load average before and after, records, stories, stories failed. The input of size N is the
# first N lines of ARTICLES (generate_articles.py's output for the largest size: a prefix of the seeded
# stream is the stream of that size). Run from the repository root after the build and classpath.sh:
#   python3 newsfuse-spark/bench/generate_articles.py --articles 1000000 --seed 17 \
#       --multinews ../shared/data/multinews/multinews_test_5622_lowercased_truncated.jsonl --out /tmp/spark-bench/articles-1m.jsonl
#   newsfuse-spark/bench/pipeline-scale.sh /tmp/spark-bench/articles-1m.jsonl /tmp/spark-bench/scale 500000 1000000
# Job options after the sizes' "--", e.g. the crawl setting: ... scale 50000 100000 -- --max-span-days 90
set -euo pipefail
articles="$1"; work="$2"; shift 2
sizes=(); while [ $# -gt 0 ] && [ "$1" != "--" ]; do sizes+=("$1"); shift; done
[ $# -gt 0 ] && shift
options=("$@")
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$work"
results="$work/results.tsv"
[ -f "$results" ] || printf 'articles\twall_s\tjob_s\tuser_s\tsys_s\tpeak_rss_mb\tload_before\tload_after\tlargest_story\tsummary\texit\n' > "$results"
for n in "${sizes[@]}"; do
  input="$work/in-$n.jsonl"
  [ -f "$input" ] || head -n "$n" "$articles" > "$input"
  rm -rf "$work/out-$n"
  before=$(cut -d' ' -f1-3 /proc/loadavg)
  echo "# $(date -u +%FT%TZ) start $n articles, load $before, options: ${options[*]:-}" >> "$results"
  rc=0
  /usr/bin/time -v -o "$work/time-$n.txt" "$here/run-job.sh" 'local[2]' 4g pipeline --input "$input" --output "$work/out-$n" \
    ${options[@]+"${options[@]}"} > "$work/stdout-$n.txt" 2> "$work/stderr-$n.txt" || rc=$?
  after=$(cut -d' ' -f1-3 /proc/loadavg)
  wall=$(awk -F': ' '/Elapsed/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$work/time-$n.txt")
  user=$(awk -F': ' '/User time/ {print $2}' "$work/time-$n.txt")
  sys=$(awk -F': ' '/System time/ {print $2}' "$work/time-$n.txt")
  rss=$(awk -F': ' '/Maximum resident/ {printf "%d", $2/1024}' "$work/time-$n.txt")
  largest=$(cat "$work/out-$n"/stories/part-*.jsonl 2>/dev/null | grep -o '"articles": *[0-9]*' | grep -o '[0-9]*$' | sort -n | tail -1 || true)
  job=$(sed -n 's/.*"seconds": \([0-9.]*\).*/\1/p' "$work/stdout-$n.txt")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$wall" "${job:--}" "$user" "$sys" "$rss" "$before" "$after" "${largest:--}" \
    "$(grep '^{' "$work/stdout-$n.txt" | tr -d '\n')" "$rc" | tee -a "$results"
done
