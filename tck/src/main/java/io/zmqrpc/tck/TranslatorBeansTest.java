package io.zmqrpc.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.tck.fixtures.client.DynamicClientHolder;
import io.zmqrpc.tck.fixtures.translator.GeometryService;
import io.zmqrpc.tck.fixtures.translator.Point;
import io.zmqrpc.tck.fixtures.translator.PointTranslator;
import io.zmqrpc.tck.spi.Deployment;
import org.junit.jupiter.api.Test;

/** {@code ValueTranslator} beans are given to every server and client. */
public class TranslatorBeansTest {

    @Test
    void translatorBeanCarriesValuesBothWays() {
        PointTranslator.UNPACKED.set(0);
        try (Deployment server = Tck.deploy(GeometryService.class, PointTranslator.class);
                Deployment client = Tck.clients(Tck.endpoint(server, "Geometry"), DynamicClientHolder.class,
                        PointTranslator.class)) {
            assertThat(client.select(DynamicClientHolder.class).client().call(Point.class, "mirror", new Point(1, 2)))
                    .isEqualTo(new Point(2, 1));
            assertThat(PointTranslator.UNPACKED.get()).as("server unpacked the argument, client the result").isEqualTo(2);
        }
    }
}
