package io.zmqrpc.runtime.values;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The structured values the round-trip and interop tests send: records, a bean, an enum, generics. */
public final class Shop {

    private Shop() {
    }

    public enum Status { NEW, SHIPPED, CANCELLED }

    public record Line(String sku, int qty) {
    }

    public record Order(long id, List<Line> lines, Status status, LocalDate due, Optional<String> note) {
    }

    /** A generic record: the element type comes from the declaration that uses it. */
    public record Page<T>(List<T> items, Optional<T> first, Map<String, List<T>> byShelf) {
    }

    /** A JavaBean: written by property name (alphabetically), bound back through its setters. */
    public static final class Customer {
        private String name;
        private OffsetDateTime since;
        private List<Order> orders;
        private boolean vip;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public OffsetDateTime getSince() {
            return since;
        }

        public void setSince(OffsetDateTime since) {
            this.since = since;
        }

        public List<Order> getOrders() {
            return orders;
        }

        public void setOrders(List<Order> orders) {
            this.orders = orders;
        }

        public boolean isVip() {
            return vip;
        }

        public void setVip(boolean vip) {
            this.vip = vip;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Customer c && Objects.equals(c.name, name) && Objects.equals(c.since, since)
                    && Objects.equals(c.orders, orders) && c.vip == vip;
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, since, orders, vip);
        }

        @Override
        public String toString() {
            return "Customer[" + name + ", " + since + ", " + orders + ", " + vip + "]";
        }
    }
}
