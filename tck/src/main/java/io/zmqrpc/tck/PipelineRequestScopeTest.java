package io.zmqrpc.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.PipelineClient;
import io.zmqrpc.tck.fixtures.client.PipelineClientHolder;
import io.zmqrpc.tck.fixtures.interceptor.CountingInterceptor;
import io.zmqrpc.tck.fixtures.pipelinescope.TrackedJobsService;
import io.zmqrpc.tck.fixtures.requestscope.CallState;
import io.zmqrpc.tck.spi.Deployment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each pipeline message runs with its own request context: a {@code @RequestScoped} bean lives for one message. */
public class PipelineRequestScopeTest {

    @Test
    void requestScopedBeanLivesForOneMessage() throws Exception {
        CallState.CREATED.set(0);
        CallState.DESTROYED.set(0);
        TrackedJobsService.DONE.clear();
        try (Deployment server = Tck.deploy(TrackedJobsService.class, CallState.class, CountingInterceptor.class);
                Deployment client = Tck.clients(Tck.endpoint(server, "TrackedJobs"), PipelineClientHolder.class)) {
            PipelineClient pipeline = client.select(PipelineClientHolder.class).client();
            for (String id : List.of("a", "b", "c")) {
                pipeline.notify("job", id);
            }
            List<String> done = List.of(take(), take(), take());
            assertThat(done).containsExactlyInAnyOrder("a:2", "b:2", "c:2");
            Messages.await("three request contexts ended", () -> CallState.DESTROYED.get() == 3);
            assertThat(CallState.CREATED.get()).isEqualTo(3);
        }
    }

    private static String take() throws InterruptedException {
        String m = TrackedJobsService.DONE.poll(20, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(m).as("a job done within 20 s").isNotNull();
        return m;
    }
}
