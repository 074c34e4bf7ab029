package org.newsfuse.server.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one form of a URL that two listings of the same article share: scheme and host in lower case,
 * default port and fragment dropped, dot segments resolved, tracking parameters (utm_*, fbclid, gclid,
 * ...) removed and the remaining parameters sorted. Used as the de-duplication key across feeds; the
 * URL actually fetched is the one the feed gave, less its tracking parameters.
 */
public final class UrlCanonicalizer {

    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "twclid",
            "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id",
            "vero_conv", "wt.mc_id", "wt_mc_id", "cmpid", "ocid", "icid", "ncid", "s_cid", "sr_share", "ref_src", "ref_url",
            "rss_source", "__twitter_impression", "spm", "at_medium", "at_campaign", "ito", "ns_mchannel", "ns_campaign",
            "ns_source", "ns_linkname", "ns_fee");

    private UrlCanonicalizer() {
    }

    /** The canonical form used as a de-duplication key. */
    public static URI canonical(URI url) {
        return rebuild(url, true);
    }

    /** The URL less its tracking parameters and fragment, parameters in their original order. */
    public static URI withoutTracking(URI url) {
        return rebuild(url, false);
    }

    /** True for a query parameter name that only tracks where a reader came from. */
    static boolean isTracking(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.startsWith("utm_") || n.startsWith("pk_") || n.startsWith("mtm_") || TRACKING.contains(n);
    }

    private static URI rebuild(URI url, boolean sort) {
        if (url.isOpaque() || url.getHost() == null) {
            return url;
        }
        String scheme = url.getScheme() == null ? "http" : url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        int port = url.getPort();
        if (port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https")) {
            port = -1;
        }
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        String query = url.getRawQuery();
        List<String> kept = new ArrayList<>();
        if (query != null) {
            for (String part : query.split("&")) {
                if (part.isEmpty()) {
                    continue;
                }
                int eq = part.indexOf('=');
                String name = eq < 0 ? part : part.substring(0, eq);
                if (!isTracking(name)) {
                    kept.add(part);
                }
            }
        }
        if (sort) {
            kept.sort(null);
        }
        StringBuilder out = new StringBuilder(scheme).append("://");
        if (url.getRawUserInfo() != null) {
            out.append(url.getRawUserInfo()).append('@');
        }
        out.append(host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host);
        if (port != -1) {
            out.append(':').append(port);
        }
        out.append(path);
        if (!kept.isEmpty()) {
            out.append('?').append(String.join("&", kept));
        }
        try {
            return new URI(out.toString()).normalize();
        } catch (URISyntaxException e) {
            // the parts came from a valid URI, so this cannot happen; keep the original rather than fail
            return url;
        }
    }
}
