package org.newsfuse.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.newsfuse.SharedData;

/** Runs the CLI in-process from the repository root, as the README's commands do. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        return withInput("", args);
    }

    static CliRun withInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        Path root = SharedData.repositoryRoot();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), in, root);
        return new CliRun(code, out.toString(), err.toString());
    }
}
