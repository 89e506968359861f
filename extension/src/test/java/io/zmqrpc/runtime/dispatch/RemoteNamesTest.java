package io.zmqrpc.runtime.dispatch;

import static io.zmqrpc.runtime.dispatch.Calls.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.MethodNotFoundException;
import io.zmqrpc.runtime.Handlers;
import io.zmqrpc.runtime.dispatch.fixtures.Calculator;
import io.zmqrpc.runtime.dispatch.fixtures.Namespaced;
import io.zmqrpc.spi.DynamicHandler;
import io.zmqrpc.spi.RemoteCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How dotted remote names find their targets in every kind of handler tree. */
class RemoteNamesTest {

    @Test
    void methodNameAndRpcMethodValue() throws Exception {
        Calculator calc = new Calculator();

        assertThat(call(calc, "add", List.of(2L, 3L))).isEqualTo(5L);
        assertThat(call(calc, "minus", List.of(2L, 3L))).isEqualTo(-1L);
        assertNotFound(calc, "subtract");
    }

    @Test
    void namespacesTwoLevelsDeepThroughFieldsAndGetters() throws Exception {
        Namespaced root = new Namespaced();

        assertThat(call(root, "inventory.count", List.of())).isEqualTo("inventory.count");
        assertThat(call(root, "inventory.stock.level", List.of("abcd"))).isEqualTo(4L);
        assertThat(call(root, "admin.ping", List.of())).isEqualTo("admin.ping");
        assertThat(call(root, "admin.users.find", List.of("ann"))).isEqualTo("user ann");
        assertThat(new Dispatcher(root).staticNames()).containsExactly(
                "admin.ping", "admin.users.find", "inventory.count", "inventory.stock.level");
        assertNotFound(root, "admin");
        assertNotFound(root, "getAdmin");
        assertNotFound(root, "inventory.stock");
        assertNotFound(root, "admin.users.find.more");
    }

    @Test
    void mapHandlerLikeAiozmqsDictHandler() throws Exception {
        RemoteCall echo = (args, kwargs) -> List.of(args, kwargs);
        Map<String, Object> root = Map.of("calc", new Calculator(), "tools", Map.of("echo", echo));

        assertThat(call(root, "calc.add", List.of(1L, 1L))).isEqualTo(2L);
        assertThat(call(root, "tools.echo", List.of(1L), Map.of("k", "v"))).isEqualTo(List.of(List.of(1L), Map.of("k", "v")));
        assertNotFound(root, "calc");
        assertNotFound(root, "tools.missing");
    }

    @Test
    void dynamicHandlerResolvesAtCallTime() throws Exception {
        List<String> asked = new ArrayList<>();
        DynamicHandler root = name -> {
            asked.add(name);
            if (name.startsWith("shard")) {
                return (DynamicHandler) method -> method.equals("whoami")
                        ? (RemoteCall) (args, kwargs) -> name + "." + method : null;
            }
            return name.equals("calc") ? new Calculator() : null;
        };
        Dispatcher dispatcher = new Dispatcher(root);

        assertThat(dispatcher.call("shard7.whoami", List.of(), Map.of())).isEqualTo("shard7.whoami");
        assertThat(dispatcher.call("shard9.whoami", List.of(), Map.of())).isEqualTo("shard9.whoami");
        assertThat(dispatcher.call("calc.add", List.of(1L, 2L), Map.of())).isEqualTo(3L);
        assertThat(dispatcher.call("shard7.whoami", List.of(), Map.of())).isEqualTo("shard7.whoami");
        // resolved again on every call: nothing dynamic is cached
        assertThat(asked).containsExactly("shard7", "shard9", "calc", "shard7");
        assertThatThrownBy(() -> dispatcher.call("shard1.other", List.of(), Map.of()))
                .isInstanceOf(MethodNotFoundException.class);
    }

    @Test
    void handlersBuilderComposesNamespaces() throws Exception {
        Object root = Handlers.builder()
                .add(new Calculator())
                .add("ns", new Namespaced())
                .add("deep.er", new Calculator())
                .build();

        assertThat(call(root, "add", List.of(1L, 2L))).isEqualTo(3L);
        assertThat(call(root, "ns.admin.users.find", List.of("bo"))).isEqualTo("user bo");
        assertThat(call(root, "deep.er.minus", List.of(5L, 2L))).isEqualTo(3L);
        assertNotFound(root, "deep.minus");
    }

    @Test
    void handlersBuilderRefusesTwoHandlersClaimingOneName() {
        Handlers.Builder builder = Handlers.builder().add("tools", new Calculator());

        assertThatThrownBy(() -> builder.add("tools", new Calculator()))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("two handlers claim the remote name 'tools.add': "
                        + "io.zmqrpc.runtime.dispatch.fixtures.Calculator and io.zmqrpc.runtime.dispatch.fixtures.Calculator");
        Handlers.Builder other = Handlers.builder().add(new Namespaced());
        assertThatThrownBy(() -> other.add("inventory", new Calculator()))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("two handlers claim the remote name 'inventory': "
                        + "io.zmqrpc.runtime.dispatch.fixtures.Namespaced and io.zmqrpc.runtime.dispatch.fixtures.Calculator");
    }

    private static void assertNotFound(Object root, String name) {
        assertThatThrownBy(() -> call(root, name, List.of())).as(name)
                .isExactlyInstanceOf(MethodNotFoundException.class)
                .satisfies(e -> {
                    MethodNotFoundException m = (MethodNotFoundException) e;
                    assertThat(m.remoteError().type()).isEqualTo("aiozmq.rpc.base.NotFoundError");
                    assertThat(m.remoteError().args()).containsExactly(name);
                });
    }
}
