package io.zmqrpc.cdi.security;

import io.zmqrpc.runtime.security.CurveKeys;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Checks the CURVE keys of a declaration and reads its key files at deployment, with messages
 * that name the attribute and never contain a key (a secret key must not reach a log).
 */
final class KeyText {

    private KeyText() {
    }

    /** Checks that a key is 40 characters of Z85; {@code kind} is {@code public} or {@code secret}. */
    static String check(String key, String kind, String attribute) {
        try {
            if (kind.equals("secret")) {
                new CurveKeys.KeyPair(null, key);
            } else {
                new CurveKeys.KeyPair(key, null);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("CURVE " + e.getMessage() + " (" + attribute + ")", e);
        }
        return key;
    }

    /** Reads a key file; the message names the file and the attribute. */
    static CurveKeys.KeyPair read(String file, String attribute) {
        try {
            return CurveKeys.read(Path.of(file));
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException("cannot read CURVE key file " + file + " (" + attribute + ")", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad CURVE key file " + file + " (" + attribute + "): " + e.getMessage(), e);
        }
    }

    /** A key a file must hold. */
    static String require(String key, String kind, String file, String attribute) {
        if (key == null) {
            throw new IllegalArgumentException("CURVE key file " + file + " holds no " + kind + " key (" + attribute + ")");
        }
        return key;
    }
}
