package org.newsfuse.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.newsfuse.base.MappedText;
import org.newsfuse.base.Span;
import org.newsfuse.clean.Removal.Reason;
import org.newsfuse.ingest.SourceDocument;

/**
 * Cleans scraped news text with rules about the shapes of noise (bylines, datelines, captions,
 * credits, share and copyright lines, inline link inserts, repeated paragraphs), never about
 * particular sites. Works line by line in the header (everything before the first line of prose) and
 * block by block in the body.
 */
public final class RuleBasedCleaner implements ArticleCleaner {

    private static final int MAX_TITLE_WORDS = 30;
    private static final int MAX_SUBHEADING_WORDS = 12;

    @Override
    public Article clean(SourceDocument document) {
        String text = document.text();
        List<TextLine> lines = TextLine.split(text);
        Metadata meta = new Metadata(document);
        List<Removal> removals = new ArrayList<>();
        boolean[] removed = new boolean[lines.size()];

        int firstProse = 0;
        while (firstProse < lines.size() && !lines.get(firstProse).isProse()) {
            firstProse++;
        }
        classifyHeader(text, lines, firstProse, meta, removals, removed);
        for (int i = firstProse; i < lines.size(); i++) {
            Optional<Removal> noise = classifyLine(lines.get(i), meta);
            if (noise.isPresent()) {
                removals.add(noise.get());
                removed[i] = true;
            }
        }

        List<Block> blocks = buildBlocks(text, lines, removed, meta, removals);
        removals.sort(Comparator.comparing(Removal::span));
        // authors a feed or page gave stand in only when no byline names any
        List<String> authors = meta.authors.isEmpty() ? document.authors() : meta.authors;
        return new Article(document.id(), document.origin(), text, meta.title, meta.outlet(), authors,
                Optional.ofNullable(meta.role), Optional.ofNullable(meta.section), Optional.ofNullable(meta.dateline),
                document.date(), blocks, removals);
    }

    /** Title, section label, bylines and widgets before the first line of prose. */
    private void classifyHeader(String text, List<TextLine> lines, int firstProse, Metadata meta,
                                List<Removal> removals, boolean[] removed) {
        boolean wantTitle = meta.title.isEmpty();
        for (int i = 0; i < firstProse; i++) {
            TextLine line = lines.get(i);
            Optional<Removal> noise = classifyLine(line, meta);
            if (noise.isPresent()) {
                removals.add(noise.get());
                removed[i] = true;
                continue;
            }
            if (isCaptionBlock(line.text())) {
                removals.add(new Removal(line.span(), line.text(), Reason.CAPTION, "photo caption"));
                removed[i] = true;
                continue;
            }
            if (wantTitle && i + 1 < lines.size()) {
                boolean laterTitleCandidate = i + 1 < firstProse && looksLikeTitle(lines.get(i + 1));
                if (meta.section == null && looksLikeSectionLabel(line) && laterTitleCandidate) {
                    meta.section = line.text().strip();
                    removals.add(new Removal(line.span(), line.text(), Reason.SECTION_LABEL, "section label before the title"));
                    removed[i] = true;
                    continue;
                }
                if (looksLikeTitle(line)) {
                    meta.title = Optional.of(line.text().strip());
                    removals.add(new Removal(line.span(), line.text(), Reason.TITLE, "headline"));
                    removed[i] = true;
                    wantTitle = false;
                }
            }
        }
    }

