package io.zmqrpc.runtime.convert;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Records, beans and enums as handlers declare them; deliberately not public. */
final class Fixtures {

    private Fixtures() {
    }

    enum Status { NEW, SHIPPED }

    record Line(String sku, int qty, BigDecimal price) {
    }

    record Order(String id, List<Line> lines, Optional<String> note, Status status) {
    }

    record Page<T>(List<T> items, int total) {
    }

    record Node(String name, List<Node> children) {
    }

    record Positive(int qty) {
        Positive {
            if (qty <= 0) {
                throw new IllegalArgumentException("qty must be positive");
            }
        }
    }

    static class OrderBean {
        private String id;
        private int qty;
        private List<Line> lines;
        private boolean urgent;
        private Optional<String> note;
        private String writeOnly;

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public int getQty() {
            return qty;
        }

        public void setQty(int qty) {
            this.qty = qty;
        }

        public List<Line> getLines() {
            return lines;
        }

        public void setLines(List<Line> lines) {
            this.lines = lines;
        }

        public boolean isUrgent() {
            return urgent;
        }

        public void setUrgent(boolean urgent) {
            this.urgent = urgent;
        }

        public Optional<String> getNote() {
            return note;
        }

        public void setNote(Optional<String> note) {
            this.note = note;
        }

        public String readOnly() {
            return "not a getter name";
        }

        public String getReadOnly() {
            return "no setter";
        }

        public void setWriteOnly(String writeOnly) {
            this.writeOnly = writeOnly;
        }

        String writeOnlyValue() {
            return writeOnly;
        }
    }

    static class IdBase<T> {
        private T id;

        public T getId() {
            return id;
        }

        public void setId(T id) {
            this.id = id;
        }
    }

    static class IntIdBean extends IdBase<Integer> {
    }

    static class UrlBean {
        private String url;

        public String getURL() {
            return url;
        }

        public void setURL(String url) {
            this.url = url;
        }
    }

    static class ThrowingBean {
        private int qty;

        public int getQty() {
            return qty;
        }

        public void setQty(int qty) {
            if (qty < 0) {
                throw new IllegalArgumentException("negative");
            }
            this.qty = qty;
        }

        public String getBoom() {
            throw new IllegalStateException("boom");
        }

        public void setBoom(String boom) {
        }
    }

    static class Ambiguous {
        public void setX(String x) {
        }

        public void setX(Integer x) {
        }
    }

    static class NoSetters {
        public String getName() {
            return "n";
        }
    }

    abstract static class AbstractBean {
        public void setName(String name) {
        }
    }

    /** Builds a map in the order given, like the decoder's LinkedHashMap. */
    static Map<Object, Object> map(Object... keysAndValues) {
        Map<Object, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** A decoded array: mutable and nil-tolerant, unlike List.of. */
    static List<Object> list(Object... items) {
        return new java.util.ArrayList<>(java.util.Arrays.asList(items));
    }
}
