package org.newsfuse;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the real third-party data in {@code ../shared} beside the repository. Tests that need it skip
 * with a clear message when it is absent, and fail when it is absent under CI ({@code CI=true}).
 */
public final class SharedData {

    private SharedData() {
    }

    /** The repository root (where the top-level pom.xml is). */
    public static Path repositoryRoot() {
        String configured = System.getProperty("newsfuse.root");
        Path start = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("newsfuse")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        return start.toAbsolutePath();
    }

    /** {@code ../shared/<relative>}, or skips (fails under CI) when it is not there. */
    public static Path require(String relative) {
        Path path = repositoryRoot().resolve("..").resolve("shared").resolve(relative).normalize();
        if (!Files.exists(path)) {
            String message = "needs " + path + " (the project's shared data beside the repository); not found";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + " and CI=true, so this is an error");
            }
            Assumptions.abort(message + ": skipped");
        }
        return path;
    }

    /** The SHA-256 of a file, hex: evaluations check it before asserting a score. */
    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
