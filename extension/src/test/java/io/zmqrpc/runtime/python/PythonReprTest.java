package io.zmqrpc.runtime.python;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.testing.PythonPeer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PythonReprTest {

    /**
     * Strings where a repr can go wrong. Only characters assigned in Java 17's Unicode 13 are used:
     * one assigned later is unassigned (so escaped) for Java, and may be printable for Python.
     */
    private static final List<String> TRICKY_STRINGS = List.of(
            "", "plain", "it's", "say \"hi\"", "both ' and \"", "'\"'\"", "back\\slash\\", "\t\n\r", "\u0000\u0001\u001f",
            "\u0007\b\f\u000b", "\u007f", "\u0080\u0085\u009f", "\u00a0", "\u00ad", "\u00e9\u00ff", "\u0100\u017f",
            "\u2028\u2029", "\u200b\u200d\u200e\ufeff", "\u202e", "\u061c", "\u1680\u2000\u3000", "e\u0301", "\u0300",
            "\u0378", "\ue000", "\ufffe\uffff", "\ufffd", "\u65e5\u672c\u8a9e", "\u03a9\u03bc\u03ad\u03b3\u03b1",
            "\uD83D\uDE00", "\uD83D\uDC69\u200D\uD83D\uDCBB", "\uD835\uDC00", "\uD800", "\uDFFF", "\uDC00\uD800",
            "a\uD800b", "\uD83D", "\uDB80\uDC00", "\uDBFF\uDFFF", "\uD800\uDC00", "\uD834\uDD73", "\uDB40\uDC01",
            "\u0600", "\u00b7\u2022", "\u0009'\"\\\u00a0\u2028\uD800\uD83D\uDE00");

    @Test
    void stringsReadAsPython3ReprsThemByteForByte() {
        List<String> python = python("str", TRICKY_STRINGS.stream().map(PythonReprTest::codePoints).toList());

        assertThat(python).hasSameSizeAs(TRICKY_STRINGS);
        for (int i = 0; i < TRICKY_STRINGS.size(); i++) {
            String text = TRICKY_STRINGS.get(i);
            String expected = new String(HexFormat.of().parseHex(python.get(i)), StandardCharsets.UTF_8);
            assertThat(hex(PythonRepr.string(text).getBytes(StandardCharsets.UTF_8)))
                    .as("repr of code points %s: Python wrote %s, zmqrpc %s", codePoints(text), expected, PythonRepr.string(text))
                    .isEqualTo(python.get(i));
        }
    }

    @Test
    void bytesReadAsPython3ReprsThemByteForByte() {
        byte[] every = new byte[256];
        for (int i = 0; i < every.length; i++) {
            every[i] = (byte) i;
        }
        List<byte[]> tricky = List.of(new byte[0], every, "it's".getBytes(StandardCharsets.US_ASCII),
                "\"'".getBytes(StandardCharsets.US_ASCII), "say \"hi\"".getBytes(StandardCharsets.US_ASCII));
        List<String> python = python("bytes", tricky.stream().map(PythonReprTest::octets).toList());

        assertThat(python).hasSameSizeAs(tricky);
        for (int i = 0; i < tricky.size(); i++) {
            assertThat(hex(PythonRepr.bytes(tricky.get(i)).getBytes(StandardCharsets.US_ASCII)))
                    .as("repr of bytes %s", octets(tricky.get(i))).isEqualTo(python.get(i));
        }
    }

    private static List<String> python(String kind, List<String> args) {
        List<String> command = new ArrayList<>(List.of(kind));
        command.addAll(args);
        return PythonPeer.run(Duration.ofSeconds(60), "python/repr_of.py", command.toArray(String[]::new));
    }

    /** The code points of a Java string, lone surrogates as themselves, as repr_of.py reads them. */
    private static String codePoints(String text) {
        return text.codePoints().mapToObj(Integer::toHexString).collect(Collectors.joining(","));
    }

    private static String octets(byte[] bytes) {
        StringJoiner joined = new StringJoiner(",");
        for (byte b : bytes) {
            joined.add(Integer.toHexString(b & 0xff));
        }
        return joined.toString();
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    @Test
    void reprOfValuesFollowsPython() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("a", "x\u0000'z".getBytes(StandardCharsets.ISO_8859_1));
        List<Object> args = Arrays.asList(1, "x", null, true, 1.5, List.of(1, 2), map);

        assertThat(PythonRepr.exception("ValueError", args))
                .isEqualTo("ValueError(1, 'x', None, True, 1.5, [1, 2], {'a': b\"x\\x00'z\"})");
        assertThat(PythonRepr.exception("ValueError", List.of())).isEqualTo("ValueError()");
    }

    @Test
    void reprOfStringsFollowsPython() {
        assertThat(PythonRepr.string("it's")).isEqualTo("\"it's\"");
        assertThat(PythonRepr.string("a\"b'c")).isEqualTo("'a\"b\\'c'");
        assertThat(PythonRepr.string("\t\n\r\u0000\u007f\u00e9\u200b\uD83D\uDE00\uD800 \u00a0\\"))
                .isEqualTo("'\\t\\n\\r\\x00\\x7f\u00e9\\u200b\uD83D\uDE00\\ud800 \\xa0\\\\'");
        assertThat(PythonRepr.string("")).isEqualTo("''");
        assertThat(PythonRepr.string("\uDB80\uDC00")).isEqualTo("'\\U000f0000'");
    }

    @Test
    void reprOfBytesFollowsPython() {
        assertThat(PythonRepr.bytes(new byte[] {'a', '"'})).isEqualTo("b'a\"'");
        assertThat(PythonRepr.bytes(new byte[] {'\''})).isEqualTo("b\"'\"");
        assertThat(PythonRepr.bytes(new byte[] {'\'', '"'})).isEqualTo("b'\\'\"'");
        assertThat(PythonRepr.bytes(new byte[] {(byte) 0xff, '\n', 0x7f})).isEqualTo("b'\\xff\\n\\x7f'");
    }

    @Test
    void reprOfFloatsFollowsPython() {
        double[] values = {1.0, 0.1, 1e16, 1e15, 123456789012345678.0, 0.0001, 0.00001, 1.5e-7, -0.0, 1e100, 2.5e-300,
            12345.678, -2.5, 100.0};
        String[] python = {"1.0", "0.1", "1e+16", "1000000000000000.0", "1.2345678901234568e+17", "0.0001", "1e-05",
            "1.5e-07", "-0.0", "1e+100", "2.5e-300", "12345.678", "-2.5", "100.0"};
        for (int i = 0; i < values.length; i++) {
            assertThat(PythonRepr.value(values[i])).as("repr(%s)", values[i]).isEqualTo(python[i]);
        }
        assertThat(PythonRepr.value(Double.NaN)).isEqualTo("nan");
        assertThat(PythonRepr.value(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
        assertThat(PythonRepr.value(0.1f)).isEqualTo("0.10000000149011612");
    }

}
