package io.zmqrpc.cli.testing;

import io.zmqrpc.RpcMethod;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** The Java server the command tests call: results, keyword arguments, values, errors and a slow method. */
public final class JavaService {

    private final AtomicInteger calls = new AtomicInteger();

    /** @return how many calls reached a method */
    public int calls() {
        return calls.get();
    }

    /**
     * Adds.
     *
     * @param a a number
     * @param b another
     * @return the sum
     */
    @RpcMethod
    public long add(long a, long b) {
        calls.incrementAndGet();
        return a + b;
    }

    /**
     * Greets, with an optional keyword.
     *
     * @param name who
     * @param punctuation the end, default "!"
     * @return the greeting
     */
    @RpcMethod
    public String greet(String name, Optional<String> punctuation) {
        calls.incrementAndGet();
        return "Hello, " + name + punctuation.orElse("!");
    }

    /**
     * Returns what it got, as decoded: bytes stay bytes, datetimes stay java.time values.
     *
     * @param value anything
     * @return the value
     */
    @RpcMethod
    public Object echo(Object value) {
        calls.incrementAndGet();
        return value;
    }

    /**
     * The Java classes of the positional and keyword arguments, as received.
     *
     * @param args positional
     * @return the simple class names
     */
    @RpcMethod
    public List<String> kinds(Object... args) {
        calls.incrementAndGet();
        return java.util.Arrays.stream(args).map(a -> a == null ? "null" : a.getClass().getSimpleName()).toList();
    }

    /**
     * Fails with an IllegalArgumentException.
     *
     * @param message its message
     * @return never
     */
    @RpcMethod
    public String fail(String message) {
        calls.incrementAndGet();
        throw new IllegalArgumentException(message);
    }

    /**
     * Answers after a while.
     *
     * @param millis how long
     * @return "slept"
     * @throws InterruptedException never in these tests
     */
    @RpcMethod
    public String slow(long millis) throws InterruptedException {
        calls.incrementAndGet();
        Thread.sleep(millis);
        return "slept";
    }

    /**
     * The keyword arguments a map carries, back.
     *
     * @param options a map
     * @return it
     */
    @RpcMethod
    public Map<String, Object> options(Map<String, Object> options) {
        calls.incrementAndGet();
        return options;
    }
}
