/**
 * The {@code newsfuse} command line: a thin picocli adapter over core and eval. Parses user strings,
 * prints diagnostics one line each on standard error, and maps outcomes to the exit codes in
 * {@link org.newsfuse.cli.ExitCode}.
 */
package org.newsfuse.cli;
