package io.zmqrpc.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.tck.fixtures.client.PipelineClientHolder;
import io.zmqrpc.tck.fixtures.pipelineshutdown.SlowJobsService;
import io.zmqrpc.tck.spi.Deployment;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Shutting down with a pipeline message in flight drains it: its handling finishes within the
 * shutdown grace (5 s by default) before the container's shutdown returns.
 */
public class PipelineShutdownTest {

    @Test
    void messageInFlightFinishesBeforeShutdownReturns() throws Exception {
        SlowJobsService.started = new CountDownLatch(1);
        SlowJobsService.finished = new CountDownLatch(1);
        Deployment server = Tck.deploy(SlowJobsService.class);
        try (Deployment client = Tck.clients(Tck.endpoint(server, "SlowJobs"), PipelineClientHolder.class)) {
            client.select(PipelineClientHolder.class).client().notify("work", 3000);
            assertThat(SlowJobsService.started.await(20, TimeUnit.SECONDS)).isTrue();
            assertThat(SlowJobsService.finished.getCount()).as("still running when the shutdown begins").isEqualTo(1);
            server.close();
            assertThat(SlowJobsService.finished.getCount()).as("finished when the shutdown returned").isZero();
        } finally {
            server.close();
        }
    }
}
