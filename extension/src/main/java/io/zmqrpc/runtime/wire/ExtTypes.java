package io.zmqrpc.runtime.wire;

import io.zmqrpc.ExtValue;
import io.zmqrpc.spi.ValueTranslator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The translation table of msgpack extension types (aiozmq's {@code translation_table}): user
 * translators by code, with Python's datetime family on codes 123..127 unless a user claims them.
 * Immutable after construction; the per-class lookup is cached.
 */
public final class ExtTypes {

    /** A table with no user translators: only the datetime family. */
    public static final ExtTypes DEFAULT = new ExtTypes(List.of());

    private final ValueTranslator<?>[] byCode = new ValueTranslator<?>[128];
    private final List<ValueTranslator<?>> ascending;
    private final Map<Class<?>, Optional<ValueTranslator<?>>> byClass = new ConcurrentHashMap<>();

    /**
     * Builds the table.
     *
     * @param translators user translators; codes must be 0..127 and distinct
     */
    public ExtTypes(List<? extends ValueTranslator<?>> translators) {
        List<ValueTranslator<?>> sorted = new ArrayList<>(translators);
        sorted.sort(Comparator.comparingInt(ValueTranslator::code));
        for (ValueTranslator<?> t : sorted) {
            int code = t.code();
            if (code < 0 || code > 127) {
                throw new IllegalArgumentException("value translator " + t.getClass().getName()
                        + " has ext code " + code + ", outside 0..127");
            }
            if (byCode[code] != null) {
                throw new IllegalArgumentException("two value translators claim ext code " + code + ": "
                        + byCode[code].getClass().getName() + " and " + t.getClass().getName());
            }
            byCode[code] = t;
        }
        this.ascending = List.copyOf(sorted);
    }

    /**
     * The translator that packs a value: the one registered for its exact class, else the first in
     * ascending code order whose type the value is an instance of (as aiozmq looks it up).
     *
     * @param type the value's class
     * @return the translator, or null
     */
    ValueTranslator<?> translatorFor(Class<?> type) {
        if (ascending.isEmpty()) {
            return null;
        }
        return byClass.computeIfAbsent(type, this::lookup).orElse(null);
    }

    private Optional<ValueTranslator<?>> lookup(Class<?> type) {
        for (ValueTranslator<?> t : ascending) {
            if (t.type() == type) {
                return Optional.of(t);
            }
        }
        for (ValueTranslator<?> t : ascending) {
            if (t.type().isAssignableFrom(type)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * Turns a received ext value into a Java value: the user translator of its code, else the
     * datetime family, else an {@link ExtValue} that is sent back unchanged.
     *
     * @param code the ext code
     * @param data the payload
     * @return the value
     * @throws WireFormatException when the translator refuses the payload
     */
    Object decode(byte code, byte[] data) {
        ValueTranslator<?> t = code >= 0 ? byCode[code] : null;
        try {
            if (t != null) {
                return t.unpack(data);
            }
            return DateTimeExt.decode(code, data);
        } catch (RuntimeException e) {
            throw new WireFormatException("cannot unpack ext code " + code + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether the datetime family may use a code (no user translator claims it).
     *
     * @param code the code
     * @return true when the code is free for the default
     */
    boolean defaultMayUse(int code) {
        return byCode[code] == null;
    }
}
