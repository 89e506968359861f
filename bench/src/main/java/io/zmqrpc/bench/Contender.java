package io.zmqrpc.bench;

import java.util.concurrent.Callable;

/**
 * One system in the comparison: the name its column carries and how to start it. Starting is
 * deferred so that only one system runs at a time and none disturbs another's figures.
 */
public record Contender(String name, Callable<EchoSystem> starter) {

    /** A contender whose client is an {@link EchoTarget}, driven by {@link TargetSystem}. */
    public static Contender ofTarget(String name, Callable<EchoTarget> target) {
        return new Contender(name, () -> new TargetSystem(name, target.call()));
    }

    EchoSystem start() throws Exception {
        return starter.call();
    }
}
