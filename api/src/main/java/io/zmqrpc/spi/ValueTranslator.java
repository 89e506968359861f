package io.zmqrpc.spi;

/**
 * Carries a Java type as a msgpack extension value (aiozmq's translation table entry). Both sides
 * must register the same code for the same type. User codes run from 0; aiozmq reserves 123..127
 * for Python's {@code datetime} family, which zmqrpc translates from and to {@code java.time}
 * unless a user translator claims the code.
 *
 * <p>When encoding, translators are tried in ascending code order and the first whose
 * {@link #type()} the value is an instance of wins, except that a translator for the value's exact
 * class is preferred.
 *
 * <pre>{@code
 * public final class PointTranslator implements ValueTranslator<Point> {
 *     public int code() { return 0; }
 *     public Class<Point> type() { return Point.class; }
 *     public byte[] pack(Point p) { ... }
 *     public Point unpack(byte[] data) { ... }
 * }
 * }</pre>
 *
 * @param <T> the Java type
 */
public interface ValueTranslator<T> {

    /**
     * The ext type code, 0..127.
     *
     * @return the code
     */
    int code();

    /**
     * The Java type this translator packs (and its subtypes).
     *
     * @return the type
     */
    Class<T> type();

    /**
     * Packs a value into the ext payload.
     *
     * @param value the value, never null
     * @return the payload bytes
     */
    byte[] pack(T value);

    /**
     * Unpacks an ext payload received from a peer. Throw {@link IllegalArgumentException} for a
     * payload that is not valid; the value then fails to decode with a clear error.
     *
     * @param data the payload bytes
     * @return the value
     */
    T unpack(byte[] data);
}
