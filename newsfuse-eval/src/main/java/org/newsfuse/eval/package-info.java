/**
 * Evaluation: ROUGE as ROUGE-1.5.5 computes it, and runners that score summarizers on benchmark data.
 * Core never depends on this module.
 */
package org.newsfuse.eval;
