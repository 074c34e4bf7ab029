#!/usr/bin/env bash
# The "compare at scale" benchmark (issue 14; docs/BENCHMARKS.md): one story of ARTICLES tiny generated
# articles through `newsfuse compare --no-embeddings` under a 1 GB heap. Prints one line: the load
# average before and after, wall and CPU seconds, peak RSS, peak heap (from the GC log) and the output's
# size. Run from the repository root after building:
#   mvn -B -ntp -q -pl newsfuse-cli,newsfuse-bench -am package -DskipTests
#   newsfuse-bench/bin/compare-at-scale.sh [ARTICLES=10000] [FORMAT=json] [JAR=newsfuse-cli/target/newsfuse.jar]
set -euo pipefail
articles="${1:-10000}"
format="${2:-json}"
jar="${3:-newsfuse-cli/target/newsfuse.jar}"
work="${TMPDIR:-/tmp}/newsfuse-compare-at-scale"
mkdir -p "$work"
input="$work/tiny$articles.jsonl"
if [ ! -f "$input" ]; then
  java -cp newsfuse-bench/target/newsfuse-bench.jar org.newsfuse.bench.inputs.TinyStoryGenerator "$articles" 14 "$input"
fi
status=0
before="$(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -f "%e %U %S %M" -o "$work/time" \
  java -Xmx1g -Xlog:gc:file="$work/gc.log" -jar "$jar" compare "$input" --no-embeddings --format "$format" \
  > "$work/out.$format" 2> "$work/err" || status=$?
after="$(cut -d' ' -f1-3 /proc/loadavg)"
read -r wall user sys rss < <(tail -1 "$work/time")
# the heap in use just before each collection, at its largest (G1's log: "Pause Young ... 612M->301M(1024M)")
heap="$(grep -o '[0-9]*M->[0-9]*M' "$work/gc.log" | cut -dM -f1 | sort -n | tail -1)"
printf '%s articles, %s: %s s wall, %s s CPU (%s user + %s sys), peak RSS %s MB, peak heap %s MB, output %s MB, exit %s; load %s -> %s\n' \
  "$articles" "$format" "$wall" "$(echo "$user + $sys" | bc)" "$user" "$sys" "$((rss / 1024))" "${heap:-?}" \
  "$(( $(stat -c %s "$work/out.$format") / 1048576 ))" "$status" "$before" "$after"
