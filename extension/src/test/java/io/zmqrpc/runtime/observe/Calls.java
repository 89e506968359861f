package io.zmqrpc.runtime.observe;

import io.zmqrpc.Deadline;
import io.zmqrpc.RpcChannel;
import io.zmqrpc.RpcMethod;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The handlers the observation and deadline tests call. */
public class Calls {

    /** The deadline each {@code timeLeft} call ran under, as its handler read it. */
    final List<Duration> timesLeft = new CopyOnWriteArrayList<>();
    /** Notifications received. */
    final CountDownLatch notified = new CountDownLatch(1);
    /** Where a nested call goes, when a test sets it. */
    volatile RpcChannel downstream;
    /** Handlers that ran. */
    final List<String> ran = new CopyOnWriteArrayList<>();

    @RpcMethod
    public int add(int a, int b) {
        ran.add("add");
        return a + b;
    }

    @RpcMethod
    public String fail(String why) {
        ran.add("fail");
        throw new IllegalStateException(why);
    }

    @RpcMethod
    public CompletableFuture<String> later(String value) {
        return CompletableFuture.supplyAsync(() -> value);
    }

    @RpcMethod
    public long timeLeft() {
        ran.add("timeLeft");
        Duration left = Deadline.current().map(Deadline::timeLeft).orElse(null);
        timesLeft.add(left == null ? Duration.ofDays(-1) : left);
        return left == null ? -1 : left.toMillis();
    }

    /** Calls {@code timeLeft} on the downstream server, from inside this handler. */
    @RpcMethod
    public long nested() {
        ran.add("nested");
        return downstream.call(Long.class, "timeLeft");
    }

    @RpcMethod
    public String sleep(long millis) throws InterruptedException {
        ran.add("sleep");
        TimeUnit.MILLISECONDS.sleep(millis);
        return "slept";
    }

    @RpcMethod
    public void note(String text) {
        ran.add("note:" + text);
        notified.countDown();
    }
}
