package io.zmqrpc.cli.options;

import io.zmqrpc.cdi.config.Durations;
import java.time.Duration;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine;

/** Registers the converters of endpoints and durations, whose failures name the bad text. */
public final class Converters {

    private Converters() {
    }

    /**
     * Registers them on a command line and its subcommands.
     *
     * @param cli the command line
     */
    public static void register(CommandLine cli) {
        cli.registerConverter(Endpoint.class, text -> checked(() -> Endpoint.parse(text)));
        cli.registerConverter(Duration.class, text -> checked(() -> Durations.parse(text)));
    }

    private static <T> T checked(java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
