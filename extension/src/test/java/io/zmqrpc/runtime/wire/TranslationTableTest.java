package io.zmqrpc.runtime.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.ExtValue;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.spi.ValueTranslator;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msgpack.core.ExtensionTypeHeader;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessageUnpacker;

/** The translation table: which translator packs a value, and how failures are reported. */
class TranslationTableTest {

    /** A translator that writes a marker naming itself, so a test sees which one packed. */
    private record Marker<T>(int code, Class<T> type, String name) implements ValueTranslator<T> {
        @Override
        public byte[] pack(T value) {
            return name == null ? null : name.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public T unpack(byte[] data) {
            throw new IllegalArgumentException("marker " + name + " does not unpack");
        }
    }

    static class Animal {
    }

    static class Dog extends Animal implements Serializable {
    }

    static final class Puppy extends Dog {
    }

    private static <T> Marker<T> marker(int code, Class<T> type) {
        return new Marker<>(code, type, type.getSimpleName() + "@" + code);
    }

    private static ValueCodec codec(ValueTranslator<?>... translators) {
        return new ValueCodec(new ExtTypes(List.of(translators)), DecodeLimits.DEFAULT);
    }

    /** The code and payload of the one ext value a value encodes to. */
    private static String packedAs(ValueCodec codec, Object value) throws IOException {
        try (MessageUnpacker in = MessagePack.newDefaultUnpacker(codec.encode(value))) {
            ExtensionTypeHeader header = in.unpackExtensionTypeHeader();
            return header.getType() + ":" + new String(in.readPayload(header.getLength()), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void theExactClassIsPreferredOverAnEarlierSupertype() throws Exception {
        ValueCodec codec = codec(marker(0, Animal.class), marker(1, Serializable.class), marker(7, Dog.class));
        assertThat(packedAs(codec, new Dog())).isEqualTo("7:Dog@7");
        assertThat(packedAs(codec, new Animal())).isEqualTo("0:Animal@0");
    }

    @Test
    void otherwiseTheLowestCodeWhoseTypeTheValueIsAnInstanceOf() throws Exception {
        assertThat(packedAs(codec(marker(5, Animal.class), marker(2, Serializable.class), marker(9, Dog.class)),
                new Puppy())).isEqualTo("2:Serializable@2");
        // registration order does not matter, codes do
        assertThat(packedAs(codec(marker(9, Dog.class), marker(3, Animal.class)), new Puppy())).isEqualTo("3:Animal@3");
    }

    @Test
    void theDatetimeDefaultsBeatAUserSupertypeButNotAUserExactClass() throws Exception {
        ValueCodec codec = codec(marker(0, Temporal.class));
        assertThat(packedAs(codec, LocalDate.of(2024, 1, 1))).startsWith("127:");
        assertThat(packedAs(codec, Year.of(2024))).isEqualTo("0:Temporal@0");
        assertThat(packedAs(codec(marker(4, LocalDate.class)), LocalDate.of(2024, 1, 1))).isEqualTo("4:LocalDate@4");
    }

    @Test
    void aUserCodeInTheDatetimeRangeReplacesTheDefault() throws Exception {
        ValueCodec codec = codec(marker(126, OffsetDateTime.class));
        OffsetDateTime t = OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        assertThat(packedAs(codec, t)).isEqualTo("126:OffsetDateTime@126");
        // the other classes of code 126 lost their default
        assertThatThrownBy(() -> codec.encode(List.of(LocalDateTime.of(2024, 1, 1, 0, 0))))
                .isInstanceOf(UnencodableValueException.class)
                .hasMessageStartingWith("unsupported type java.time.LocalDateTime").hasMessageEndingWith(" at [0]");
        // and code 126 is read by the user's translator
        byte[] received = ValueCodec.DEFAULT.encode(LocalDateTime.of(2024, 1, 1, 0, 0));
        assertThatThrownBy(() -> codec.decode(received)).isInstanceOf(WireFormatException.class)
                .hasMessage("value translator " + Marker.class.getName() + " (ext code 126) cannot unpack a payload of "
                        + (received.length - 3) + " bytes: marker OffsetDateTime@126 does not unpack");
        // the other codes keep theirs
        assertThat(codec.decode(codec.encode(LocalDate.of(1900, 1, 1)))).isEqualTo(LocalDate.of(1900, 1, 1));
    }

    @Test
    void invalidCodesAreRefused() {
        assertThatThrownBy(() -> new ExtTypes(List.of(marker(-1, Dog.class))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value translator " + Marker.class.getName() + " has ext code -1, outside 0..127");
        assertThatThrownBy(() -> new ExtTypes(List.of(marker(128, Dog.class))))
                .hasMessage("value translator " + Marker.class.getName() + " has ext code 128, outside 0..127");
        assertThatThrownBy(() -> new ExtTypes(List.of(marker(3, Dog.class), marker(3, Animal.class))))
                .hasMessage("two value translators claim ext code 3: " + Marker.class.getName() + " and "
                        + Marker.class.getName());
        assertThatThrownBy(() -> new ExtTypes(List.of(new Marker<>(3, null, "untyped"))))
                .hasMessage("value translator " + Marker.class.getName() + " (ext code 3) has no type");
        // and options refuse them when built, before any socket exists
        assertThatThrownBy(() -> ClientOptions.builder().translators(marker(200, Dog.class)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value translator " + Marker.class.getName() + " has ext code 200, outside 0..127");
    }

    @Test
    void aTranslatorThatFailsToPackNamesTheTypeAndThePath() {
        ValueTranslator<Dog> failing = new ValueTranslator<>() {
            @Override
            public int code() {
                return 1;
            }

            @Override
            public Class<Dog> type() {
                return Dog.class;
            }

            @Override
            public byte[] pack(Dog value) {
                throw new IllegalStateException("no bark");
            }

            @Override
            public Dog unpack(byte[] data) {
                return new Dog();
            }
        };
        assertThatThrownBy(() -> codec(failing).encodeKwargs(Map.of("pets", List.of(new Puppy()))))
                .isInstanceOf(UnencodableValueException.class)
                .hasMessage(Puppy.class.getName() + " cannot be packed by value translator " + failing.getClass().getName()
                        + " (ext code 1): no bark at kwargs.pets[0]");
        Marker<Dog> returnsNull = new Marker<>(2, Dog.class, null);
        assertThatThrownBy(() -> codec(returnsNull).encode(new Dog()))
                .isInstanceOf(UnencodableValueException.class)
                .hasMessage("value translator " + Marker.class.getName() + " (ext code 2) packed a "
                        + Dog.class.getName() + " into null");
    }

    @Test
    void unknownCodesPassThroughUnchanged() {
        ExtValue foreign = new ExtValue((byte) 42, new byte[] {1, 2, 3});
        byte[] wire = ValueCodec.DEFAULT.encode(foreign);
        assertThat(ValueCodec.DEFAULT.decode(wire)).isEqualTo(foreign);
        assertThat(ValueCodec.DEFAULT.encode(ValueCodec.DEFAULT.decode(wire))).isEqualTo(wire);
    }
}
