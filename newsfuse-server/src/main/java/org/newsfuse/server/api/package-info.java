/**
 * The JSON API ({@code docs/SERVICE.md}, {@code /api/openapi.json}): articles in, stories, articles and
 * search out, health and metrics. Handlers parse and check the request, call the service, and write
 * JSON; failures are thrown and answered by the server's one problem mapper.
 */
package org.newsfuse.server.api;
