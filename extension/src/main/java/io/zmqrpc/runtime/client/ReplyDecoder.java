package io.zmqrpc.runtime.client;

import io.zmqrpc.RemoteError;
import io.zmqrpc.RpcException;
import io.zmqrpc.runtime.convert.ConversionException;
import io.zmqrpc.runtime.convert.TypeConverter;
import io.zmqrpc.runtime.wire.ReplyHeader;
import io.zmqrpc.runtime.wire.ValueCodec;
import io.zmqrpc.runtime.wire.WireFormatException;
import io.zmqrpc.spi.ErrorRegistry;
import java.lang.reflect.Type;
import java.util.List;

/**
 * Turns a reply into the caller's result: decodes the body, converts it to the declared type, or
 * builds the exception the error registry maps the remote type name to. Runs on the caller's
 * thread (blocking calls) or the completion executor (asynchronous calls), never on the socket
 * thread.
 */
final class ReplyDecoder {

    private final ValueCodec codec;
    private final ErrorRegistry registry;
    private final TypeConverter converter;

    ReplyDecoder(ValueCodec codec, ErrorRegistry registry, TypeConverter converter) {
        this.codec = codec;
        this.registry = registry;
        this.converter = converter;
    }

    /**
     * The result of a call.
     *
     * @param name the method called, for messages
     * @param header the reply header
     * @param body the reply body
     * @param type the declared result type
     * @return the converted result
     * @throws Throwable the translated remote exception, or an {@link RpcException} for a reply
     *     that cannot be read or converted
     */
    Object decode(String name, byte[] header, byte[] body, Type type) throws Throwable {
        Object value;
        boolean error;
        try {
            error = ReplyHeader.decode(header).error();
            value = codec.decode(body);
        } catch (WireFormatException e) {
            throw new RpcException("cannot read the reply to " + name + ": " + e.getMessage(), e);
        }
        if (error) {
            throw registry.toException(remoteError(name, value));
        }
        try {
            return converter.convert(value, type);
        } catch (ConversionException e) {
            throw new RpcException("cannot convert the result of " + name + " to " + type.getTypeName() + ": "
                    + e.getMessage(), e);
        }
    }

    private static RemoteError remoteError(String name, Object body) {
        if (body instanceof List<?> triple && triple.size() == 3 && triple.get(0) instanceof String type
                && triple.get(1) instanceof List<?> args) {
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) args;
            return new RemoteError(type, list, triple.get(2) instanceof String repr ? repr : String.valueOf(triple.get(2)));
        }
        throw new RpcException("malformed error reply to " + name + ": expected [type, args, repr], got "
                + ValueCodec.kind(body));
    }
}
