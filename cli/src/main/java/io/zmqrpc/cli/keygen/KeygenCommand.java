package io.zmqrpc.cli.keygen;

import io.zmqrpc.cli.CliException;
import io.zmqrpc.cli.ExitCode;
import io.zmqrpc.runtime.ClientOptions;
import io.zmqrpc.runtime.ServerOptions;
import io.zmqrpc.runtime.security.CurveKeys;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zmqrpc keygen [--out PREFIX]}. */
@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = {"Makes a CURVE key pair and prints both keys as Z85.",
            "With --out PREFIX it also writes "
                + "ZeroMQ certificate files, as pyzmq's zmq.auth.create_certificates does: PREFIX.key (the public "
                + "key, to hand to peers) and PREFIX.key_secret (both keys, readable by its owner only; keep it "
                + "private). zmqrpc reads both: ServerOptions curveServer(Path) / ClientOptions curveClient(Path, Path), the "
                + "*.curve.*-file configuration keys, and 'zmqrpc call --curve-key-file/--curve-server-key'.",
            "",
            "  zmqrpc keygen --out /etc/calc/server",
            ""},
        footer = {"", "Exit codes: 0 done; 2 a file already exists (nothing is overwritten) or cannot be written."})
public final class KeygenCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "PREFIX", description = "Write PREFIX.key and PREFIX.key_secret.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CurveKeys.KeyPair keys = CurveKeys.generate();
        if (out != null) {
            write(keys);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("public-key = \"" + keys.publicKey() + "\"");
        stdout.println("secret-key = \"" + keys.secretKey() + "\"");
        stdout.flush();
        return ExitCode.OK;
    }

    private void write(CurveKeys.KeyPair keys) {
        Path publicFile = Path.of(out + ".key");
        Path secretFile = Path.of(out + ".key_secret");
        for (Path file : new Path[] {publicFile, secretFile}) {
            if (Files.exists(file)) {
                throw CliException.usage(file + " exists: not overwritten");
            }
        }
        try {
            createPrivate(secretFile);
        } catch (IOException e) {
            throw CliException.usage("cannot write " + secretFile + ": " + e.getMessage());
        }
        try {
            CurveKeys.write(secretFile, keys);
            CurveKeys.write(publicFile, new CurveKeys.KeyPair(keys.publicKey(), null));
        } catch (UncheckedIOException e) {
            throw CliException.usage(e.getMessage() + ": " + e.getCause().getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("wrote " + publicFile + " and " + secretFile);
        err.flush();
    }

    /** The secret file exists with owner-only permissions before the key is written into it. */
    private static void createPrivate(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
    }
}
