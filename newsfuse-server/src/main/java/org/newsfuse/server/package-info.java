/**
 * {@code newsfuse serve}: an HTTP service that takes articles as they arrive (pushed, imported or
 * followed from feeds), keeps them and their stories in an embedded store, recomputes each story's
 * summary and comparison through the {@code NewsFuse} front door, and serves them as JSON and as web
 * pages. It calls the library only through the front door and the render stage.
 */
package org.newsfuse.server;
