package io.zmqrpc.runtime.convert;

import java.lang.reflect.Type;

/**
 * Looks its converter up on first use. Record components and bean properties use it because a
 * type may contain itself ({@code record Node(List<Node> children)}): building eagerly would
 * never end.
 */
final class LazyConverter implements Converter {

    private final TypeConverter owner;
    private final Type type;
    // A race only looks the same cached converter up twice.
    private volatile Converter resolved;

    LazyConverter(TypeConverter owner, Type type) {
        this.owner = owner;
        this.type = type;
    }

    @Override
    public Object convert(Object value) {
        Converter converter = resolved;
        if (converter == null) {
            converter = owner.converterFor(type);
            resolved = converter;
        }
        return converter.convert(value);
    }
}
