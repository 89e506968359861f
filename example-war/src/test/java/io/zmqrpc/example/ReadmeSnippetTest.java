package io.zmqrpc.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README shows the Python client that the integration tests run; this keeps the two from
 * drifting apart (the tests prove the file works, this proves the README shows that file).
 */
class ReadmeSnippetTest {

    @Test
    void readmeQuotesThePythonClientVerbatim() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String snippet = Files.readString(Path.of("src/test/resources/python/readme_client.py"));

        assertThat(readme).contains("```python\n" + snippet + "```\n");
    }
}
