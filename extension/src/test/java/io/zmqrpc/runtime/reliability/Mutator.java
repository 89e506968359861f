package io.zmqrpc.runtime.reliability;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Makes hostile messages from valid recorded requests, one mutation kind at a time. */
final class Mutator {

    /** Declared lengths and counts far beyond what follows: str32, bin32, array32, map32, ext32. */
    private static final byte[][] HUGE_HEADERS = {
        {(byte) 0xdb, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xf0},
        {(byte) 0xc6, (byte) 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff},
        {(byte) 0xdd, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff},
        {(byte) 0xdf, (byte) 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff},
        {(byte) 0xc9, (byte) 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 126},
        {(byte) 0x91, (byte) 0xdd, (byte) 0x00, (byte) 0x10, (byte) 0x00, (byte) 0x00},
    };

    private final List<byte[][]> seeds;
    private final Random random;

    Mutator(List<byte[][]> seeds, long seed) {
        this.seeds = seeds;
        this.random = new Random(seed);
    }

    /** A copy of a random recorded request, with one mutation. */
    byte[][] next() {
        byte[][] m = copy(seeds.get(random.nextInt(seeds.size())));
        switch (random.nextInt(9)) {
            case 0 -> m[0] = Arrays.copyOf(m[0], random.nextInt(m[0].length)); // truncated header
            case 1 -> flip(m[random.nextInt(m.length)]);
            case 2 -> m = Arrays.copyOf(m, random.nextInt(8)); // wrong frame count (0..7, padded with nulls)
            case 3 -> m[2 + random.nextInt(2)] = HUGE_HEADERS[random.nextInt(HUGE_HEADERS.length)].clone();
            case 4 -> m[2 + random.nextInt(2)] = nested(1 + random.nextInt(20_000));
            case 5 -> m[1] = new byte[] {'a', (byte) 0xff, (byte) 0xfe, (byte) 0xc3, '.', (byte) 0x80};
            case 6 -> m[2 + random.nextInt(2)] = randomBytes(1 + random.nextInt(64));
            case 7 -> m[1] = randomName();
            default -> m[random.nextInt(m.length)] = Arrays.copyOf(m[random.nextInt(m.length)], random.nextInt(40));
        }
        return Arrays.stream(m).map(f -> f == null ? new byte[0] : f).toArray(byte[][]::new);
    }

    private static byte[][] copy(byte[][] frames) {
        return Arrays.stream(frames).map(byte[]::clone).toArray(byte[][]::new);
    }

    private void flip(byte[] frame) {
        for (int i = 0, n = 1 + random.nextInt(4); i < n && frame.length > 0; i++) {
            frame[random.nextInt(frame.length)] ^= (byte) (1 << random.nextInt(8));
        }
    }

    /** An array nested {@code depth} levels deep: [[[...]]]. */
    private static byte[] nested(int depth) {
        byte[] b = new byte[depth + 1];
        Arrays.fill(b, (byte) 0x91);
        b[depth] = (byte) 0xc0;
        return b;
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private byte[] randomName() {
        String[] names = {"getClass", "add.__class__", "..", "a.b.c.d.e.f", "ns", "ns.", "toString", "wait"};
        return random.nextBoolean() ? names[random.nextInt(names.length)].getBytes(StandardCharsets.UTF_8)
                : randomBytes(random.nextInt(300));
    }
}
