package io.zmqrpc.runtime.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A zmqrpc server ({@link FaultServerMain}) in a child JVM: one a test can kill, or one that does not
 * share the test's JeroMQ I/O thread, as a server on another machine would not.
 */
final class ChildServer {

    private ChildServer() {
    }

    /**
     * Starts a child serving on {@code endpoint}; read its {@link #readReady(Process) READY line}.
     *
     * @param endpoint the endpoint to bind
     * @return the child process
     * @throws Exception when it cannot start
     */
    static Process start(String endpoint) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                FaultServerMain.class.getName(), endpoint).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /**
     * Waits for the child's {@code READY <endpoint>} line.
     *
     * @param process the child
     * @return the endpoint it serves on
     * @throws Exception when no such line comes within a minute
     */
    static String readReady(Process process) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String ready = line.get(60, TimeUnit.SECONDS);
        assertThat(ready).startsWith("READY ");
        return ready.substring("READY ".length());
    }
}
