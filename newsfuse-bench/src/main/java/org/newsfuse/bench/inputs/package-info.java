/**
 * Generators of the fictional inputs that the scale benchmarks in docs/BENCHMARKS.md read, so a
 * measurement can be repeated on another machine without the files: seeded, generated text only, never
 * real articles. Build with {@code mvn -B -ntp -pl newsfuse-bench -am package -DskipTests}, then
 * {@code java -cp newsfuse-bench/target/newsfuse-bench.jar org.newsfuse.bench.inputs.NAME ARGS}.
 */
package org.newsfuse.bench.inputs;
