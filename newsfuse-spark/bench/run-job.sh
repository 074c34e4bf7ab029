#!/usr/bin/env bash
# Runs NewsFuseJob as spark-submit would in local mode, without a Spark distribution: the job jar plus
# Spark's jars from the local Maven repository, Spark's --add-opens flags, and a master of your choice.
#   newsfuse-spark/bench/run-job.sh MASTER HEAP MODE --input ... --output ... [options]
# e.g. newsfuse-spark/bench/run-job.sh 'local[2]' 4g summarize --input stories.jsonl --output /tmp/out
# Extra JVM options (e.g. -XX:TieredStopAtLevel=1, see docs/BENCHMARKS.md) come from NEWSFUSE_JOB_JAVA_OPTS.
# Needs: mvn -B -ntp -pl newsfuse-spark -am package -DskipTests, then the classpath file written by
#   newsfuse-spark/bench/classpath.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
master="$1"; heap="$2"; shift 2
opens=$(sed -n 's:.*<spark.add.opens>\(.*\)</spark.add.opens>.*:\1:p' "$here/../pom.xml")
exec java -Xmx"$heap" ${NEWSFUSE_JOB_JAVA_OPTS:-} $opens -Dspark.master="$master" -Dspark.ui.enabled=false -Dspark.driver.host=127.0.0.1 \
  -Dlog4j2.level=warn -Dspark.sql.shuffle.partitions=8 \
  -cp "$here/../target/newsfuse-spark-job.jar:$(cat "${NEWSFUSE_SPARK_CP:-/tmp/spark-bench/spark-cp.txt}")" \
  org.newsfuse.spark.NewsFuseJob "$@"
