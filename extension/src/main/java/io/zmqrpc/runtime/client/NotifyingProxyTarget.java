package io.zmqrpc.runtime.client;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

/** Pipeline and pub/sub proxy methods: {@code void}, each call one message, nothing comes back. */
final class NotifyingProxyTarget implements ProxyTarget {

    /** Sends one message of the pattern. */
    @FunctionalInterface
    interface Sender {
        void send(String name, List<?> args, Map<String, ?> kwargs);
    }

    private final Sender sender;

    NotifyingProxyTarget(Sender sender) {
        this.sender = sender;
    }

    @Override
    public void check(Method method) {
        if (method.getReturnType() != void.class) {
            throw new IllegalArgumentException(method + ": pipeline and pub/sub proxy methods must return void, "
                    + "since no reply ever comes back");
        }
    }

    @Override
    public Object invoke(String remoteName, Method method, List<Object> args) {
        sender.send(remoteName, args, Map.of());
        return null;
    }
}
