/**
 * The few types every stage shares: {@link org.newsfuse.base.Span} (a half-open range into an
 * article's original text) and {@link org.newsfuse.base.Diagnostic} (what a stage reports about bad or
 * repaired input). Nothing here depends on any stage.
 */
package org.newsfuse.base;
