package org.newsfuse.render;

/** The pieces every HTML writer shares, here and in the evaluation module: escaping and the page frame. */
public final class Html {

    private Html() {
    }

    /** {@code text} safe inside an element or a double-quoted attribute. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The start of a standalone page titled {@code title}, up to and including {@code <body>}. */
    public static String open(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title>\n"
                + "<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;line-height:1.45}"
                + "h2{border-bottom:1px solid #ccc}.src{color:#555;font-size:.9em}</style></head><body>\n";
    }

    /** The end of the page. */
    public static String close() {
        return "</body></html>\n";
    }
}
