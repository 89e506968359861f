package io.zmqrpc.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.tck.fixtures.client.DynamicClientHolder;
import io.zmqrpc.tck.fixtures.typed.CalculatorService;
import io.zmqrpc.tck.spi.Deployment;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code @Inject @RpcClient io.zmqrpc.RpcChannel} is the dynamic client, with the injection point's
 * timeout; closing it is left to the container.
 */
public class DynamicInjectionTest {

    @Test
    void dynamicClientCallsByNameWithKeywordArguments() throws Exception {
        try (Deployment server = Tck.deploy(CalculatorService.class);
                Deployment client = Tck.clients(Tck.endpoint(server, "Calc"))) {
            io.zmqrpc.RpcChannel rpc = client.select(DynamicClientHolder.class).client();
            assertThat(rpc.timeout()).isEqualTo(Duration.ofSeconds(20));
            assertThat(rpc.call(Integer.class, "calc.add", 1, 2)).isEqualTo(3);
            assertThat(rpc.<Integer>call(Integer.class, "calc.add", List.of(1), Map.of("b", 5))).isEqualTo(6);
            assertThat(rpc.callAsync("calc.later", "x").get()).isEqualTo("x!");
            rpc.close();
            assertThat(rpc.call(Integer.class, "calc.add", 2, 2)).as("closing an injected client is ignored").isEqualTo(4);
        }
    }
}
