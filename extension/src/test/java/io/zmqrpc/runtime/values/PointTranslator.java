package io.zmqrpc.runtime.values;

import io.zmqrpc.spi.ValueTranslator;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessageUnpacker;

/**
 * The Java side of aiozmq's documented translation table entry
 * {@code 0: (Point, lambda value: msgpack.packb((value.x, value.y)), lambda binary: Point(*msgpack.unpackb(binary)))}.
 * Public with a no-argument constructor so that ServiceLoader can create it.
 */
public final class PointTranslator implements ValueTranslator<Point> {

    @Override
    public int code() {
        return 0;
    }

    @Override
    public Class<Point> type() {
        return Point.class;
    }

    @Override
    public byte[] pack(Point p) {
        try (MessageBufferPacker out = MessagePack.newDefaultBufferPacker()) {
            out.packArrayHeader(2).packLong(p.x()).packLong(p.y());
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Point unpack(byte[] data) {
        try (MessageUnpacker in = MessagePack.newDefaultUnpacker(data)) {
            if (in.unpackArrayHeader() != 2) {
                throw new IllegalArgumentException("a Point is an array of two integers");
            }
            return new Point(in.unpackLong(), in.unpackLong());
        } catch (IOException e) {
            throw new IllegalArgumentException("not a msgpack array of two integers: " + e.getMessage(), e);
        }
    }
}
