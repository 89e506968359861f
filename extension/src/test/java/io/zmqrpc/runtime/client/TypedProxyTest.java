package io.zmqrpc.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.MethodNotFoundException;
import io.zmqrpc.RpcChannel;
import io.zmqrpc.runtime.Handlers;
import io.zmqrpc.runtime.client.fixtures.Point;
import io.zmqrpc.runtime.client.fixtures.Service;
import io.zmqrpc.runtime.client.fixtures.ServiceApi;
import io.zmqrpc.testing.Loopback;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Typed proxies: remote names, blocking and asynchronous methods, local Object methods and defaults. */
class TypedProxyTest {

    private final Service service = new Service();
    private final Loopback loop = Loopback.serve(Handlers.builder().add(service).add("shop.v2", new Service()).build());
    private final RpcChannel client = loop.client();

    @AfterEach
    void close() {
        loop.close();
    }

    @Test
    void blockingMethodsConvertToTheDeclaredTypes() {
        ServiceApi api = client.proxy(ServiceApi.class);

        assertThat(api.add(1, 2)).isEqualTo(3L);
        assertThat(api.plus(2, 3)).as("@RpcMethod(\"add\")").isEqualTo(5);
        assertThat(api.range(3)).containsExactly(0L, 1L, 2L);
        assertThat(api.lengths(List.of("abc"))).isEqualTo(Map.of("abc", 3));
        assertThat(api.point(1, 2)).isEqualTo(new Point(1, 2));
        assertThat(api.join("+", "a", "b", "c")).as("varargs spread").isEqualTo("a+b+c");
        assertThat(api.join("+")).isEmpty();
    }

    @Test
    void asynchronousMethods() throws Exception {
        ServiceApi api = client.proxy(ServiceApi.class);

        assertThat(api.addAsync(40, 2).get(30, TimeUnit.SECONDS)).isEqualTo(42L);
        assertThat(api.multiply(6, 7).toCompletableFuture().get(30, TimeUnit.SECONDS)).isEqualTo(42);
    }

    @Test
    void namespacePrefix() {
        ServiceApi api = client.proxy(ServiceApi.class, "shop.v2");

        assertThat(api.add(1, 1)).isEqualTo(2L);
        assertThat(service.calls.get()).as("the root service saw none of it").isZero();
        assertThatThrownBy(() -> client.proxy(ServiceApi.class, "shop").add(1, 1))
                .isExactlyInstanceOf(MethodNotFoundException.class)
                .satisfies(e -> assertThat(((MethodNotFoundException) e).remoteError().args()).containsExactly("shop.add"));
    }

    @Test
    void defaultMethodsAndObjectMethodsRunLocally() {
        ServiceApi api = client.proxy(ServiceApi.class);
        ServiceApi other = client.proxy(ServiceApi.class);

        assertThat(api.addThree(1, 2, 3)).isEqualTo(6L);
        assertThat(service.calls.get()).as("the default method made two remote calls").isEqualTo(2);
        assertThat(api.toString()).isEqualTo("ServiceApiProxy[]");
        assertThat(client.proxy(ServiceApi.class, "shop.v2").toString()).isEqualTo("ServiceApiProxy[shop.v2.]");
        assertThat(api).isEqualTo(api).isNotEqualTo(other);
        assertThat(api.hashCode()).isEqualTo(System.identityHashCode(api));
        assertThat(service.calls.get()).isEqualTo(2);
    }

    @Test
    void onlyInterfacesMakeProxies() {
        assertThatThrownBy(() -> client.proxy(Service.class)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("io.zmqrpc.runtime.client.fixtures.Service is not an interface: typed proxies need one");
    }
}
