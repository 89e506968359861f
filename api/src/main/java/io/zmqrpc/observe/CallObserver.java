package io.zmqrpc.observe;

/**
 * Follows one call from its start to its end; returned by {@link CallListener#started}. Its methods
 * run on zmqrpc's threads or the caller's: they must be quick and must not block.
 */
public interface CallObserver {

    /**
     * The handler is about to run, on the thread that runs it (server side only). What is returned
     * is closed on the same thread when the handler returns; for a handler that returns a
     * {@code CompletionStage}, when the stage is returned, not when it completes. This is where a
     * tracer makes the call's span current, so that calls the handler makes are its children.
     *
     * @return the scope to close after the handler, never null
     */
    default Scope enter() {
        return Scope.NONE;
    }

    /**
     * The call ended; called exactly once.
     *
     * @param end how it ended
     */
    void ended(CallEnd end);

    /** What {@link #enter} opened around a handler; closing it throws nothing. */
    @FunctionalInterface
    interface Scope extends AutoCloseable {

        /** Opens nothing. */
        Scope NONE = () -> { };

        @Override
        void close();
    }
}
