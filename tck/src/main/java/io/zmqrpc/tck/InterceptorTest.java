package io.zmqrpc.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.tck.fixtures.client.DynamicClientHolder;
import io.zmqrpc.tck.fixtures.interceptor.CountedService;
import io.zmqrpc.tck.fixtures.interceptor.CountingInterceptor;
import io.zmqrpc.tck.spi.Deployment;
import org.junit.jupiter.api.Test;

/** Calls go through the bean's contextual reference, so its interceptors apply. */
public class InterceptorTest {

    @Test
    void interceptorSeesEveryRemoteCall() {
        CountingInterceptor.CALLS.clear();
        try (Deployment server = Tck.deploy(CountedService.class, CountingInterceptor.class);
                Deployment client = Tck.clients(Tck.endpoint(server, "Counted"))) {
            io.zmqrpc.RpcChannel rpc = client.select(DynamicClientHolder.class).client();
            assertThat(rpc.call("twice", 21)).isEqualTo(42L);
            assertThat(rpc.call("twice", 2)).isEqualTo(4L);
        }
        assertThat(CountingInterceptor.CALLS).containsExactly("twice", "twice");
    }
}
