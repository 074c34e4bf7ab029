#!/usr/bin/env bash
# Writes the class path of Spark and its dependencies (the job jar's "provided" part) to a file, from the
# local Maven repository, for run-job.sh: mvn resolves spark-sql_2.13 as the module declares it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-/tmp/spark-bench/spark-cp.txt}"
mkdir -p "$(dirname "$out")"
tmp=$(mktemp -d)
cat > "$tmp/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>local</groupId><artifactId>spark-cp</artifactId><version>1</version>
<dependencies><dependency><groupId>org.apache.spark</groupId><artifactId>spark-sql_2.13</artifactId>
<version>$(sed -n 's:.*<spark.version>\(.*\)</spark.version>.*:\1:p' "$here/../pom.xml")</version></dependency></dependencies></project>
POM
(cd "$tmp" && mvn -B -ntp -q dependency:build-classpath -Dmdep.outputFile="$out")
rm -rf "$tmp"
echo "wrote $out"
