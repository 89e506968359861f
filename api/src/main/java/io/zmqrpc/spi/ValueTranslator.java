package io.zmqrpc.spi;

/**
 * Carries a Java type as a msgpack extension value (aiozmq's translation table entry). Both sides
 * must register the same code for the same type. User codes run from 0; aiozmq reserves 123..127
 * for Python's {@code datetime} family, which zmqrpc translates from and to {@code java.time}
 * unless a user translator claims the code.
 *
 * <p>When encoding, a translator for the value's exact class is preferred (then the java.time
 * default of the value's class); otherwise translators are tried in ascending code order and the
 * first whose {@link #type()} the value is an instance of wins, as aiozmq looks them up. Translators
 * are consulted for every value other than null, {@code Boolean}, {@code Byte}, {@code Short},
 * {@code Integer}, {@code Long}, {@code Float}, {@code Double}, {@code String}, {@code byte[]},
 * {@code Map} and {@code Collection}, so they take precedence over zmqrpc's own handling of
 * records, beans, enums, arrays and {@code Optional}. A translator claiming a code in 123..127 replaces the
 * datetime default of that code in both directions.
 *
 * <p>Register translators per client or server with
 * the options builders' {@code translators(...)}, or let their {@code loadTranslators(loader)}
 * find them through {@link java.util.ServiceLoader} (a public no-argument constructor is then
 * needed). An exception from {@link #pack} fails the sending side with an error naming the value's
 * type and its path; an exception from {@link #unpack} makes the whole message undecodable: a server
 * drops the request without answering (as aiozmq does), a client fails the call.
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
