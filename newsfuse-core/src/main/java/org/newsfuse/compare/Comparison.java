package org.newsfuse.compare;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsfuse.base.Span;

/**
 * What the sources of one story say, side by side: claims with their status, quotes with speakers,
 * the people, organisations and places involved, and a timeline. Every item lists the articles that
 * carry it, with spans into their original texts.
 */
public record Comparison(String story, List<Claim> claims, List<Quote> quotes, List<Entity> entities,
                         List<TimelineEvent> timeline) {

    public Comparison {
        Objects.requireNonNull(story, "story");
        claims = List.copyOf(claims);
        quotes = List.copyOf(quotes);
        entities = List.copyOf(entities);
        timeline = List.copyOf(timeline);
    }

    /** Where an article carries an item. */
    public record Support(String article, String outlet, Span span) {
    }

    /** How many independent outlets stand behind a claim. */
    public enum Status {
        /** Two or more independent outlets report it. */
        CORROBORATED,
        /** One outlet (or one wire story and its copies) reports it. */
        SINGLE_SOURCE,
        /** Outlets report it with different figures, dates or counts. */
        CONFLICTING;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One piece of reported content.
     *
     * @param text     a representative sentence
     * @param status   corroborated, single-source or conflicting
     * @param articles every article reporting it
     * @param values   for conflicts, each article's figure as written
     */
    public record Claim(String text, Status status, List<Support> articles, List<Value> values) {
        public Claim {
            articles = List.copyOf(articles);
            values = List.copyOf(values);
        }
    }

    /** A figure as one article states it. */
    public record Value(String article, String outlet, String text) {
    }

    /** How a quotation reports the words. */
    public enum QuoteKind {
        /** The speaker's words, all inside quotation marks ("..., " she said). */
        DIRECT,
        /** Reported speech with a quoted fragment inside (she said it was "a disgrace"): the whole report. */
        MIXED,
        /** Reported speech without quotation marks (she said that ..., according to the report, ...). */
        INDIRECT;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * How one article attributes a quotation.
     *
     * @param article the article's id
     * @param report  the reported speech in the article's original text: the quoted words for a direct quotation,
     *                the whole report around the quoted fragment for a mixed one, the reported content for an indirect one
     * @param speaker the words naming the speaker as written ("Sen. Maria Ortega", "she", "the report"); empty when
     *                the article names nobody
     * @param cue     the verb or phrase that attributes it ("said", "according to"); empty when none
     */
    public record Attribution(String article, Span report, Optional<Span> speaker, Optional<String> cue) {
        public Attribution {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(speaker, "speaker");
            Objects.requireNonNull(cue, "cue");
        }
    }

    /**
     * A quotation: direct, mixed or indirect.
     *
     * @param text         the words inside the quotation marks (direct, mixed), or the reported content (indirect)
     * @param kind         direct, mixed or indirect
     * @param speaker      who said it, the fullest name the story gives them; empty when unattributed
     * @param articles     every article carrying these words (also inside a longer quotation), with their span
     * @param attributions for each carrying article, the report, the speaker's mention and the cue it uses
     */
    public record Quote(String text, QuoteKind kind, Optional<String> speaker, List<Support> articles,
                        List<Attribution> attributions) {
        public Quote {
            Objects.requireNonNull(kind, "kind");
            articles = List.copyOf(articles);
            attributions = List.copyOf(attributions);
        }

        /** How one article attributes this quotation, if it carries it. */
        public Optional<Attribution> attributionIn(String article) {
            return attributions.stream().filter(m -> m.article().equals(article)).findFirst();
        }
    }

    /** Kinds of named entities. */
    public enum EntityType { PERSON, ORGANIZATION, PLACE }

    /**
     * A person, organisation or place, with the other names the story uses for it.
     *
     * @param name     its fullest name
     * @param type     person, organisation or place
     * @param aliases  other names and titled forms found
     * @param articles ids of the articles mentioning it
     */
    public record Entity(String name, EntityType type, List<String> aliases, List<String> articles) {
        public Entity {
            aliases = List.copyOf(aliases);
            articles = List.copyOf(articles);
        }
    }

    /**
     * A dated event.
     *
     * @param when     an ISO date ("2018-06-12", "2018-06") when resolvable, else the expression as written
     * @param resolved whether {@code when} is a resolved date
     * @param text     the sentence reporting it
     * @param articles where it is reported
     */
    public record TimelineEvent(String when, boolean resolved, String text, List<Support> articles) {
        public TimelineEvent {
            articles = List.copyOf(articles);
        }
    }
}
