/**
 * Stage 7, render: consumes {@link org.newsfuse.render.StoryReport}s; produces text for terminals,
 * Markdown, or the JSON contract ({@link org.newsfuse.render.JsonRenderer}). Guarantees: every summary
 * sentence is shown with all its citations; nothing is printed, the caller writes the string.
 */
package org.newsfuse.render;
