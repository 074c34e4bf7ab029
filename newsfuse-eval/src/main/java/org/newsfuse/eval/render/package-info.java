/**
 * Writers of evaluation results, beside core's {@code org.newsfuse.render}: dataset scores and
 * clustering scores in every {@link org.newsfuse.render.Format}, ROUGE in ROUGE-1.5.5's layout, CSV or
 * JSON. They consume the results of {@link org.newsfuse.eval.Evaluations}; they print nothing.
 */
package org.newsfuse.eval.render;
