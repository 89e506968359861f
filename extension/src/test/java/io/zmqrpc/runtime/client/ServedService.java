package io.zmqrpc.runtime.client;

import io.zmqrpc.RpcChannel;
import io.zmqrpc.runtime.client.fixtures.Service;
import io.zmqrpc.testing.Loopback;

/** A {@link Service} served over loopback with its client; closing first lets held calls finish. */
final class ServedService implements AutoCloseable {

    final Service service = new Service();
    private final Loopback loop = Loopback.serve(service);
    final RpcChannel client = loop.client();

    @Override
    public void close() {
        service.release.countDown();
        loop.close();
    }
}
