package io.zmqrpc.example.it.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Python script (the aiozmq peer) to completion, bounded in time, and returns what it
 * printed. stderr goes to its own file so that stdout stays parseable JSON.
 */
public final class Python {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private Python() {
    }

    /**
     * The outcome of a script.
     *
     * @param exitCode the exit code
     * @param stdout what it printed on stdout
     * @param stderr what it printed on stderr
     */
    public record Result(int exitCode, String stdout, String stderr) {
    }

    /**
     * Runs a script.
     *
     * @param interpreter the interpreter, for example {@code /usr/bin/python3}
     * @param script the script
     * @param environment variables to add
     * @param workDir where its output files go
     * @param args the script's arguments
     * @return what it printed and its exit code
     * @throws IOException when it cannot be run
     * @throws InterruptedException when interrupted
     * @throws AssertionError when it did not finish in time (it was then killed)
     */
    public static Result run(Path interpreter, Path script, Map<String, String> environment, Path workDir, String... args)
            throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        String name = script.getFileName().toString();
        Path stdout = workDir.resolve(name + ".out");
        Path stderr = workDir.resolve(name + ".err");
        List<String> command = new ArrayList<>(List.of(interpreter.toString(), script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError(name + " did not finish within " + TIMEOUT + "; see " + stderr);
            }
        } finally {
            process.destroyForcibly();
        }
        return new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }
}
