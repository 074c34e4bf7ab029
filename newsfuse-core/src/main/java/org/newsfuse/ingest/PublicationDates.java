package org.newsfuse.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the date formats corpora use for publication dates; anything else is "unknown", not an error. */
public final class PublicationDates {

    private static final Pattern ISO_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern US_DATE = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final List<DateTimeFormatter> WORDY = List.of(
            DateTimeFormatter.ofPattern("MMMM d, yyyy", java.util.Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, yyyy", java.util.Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH));

    private PublicationDates() {
    }

    public static Optional<LocalDate> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = raw.strip();
        try {
            Matcher iso = ISO_PREFIX.matcher(text);
            if (iso.find()) {
                return Optional.of(LocalDate.parse(iso.group(1)));
            }
            Matcher us = US_DATE.matcher(text);
            if (us.find()) {
                return Optional.of(LocalDate.of(Integer.parseInt(us.group(3)), Integer.parseInt(us.group(1)),
                        Integer.parseInt(us.group(2))));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : WORDY) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }
}