    /** Line-level noise, wherever it occurs: the same line is noise at the top and at the bottom. */
    private Optional<Removal> classifyLine(TextLine line, Metadata meta) {
        String s = line.text().strip();
        Span span = line.span();
        if (NoisePatterns.SHARE_LINE.matcher(s).matches()) {
            return Optional.of(new Removal(span, line.text(), Reason.SHARE_LINE, "share widget"));
        }
        if (line.words() <= 12 && NoisePatterns.WIDGET.matcher(s).matches()) {
            return Optional.of(new Removal(span, line.text(), Reason.WIDGET, "page widget"));
        }
        if (line.words() <= 40 && NoisePatterns.COPYRIGHT.matcher(s).find()) {
            return Optional.of(new Removal(span, line.text(), Reason.COPYRIGHT, "copyright notice"));
        }
        if (line.words() <= 12 && NoisePatterns.MEDIA_NOTICE.matcher(s).matches()) {
            return Optional.of(new Removal(span, line.text(), Reason.WIDGET, "media player notice"));
        }
        if (line.words() <= 25 && NoisePatterns.PICTURE_LABEL.matcher(s).matches()) {
            return Optional.of(new Removal(span, line.text(), Reason.PHOTO_CREDIT, "picture credit"));
        }
        if (line.words() <= 60 && NoisePatterns.CAPTION_LABEL.matcher(s).lookingAt()) {
            return Optional.of(new Removal(span, line.text(), Reason.CAPTION, "labelled caption"));
        }
        if (line.words() <= 30 && NoisePatterns.PHOTO_CREDIT.matcher(s).matches()) {
            return Optional.of(new Removal(span, line.text(), Reason.PHOTO_CREDIT, "photo credit"));
        }
        if (line.words() <= 25 && NoisePatterns.RELATED_LINE.matcher(s).matches()) {
            return Optional.of(new Removal(span, line.text(), Reason.RELATED_LINK, "link to another article"));
        }
        if (line.words() <= 16 && !s.endsWith(".") && meta.readByline(s)) {
            return Optional.of(new Removal(span, line.text(), Reason.BYLINE, "byline"));
        }
        return Optional.empty();
    }

    private List<Block> buildBlocks(String text, List<TextLine> lines, boolean[] removed, Metadata meta,
                                    List<Removal> removals) {
        // Group kept lines into paragraphs: consecutive lines of one blank-line-separated block.
        List<List<TextLine>> paragraphs = new ArrayList<>();
        List<TextLine> current = new ArrayList<>();
        int lastBlock = -1;
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (removed[i]) {
                continue;
            }
            if (line.block() != lastBlock && !current.isEmpty()) {
                paragraphs.add(current);
                current = new ArrayList<>();
            }
            current.add(line);
            lastBlock = line.block();
        }
        if (!current.isEmpty()) {
            paragraphs.add(current);
        }

