/**
 * Stories kept current: {@link org.newsfuse.server.stories.StoryGrouper} places each stored article in
 * a story online (the grouping stage's online run, restored after a restart by replaying the stored
 * articles in arrival order), {@link org.newsfuse.server.stories.StoryRefresher} recomputes changed
 * stories in the background, and {@link org.newsfuse.server.stories.StoryUpdates} tells listeners
 * (live pages, server-sent events) when a story changes.
 */
package org.newsfuse.server.stories;
