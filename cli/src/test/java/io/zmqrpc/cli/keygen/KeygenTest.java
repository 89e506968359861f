package io.zmqrpc.cli.keygen;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.cli.testing.Cli.Result;
import io.zmqrpc.cli.testing.Cli;
import io.zmqrpc.cli.testing.JavaPeers;
import io.zmqrpc.cli.testing.JavaService;
import io.zmqrpc.cli.testing.PythonPeer;
import io.zmqrpc.runtime.RpcServer;
import io.zmqrpc.runtime.security.CurveKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zmqrpc keygen}: the printed keys, the certificate files, and a CURVE server that accepts them. */
class KeygenTest {

    private static final Pattern PRINTED = Pattern.compile(
            "public-key = \"([0-9a-zA-Z.\\-:+=^!/*?&<>()\\[\\]{}@%$#]{40})\"\n"
                    + "secret-key = \"([0-9a-zA-Z.\\-:+=^!/*?&<>()\\[\\]{}@%$#]{40})\"\n");

    @TempDir
    Path dir;

    @Test
    void printsAKeyPairAsZ85() {
        Result result = Cli.run("keygen");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).matches(PRINTED);
        assertThat(Cli.run("keygen").out()).isNotEqualTo(result.out());
    }

    @Test
    void writesCertificateFilesThatZmqrpcReads() throws Exception {
        Result result = Cli.run("keygen", "--out", dir.resolve("server").toString());
        Matcher printed = PRINTED.matcher(result.out());
        assertThat(printed.matches()).isTrue();

        assertThat(result.err()).isEqualTo("wrote " + dir.resolve("server.key") + " and "
                + dir.resolve("server.key_secret") + "\n");
        assertThat(CurveKeys.read(dir.resolve("server.key"))).isEqualTo(new CurveKeys.KeyPair(printed.group(1), null));
        assertThat(CurveKeys.read(dir.resolve("server.key_secret")))
                .isEqualTo(new CurveKeys.KeyPair(printed.group(1), printed.group(2)));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("server.key_secret"))))
                .isEqualTo("rw-------");
    }

    @Test
    void keyFilesAreAcceptedByACurveServerWithAnAllowList() {
        Cli.run("keygen", "--out", dir.resolve("server").toString());
        Cli.run("keygen", "--out", dir.resolve("alice").toString());
        Cli.run("keygen", "--out", dir.resolve("mallory").toString());
        RpcServer server = JavaPeers.rpc(new JavaService(), b -> b.curveServer(dir.resolve("server.key_secret"))
                .curveAllow(CurveKeys.read(dir.resolve("alice.key")).publicKey()));
        String endpoint = server.endpoints().get(0);
        String serverKey = dir.resolve("server.key").toString();
        try {
            assertThat(Cli.run("call", "--curve-server-key", serverKey, "--curve-key-file",
                    dir.resolve("alice.key_secret").toString(), endpoint, "add", "1", "2"))
                    .isEqualTo(new Result(0, "3\n", ""));
            // the server's key as Z85 text works as well as its file
            assertThat(Cli.run("call", "--curve-server-key", CurveKeys.read(dir.resolve("server.key")).publicKey(),
                    "--curve-key-file", dir.resolve("alice.key_secret").toString(), endpoint, "add", "2", "2").out())
                    .isEqualTo("4\n");
            // refused: a client key not on the list, and no CURVE at all; ZeroMQ answers with silence
            assertThat(Cli.run("call", "--timeout", "500ms", "--curve-server-key", serverKey, "--curve-key-file",
                    dir.resolve("mallory.key_secret").toString(), endpoint, "add", "1", "2").exit()).isEqualTo(3);
            assertThat(Cli.run("call", "--timeout", "500ms", endpoint, "add", "1", "2").exit()).isEqualTo(3);
        } finally {
            server.close();
        }
    }

    @Test
    void keyFilesAreReadByPyzmqForAnAiozmqCurveServer() {
        Cli.run("keygen", "--out", dir.resolve("server").toString());
        try (PythonPeer python = PythonPeer.start("python/rpc_server.py", "--curve",
                dir.resolve("server.key_secret").toString())) {
            assertThat(Cli.run("call", "--timeout", "10s", "--curve-server-key", dir.resolve("server.key").toString(),
                    python.endpoint(), "add", "1", "2")).isEqualTo(new Result(0, "3\n", ""));
            assertThat(Cli.run("call", "--timeout", "500ms", python.endpoint(), "add", "1", "2").exit()).isEqualTo(3);
        }
    }

    @Test
    void neverOverwritesAKeyFile() throws Exception {
        Files.writeString(dir.resolve("old.key_secret"), "precious");

        assertThat(Cli.run("keygen", "--out", dir.resolve("old").toString())).isEqualTo(new Result(2, "",
                "zmqrpc keygen: " + dir.resolve("old.key_secret") + " exists: not overwritten\n"));
        assertThat(Files.readString(dir.resolve("old.key_secret"))).isEqualTo("precious");
        assertThat(dir.resolve("old.key")).doesNotExist();
    }
}
