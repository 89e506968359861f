package io.zmqrpc.cdi.security;

import io.zmqrpc.cdi.config.Settings;
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

    /**
     * Reads a setting that may hold a secret key: like {@link Settings#text}, but a failure does
     * not repeat the value (the text of an unresolvable placeholder may be the key itself, since
     * Z85 has {@code $}, braces and colons).
     */
    static String secretText(Settings settings, String attribute, String annotated) {
        try {
            return settings.text(attribute, annotated);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unresolvable placeholder in " + attribute
                    + " (the value is not shown: it may be a secret key; give a key holding '${' in a key file"
                    + " or through a placeholder)", e);
        }
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
