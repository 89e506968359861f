package io.zmqrpc.runtime.dispatch;

import static io.zmqrpc.runtime.dispatch.Calls.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.MethodNotFoundException;
import io.zmqrpc.runtime.dispatch.fixtures.BaseService;
import io.zmqrpc.runtime.dispatch.fixtures.Calculator;
import io.zmqrpc.runtime.dispatch.fixtures.Namespaced;
import io.zmqrpc.runtime.dispatch.fixtures.ProxyLikeSubclass;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Nothing without {@code @RpcMethod} is ever reachable, and every miss is aiozmq's NotFoundError. */
class ReachabilityTest {

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"getClass", "toString", "hashCode", "equals", "wait", "notify", "notifyAll", "clone",
        "finalize", "helper", "utility", "packagePrivate", "guarded", "getValue", "value", "", "a..b", "add.",
        ".add", "..", "inherited", "admin..ping", "inventory.", "nothing"})
    void unreachableNamesAreNotFound(String name) {
        Object[] roots = {new Calculator(), new ProxyLikeSubclass(), new Namespaced()};
        for (Object handler : roots) {
            assertThatThrownBy(() -> call(handler, name, List.of()))
                    .as("%s on %s", name, handler.getClass().getName())
                    .isExactlyInstanceOf(MethodNotFoundException.class)
                    .satisfies(e -> {
                        MethodNotFoundException m = (MethodNotFoundException) e;
                        assertThat(m.remoteError().type()).isEqualTo("aiozmq.rpc.base.NotFoundError");
                        assertThat(m.remoteError().args()).containsExactly(name);
                        assertThat(m.remoteError().repr()).isEqualTo("NotFoundError(" + pythonStr(name) + ")");
                    });
        }
    }

    @Test
    void overrideWithoutTheAnnotationStaysReachableAndRuns() throws Exception {
        assertThat(call(new BaseService(), "greet", List.of("ann"))).isEqualTo("hello ann");
        assertThat(call(new ProxyLikeSubclass(), "greet", List.of("ann"))).isEqualTo("proxied hello ann");
        assertThat(new Dispatcher(new ProxyLikeSubclass()).staticNames()).containsExactly("greet");
    }

    private static String pythonStr(String s) {
        return "'" + s + "'";
    }
}
