package io.zmqrpc.tck.weld;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.ServedEndpoints;
import io.zmqrpc.cdi.ZmqRpcExtension;
import io.zmqrpc.tck.fixtures.discovery.GreeterService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The start and stop lines other tools match, exactly, in a container run by weld-junit5 (the
 * stop line is checked once the extension's container is gone).
 */
@EnableWeld
class EndpointLogLinesTest {

    private static final Logger LOGGER = Logger.getLogger("io.zmqrpc.cdi.server.EndpointServer");
    private static final List<String> LINES = new CopyOnWriteArrayList<>();
    private static final Handler CAPTURE = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel() == Level.INFO) {
                LINES.add(record.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @WeldSetup
    WeldInitiator weld = WeldInitiator.from(WeldInitiator.createWeld()
            .addExtension(new ZmqRpcExtension())
            .addBeanClasses(GreeterService.class)).build();

    @Inject
    ServedEndpoints served;

    @BeforeAll
    static void capture() {
        LOGGER.addHandler(CAPTURE);
    }

    @AfterAll
    static void stopLineWasLogged() {
        LOGGER.removeHandler(CAPTURE);
        assertThat(LINES).last().isEqualTo("zmqrpc endpoint Greeter stopped");
    }

    @Test
    void startLineNamesTheEndpoints() {
        assertThat(LINES).containsExactly("zmqrpc endpoint Greeter started on " + served.of("Greeter"));
        assertThat(served.of("Greeter").toString()).matches("\\[tcp://127\\.0\\.0\\.1:\\d+]");
    }
}
