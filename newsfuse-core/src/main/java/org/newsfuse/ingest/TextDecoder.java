package org.newsfuse.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding that says exactly what is wrong: binary content, or the byte offset of the
 * first invalid sequence. Never guesses another charset: a wrong guess silently corrupts quotes and
 * names, which is worse than a clear error.
 */
final class TextDecoder {

    /** The decoded text, or why there is none. Exactly one of the two is non-null. */
    record Decoded(String text, String problem) {
        boolean ok() {
            return text != null;
        }
    }

    private static final int BINARY_SNIFF_BYTES = 8192;

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes) {
        if (looksUtf16(bytes)) {
            return new Decoded(null, "UTF-16 text (newsfuse reads UTF-8 only; convert the file, e.g. with iconv -f utf-16 -t utf-8)");
        }
        if (looksBinary(bytes)) {
            return new Decoded(null, "binary content, not text");
        }
        int offset = startsWithBom(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return new Decoded(null, "invalid UTF-8 at byte " + in.position()
                    + " (newsfuse reads UTF-8 only; convert the file, e.g. with iconv -f latin1 -t utf-8)");
        }
        result = decoder.flush(out);
        if (result.isError()) {
            return new Decoded(null, "invalid UTF-8 at end of input");
        }
        out.flip();
        return new Decoded(out.toString(), null);
    }

    /** Decodes one line of a record file; throws with the byte offset inside the line. */
    static String decodeLine(byte[] bytes, int length) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, 0, length))
                .toString();
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /**
     * UTF-16 text: a UTF-16 byte-order mark, or (without one) a NUL in every other byte, as ASCII text
     * encoded in UTF-16 has. Told apart from binary so that the message says how to convert it.
     */
    static boolean looksUtf16(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return bytes.length % 2 == 0;
        }
        int n = Math.min(bytes.length, BINARY_SNIFF_BYTES) & ~1;
        if (n < 8) {
            return false;
        }
        int[] nulsAt = new int[2];
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                nulsAt[i & 1]++;
            }
        }
        int pairs = n / 2;
        // nearly all of one parity NUL, nearly none of the other
        return (nulsAt[0] * 10 >= pairs * 9 && nulsAt[1] * 20 <= pairs) || (nulsAt[1] * 10 >= pairs * 9 && nulsAt[0] * 20 <= pairs);
    }

    // A NUL byte never occurs in text; a high share of other control bytes means an image, archive or
    // executable that happens to decode.
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return n > 0 && control * 10 > n;
    }
}
