package org.newsfuse.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfuse.base.Span;

/**
 * Text that web pages and web archives put around an article and that scrapers keep inside it, often
 * run into the first paragraph: social-widget notices ("Tweet with a location ... Learn more"),
 * newsletter and reprint notices, video-player fallbacks, and the collection notes a web archive shows
 * in place of a page it did not capture. None of it is news, and a story made of it is no story: the
 * cleaner cuts it from paragraphs, the clusterer reads articles without it.
 */
public final class PageFurniture {

    private static final Pattern FURNITURE = Pattern.compile(String.join("|", List.of(
            // web-archive collection notes
            "starting in 1996, alexa internet has been donating their crawl data to the internet archive\\.\\s*"
                    + "flowing in every day, these data are added to the wayback machine after an embargo period\\.",
            "these crawls are part of an effort to archive pages as they are created and archive the pages that they refer to\\."
                    + ".{0,900}?(?:the goal is to fix all broken links on the web\\."
                    + "(?:\\s*crawls of supported\\s*\"?\\s*no more 404\\s*\"?\\s*sites\\.)?|\\z)",
            "focused crawls are collections of frequently-updated webcrawl data from narrow\\s*\\(\\s*as opposed to broad or wide\\s*\\)"
                    + "\\s*web crawls, often focused on a single domain or subdomain\\.",
            "the seed for this crawl was a list of every host in the wayback machine.{0,400}?not currently available to the general public\\.",
            // social, newsletter, comment, reprint and player widgets
            "(?:add a location to your tweets\\s*)?(?:when you )?tweet with a location,? "
                    + "(?:you can add location information to your tweets|twitter stores that location).{0,300}?learn more",
            "breaking news emails\\s*get breaking news alerts and special reports\\.\\s*"
                    + "the news and stories that matter, delivered weekday mornings\\.",
            "this will appear next to all of your comments\\s*this will not appear anywhere on [\\w.]+",
            "dow jones reprints:\\s*this copy is for your personal, non-commercial use only\\..{0,300}?www\\.djreprints\\.com",
            "just one more thing\\.\\.\\.\\s*we have sent you a verification email\\..{0,300}?spam or junk folder\\.(?:\\s*close\\b)?",
            "media playback is unsupported on your device",
            "(?:the interactive transcript could not be loaded\\.\\s*)?(?:loading\\.\\.\\.\\s*)*(?:ratings have been disabled for this video\\.\\s*)?"
                    + "rating is available when the video has been rented\\."
                    + "(?:\\s*this feature is not available right now\\.\\s*please try again later\\.)?",
            "get daily updates directly to your inbox\\s*\\+?\\s*subscribe\\s*thank you for subscribing!\\s*"
                    + "could not subscribe, try again later\\s*invalid email",
            "looking for news you can trust\\?\\s*subscribe to our free newsletters\\.",
            "get the latest from \\w+\\s*sign up for our newsletter",
            "sign up for our newsletter and other special offers:\\s*sign me up\\s*thank you for signing up!")),
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /**
     * A phrase from each kind of furniture, without the letters that change case in the wild ("Wayback
     * Machine", "wayback machine"): a text with none of them is spared the full pattern, which is what
     * keeps this cheap enough for the clusterer.
     */
    private static final List<String> CLUES = List.of("ayback", "rawls are part", "ebcrawl data", "weet with a location",
            "reaking news alerts", "ext to all of your comments", "eprints", "erification email", "layback is unsupported",
            "ideo has been rented", "ould not subscribe", "ews you can trust", "p for our newsletter");

    private PageFurniture() {
    }

    private static boolean mayHaveFurniture(CharSequence text, int from, int to) {
        String region = from == 0 && to == text.length() ? text.toString() : text.subSequence(from, to).toString();
        for (String clue : CLUES) {
            if (region.contains(clue)) {
                return true;
            }
        }
        return false;
    }

    /** Where furniture is in {@code text} between {@code from} and {@code to}, with the spaces after it, in order. */
    public static List<Span> find(CharSequence text, int from, int to) {
        List<Span> found = new ArrayList<>();
        if (!mayHaveFurniture(text, from, to)) {
            return found;
        }
        Matcher m = FURNITURE.matcher(text).region(from, to);
        while (m.find()) {
            // the space after a notice goes with it, so the article's text starts where its first word does
            int end = m.end();
            while (end < to && Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '\n') {
                end++;
            }
            found.add(new Span(m.start(), end));
        }
        return found;
    }

    /** {@code text} without its furniture (each piece replaced by a space); the text itself when it has none. */
    public static String strip(String text) {
        if (!mayHaveFurniture(text, 0, text.length())) {
            return text;
        }
        Matcher m = FURNITURE.matcher(text);
        return m.find() ? m.replaceAll(" ").strip() : text;
    }
}
