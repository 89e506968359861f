package io.zmqrpc.bench;

import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * gRPC-java unary echo over plaintext HTTP/2 on loopback, with byte arrays as messages (no
 * protobuf, so that only the RPC stack is measured). Server and channel use
 * {@code directExecutor()}: calls run on the Netty event loops with no hand-off, gRPC's fastest
 * configuration.
 */
final class GrpcEcho implements EchoTarget {

    static final String SERVICE = "zmqrpc.bench.Echo";

    static final MethodDescriptor<byte[], byte[]> ECHO = MethodDescriptor.<byte[], byte[]>newBuilder()
            .setType(MethodDescriptor.MethodType.UNARY)
            .setFullMethodName(MethodDescriptor.generateFullMethodName(SERVICE, "Echo"))
            .setRequestMarshaller(new BytesMarshaller())
            .setResponseMarshaller(new BytesMarshaller())
            .build();

    private final Server server;
    private final ManagedChannel channel;

    GrpcEcho() throws IOException {
        ServerServiceDefinition echo = ServerServiceDefinition.builder(SERVICE)
                .addMethod(ECHO, ServerCalls.asyncUnaryCall(GrpcEcho::echo))
                .build();
        server = NettyServerBuilder
                .forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .directExecutor()
                .addService(echo)
                .build()
                .start();
        channel = NettyChannelBuilder
                .forAddress(InetAddress.getLoopbackAddress().getHostAddress(), server.getPort())
                .usePlaintext()
                .directExecutor()
                .build();
    }

    private static void echo(byte[] request, StreamObserver<byte[]> response) {
        response.onNext(request);
        response.onCompleted();
    }

    @Override
    public byte[] call(byte[] payload) {
        return ClientCalls.blockingUnaryCall(channel, ECHO, CallOptions.DEFAULT, payload);
    }

    @Override
    public CompletableFuture<byte[]> callAsync(byte[] payload) {
        CompletableFuture<byte[]> echo = new CompletableFuture<>();
        ClientCalls.asyncUnaryCall(channel.newCall(ECHO, CallOptions.DEFAULT), payload,
                new StreamObserver<>() {
                    @Override
                    public void onNext(byte[] value) {
                        echo.complete(value);
                    }

                    @Override
                    public void onError(Throwable error) {
                        echo.completeExceptionally(error);
                    }

                    @Override
                    public void onCompleted() {
                        // The single value has completed the future already.
                    }
                });
        return echo;
    }

    @Override
    public void close() {
        try {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Messages are the raw bytes of the payload. */
    private static final class BytesMarshaller implements MethodDescriptor.Marshaller<byte[]> {

        @Override
        public InputStream stream(byte[] value) {
            return new ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(InputStream stream) {
            try (stream) {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
