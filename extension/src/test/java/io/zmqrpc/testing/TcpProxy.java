package io.zmqrpc.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP forwarder for tests, placed between a client and a server on 127.0.0.1: it records every
 * byte it forwards (to inspect what travels on the wire) and can stop forwarding while keeping the
 * connections open (a silently dead peer).
 */
public final class TcpProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int targetPort;
    private final ByteArrayOutputStream recorded = new ByteArrayOutputStream();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    /** Connections opened before this generation stay silent. */
    private volatile int frozenBefore;
    private int generation;
    private volatile boolean closed;

    /**
     * Starts forwarding to a port on 127.0.0.1.
     *
     * @param targetPort the server's port
     * @throws IOException when no port can be opened
     */
    public TcpProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::acceptLoop, "tcp-proxy-accept");
        accept.setDaemon(true);
        accept.start();
    }

    /**
     * The port of a {@code tcp://host:port} endpoint.
     *
     * @param endpoint the endpoint
     * @return the port
     */
    public static int port(String endpoint) {
        return Integer.parseInt(endpoint.substring(endpoint.lastIndexOf(':') + 1));
    }

    /** @return the endpoint clients connect to */
    public String endpoint() {
        return "tcp://127.0.0.1:" + listener.getLocalPort();
    }

    /** @return every byte forwarded so far, both directions */
    public byte[] recorded() {
        synchronized (recorded) {
            return recorded.toByteArray();
        }
    }

    /**
     * Stops forwarding on the connections open now (they stay open, bytes read are dropped): the peer
     * goes silent as if its host froze. Connections made later are forwarded.
     */
    public synchronized void freeze() {
        frozenBefore = generation + 1;
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                sockets.add(client);
                sockets.add(server);
                int connection;
                synchronized (this) {
                    connection = ++generation;
                }
                pump(client, server, connection);
                pump(server, client, connection);
            } catch (IOException e) {
                if (!closed) {
                    // The target may be down for a moment; the client reconnects.
                    continue;
                }
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, int connection) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    if (connection < frozenBefore) {
                        continue;
                    }
                    synchronized (recorded) {
                        recorded.write(buffer, 0, n);
                    }
                    out.write(buffer, 0, n);
                }
            } catch (IOException e) {
                // One side closed: close the other so the peer sees it.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "tcp-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
        sockets.forEach(TcpProxy::closeQuietly);
    }
}
