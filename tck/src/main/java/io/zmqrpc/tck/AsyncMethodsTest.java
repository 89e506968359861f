package io.zmqrpc.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.tck.fixtures.typed.CalculatorClient;
import io.zmqrpc.tck.fixtures.typed.CalculatorService;
import io.zmqrpc.tck.spi.Deployment;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Interface methods returning {@code CompletionStage}/{@code CompletableFuture} are asynchronous,
 * and an endpoint method returning a stage is answered when the stage completes.
 */
public class AsyncMethodsTest {

    @Test
    void asynchronousClientMethodsAndServerStages() throws Exception {
        try (Deployment server = Tck.deploy(CalculatorService.class);
                Deployment client = Tck.clients(Tck.endpoint(server, "Calc"), CalculatorClient.class)) {
            CalculatorClient bean = client.select(CalculatorClient.class);
            assertThat(bean.calculator().addAsync(20, 22).toCompletableFuture().get(20, TimeUnit.SECONDS)).isEqualTo(42);
            assertThat(bean.calculator().divAsync(1, 4).get(20, TimeUnit.SECONDS)).isEqualTo(0.25);
            assertThat(bean.calculator().later("soon")).isEqualTo("soon!");
        }
    }
}
