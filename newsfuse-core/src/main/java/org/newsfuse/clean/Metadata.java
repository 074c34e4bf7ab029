package org.newsfuse.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.newsfuse.ingest.SourceDocument;

/** What cleaning one article learns about it; lives only for the duration of one {@code clean} call. */
final class Metadata {

    Optional<String> title;
    final List<String> authors = new ArrayList<>();
    String role;
    String section;
    String dateline;
    private final Optional<String> userOutlet;
    private String statedOutlet;

    Metadata(SourceDocument document) {
        this.title = document.title();
        this.userOutlet = document.outlet();
    }

    /** The outlet the user gave, else the one the text states (byline, dateline), else empty. */
    Optional<String> outlet() {
        return userOutlet.or(() -> Optional.ofNullable(statedOutlet));
    }

    void statedOutlet(String outlet) {
        if (statedOutlet == null && outlet != null && !outlet.isBlank()) {
            statedOutlet = outlet.strip();
        }
    }

    /** Records the authors, role and outlet of a byline; false if the line is not one. */
    boolean readByline(String line) {
        Matcher by = NoisePatterns.BY_LINE.matcher(line);
        if (by.matches()) {
            String rest = by.group("rest").strip();
            // "By A, B and C" lists names; "By A, CNN" or "By A | Staff Writer" ends with an affiliation.
            int cut = Math.max(Math.max(rest.lastIndexOf(','), rest.lastIndexOf('|')), Math.max(rest.lastIndexOf(" - "),
                    Math.max(rest.lastIndexOf(" — "), rest.lastIndexOf(" -- "))));
            String names = rest;
            if (cut > 0) {
                String tail = rest.substring(cut).replaceFirst("^[,|\\s—-]+", "").strip();
                if (!tail.matches(".*(\\band\\b|&).*") && !tail.isEmpty()) {
                    names = rest.substring(0, cut);
                    readAffiliation(tail);
                }
            }
            for (String name : names.split("\\s*(?:,|\\band\\b|&)\\s*")) {
                if (!name.isBlank()) {
                    authors.add(name.strip());
                }
            }
            return true;
        }
        Matcher nameRole = NoisePatterns.NAME_ROLE_LINE.matcher(line);
        if (nameRole.matches()) {
            authors.add(nameRole.group("name").strip());
            role = nameRole.group("role").strip();
            return true;
        }
        return false;
    }

    private void readAffiliation(String affiliation) {
        Matcher roleAtEnd = NoisePatterns.ROLE_SUFFIX.matcher(affiliation);
        if (roleAtEnd.find()) {
            role = roleAtEnd.group("role").strip();
            String rest = affiliation.substring(0, roleAtEnd.start()).replaceAll("[,\\s]+$", "");
            if (!rest.isBlank()) {
                statedOutlet(rest);
            }
        } else {
            statedOutlet(affiliation);
        }
    }
}
