package org.newsfuse.clean;

import java.util.regex.Pattern;

/**
 * The recognisers for scraped-news noise, compiled once. Each pattern matches a whole line or block
 * unless its name says otherwise. They describe the shapes of noise, never particular sites.
 */
final class NoisePatterns {

    private NoisePatterns() {
    }

    static final Pattern SHARE_LINE = Pattern.compile(
            "(?i)^(share( this( article| story| page| post)?)?( on [a-z]+)?|tweet( this)?|e-?mail( this( article| story)?)?"
                    + "|print( this( article| story)?)?|share via [a-z]+|share:? (facebook|twitter|email|linkedin|whatsapp)([ ,|]+[a-z]+)*)\\s*:?\\s*$");

    static final Pattern WIDGET = Pattern.compile(
            "(?i)^(font size|text size|listen to (this )?(article|story)\\b.*|advertisement|click to (enlarge|expand)( image)?"
                    + "|show comments|comments( \\(\\d+\\))?|skip to (main )?content|story continues below( advertisement)?"
                    + "|continue reading( below)?|sign up for .*newsletter.*|subscribe (now|today)\\b.*)\\s*[:.]?\\s*$");

    static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)(©|\\(c\\)\\s*(19|20)\\d\\d|copyright\\s+(©\\s*)?(19|20)\\d\\d|all rights reserved|may not be (re)?published, broadcast)");

    static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?i)^\\(?\\s*((photo|photograph|image|picture|video|graphic)s?\\s*(by|credit|courtesy( of)?)\\b|(photo|image|credit)s?\\s*:)"
                    + "[^\\n]{0,160}$");

    /**
     * A picture's label as news pages print it beside the picture: "Image copyright Harbour Lens",
     * "Photo credit: ...", "Picture source ...", or an agency credit alone ("Getty Images", "AP Photo/Lena
     * Okafor", "(Reuters)").
     */
    static final Pattern PICTURE_LABEL = Pattern.compile(
            "(?i)^\\(?\\s*(?:(?:image|photo|photograph|picture|video)\\s+(?:copyright|credit|source)\\b[^\\n]{0,120}"
                    + "|(?:ap|afp|reuters|epa|getty images|getty|ap images|pool|handout)(?:\\s+photo)?(?:\\s*/\\s*[^\\n]{1,60})?)\\s*\\)?$");

    /** "Image caption ...", "Photo caption: ...", "Caption: ...": a caption that says it is one. */
    static final Pattern CAPTION_LABEL = Pattern.compile("(?i)^(?:(?:image|photo|picture|video)\\s+caption|caption)\\b\\s*:?");

    /** Players and notices a page shows in place of media ("Media playback is unsupported on your device"). */
    static final Pattern MEDIA_NOTICE = Pattern.compile(
            "(?i)^(?:media playback is (?:not supported|unsupported) on your device|this video (?:is|has been) (?:not available|removed)"
                    + "|(?:your browser|this browser) does not support (?:the )?(?:video|audio)\\b.*|play video|watch video|video loading)\\s*\\.?$");

    /** A block that ends with a parenthesised photo credit is a caption. */
    static final Pattern CAPTION_CREDIT_ENDING = Pattern.compile(
            "(?i)\\((?:[^()]*\\b(?:photo|photograph|photos|getty images|handout|pool)\\b[^()]*|[^()]*/\\s*(?:afp|ap|reuters|epa|getty)\\s*)\\)\\s*$");

    /** Photo-agency caption openings: "TOPSHOT - ...", "SINGAPORE, SINGAPORE - JUNE 12: ...". */
    static final Pattern CAPTION_OPENING = Pattern.compile(
            "^(TOPSHOT\\b|[A-Z][A-Z.'’ -]{1,40}(, [A-Z][A-Z.'’ -]{1,40})? [-–—] [A-Z]{3,9} \\d{1,2}:)");

    static final Pattern RELATED_INSERT = Pattern.compile(
            "\\(\\s*(?i:related|read more|see also|also read|watch|read|more)\\s*:[^()]*\\)");

    static final Pattern RELATED_LINE = Pattern.compile(
            "^(?i:related|read more|see also|also read|more|watch)\\s*:\\s*\\S.*$");

    private static final String NAME_WORD = "(?:[A-Z][\\p{L}'’.-]*|[A-Z]\\.)";
    private static final String PARTICLE = "(?:de|van|von|der|da|al|bin|la|le|di|del|du)";
    static final String NAME = NAME_WORD + "(?:\\s+(?:" + NAME_WORD + "|" + PARTICLE + "))+";

    /** "By NAME", "By NAME and NAME", "By NAME, OUTLET", "By NAME | ROLE": split into names and affiliation later. */
    static final Pattern BY_LINE = Pattern.compile("^(?i:by)\\s+(?<rest>" + NAME + "[^\\n]{0,120})$");

    static final String ROLE_NOUN = "(?:Correspondent|Reporter|Writer|Editor|Columnist|Contributor|Producer|Analyst"
            + "|Bureau Chief|Anchor|Staff|Journalist|Photographer|Critic)";
    private static final String ROLE_MODIFIER = "(?:Senior|Chief|Staff|Deputy|Associate|Contributing|Managing|Executive"
            + "|Political|National|Foreign|International|Investigative|Breaking News|Digital|Business|Technology|Tech"
            + "|Science|Health|Sports|Legal|Economics|Education|Entertainment|Politics|Justice|Pentagon|Congressional"
            + "|White House|Capitol Hill|Washington|Supreme Court|News|Special|Global|Europe|Asia|Middle East|Africa)";
    static final String ROLE = "(?:" + ROLE_MODIFIER + "\\s+)*" + ROLE_NOUN + "s?";

    /**
     * "Noor Castell Senior Weather Correspondent": a two-word name (or first, initial, last) followed by
     * capitalised words ending in a newsroom role noun.
     */
    static final Pattern NAME_ROLE_LINE = Pattern.compile("^(?<name>" + NAME_WORD + "(?:\\s+[A-Z]\\.)?\\s+" + NAME_WORD
            + ")\\s+(?<role>(?:[A-Z][\\p{L}-]*\\s+){0,4}" + ROLE_NOUN + "s?)\\s*$");

    static final Pattern ROLE_SUFFIX = Pattern.compile("\\b(?<role>" + ROLE + ")\\s*$");

    /** "(CNN) --", "(CNN)—". */
    static final Pattern DATELINE_OUTLET_ONLY = Pattern.compile("^\\((?<outlet>[A-Z][A-Za-z.&]{1,14}(?: [A-Z][A-Za-z.&]{1,14}){0,2})\\)\\s*(?:--|—|–|-|_)\\s*");

    /** "WASHINGTON (AP) —", "LITTLETON, Colo. (AP) --", "KELLSBURG, March 9 (NTV) --". */
    static final Pattern DATELINE_PLACE_OUTLET = Pattern.compile(
            "^(?<place>[A-Z][A-Za-z.'’ -]{1,40}(?:,\\s*[A-Z][A-Za-z.'’ ]{1,25})?)"
                    + "(?:,\\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2})?\\s*\\((?<outlet>[A-Z][A-Za-z.&]{1,14}(?: [A-Z][A-Za-z.&]{1,14}){0,2})\\)\\s*(?:--|—|–|-|_)\\s*");

    /** "WASHINGTON —", "LONDON _": an all-capitals place and a dash. */
    static final Pattern DATELINE_PLACE_ONLY = Pattern.compile(
            "^(?<place>[A-Z][A-Z.'’ -]{2,40}(?:,\\s*[A-Z][A-Za-z.'’ ]{1,25})?)\\s*(?:--|—|–|_)\\s+");

    static final Pattern SECTION_WORDS = Pattern.compile(
            "(?i)^(politics|world|u\\.?s\\.?|us|nation|national|business|economy|markets|tech|technology|science|health|sports"
                    + "|opinion|entertainment|culture|lifestyle|travel|local|news|breaking news|world news|us news|crime|justice"
                    + "|education|environment|climate|media|money|investigations|analysis)$");
}
