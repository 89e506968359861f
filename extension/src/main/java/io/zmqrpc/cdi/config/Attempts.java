package io.zmqrpc.cdi.config;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs the steps of reading a declaration, turning each failure into a problem so that every
 * problem of a bean or injection point is reported at once rather than only the first.
 */
public final class Attempts {

    private Attempts() {
    }

    /**
     * Runs one step.
     *
     * @param problems receives the step's failure message
     * @param step the step
     * @param <T> its result
     * @return its result, or null when it failed
     */
    public static <T> T attempt(List<String> problems, Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            problems.add(e.getMessage());
            return null;
        }
    }
}
