package io.zmqrpc.runtime.otel;

import static io.zmqrpc.runtime.otel.TelemetryKeys.ENDPOINT;
import static io.zmqrpc.runtime.otel.TelemetryKeys.ERROR_TYPE;
import static io.zmqrpc.runtime.otel.TelemetryKeys.NETWORK_TRANSPORT;
import static io.zmqrpc.runtime.otel.TelemetryKeys.OTHER;
import static io.zmqrpc.runtime.otel.TelemetryKeys.PATTERN;
import static io.zmqrpc.runtime.otel.TelemetryKeys.RPC_METHOD;
import static io.zmqrpc.runtime.otel.TelemetryKeys.RPC_RESPONSE_STATUS_CODE;
import static io.zmqrpc.runtime.otel.TelemetryKeys.RPC_SYSTEM;
import static io.zmqrpc.runtime.otel.TelemetryKeys.RPC_SYSTEM_NAME;
import static io.zmqrpc.runtime.otel.TelemetryKeys.SERVER_ADDRESS;
import static io.zmqrpc.runtime.otel.TelemetryKeys.SERVER_PORT;
import static io.zmqrpc.runtime.otel.TelemetryKeys.SYSTEM;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.zmqrpc.Pattern;
import io.zmqrpc.observe.CallEnd;
import io.zmqrpc.observe.CallInfo;
import io.zmqrpc.observe.Outcome;
import java.util.Locale;

/** The attributes of a call: those known when it starts, and those its end adds. */
final class CallAttributes {

    /**
     * The remote type zmqrpc and aiozmq servers answer an unknown method name with: the method
     * then counts as {@code _OTHER}, so that a peer sending made-up names cannot make a metric
     * series per name.
     */
    static final String NOT_FOUND = "aiozmq.rpc.base.NotFoundError";

    private CallAttributes() {
    }

    /**
     * What is known as the call starts: the system, method, server address of the observing
     * socket's first endpoint, pattern and endpoint name.
     */
    static Attributes of(CallInfo call) {
        AttributesBuilder b = Attributes.builder()
                .put(RPC_SYSTEM_NAME, SYSTEM)
                .put(RPC_SYSTEM, SYSTEM)
                .put(RPC_METHOD, call.method())
                .put(PATTERN, pattern(call.pattern()));
        ServerAddress server = call.addresses().isEmpty() ? ServerAddress.NONE
                : ServerAddress.parse(call.addresses().get(0));
        if (server.address() != null) {
            b.put(SERVER_ADDRESS, server.address());
        }
        if (server.port() > 0) {
            b.put(SERVER_PORT, server.port());
        }
        if (server.transport() != null) {
            b.put(NETWORK_TRANSPORT, server.transport());
        }
        if (call.endpoint() != null) {
            b.put(ENDPOINT, call.endpoint());
        }
        return b.build();
    }

    /** The start's attributes with the outcome's: the status code, and the error type of a failure. */
    static Attributes ended(Attributes started, CallEnd end, boolean methodUnknown) {
        AttributesBuilder b = started.toBuilder().put(RPC_RESPONSE_STATUS_CODE, end.outcome().name());
        if (methodUnknown) {
            b.put(RPC_METHOD, OTHER);
        }
        if (end.outcome() != Outcome.OK) {
            b.put(ERROR_TYPE, errorType(end));
        }
        return b.build();
    }

    /** The remote or local type name the end reports, else the failure's class, else {@code _OTHER}. */
    static String errorType(CallEnd end) {
        if (end.errorType() != null && !end.errorType().isEmpty()) {
            return end.errorType();
        }
        return end.failure() != null ? end.failure().getClass().getName() : OTHER;
    }

    static String pattern(Pattern pattern) {
        return pattern.name().toLowerCase(Locale.ROOT);
    }
}
