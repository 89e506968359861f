package io.zmqrpc.interop;

import io.zmqrpc.RpcMethod;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The Java handler that Python's {@code rpc_client.py} calls. It records every call it receives
 * (method and bound arguments as Java saw them) so the tests can assert both ends.
 *
 * <p>Namespaces two levels deep both ways zmqrpc offers them: {@code inventory.stock.*} through
 * sub-handler fields, and {@code admin.users.*} through {@link io.zmqrpc.runtime.Handlers}.
 */
public class RecordingService {

    /** One received call. */
    public record Call(String method, List<Object> args) {
        /**
         * Creates the record; arguments may be null.
         *
         * @param method the method
         * @param args the bound arguments
         */
        public Call {
            args = java.util.Collections.unmodifiableList(Arrays.asList(args.toArray()));
        }
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();

    /** Reached as {@code inventory.<segment>}. */
    @RpcMethod
    public final Inventory inventory = new Inventory(this);

    /**
     * Every call received so far, in order.
     *
     * @return the calls
     */
    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Forgets the calls received so far. */
    public void clear() {
        calls.clear();
    }

    void record(String method, Object... args) {
        calls.add(new Call(method, Arrays.asList(args)));
    }

    /**
     * Returns the value it received, untyped.
     *
     * @param value any value
     * @return the value
     */
    @RpcMethod
    public Object echo(Object value) {
        record("echo", value);
        return value;
    }

    /**
     * Binds positional and keyword arguments; punctuation may be left out.
     *
     * @param name who
     * @param greeting how
     * @param punctuation the end, "!" when absent
     * @return the greeting
     */
    @RpcMethod
    public String greet(String name, String greeting, Optional<String> punctuation) {
        record("greet", name, greeting, punctuation);
        return greeting + ", " + name + punctuation.orElse("!");
    }

    /**
     * Values made in Java, for Python to see how they decode.
     *
     * @return one value of each kind
     */
    @RpcMethod
    public Map<String, Object> javaValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("none", null);
        values.put("bool", false);
        values.put("int", -42);
        values.put("long", 1L << 40);
        values.put("i64_max", Long.MAX_VALUE);
        values.put("u64_max", new BigInteger("18446744073709551615"));
        values.put("double", 0.25);
        values.put("string", "snow ☃");
        values.put("bytes", new byte[] {1, 2, (byte) 0xfe});
        values.put("list", List.of("a", List.of(1, 2)));
        values.put("map", Map.of("nested", Map.of("empty", List.of())));
        return values;
    }

    /**
     * Fails with an exception the registry leaves under its Java name.
     *
     * @param message the message
     * @return never
     */
    @RpcMethod
    public String failState(String message) {
        record("failState", message);
        throw new IllegalStateException(message);
    }

    /**
     * Fails with an exception the server's registry names {@code builtins.ValueError}.
     *
     * @param quantity the rejected quantity
     * @return never
     */
    @RpcMethod
    public String failQuantity(int quantity) {
        record("failQuantity", quantity);
        throw new InvalidQuantityException("quantity must be positive: " + quantity);
    }

    /**
     * Sleeps, to outlast a client's timeout.
     *
     * @param millis how long
     * @return "slept"
     * @throws InterruptedException when the server stops meanwhile
     */
    @RpcMethod
    public String slow(long millis) throws InterruptedException {
        record("slow", millis);
        Thread.sleep(millis);
        return "slept";
    }

    /**
     * Not remote: Python must get NotFoundError.
     *
     * @return never over the wire
     */
    public String notRemote() {
        return "never";
    }

    /** {@code inventory.*}: holds the next level as a field. */
    public static final class Inventory {
        /** Reached as {@code inventory.stock.<method>}. */
        @RpcMethod
        public final Stock stock;

        Inventory(RecordingService recorder) {
            this.stock = new Stock(recorder);
        }
    }

    /** {@code inventory.stock.*}. */
    public static final class Stock {
        private final RecordingService recorder;

        Stock(RecordingService recorder) {
            this.recorder = recorder;
        }

        /**
         * Reserves items.
         *
         * @param item what
         * @param quantity how many
         * @return a confirmation
         */
        @RpcMethod
        public Reservation reserve(String item, int quantity) {
            recorder.record("inventory.stock.reserve", item, quantity);
            return new Reservation(item, quantity);
        }
    }

    /**
     * A result that travels as a map in component order.
     *
     * @param item what
     * @param reserved how many
     */
    public record Reservation(String item, int reserved) {
    }

    /** {@code admin.users.*}, composed under its namespace by {@link io.zmqrpc.runtime.Handlers}. */
    public static final class Users {
        private final RecordingService recorder;

        /**
         * Creates the handler.
         *
         * @param recorder where calls are recorded
         */
        public Users(RecordingService recorder) {
            this.recorder = recorder;
        }

        /**
         * Looks a user up.
         *
         * @param id the id
         * @param verbose keyword-only in spirit
         * @return the name
         */
        @RpcMethod
        public String find(long id, boolean verbose) {
            recorder.record("admin.users.find", id, verbose);
            return verbose ? "user " + id + " (Ada)" : "Ada";
        }
    }
}
