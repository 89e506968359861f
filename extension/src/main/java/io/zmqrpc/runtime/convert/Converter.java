package io.zmqrpc.runtime.convert;

/**
 * Converts a decoded value to one target type. Built once per type by {@link ConverterFactory}, so
 * that converting does no reflection.
 */
@FunctionalInterface
interface Converter {

    /** For targets that take any value: {@code Object}, unbounded type variables. */
    Converter IDENTITY = value -> value;

    /**
     * @param value a decoded value
     * @return the value as the target type
     * @throws ConversionException when it does not convert
     */
    Object convert(Object value);
}
