package org.newsfuse.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code newsfuse serve} started as its own process on a free port, with what it printed until it was listening. */
record ServeProcess(Process process, int port, String printed) {

    private static final Pattern LISTENING = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)");

    /** Starts {@code newsfuse serve ARGS --port 0} in {@code folder}; port is -1 when it never said it was listening. */
    static ServeProcess start(Path folder, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "org.newsfuse.cli.Main", "serve"));
        command.addAll(List.of(args));
        command.addAll(List.of("--port", "0"));
        Process server = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        int port = -1;
        StringBuilder seen = new StringBuilder();
        for (String line; port < 0 && (line = out.readLine()) != null; ) {
            seen.append(line).append('\n');
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                port = Integer.parseInt(m.group(1));
            }
        }
        return new ServeProcess(server, port, seen.toString());
    }
}
