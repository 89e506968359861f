package io.zmqrpc.cli.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zmqrpc.ExtValue;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * The one-key JSON objects that stand for values JSON has no form for: bytes, Python's
 * {@code datetime} family, and ext values no translator claims. The same tags are read from
 * arguments and written in results.
 */
final class TaggedValues {

    static final Set<String> TAGS = Set.of("$bytes", "$datetime", "$date", "$time", "$timedelta", "$timezone", "$ext");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TaggedValues() {
    }

    /** The tagged form of a value, or empty when JSON shows it as it is. */
    static Optional<JsonNode> toJson(Object value) {
        String tag;
        JsonNode content;
        if (value instanceof byte[] bytes) {
            tag = "$bytes";
            content = NODES.textNode(Base64.getEncoder().encodeToString(bytes));
        } else if (value instanceof OffsetDateTime || value instanceof LocalDateTime) {
            tag = "$datetime";
            content = NODES.textNode(value.toString());
        } else if (value instanceof LocalDate) {
            tag = "$date";
            content = NODES.textNode(value.toString());
        } else if (value instanceof LocalTime || value instanceof OffsetTime) {
            tag = "$time";
            content = NODES.textNode(value.toString());
        } else if (value instanceof Duration) {
            tag = "$timedelta";
            content = NODES.textNode(value.toString());
        } else if (value instanceof ZoneOffset offset) {
            tag = "$timezone";
            content = NODES.textNode(offset.getId());
        } else if (value instanceof ExtValue ext) {
            tag = "$ext";
            content = NODES.objectNode().put("code", ext.code())
                    .put("data", Base64.getEncoder().encodeToString(ext.data()));
        } else {
            return Optional.empty();
        }
        ObjectNode tagged = NODES.objectNode();
        tagged.set(tag, content);
        return Optional.of(tagged);
    }

    /**
     * The value of a tagged object.
     *
     * @throws IllegalArgumentException saying what the tag needs
     */
    static Object fromJson(String tag, JsonNode content) {
        if (tag.equals("$ext")) {
            JsonNode code = content.get("code");
            JsonNode data = content.get("data");
            if (!content.isObject() || content.size() != 2 || code == null || !code.canConvertToInt()
                    || code.asInt() < -128 || code.asInt() > 127 || data == null || !data.isTextual()) {
                throw new IllegalArgumentException("$ext needs {\"code\": -128..127, \"data\": \"<base64>\"}");
            }
            return new ExtValue((byte) code.asInt(), base64(data.asText()));
        }
        if (!content.isTextual()) {
            throw new IllegalArgumentException(tag + " needs a string");
        }
        String text = content.asText();
        try {
            return switch (tag) {
                case "$bytes" -> base64(text);
                case "$datetime" -> hasOffset(text, java.time.format.DateTimeFormatter.ISO_DATE_TIME)
                        ? OffsetDateTime.parse(text) : LocalDateTime.parse(text);
                case "$date" -> LocalDate.parse(text);
                case "$time" -> hasOffset(text, java.time.format.DateTimeFormatter.ISO_TIME)
                        ? OffsetTime.parse(text) : LocalTime.parse(text);
                case "$timedelta" -> Duration.parse(text);
                default -> ZoneOffset.of(text);
            };
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException(tag + " '" + text + "' is not ISO-8601: " + e.getMessage());
        }
    }

    private static boolean hasOffset(String text, java.time.format.DateTimeFormatter format) {
        TemporalAccessor parsed = format.parse(text);
        return parsed.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS);
    }

    private static byte[] base64(String text) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not base64: " + e.getMessage());
        }
    }
}
