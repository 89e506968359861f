package io.zmqrpc.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.tck.fixtures.curve.KeyFileClient;
import io.zmqrpc.tck.fixtures.curve.SecureClient;
import io.zmqrpc.tck.fixtures.curve.SecureService;
import io.zmqrpc.tck.fixtures.curve.TestKeys;
import io.zmqrpc.tck.spi.Deployment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Injected clients holding an admitted CURVE key pair and the server's public key (as Z85 text, or
 * in key files) call a CURVE-protected {@code @RemoteEndpoint} bean whose secret key comes from a
 * placeholder.
 */
public class CurveEndpointTest {

    @Test
    void admittedClientsCallTheCurveEndpoint() throws Exception {
        Path dir = Files.createTempDirectory("zmqrpc-tck-curve");
        Path keyFile = write(dir.resolve("client.key"), "public-key = \"" + TestKeys.CLIENT_PUBLIC + "\"\n"
                + "secret-key = \"" + TestKeys.CLIENT_SECRET + "\"\n");
        Path serverKeyFile = write(dir.resolve("server.key"), "public-key = \"" + TestKeys.SERVER_PUBLIC + "\"\n");
        try (Deployment server = Tck.withProperties(Tck.props("zmqrpc.tck.curve.server-secret", TestKeys.SERVER_SECRET),
                        () -> Tck.deploy(SecureService.class));
                Deployment client = Tck.withProperties(Tck.props("zmqrpc.tck.curve.key-file", keyFile.toString(),
                        "zmqrpc.tck.curve.server-key-file", serverKeyFile.toString()),
                        () -> Tck.clients(Tck.endpoint(server, "Secure"), SecureClient.class, KeyFileClient.class))) {
            assertThat(client.select(SecureClient.class).echo().echo("typed")).isEqualTo("secure typed");
            assertThat(client.select(KeyFileClient.class).client().call("echo", "dynamic")).isEqualTo("secure dynamic");
        } finally {
            Files.delete(keyFile);
            Files.delete(serverKeyFile);
            Files.delete(dir);
        }
    }

    private static Path write(Path file, String text) throws java.io.IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
