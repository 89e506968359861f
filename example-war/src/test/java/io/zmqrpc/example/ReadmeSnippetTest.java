package io.zmqrpc.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The READMEs show the Python client that the integration tests run (against the Weld SE demo in
 * {@code StandaloneDemoIT}, and against both servers); this keeps them from drifting apart (the
 * tests prove the file works, this proves the pages show that file).
 */
class ReadmeSnippetTest {

    @ParameterizedTest
    @ValueSource(strings = {"../README.md", "README.md", "../docs/example.md"})
    void pageQuotesThePythonClientVerbatim(String page) throws Exception {
        String text = Files.readString(Path.of(page));
        String snippet = Files.readString(Path.of("src/test/resources/python/readme_client.py"));

        assertThat(text).contains("```python\n" + snippet + "```\n");
    }
}
