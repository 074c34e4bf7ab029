package org.newsfuse.cli;

/**
 * The exit codes of every subcommand (sysexits.h conventions), documented in the README.
 */
public final class ExitCode {

    /** Everything was read and processed. */
    public static final int OK = 0;
    /** Internal error: a bug, reported with a one-line message (stack trace only with --debug). */
    public static final int SOFTWARE = 70;
    /** Bad usage: unknown option, bad value. */
    public static final int USAGE = 64;
    /** Some inputs were bad (unreadable, not UTF-8, malformed lines) and skipped; the rest was processed. */
    public static final int DATA_ERROR = 65;
    /** No usable input at all: missing paths, empty directories, every input bad. */
    public static final int NO_INPUT = 66;
    /** Output could not be written. */
    public static final int CANT_CREATE = 73;

    private ExitCode() {
    }
}
