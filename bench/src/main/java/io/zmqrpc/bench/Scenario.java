package io.zmqrpc.bench;

/**
 * One cell of the throughput matrix: how calls are issued, how large the payload is, and how many
 * calls are outstanding at once.
 */
public record Scenario(Pattern pattern, int payloadSize, int inFlight) {

    /** How the client issues calls. */
    public enum Pattern {
        /** One blocking call after another: the round-trip time, nothing overlapped. */
        SEQUENTIAL("sequential"),
        /** A window of {@code inFlight} asynchronous calls kept full. */
        IN_FLIGHT("in-flight");

        private final String label;

        Pattern(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Scenario {
        if (pattern == Pattern.SEQUENTIAL && inFlight != 1) {
            throw new IllegalArgumentException("a sequential scenario has one call in flight");
        }
        if (inFlight < 1 || payloadSize < 0) {
            throw new IllegalArgumentException("inFlight >= 1 and payloadSize >= 0 expected");
        }
    }

    public static Scenario sequential(int payloadSize) {
        return new Scenario(Pattern.SEQUENTIAL, payloadSize, 1);
    }

    public static Scenario inFlight(int payloadSize, int inFlight) {
        return new Scenario(Pattern.IN_FLIGHT, payloadSize, inFlight);
    }

    /** A payload of the scenario's size, of letters rather than zeros, so that {@link EchoCheck}
     *  tells a shifted or stale echo from the right one. */
    public byte[] payload() {
        byte[] payload = new byte[payloadSize];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) ('a' + i % 26);
        }
        return payload;
    }

    /** "64 KiB", "100 B": how the report names a payload size. */
    public static String sizeLabel(int bytes) {
        return bytes >= 1024 && bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " B";
    }
}
