package io.zmqrpc.runtime.wire.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON to read the committed test vectors from the classpath (objects, arrays, strings,
 * numbers, booleans, null); the module has no JSON library and the codec must not gain one.
 */
public final class TestJson {
    private final String text;
    private int position;

    private TestJson(String text) {
        this.text = text;
    }

    /**
     * Reads a JSON object from the test classpath.
     *
     * @param name the resource name, absolute
     * @return the object, with {@code Long}/{@code Double} numbers and ordered maps
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> resource(String name) {
        try (InputStream in = TestJson.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            TestJson json = new TestJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Object value = json.value();
            json.skipSpace();
            if (json.position != json.text.length()) {
                throw json.error("trailing text");
            }
            return (Map<String, Object>) value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Object value() {
        skipSpace();
        char c = text.charAt(position);
        if (c == '{') {
            Map<String, Object> object = new LinkedHashMap<>();
            position++;
            if (!consume('}')) {
                do {
                    skipSpace();
                    String key = string();
                    expect(':');
                    object.put(key, value());
                } while (consume(','));
                expect('}');
            }
            return object;
        }
        if (c == '[') {
            List<Object> array = new ArrayList<>();
            position++;
            if (!consume(']')) {
                do {
                    array.add(value());
                } while (consume(','));
                expect(']');
            }
            return array;
        }
        if (c == '"') {
            return string();
        }
        for (String literal : new String[] {"true", "false", "null"}) {
            if (text.startsWith(literal, position)) {
                position += literal.length();
                return literal.equals("null") ? null : Boolean.valueOf(literal);
            }
        }
        int start = position;
        while (position < text.length() && "+-0123456789.eE".indexOf(text.charAt(position)) >= 0) {
            position++;
        }
        if (start == position) {
            throw error("unexpected character " + c);
        }
        String number = text.substring(start, position);
        return number.matches("-?\\d+") ? (Object) Long.valueOf(number) : (Object) Double.valueOf(number);
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        for (char c = text.charAt(position++); c != '"'; c = text.charAt(position++)) {
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escape = text.charAt(position++);
            switch (escape) {
                case 'n': out.append('\n'); break;
                case 't': out.append('\t'); break;
                case 'r': out.append('\r'); break;
                case 'b': out.append('\b'); break;
                case 'f': out.append('\f'); break;
                case 'u':
                    out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                    position += 4;
                    break;
                default: out.append(escape);
            }
        }
        return out.toString();
    }

    private boolean consume(char c) {
        skipSpace();
        if (position < text.length() && text.charAt(position) == c) {
            position++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!consume(c)) {
            throw error("expected " + c);
        }
    }

    private void skipSpace() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private IllegalStateException error(String problem) {
        return new IllegalStateException("test JSON: " + problem + " at offset " + position);
    }
}
