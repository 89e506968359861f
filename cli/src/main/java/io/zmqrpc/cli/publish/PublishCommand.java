package io.zmqrpc.cli.publish;

import io.zmqrpc.cli.CliException;
import io.zmqrpc.cli.ExitCode;
import io.zmqrpc.cli.connect.CallFailures;
import io.zmqrpc.cli.connect.OneWaySocket;
import io.zmqrpc.cli.json.CallArguments;
import io.zmqrpc.cli.options.SendTarget;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.zeromq.SocketType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zmqrpc publish ENDPOINT TOPIC METHOD [ARG...] [NAME=VALUE...]}: a published call. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Publishes one call on a topic (PUB to SUB servers, aiozmq's connect_pubsub).",
            "ZeroMQ drops what is published before a subscription reaches the publisher (the slow joiner), so the command first "
                + "waits, up to --wait, until a subscription matching TOPIC has arrived; --wait 0 publishes at once.",
            "",
            "  zmqrpc publish tcp://127.0.0.1:5570 prices ticker.update ACME 12.5",
            "  zmqrpc publish --bind tcp://127.0.0.1:5570 '' log.line \"all subscribers\"",
            ""},
        footer = {"", "Exit codes: 0 published; 2 bad usage or argument (nothing sent); 3 no matching subscriber "
                + "within --wait (nothing published), or the endpoint cannot be bound."})
public final class PublishCommand implements Callable<Integer> {

    /** How long the published message may take to leave once a subscriber is there. */
    private static final Duration LINGER = Duration.ofSeconds(5);

    @Parameters(index = "1", paramLabel = "TOPIC", description = "The topic, UTF-8; '' for no topic.")
    String topic;

    @Parameters(index = "2", paramLabel = "METHOD", description = "The remote method, dotted for namespaces.")
    String method;

    @Parameters(index = "3..*", paramLabel = "ARG|NAME=VALUE", description = "Arguments, as for 'zmqrpc call'.")
    List<String> arguments = new ArrayList<>();

    @Option(names = "--wait", paramLabel = "DURATION", defaultValue = "5s",
            description = "How long to wait for a matching subscription (default ${DEFAULT-VALUE}).")
    Duration wait;

    @Mixin
    SendTarget target;

    @Override
    public Integer call() {
        CallArguments call = CallArguments.parse(arguments);
        byte[] topicBytes = topic.getBytes(StandardCharsets.UTF_8);
        try (OneWaySocket socket = target.open(SocketType.XPUB, LINGER)) {
            if (!wait.isZero() && !socket.awaitSubscription(topicBytes, wait)) {
                throw CliException.unreachable("no subscriber to topic '" + topic + "' at " + target.endpoint() + " within "
                        + CallFailures.text(wait) + ": nothing published");
            }
            socket.send(topicBytes, method, call.args(), call.kwargs());
        }
        return ExitCode.OK;
    }
}
