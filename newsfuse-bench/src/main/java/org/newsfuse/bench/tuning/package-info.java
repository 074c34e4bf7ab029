/**
 * Hand-run tuning programs, not tests and not benchmarks: the parameter sweeps behind the default
 * summarizer ({@link org.newsfuse.bench.tuning.ConceptTuning}) and the story clusterer
 * ({@link org.newsfuse.bench.tuning.ClusterTuning}), and a probe of how separable stories are
 * ({@link org.newsfuse.bench.tuning.PairProbe}). They read only the tuning sets (DUC 2003, TAC 2010,
 * Multi-News after its first 2,000 stories). Build with {@code mvn -B -ntp -pl newsfuse-bench -am
 * package -DskipTests}, then {@code java -cp newsfuse-bench/target/newsfuse-bench.jar
 * org.newsfuse.bench.tuning.NAME ARGS} (commands in docs/BENCHMARKS.md and docs/SUMMARIZER.md).
 */
package org.newsfuse.bench.tuning;
