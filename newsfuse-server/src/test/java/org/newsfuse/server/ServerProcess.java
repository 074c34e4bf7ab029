package org.newsfuse.server;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * What {@code newsfuse serve --db FILE --port 0 --token TOKEN} runs, as a process of its own for the
 * tests that kill it: {@code java -cp ... org.newsfuse.server.ServerProcess FILE TOKEN}.
 */
public final class ServerProcess {

    private ServerProcess() {
    }

    public static void main(String[] args) {
        ServiceConfig config = ServiceConfig.defaults().withDatabase(Path.of(args[0])).withPort(0).withWriteToken(args[1])
                .withDebounceMillis(20);
        Serve.runUntilStopped(config, false, new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    }

    /** Starts one, returning once it listens; its port is in {@link Child#port()}. */
    public static Child start(Path database, String token) throws java.io.IOException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), ServerProcess.class.getName(), database.toString(), token)
                .redirectErrorStream(true).start();
        java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        java.util.regex.Pattern listening = java.util.regex.Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)");
        StringBuilder seen = new StringBuilder();
        for (String line; (line = out.readLine()) != null; ) {
            seen.append(line).append('\n');
            java.util.regex.Matcher m = listening.matcher(line);
            if (m.find()) {
                int port = Integer.parseInt(m.group(1));
                // keep draining its output so it never blocks on a full pipe
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) {
                            // discarded
                        }
                    } catch (java.io.IOException ignored) {
                        // the process died
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return new Child(process, port);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the server process did not start:\n" + seen);
    }

    /** A running server process. */
    public record Child(Process process, int port) {
    }
}
