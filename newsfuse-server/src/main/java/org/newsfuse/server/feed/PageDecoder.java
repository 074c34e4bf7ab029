package org.newsfuse.server.feed;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns a fetched page's bytes into text. The charset comes from a byte-order mark, else the
 * {@code Content-Type} header, else the page's {@code <meta charset>} (or {@code http-equiv}), else
 * detection (valid UTF-8 is taken as UTF-8; otherwise juniversalchardet's guess, or windows-1252).
 */
final class PageDecoder {

    /** The decoded page and where its charset came from (shown in diagnostics). */
    record Decoded(String text, Charset charset, String charsetSource) {
    }

    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+?charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");
    private static final Pattern MARKUP = Pattern.compile("(?i)<\\s*(!doctype|html|head|body|p|div|article|span|a|meta|title)\\b");
    private static final int PRESCAN_BYTES = 4096;

    private PageDecoder() {
    }

    static Decoded decode(byte[] bytes, Optional<String> contentType) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "byte-order mark");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, "byte-order mark");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, "byte-order mark");
        }
        Optional<Charset> fromHeader = contentType.flatMap(t -> charset(HEADER_CHARSET.matcher(t)));
        if (fromHeader.isPresent()) {
            return new Decoded(new String(bytes, fromHeader.get()), fromHeader.get(), "Content-Type header");
        }
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Optional<Charset> fromMeta = charset(META_CHARSET.matcher(head));
        if (fromMeta.isPresent()) {
            return new Decoded(new String(bytes, fromMeta.get()), fromMeta.get(), "<meta> charset");
        }
        try {
            String utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(utf8, StandardCharsets.UTF_8, "detected (valid UTF-8)");
        } catch (CharacterCodingException e) {
            UniversalDetector detector = new UniversalDetector();
            detector.handleData(bytes, 0, bytes.length);
            detector.dataEnd();
            Charset guess = Optional.ofNullable(detector.getDetectedCharset()).flatMap(PageDecoder::lookup)
                    .orElse(Charset.forName("windows-1252"));
            return new Decoded(new String(bytes, guess), guess, "detected (" + guess.name() + ")");
        }
    }

    /** True when the text looks like HTML at all (a page served without a content type is checked this way). */
    static boolean looksLikeHtml(String text) {
        return MARKUP.matcher(text.length() > 65536 ? text.substring(0, 65536) : text).find();
    }

    private static Optional<Charset> charset(Matcher m) {
        return m.find() ? lookup(m.group(1)) : Optional.empty();
    }

    private static Optional<Charset> lookup(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        // browsers read latin-1 and ascii labels as windows-1252 (the WHATWG encoding standard)
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            n = "windows-1252";
        }
        try {
            return Optional.of(Charset.forName(n));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
