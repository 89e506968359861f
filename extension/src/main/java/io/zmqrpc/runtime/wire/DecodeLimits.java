package io.zmqrpc.runtime.wire;

/**
 * Bounds applied while decoding what a peer sent, so that a hostile message cannot exhaust the
 * stack or the heap. Declared lengths are in any case never trusted beyond the bytes received.
 *
 * @param maxDepth the deepest nesting of arrays and maps accepted
 * @param maxContainerSize the most elements (or entries) one array or map may declare
 */
public record DecodeLimits(int maxDepth, int maxContainerSize) {

    /** 64 levels and 1,000,000 elements per container. */
    public static final DecodeLimits DEFAULT = new DecodeLimits(64, 1_000_000);

    /**
     * Validates the limits.
     *
     * @param maxDepth positive
     * @param maxContainerSize positive
     */
    public DecodeLimits {
        if (maxDepth < 1 || maxContainerSize < 1) {
            throw new IllegalArgumentException("decode limits must be positive: depth " + maxDepth
                    + ", container size " + maxContainerSize);
        }
    }
}
