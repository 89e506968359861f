/**
 * Internal: turns decoded msgpack values into the Java types that handler parameters and client
 * results declare, and describes records and beans for the encoder.
 *
 * <p>{@link io.zmqrpc.runtime.convert.TypeConverter} converts a decoded value ({@code null},
 * {@code Boolean}, {@code Long}/{@code BigInteger}, {@code Double}, {@code String}, {@code byte[]},
 * {@code ArrayList}, {@code LinkedHashMap}, {@code ExtValue}, {@code java.time} values, translator
 * types) to a target {@link java.lang.reflect.Type}, generics included. It is strict where a silent
 * guess would lose data (integer ranges, str versus bin, naive versus aware datetimes) and tolerant
 * where peers evolve independently: map keys that name no record component or bean property are
 * ignored, so a newer peer may send more fields than an older Java type knows. Failures are
 * {@link io.zmqrpc.runtime.convert.ConversionException}s whose path says where in the value the
 * mismatch is ({@code items[2].qty}).
 *
 * <p>{@link io.zmqrpc.runtime.convert.StructuredType} lists the properties of a record (declaration
 * order) or a JavaBean (alphabetical order) so the encoder can write it as a msgpack map.
 *
 * <p>Both cache what they learn from reflection per type, so repeated conversions of the same
 * type reflect only once. This package is not part of the public API.
 */
package io.zmqrpc.runtime.convert;
