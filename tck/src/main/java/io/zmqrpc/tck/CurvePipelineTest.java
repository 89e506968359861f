package io.zmqrpc.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.tck.fixtures.curvepipeline.JobSenders;
import io.zmqrpc.tck.fixtures.curvepipeline.SecureJobsService;
import io.zmqrpc.tck.spi.Deployment;
import org.junit.jupiter.api.Test;

/**
 * CURVE on a {@code pattern = PIPELINE} endpoint bean: what the admitted client sends arrives, what a
 * client with a key not on the allow-list sends never does.
 */
public class CurvePipelineTest {

    @Test
    void onlyTheAdmittedClientsMessagesArrive() throws Exception {
        SecureJobsService.RECEIVED.clear();
        try (Deployment server = Tck.deploy(SecureJobsService.class);
                Deployment client = Tck.clients(Tck.endpoint(server, "SecureJobs"), JobSenders.class)) {
            JobSenders senders = client.select(JobSenders.class);
            senders.stranger().notify("submit", "from the stranger");
            senders.admitted().notify("submit", "from alice");
            senders.stranger().notify("submit", "from the stranger again");
            senders.admitted().notify("submit", "end");
            assertThat(Messages.until(SecureJobsService.RECEIVED, "end", 1)).containsExactly("from alice");
        }
        assertThat(SecureJobsService.RECEIVED).isEmpty();
    }
}
