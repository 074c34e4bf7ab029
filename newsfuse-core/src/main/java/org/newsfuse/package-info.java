/**
 * newsfuse: one faithful, cited summary and a comparison of the sources from many outlets' reports of
 * one news event. Start at {@link org.newsfuse.NewsFuse}. The stages, in the order data flows:
 * ingest, clean, analyze, summarize, compare, render; {@code base} holds the types they share.
 */
package org.newsfuse;
