package org.newsfuse.server.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageDecoderTest {

    private static final String PAGE = "<html><head>%s</head><body><p>Zoë Laurent ordered crème brûlée at the Café Müller on the quay.</p></body></html>";

    @Test
    void headerThenMetaThenDetection() {
        byte[] latin = String.format(PAGE, "").getBytes(StandardCharsets.ISO_8859_1);
        PageDecoder.Decoded header = PageDecoder.decode(latin, Optional.of("text/html; charset=ISO-8859-1"));
        assertTrue(header.text().contains("Zoë Laurent ordered crème brûlée"), header.text());
        assertEquals("Content-Type header", header.charsetSource());

        byte[] meta = String.format(PAGE, "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">")
                .getBytes(StandardCharsets.ISO_8859_1);
        PageDecoder.Decoded fromMeta = PageDecoder.decode(meta, Optional.of("text/html"));
        assertTrue(fromMeta.text().contains("Café Müller"));
        assertEquals("<meta> charset", fromMeta.charsetSource());

        PageDecoder.Decoded detected = PageDecoder.decode(latin, Optional.empty());
        assertTrue(detected.text().contains("Café Müller"), detected.text());
        assertTrue(detected.charsetSource().startsWith("detected"));

        PageDecoder.Decoded utf8 = PageDecoder.decode(String.format(PAGE, "").getBytes(StandardCharsets.UTF_8), Optional.empty());
        assertEquals(StandardCharsets.UTF_8, utf8.charset());
        assertTrue(utf8.text().contains("crème brûlée"));
    }

    @Test
    void aByteOrderMarkWinsAndAnUnknownCharsetFallsThrough() {
        byte[] body = String.format(PAGE, "").getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[body.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bom, 3, body.length);
        assertEquals("byte-order mark", PageDecoder.decode(bom, Optional.of("text/html; charset=iso-8859-1")).charsetSource());
        PageDecoder.Decoded unknown = PageDecoder.decode(body, Optional.of("text/html; charset=x-no-such-charset"));
        assertEquals(Charset.forName("UTF-8"), unknown.charset());
    }
}
