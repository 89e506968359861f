package io.zmqrpc.runtime.otel;

import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;

import io.opentelemetry.api.common.AttributeKey;

/**
 * The attribute keys and fixed values zmqrpc's spans and metrics use: the semantic conventions'
 * RPC, server, network and error attributes, and zmqrpc's own under {@code zmqrpc.}.
 */
final class TelemetryKeys {

    /** The RPC system's name, in both attributes that carry it. */
    static final String SYSTEM = "zmqrpc";

    /** What semconv puts in {@code rpc.method} for a method the server does not have. */
    static final String OTHER = "_OTHER";

    /** The current conventions' name of the RPC system (semconv 1.38 and later). */
    static final AttributeKey<String> RPC_SYSTEM_NAME = stringKey("rpc.system.name");
    /** The earlier conventions' name of the same attribute, which most back ends still key on. */
    static final AttributeKey<String> RPC_SYSTEM = stringKey("rpc.system");
    static final AttributeKey<String> RPC_METHOD = stringKey("rpc.method");
    static final AttributeKey<String> RPC_METHOD_ORIGINAL = stringKey("rpc.method_original");
    static final AttributeKey<String> RPC_RESPONSE_STATUS_CODE = stringKey("rpc.response.status_code");
    static final AttributeKey<String> SERVER_ADDRESS = stringKey("server.address");
    static final AttributeKey<Long> SERVER_PORT = longKey("server.port");
    static final AttributeKey<String> NETWORK_TRANSPORT = stringKey("network.transport");
    static final AttributeKey<String> ERROR_TYPE = stringKey("error.type");

    /** {@code rpc}, {@code pipeline} or {@code pubsub}. */
    static final AttributeKey<String> PATTERN = stringKey("zmqrpc.pattern");
    /** The name of the client or server (its options' name). */
    static final AttributeKey<String> ENDPOINT = stringKey("zmqrpc.endpoint");
    /** {@code client} or {@code server}. */
    static final AttributeKey<String> SIDE = stringKey("zmqrpc.side");
    /** Why messages were dropped: a {@link io.zmqrpc.observe.DropReason}, lower case. */
    static final AttributeKey<String> DROP_REASON = stringKey("zmqrpc.drop.reason");

    private TelemetryKeys() {
    }
}
