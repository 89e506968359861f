package io.zmqrpc.runtime.reliability;

import io.zmqrpc.RpcMethod;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.ZmqRpc;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A server run in a child JVM by {@link FaultsTest}, so that it can be killed: binds the endpoint
 * given as argument, prints {@code READY <endpoint>} on stdout, and serves until killed.
 */
public final class FaultServerMain {

    private FaultServerMain() {
    }

    /** The handler. */
    public static class Service {
        @RpcMethod
        public String echo(String text) {
            return text;
        }

        @RpcMethod
        public String hang(String text) throws InterruptedException {
            Thread.sleep(600_000);
            return text;
        }
    }

    /**
     * Serves until killed.
     *
     * @param args the endpoint to bind
     * @throws InterruptedException never in practice
     */
    public static void main(String[] args) throws InterruptedException {
        RpcServer server = ZmqRpc.serveRpc(new Service(), ServerOptions.builder().bind(args[0]).name("child").build());
        // The parent reads this line from the child's stdout: the protocol between the two processes.
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        out.println("READY " + server.endpoints().get(0));
        Thread.sleep(Long.MAX_VALUE);
    }
}
