package org.newsfuse.cli;

import java.io.PrintWriter;
import org.newsfuse.NewsFuse;
import picocli.CommandLine.Option;

/** {@code --speaker-parser}, for the commands that attribute quotations ({@code compare}, {@code eval-quotes}). */
final class SpeakerParserOption {

    @Option(names = "--speaker-parser", description = {"Attribute the quotations the rules leave without a speaker, and the mixed ones they attribute from",
            "afar, with the installed dependency parser (module newsfuse-nlp4j: a CLI built with -Pnlp4j, about 60 s and 3 GB of heap to load)."})
    boolean wanted;

    /** Whether the parser was asked for and is not installed: then {@code err} has said so in one line. */
    boolean missing(NewsFuse newsfuse, PrintWriter err) {
        if (wanted && newsfuse.speakerParser().isEmpty()) {
            err.println("newsfuse: --speaker-parser: no speaker parser installed (build the CLI with -Pnlp4j)");
            return true;
        }
        return false;
    }
}
