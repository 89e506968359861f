package io.zmqrpc.runtime.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.PipelineClient;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.ZmqRpc;
import io.zmqrpc.testing.Inbox;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** N pipeline clients, M pulling servers: PUSH spreads the notifications, none is lost or doubled. */
class SpreadingTest {

    private static final int SERVERS = 3;
    private static final int CLIENTS = 2;
    private static final int ROUNDS = 10;
    private static final int PER_ROUND = 30;

    @Test
    void messagesSpreadAcrossPullers() throws Exception {
        List<Inbox> inboxes = new ArrayList<>();
        List<RpcServer> servers = new ArrayList<>();
        List<PipelineClient> clients = new ArrayList<>();
        try {
            for (int s = 0; s < SERVERS; s++) {
                Inbox inbox = new Inbox();
                inboxes.add(inbox);
                servers.add(ZmqRpc.servePipeline(new Recorder(inbox, ""), ServerOptions.bind("tcp://127.0.0.1:*")));
            }
            String[] endpoints = servers.stream().map(s -> s.endpoints().get(0)).toArray(String[]::new);
            for (int c = 0; c < CLIENTS; c++) {
                clients.add(ZmqRpc.connectPipeline(ClientOptions.connect(endpoints)));
            }
            // Connections come up asynchronously: early messages may all go to the first peer
            // connected, so send in rounds and let the rest connect in between.
            for (int round = 0; round < ROUNDS; round++) {
                for (int c = 0; c < CLIENTS; c++) {
                    for (int i = 0; i < PER_ROUND; i++) {
                        clients.get(c).notify("note", "c" + c, round * PER_ROUND + i);
                    }
                }
                Thread.sleep(50);
            }
            int total = CLIENTS * ROUNDS * PER_ROUND;
            Set<String> all = new HashSet<>();
            List<Integer> perServer = new ArrayList<>();
            // Each server's share is unknown until everything has arrived somewhere.
            int counted = 0;
            long deadline = System.nanoTime() + 30_000_000_000L;
            List<List<String>> got = new ArrayList<>();
            inboxes.forEach(i -> got.add(new ArrayList<>()));
            while (counted < total && System.nanoTime() < deadline) {
                for (int s = 0; s < SERVERS; s++) {
                    List<String> more = inboxes.get(s).rest(java.time.Duration.ofMillis(20));
                    got.get(s).addAll(more);
                    counted += more.size();
                }
            }
            for (List<String> g : got) {
                perServer.add(g.size());
                all.addAll(g);
            }
            System.out.println("notifications per server: " + perServer);
            assertThat(perServer.stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
            assertThat(perServer).allSatisfy(n -> assertThat(n).isPositive());
            Set<String> expected = new HashSet<>();
            for (int c = 0; c < CLIENTS; c++) {
                for (int n = 0; n < ROUNDS * PER_ROUND; n++) {
                    expected.add("note(c" + c + ", " + n + ")");
                }
            }
            assertThat(all).isEqualTo(expected);
        } finally {
            clients.forEach(PipelineClient::close);
            servers.forEach(RpcServer::close);
        }
    }
}
