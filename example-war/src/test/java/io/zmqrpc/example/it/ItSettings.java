package io.zmqrpc.example.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * What the build passes to the integration tests (see failsafe's {@code systemPropertyVariables}
 * in the POM), so that the tests never guess paths.
 */
final class ItSettings {

    private ItSettings() {
    }

    static Path war() {
        return path("it.war");
    }

    static Path payaraJar() {
        return path("it.payara.jar");
    }

    static Path wildFlyHome() {
        return path("it.wildfly.home");
    }

    static Path python() {
        return path("it.python");
    }

    /**
     * A new directory for one server run: its runtime files, its log, the Python scripts' output.
     *
     * @param name what runs there
     * @return the directory
     */
    static Path workDir(String name) throws IOException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        return Files.createDirectories(path("it.logs").resolve(name + "-" + stamp));
    }

    private static Path path(String key) {
        String value = System.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("system property " + key + " is not set: run the integration tests with mvn verify");
        }
        return Path.of(value);
    }
}
