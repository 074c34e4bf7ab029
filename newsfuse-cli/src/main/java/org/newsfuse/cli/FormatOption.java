package org.newsfuse.cli;

import org.newsfuse.render.Format;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --format}, typed as {@link Format}, for the commands whose output every writer in render can take. */
final class FormatOption {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = Converter.class,
            description = "text, markdown, json or html (default: ${DEFAULT-VALUE}).")
    Format format;

    /** A user's format name ({@code md} is Markdown); an unknown one is a usage error naming the known ones. */
    static final class Converter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return Format.find(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "unknown format '" + value + "'; known: " + Format.labels(Format.values())));
        }
    }
}
