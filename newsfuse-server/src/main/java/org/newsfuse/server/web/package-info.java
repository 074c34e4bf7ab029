/**
 * The web pages of {@code newsfuse serve}: the front page of latest stories, a story page that shows
 * what each outlet says in its own words (cited summary, confirmed claims, single-source claims,
 * disagreements, quotes, entities, timeline, coverage picture, live updates), and an article page with
 * the removed spans greyed out.
 *
 * <p>Consumes the core's own results ({@code Article}, {@code Summary}, {@code Comparison}) as the
 * service stores them; produces HTML from JTE templates precompiled at build time, escaped by default.
 * Every span shown comes from the results' half-open {@code [start, end)} spans into the original text,
 * so a highlighted citation is exactly the cited sentence. Pages make no requests outside the server and
 * read without JavaScript; {@code app.js} only adds the reader panel and live updates.
 */
package org.newsfuse.server.web;
