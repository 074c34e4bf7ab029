package org.newsfuse.server.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

class UrlCanonicalizerTest {

    @Test
    void removesTrackingAndNormalizesTheRest() {
        assertEquals(URI.create("https://coastline.example/news/bridge?a=1&page=2"), UrlCanonicalizer.canonical(URI.create(
                "HTTPS://Coastline.Example:443/news/./x/../bridge?utm_source=rss&page=2&fbclid=abc&a=1#comments")));
        assertEquals(URI.create("http://coastline.example/"), UrlCanonicalizer.canonical(URI.create("http://coastline.example:80")));
        assertEquals(URI.create("http://coastline.example:8080/a?z=1&b=2"),
                UrlCanonicalizer.withoutTracking(URI.create("http://coastline.example:8080/a?z=1&utm_medium=feed&b=2&gclid=x")));
    }

    @Test
    void isIdempotent() {
        for (String u : new String[] {"https://a.example/x?utm_campaign=1&id=3#top", "http://B.example:80/", "https://c.example/p?q=a%20b"}) {
            URI once = UrlCanonicalizer.canonical(URI.create(u));
            assertEquals(once, UrlCanonicalizer.canonical(once), u);
        }
    }
}
