package io.zmqrpc.cli.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between JSON and the values zmqrpc sends and receives ({@code Long}, {@code Double},
 * {@code String}, {@code byte[]}, lists, maps, {@code java.time} values, {@code ExtValue}).
 */
public final class JsonValues {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonValues() {
    }

    /**
     * Parses JSON text into a wire value.
     *
     * @param json the text
     * @return the value
     * @throws IllegalArgumentException with a one-line reason when it is not JSON or a tag is bad
     */
    public static Object parse(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("invalid JSON: " + e.getOriginalMessage());
        }
        if (node == null || node.isMissingNode()) {
            throw new IllegalArgumentException("invalid JSON: no value");
        }
        return toWire(node);
    }

    /**
     * A JSON tree as a wire value.
     *
     * @param node the tree
     * @return the value
     */
    public static Object toWire(JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            BigInteger big = node.bigIntegerValue();
            return big.bitLength() < 64 ? (Object) big.longValue() : big;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>();
            node.forEach(item -> items.add(toWire(item)));
            return items;
        }
        if (node.size() == 1 && TaggedValues.TAGS.contains(node.fieldNames().next())) {
            String tag = node.fieldNames().next();
            return TaggedValues.fromJson(tag, node.get(tag));
        }
        Map<String, Object> map = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> map.put(e.getKey(), toWire(e.getValue())));
        return map;
    }

    /**
     * A wire value as a JSON tree.
     *
     * @param value the value
     * @return the tree
     */
    public static JsonNode toJson(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof BigInteger big) {
            return NODES.numberNode(big);
        }
        if (value instanceof Double || value instanceof Float) {
            return NODES.numberNode(((Number) value).doubleValue());
        }
        if (value instanceof Number n) {
            return NODES.numberNode(n.longValue());
        }
        if (value instanceof CharSequence text) {
            return NODES.textNode(text.toString());
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((k, v) -> object.set(key(k), toJson(v)));
            return object;
        }
        if (value instanceof Collection<?> items) {
            ArrayNode array = NODES.arrayNode();
            items.forEach(item -> array.add(toJson(item)));
            return array;
        }
        if (value instanceof Object[] items) {
            return toJson(List.of(items));
        }
        return TaggedValues.toJson(value).orElseGet(() -> NODES.textNode(value.toString()));
    }

    /**
     * A wire value as one line of JSON.
     *
     * @param value the value
     * @return the text
     */
    public static String write(Object value) {
        return write(toJson(value));
    }

    /**
     * A JSON tree as one line.
     *
     * @param node the tree
     * @return the text
     */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /**
     * A JSON object of named values, in order.
     *
     * @return a new, empty object
     */
    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /** Map keys: text as it is, bytes as UTF-8 text (JSON keys are text), the rest as written. */
    private static String key(Object key) {
        if (key instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return String.valueOf(key);
    }
}
