package io.zmqrpc.cli.testing;

import io.zmqrpc.cli.ZmqrpcCli;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;

/** Runs {@code zmqrpc} in-process through picocli, with stdin given and stdout/stderr captured. */
public final class Cli {

    private Cli() {
    }

    /**
     * What a run printed and returned.
     *
     * @param exit the exit code
     * @param out stdout
     * @param err stderr
     */
    public record Result(int exit, String out, String err) {
        /** @return stdout's lines */
        public java.util.List<String> lines() {
            return out.lines().toList();
        }
    }

    /**
     * Runs a command line to its end.
     *
     * @param args the arguments
     * @return the result
     */
    public static Result run(String... args) {
        return runWithInput("", args);
    }

    /**
     * Runs a command line reading stdin from text.
     *
     * @param stdin the input
     * @param args the arguments
     * @return the result
     */
    public static Result runWithInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = ZmqrpcCli.commandLine(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    /**
     * Starts a command line on another thread, for commands that wait ({@code listen}); its
     * stderr can be watched while it runs.
     *
     * @param args the arguments
     * @return the running command
     */
    public static Running start(String... args) {
        return new Running(args);
    }

    /** A command running on its own thread. */
    public static final class Running {
        private final StringWriter out = new StringWriter();
        private final StringWriter err = new StringWriter();
        private final CompletableFuture<Integer> exit = new CompletableFuture<>();

        private Running(String... args) {
            CommandLine cli = ZmqrpcCli.commandLine(new ByteArrayInputStream(new byte[0]));
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            Thread t = new Thread(() -> exit.complete(cli.execute(args)), "cli-under-test");
            t.setDaemon(true);
            t.start();
        }

        /**
         * Waits until stderr holds a text.
         *
         * @param text the text
         * @param timeout how long
         */
        public void awaitErr(String text, Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!err().contains(text)) {
                if (System.nanoTime() > deadline || exit.isDone()) {
                    throw new AssertionError("no '" + text + "' on stderr within " + timeout + "; stderr: " + err()
                            + "; stdout: " + out());
                }
                java.util.concurrent.locks.LockSupport.parkNanos(10_000_000L);
            }
        }

        /**
         * Waits for the command to end.
         *
         * @param timeout how long
         * @return its result
         */
        public Result await(Duration timeout) {
            try {
                return new Result(exit.get(timeout.toMillis(), TimeUnit.MILLISECONDS), out(), err());
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("the command did not end within " + timeout + "; stderr: " + err()
                        + "; stdout: " + out());
            } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                throw new AssertionError(e);
            }
        }

        // a StringWriter writes to a StringBuffer: safe to read while the command's thread writes
        private String out() {
            return out.toString();
        }

        private String err() {
            return err.toString();
        }
    }
}
