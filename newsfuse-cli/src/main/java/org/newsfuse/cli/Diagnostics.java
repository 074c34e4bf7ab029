package org.newsfuse.cli;

import java.io.PrintWriter;
import java.util.List;
import org.newsfuse.base.Diagnostic;

/** Prints input diagnostics to standard error, one line each; informational ones are left to --format json. */
final class Diagnostics {

    private Diagnostics() {
    }

    static void print(List<Diagnostic> diagnostics, PrintWriter err) {
        for (Diagnostic d : diagnostics) {
            if (d.severity() != Diagnostic.Severity.INFO) {
                err.println("newsfuse: " + d.toLine());
            }
        }
        err.flush();
    }
}
