package io.zmqrpc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.cli.testing.Cli.Result;
import io.zmqrpc.cli.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --help} everywhere, and shell completion. */
class HelpTest {

    @Test
    void theTopHelpListsEveryCommandTheJsonFormsAndTheExitCodes() {
        Result result = Cli.run("--help");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("  call ", "  notify ", "  publish ", "  listen ", "  describe ", "  bench ",
                "  proxy ", "  keygen ", "  completion ", "{\"$bytes\":\"<base64>\"}", "{\"$timedelta\":\"PT1H30M\"}",
                "Exit codes: 0 success; 1 the remote raised");
    }

    @ParameterizedTest
    @ValueSource(strings = {"call", "notify", "publish", "listen", "describe", "bench", "proxy", "keygen"})
    void eachCommandExplainsItselfAndItsExitCodes(String command) {
        Result result = Cli.run(command, "--help");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).startsWith("Usage: zmqrpc " + command).contains("Exit codes: 0 ");
    }

    @Test
    void completionPrintsABashScriptForEveryCommand() {
        Result result = Cli.run("completion");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("complete -F _complete_zmqrpc", "call notify publish listen describe bench "
                + "proxy keygen completion");
    }
}
