#!/usr/bin/env bash
# Multi-News 5,622 `summarize --no-compare` on Spark local[2], local[1] and the CLI (--threads 2), alternated,
# ROUNDS times (default 2), one run at a time. Per run: wall seconds, the job's own seconds (Spark: from
# reading to the last write, without starting and stopping Spark), user and system CPU seconds, peak RSS,
# and the load average before and after. Run from the repository root after
#   mvn -B -ntp -pl newsfuse-spark,newsfuse-cli -am package -DskipTests
#   newsfuse-spark/bench/classpath.sh /tmp/spark-bench/spark-cp.txt
# e.g. newsfuse-spark/bench/summarize-bench.sh 2 /tmp/spark-bench/summarize
# Environment:
#   BENCH_JAVA_OPTS  JVM options for every run, CLI and Spark alike (e.g. -XX:TieredStopAtLevel=1: on two
#                    cores the C2 compiler otherwise takes most of the second core in a one-thread run)
#   BENCH_COMPARE=1  Spark runs the job's default summarize (summaries and comparisons); the CLI runs
#                    `compare --format json --no-embeddings`, the job's comparisons without its summaries
set -euo pipefail
rounds="${1:-2}"
work="${2:-/tmp/spark-bench/summarize}"
mn="${MULTINEWS:-../shared/data/multinews/multinews_test_5622_lowercased_truncated.jsonl}"
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$work"
results="$work/results.tsv"
[ -f "$results" ] || printf 'run\twall_s\tjob_s\tuser_s\tsys_s\tcpu_s\tpeak_rss_mb\tload_before\tload_after\tstories\texit\n' > "$results"
measure() { # label, command...
  local label="$1"; shift
  local before after
  before=$(cut -d' ' -f1 /proc/loadavg)
  # the CLI exits 65 when it skipped unusable documents (Multi-News has a few empty ones): still a full run
  local rc=0
  /usr/bin/time -v -o "$work/time.txt" "$@" > "$work/out.txt" 2> "$work/err.txt" || rc=$?
  after=$(cut -d' ' -f1 /proc/loadavg)
  local wall user sys rss job stories
  wall=$(awk -F': ' '/Elapsed/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$work/time.txt")
  user=$(awk -F': ' '/User time/ {print $2}' "$work/time.txt")
  sys=$(awk -F': ' '/System time/ {print $2}' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident/ {printf "%d", $2/1024}' "$work/time.txt")
  job=$(sed -n 's/.*"seconds": \([0-9.]*\).*/\1/p' "$work/out.txt")
  stories=$(sed -n 's/.*"stories": \([0-9]*\).*/\1/p' "$work/out.txt")
  if [ -z "$stories" ]; then stories=$(grep -c '"story" :' "$work/out.txt" || true); fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$wall" "${job:--}" "$user" "$sys" \
    "$(echo "$user + $sys" | bc)" "$rss" "$before" "$after" "$stories" "$rc" | tee -a "$results"
}
opts="${BENCH_JAVA_OPTS:-}"
if [ "${BENCH_COMPARE:-0}" = 1 ]; then job_flags=(); cli_mode=(compare --no-embeddings); else job_flags=(--no-compare); cli_mode=(summarize); fi
spark() {
  rm -rf "$work/out-$1"
  NEWSFUSE_JOB_JAVA_OPTS="$opts" measure "spark $1" "$here/run-job.sh" "$1" 4g summarize "${job_flags[@]}" --input "$mn" --output "$work/out-$1"
}
cli() { measure "cli ${cli_mode[*]} --threads 2" java $opts -jar newsfuse-cli/target/newsfuse.jar "${cli_mode[@]}" "$mn" --format json --threads 2; }
echo "# $(date -u +%FT%TZ) $(nproc) cores, $(git rev-parse --short HEAD 2>/dev/null) opts='$opts' compare=${BENCH_COMPARE:-0}" >> "$results"
for ((r = 1; r <= rounds; r++)); do
  cli; spark 'local[2]'; spark 'local[1]'
done
echo "# $(date -u +%FT%TZ) done" >> "$results"
