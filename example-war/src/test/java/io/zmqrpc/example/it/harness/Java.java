package io.zmqrpc.example.it.harness;

import java.nio.file.Path;

/** The Java runtime the tests run on, which is also the one the servers get. */
public final class Java {

    private Java() {
    }

    /**
     * The {@code java} launcher of this JVM.
     *
     * @return its path
     */
    public static String executable() {
        return home().resolve("bin").resolve("java").toString();
    }

    /**
     * This JVM's home, for launcher scripts that read {@code JAVA_HOME}.
     *
     * @return the home directory
     */
    public static Path home() {
        return Path.of(System.getProperty("java.home"));
    }
}
