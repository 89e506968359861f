package io.zmqrpc.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Where the plot goes, and what the quick mode runs. */
class BenchConfigTest {

    @Test
    void thePlotGoesBesideTheClassesByDefault() throws Exception {
        Path classes = Path.of(BenchConfig.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        BenchConfig config = BenchConfig.from(new Properties());
        // Under Maven the classes are in bench/target/classes: the plot is bench/target/latency.svg,
        // where `java -jar bench/target/zmqrpc-bench.jar` writes it too.
        assertThat(classes.getFileName()).hasToString("classes");
        assertThat(config.plot()).isEqualTo(classes.toAbsolutePath().getParent().resolve("latency.svg"));
        assertThat(config.plot().getParent().getFileName()).hasToString("target");
    }

    @Test
    void bench_plotNamesAnotherFile() {
        Properties props = new Properties();
        props.setProperty("bench.plot", "out/plot.svg");
        assertThat(BenchConfig.from(props).plot()).isEqualTo(Path.of("out/plot.svg"));
    }

    @Test
    void theQuickModeMeasuresWhatTheTargetsNeed() {
        Properties props = new Properties();
        props.setProperty("bench.quick", "true");
        BenchConfig config = BenchConfig.from(props);
        assertThat(config.scenarios()).containsExactly(Scenario.sequential(100), Scenario.inFlight(100, 64));
        assertThat(config.latencyRates()).containsExactly(1000, 10000);
    }
}
