package io.zmqrpc.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.tck.fixtures.typed.CalculatorClient;
import io.zmqrpc.tck.fixtures.typed.CalculatorService;
import io.zmqrpc.tck.spi.Deployment;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** {@code @Inject @RpcClient SomeInterface} is a typed proxy, usable from many threads. */
public class TypedInjectionTest {

    @Test
    void typedProxyCallsTheEndpointFromManyThreads() throws Exception {
        try (Deployment server = Tck.deploy(CalculatorService.class);
                Deployment client = Tck.clients(Tck.endpoint(server, "Calc"), CalculatorClient.class)) {
            CalculatorClient bean = client.select(CalculatorClient.class);
            assertThat(bean.calculator().add(2, 3)).isEqualTo(5);
            assertThat(bean.second().add(4, 5)).isEqualTo(9);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Callable<Integer>> calls = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    int n = i;
                    calls.add(() -> bean.calculator().add(n, 1000));
                }
                List<Integer> sums = new ArrayList<>();
                for (Future<Integer> f : pool.invokeAll(calls)) {
                    sums.add(f.get());
                }
                assertThat(sums).containsExactlyElementsOf(java.util.stream.IntStream.range(1000, 1040).boxed().toList());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void remoteJavaExceptionArrivesAsItsType() {
        try (Deployment server = Tck.deploy(CalculatorService.class);
                Deployment client = Tck.clients(Tck.endpoint(server, "Calc"), CalculatorClient.class)) {
            CalculatorClient bean = client.select(CalculatorClient.class);
            assertThatThrownBy(() -> bean.calculator().divAsync(1, 0).join())
                    .hasCauseInstanceOf(ArithmeticException.class)
                    .cause().hasMessage("division by zero");
        }
    }
}