        List<Block> blocks = new ArrayList<>();
        DuplicateDetector.Index seen = new DuplicateDetector.Index();
        DuplicateDetector.Index seenCaptions = new DuplicateDetector.Index();
        boolean datelineChecked = false;
        for (int p = 0; p < paragraphs.size(); p++) {
            List<TextLine> paragraph = paragraphs.get(p);
            Span whole = new Span(paragraph.get(0).span().start(), paragraph.get(paragraph.size() - 1).span().end());
            String blockText = whole.of(text);
            String oneLine = blockText.replaceAll("\\s+", " ").strip();
            if (isCaptionBlock(oneLine)) {
                Optional<DuplicateDetector.Seen> original = seenCaptions.findDuplicate(oneLine);
                String detail = original.map(o -> "photo caption, near-duplicate of the caption at " + o.span()).orElse("photo caption");
                removals.add(new Removal(whole, blockText, Reason.CAPTION, detail));
                seenCaptions.add(whole, oneLine);
                continue;
            }
            Optional<DuplicateDetector.Seen> original = seen.findOrAdd(whole, oneLine);
            if (original.isPresent()) {
                removals.add(new Removal(whole, blockText, Reason.DUPLICATE_PARAGRAPH,
                        "repeats the paragraph at " + original.get().span()));
                continue;
            }

            boolean nextIsProse = p + 1 < paragraphs.size() && paragraphs.get(p + 1).get(0).isProse();
            if (paragraph.size() == 1 && !blocks.isEmpty() && nextIsProse && looksLikeSubheading(paragraph.get(0))) {
                blocks.add(new Block(Block.Kind.SUBHEADING, whole, MappedText.of(text, paragraph.get(0).span())));
                continue;
            }

            List<Span> pieces = new ArrayList<>();
            for (int l = 0; l < paragraph.size(); l++) {
                TextLine line = paragraph.get(l);
                // Keep the newline between lines of one paragraph so words never glue together.
                int end = l + 1 < paragraph.size() ? paragraph.get(l + 1).span().start() : line.span().end();
                pieces.add(new Span(line.span().start(), end));
            }
            // the dateline opens the first paragraph of prose; a date or headline line above it does not hide it
            if (!datelineChecked) {
                int before = removals.size();
                pieces = cutDateline(text, pieces, meta, removals);
                datelineChecked = removals.size() > before || paragraph.get(0).isProse();
            }
            pieces = cutInserts(text, pieces, removals);
            if (pieces.stream().mapToInt(Span::length).sum() > 0) {
                blocks.add(new Block(Block.Kind.PARAGRAPH, whole, MappedText.of(text, pieces)));
            }
        }
        return blocks;
    }

    private List<Span> cutDateline(String text, List<Span> pieces, Metadata meta, List<Removal> removals) {
        Span first = pieces.get(0);
        String head = first.of(text);
        for (var pattern : List.of(NoisePatterns.DATELINE_OUTLET_ONLY, NoisePatterns.DATELINE_PLACE_OUTLET,
                NoisePatterns.DATELINE_PLACE_ONLY)) {
            Matcher m = pattern.matcher(head);
            if (m.lookingAt() && m.end() < head.length()) {
                Span cut = new Span(first.start(), first.start() + m.end());
                String written = head.substring(0, m.end()).strip();
                meta.dateline = written;
                if (pattern != NoisePatterns.DATELINE_PLACE_ONLY) {
                    meta.statedOutlet(m.group("outlet"));
                }
                removals.add(new Removal(cut, cut.of(text), Reason.DATELINE, "dateline"));
                List<Span> rest = new ArrayList<>(pieces);
                rest.set(0, new Span(cut.end(), first.end()));
                return rest;
            }
        }
        return pieces;
    }

    /** The pieces without inline links to other articles and without page furniture run into the text. */
    private static List<Span> cutInserts(String text, List<Span> pieces, List<Removal> removals) {
        List<Span> kept = new ArrayList<>();
        for (Span piece : pieces) {
            List<Removal> cuts = new ArrayList<>();
            Matcher m = NoisePatterns.RELATED_INSERT.matcher(text).region(piece.start(), piece.end());
            while (m.find()) {
                Span insert = new Span(m.start(), m.end());
                cuts.add(new Removal(insert, insert.of(text), Reason.RELATED_LINK, "inline link to another article"));
            }
            for (Span furniture : PageFurniture.find(text, piece.start(), piece.end())) {
                if (cuts.stream().noneMatch(c -> c.span().start() < furniture.end() && furniture.start() < c.span().end())) {
                    cuts.add(new Removal(furniture, furniture.of(text), Reason.WIDGET, "page furniture inside the text"));
                }
            }
            cuts.sort(java.util.Comparator.comparingInt(c -> c.span().start()));
            int at = piece.start();
            for (Removal cut : cuts) {
                removals.add(cut);
                if (cut.span().start() > at) {
                    kept.add(new Span(at, cut.span().start()));
                }
                at = cut.span().end();
            }
            if (at < piece.end()) {
                kept.add(new Span(at, piece.end()));
            }
        }
        return kept;
    }

    static boolean isCaptionBlock(String oneLine) {
        if (NoisePatterns.CAPTION_OPENING.matcher(oneLine).find()) {
            return true;
        }
        return TextLine.countWords(oneLine) <= 150 && NoisePatterns.CAPTION_CREDIT_ENDING.matcher(oneLine).find();
    }

    private static boolean looksLikeTitle(TextLine line) {
        String s = line.text().strip();
        return line.words() >= 2 && line.words() <= MAX_TITLE_WORDS && !s.endsWith(".") && !s.endsWith(":")
                && Character.isLetterOrDigit(s.codePointAt(0)) || (line.words() >= 2 && line.words() <= MAX_TITLE_WORDS
                && (s.startsWith("\"") || s.startsWith("“")) && !s.endsWith("."));
    }

    private static boolean looksLikeSectionLabel(TextLine line) {
        String s = line.text().strip();
        return NoisePatterns.SECTION_WORDS.matcher(s).matches()
                || (line.words() <= 2 && s.length() <= 20 && s.chars().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '&'));
    }

    private static boolean looksLikeSubheading(TextLine line) {
        String s = line.text().strip();
        if (s.isEmpty() || line.words() > MAX_SUBHEADING_WORDS || line.words() < 2) {
            return false;
        }
        String unquoted = s.replaceAll("[\"'“”‘’]+$", "");
        char last = unquoted.isEmpty() ? '.' : unquoted.charAt(unquoted.length() - 1);
        return ".,;:!?".indexOf(last) < 0 && (Character.isUpperCase(s.codePointAt(0)) || Character.isDigit(s.codePointAt(0)));
    }
}
