package io.zmqrpc.runtime.values;

import java.util.Objects;

/** aiozmq's documented {@code Point}: a plain class (neither record nor bean) with x and y. */
public final class Point {
    private final long x;
    private final long y;

    public Point(long x, long y) {
        this.x = x;
        this.y = y;
    }

    public long x() {
        return x;
    }

    public long y() {
        return y;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Point p && p.x == x && p.y == y;
    }

    @Override
    public int hashCode() {
        return Objects.hash(x, y);
    }

    @Override
    public String toString() {
        return "Point(" + x + ", " + y + ")";
    }
}
