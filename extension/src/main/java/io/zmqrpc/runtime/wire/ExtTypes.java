package io.zmqrpc.runtime.wire;

import io.zmqrpc.ExtValue;
import io.zmqrpc.spi.ValueTranslator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The translation table of msgpack extension types (aiozmq's {@code translation_table}): user
 * translators by code, with Python's datetime family on codes 123..127 unless a user claims them.
 *
 * <p>A value is packed by the first of: a user translator whose type is exactly the value's class
 * (lowest code first); the datetime default for the value's java.time class, if no user translator
 * claims its code; the first user translator, in ascending code order, whose type the value is an
 * instance of. This is aiozmq's lookup (exact class from its cache, then {@code isinstance} in
 * ascending code order), with one difference: aiozmq's exact-class cache lets the highest code win
 * when two entries name one class, so there a user entry for {@code date} under another code than
 * 127 never packs; here the user's translator does. Immutable after construction; the per-class
 * lookup is cached.
 */
public final class ExtTypes {

    /** A table with no user translators: only the datetime family. */
    public static final ExtTypes DEFAULT = new ExtTypes(List.of());

    private static final Integer NONE = -1;

    private final ValueTranslator<?>[] byCode = new ValueTranslator<?>[128];
    private final List<ValueTranslator<?>> ascending;
    private final Map<Class<?>, Integer> codeByClass = new ConcurrentHashMap<>();

    /**
     * Builds the table.
     *
     * @param translators user translators; codes must be 0..127 and distinct
     * @throws IllegalArgumentException for a code outside 0..127, two translators with one code,
     *     or a translator without a type
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
            if (t.type() == null) {
                throw new IllegalArgumentException("value translator " + t.getClass().getName()
                        + " (ext code " + code + ") has no type");
            }
            byCode[code] = t;
        }
        this.ascending = List.copyOf(sorted);
    }

    /**
     * The ext code a value packs under (see the class comment for the order), or -1 when no entry
     * of the table takes it.
     *
     * @param value a non-null value
     * @return the code, or -1
     */
    int codeFor(Object value) {
        if (ascending.isEmpty()) {
            return DateTimeExt.codeFor(value);
        }
        // The datetime defaults decide by class too: every java.time class they take is final.
        return codeByClass.computeIfAbsent(value.getClass(), type -> lookup(type, value));
    }

    private Integer lookup(Class<?> type, Object value) {
        for (ValueTranslator<?> t : ascending) {
            if (t.type() == type) {
                return t.code();
            }
        }
        int timeCode = DateTimeExt.codeFor(value);
        if (timeCode >= 0 && byCode[timeCode] == null) {
            return timeCode;
        }
        for (ValueTranslator<?> t : ascending) {
            if (t.type().isAssignableFrom(type)) {
                return t.code();
            }
        }
        return NONE;
    }

    /**
     * Packs a value under the code {@link #codeFor} chose.
     *
     * @param code the code
     * @param value the value
     * @return the payload
     * @throws UnencodableValueException naming the value's type when the translator refuses it
     */
    byte[] pack(int code, Object value) {
        ValueTranslator<?> t = byCode[code];
        byte[] data;
        try {
            data = t != null ? packWith(t, value) : DateTimeExt.pack(value);
        } catch (RuntimeException e) {
            throw new UnencodableValueException(value.getClass().getName() + " cannot be packed by "
                    + translatorName(code) + ": " + e.getMessage(), "");
        }
        if (data == null) {
            throw new UnencodableValueException(translatorName(code) + " packed a " + value.getClass().getName()
                    + " into null", "");
        }
        return data;
    }

    @SuppressWarnings("unchecked")
    private static byte[] packWith(ValueTranslator<?> translator, Object value) {
        return ((ValueTranslator<Object>) translator).pack(value);
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
            throw new WireFormatException(translatorName(code) + " cannot unpack a payload of " + data.length
                    + " bytes: " + e.getMessage(), e);
        }
    }

    private String translatorName(int code) {
        ValueTranslator<?> t = code >= 0 ? byCode[code] : null;
        return t != null ? "value translator " + t.getClass().getName() + " (ext code " + code + ")"
                : "the datetime translator of ext code " + code;
    }
}
