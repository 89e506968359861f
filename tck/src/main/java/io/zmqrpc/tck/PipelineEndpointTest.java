package io.zmqrpc.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.PipelineClient;
import io.zmqrpc.tck.fixtures.client.PipelineClientHolder;
import io.zmqrpc.tck.fixtures.notify.BatchJobsService;
import io.zmqrpc.tck.spi.Deployment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A {@code pattern = PIPELINE} bean under a nested namespace receives notifications from an
 * injected {@link PipelineClient}, positional and keyword arguments bound by name.
 */
public class PipelineEndpointTest {

    @Test
    void notificationsWithKeywordArgumentsReachTheNamespacedBean() throws Exception {
        BatchJobsService.RECEIVED.clear();
        try (Deployment server = Tck.deploy(BatchJobsService.class);
                Deployment client = Tck.clients(Tck.endpoint(server, "BatchJobs"), PipelineClientHolder.class)) {
            PipelineClient pipeline = client.select(PipelineClientHolder.class).client();
            pipeline.notify("jobs.batch.run", List.of("reindex"), Map.of("owner", "ops", "priority", 3));
            assertThat(BatchJobsService.RECEIVED.poll(20, TimeUnit.SECONDS)).isEqualTo("reindex/3/ops");
            pipeline.notify("jobs.batch.run", List.of(), Map.of("job", "vacuum", "priority", 1, "owner", "dba"));
            assertThat(BatchJobsService.RECEIVED.poll(20, TimeUnit.SECONDS)).isEqualTo("vacuum/1/dba");
            pipeline.notify("jobs.batch.run", "backup", 2, "cron");
            assertThat(BatchJobsService.RECEIVED.poll(20, TimeUnit.SECONDS)).isEqualTo("backup/2/cron");
        }
    }
}
