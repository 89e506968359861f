package io.zmqrpc.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.PipelineClient;
import io.zmqrpc.tck.fixtures.client.PipelineClientHolder;
import io.zmqrpc.tck.fixtures.interceptor.CountingInterceptor;
import io.zmqrpc.tck.fixtures.pipelinescope.TrackedJobsService;
import io.zmqrpc.tck.fixtures.requestscope.CallState;
import io.zmqrpc.tck.spi.Deployment;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Pipeline messages go through the bean's contextual reference, so its interceptors apply. */
public class PipelineInterceptorTest {

    @Test
    void interceptorSeesEveryMessage() throws Exception {
        CountingInterceptor.CALLS.clear();
        TrackedJobsService.DONE.clear();
        try (Deployment server = Tck.deploy(TrackedJobsService.class, CallState.class, CountingInterceptor.class);
                Deployment client = Tck.clients(Tck.endpoint(server, "TrackedJobs"), PipelineClientHolder.class)) {
            PipelineClient pipeline = client.select(PipelineClientHolder.class).client();
            pipeline.notify("job", "x");
            assertThat(TrackedJobsService.DONE.poll(20, TimeUnit.SECONDS)).isEqualTo("x:2");
            pipeline.notify("job", "y");
            assertThat(TrackedJobsService.DONE.poll(20, TimeUnit.SECONDS)).isEqualTo("y:2");
        }
        assertThat(CountingInterceptor.CALLS).containsExactly("job", "job");
    }
}
