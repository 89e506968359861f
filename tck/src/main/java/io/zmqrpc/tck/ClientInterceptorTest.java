package io.zmqrpc.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.tck.fixtures.clientinterceptor.EchoClient;
import io.zmqrpc.tck.fixtures.clientinterceptor.EchoService;
import io.zmqrpc.tck.fixtures.clientinterceptor.InnerInterceptor;
import io.zmqrpc.tck.fixtures.clientinterceptor.InterceptorResource;
import io.zmqrpc.tck.fixtures.clientinterceptor.LoudEchoes;
import io.zmqrpc.tck.fixtures.clientinterceptor.OuterInterceptor;
import io.zmqrpc.tck.spi.Deployment;
import org.junit.jupiter.api.Test;

/**
 * Interceptor bindings on an injected client interface wrap its remote calls: bindings from a
 * stereotype on a super-interface and from a binding carried by a method's binding, in priority
 * order, with the interface's method, the call's parameters (which an interceptor may replace) and
 * the client as target; interceptor instances are destroyed with the client.
 */
public class ClientInterceptorTest {

    @Test
    void interceptorsWrapRemoteCallsInPriorityOrder() {
        OuterInterceptor.SEEN.clear();
        int destroyed = InterceptorResource.DESTROYED.get();
        try (Deployment server = Tck.deploy(EchoService.class);
                Deployment client = Tck.clients(Tck.endpoint(server, "Echoes"), EchoClient.class,
                        OuterInterceptor.class, InnerInterceptor.class,
                        InterceptorResource.class)) {
            LoudEchoes echoes = client.select(EchoClient.class).echoes();

            assertThat(echoes.echo("plain")).isEqualTo("plain");
            assertThat(OuterInterceptor.SEEN).containsExactly("outer Echoes.echo[plain] on LoudEchoes");

            OuterInterceptor.SEEN.clear();
            assertThat(echoes.shout("hey")).isEqualTo("HEY!");
            assertThat(OuterInterceptor.SEEN).containsExactly("outer LoudEchoes.shout[hey] on LoudEchoes",
                    "inner shout after was here");

            OuterInterceptor.SEEN.clear();
            assertThat(echoes.twice("ab")).isEqualTo("abab");
            assertThat(OuterInterceptor.SEEN).containsExactly("outer Echoes.echo[ab] on LoudEchoes",
                    "outer Echoes.echo[ab] on LoudEchoes");
        }
        assertThat(InterceptorResource.DESTROYED.get()).isEqualTo(destroyed + 1);
    }
}
