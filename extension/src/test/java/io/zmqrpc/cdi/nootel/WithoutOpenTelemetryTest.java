package io.zmqrpc.cdi.nootel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The OpenTelemetry API is optional: in a class loader that has the test class path without its
 * OpenTelemetry jars, the CDI extension deploys an endpoint that answers a call, and not one class
 * of {@code io.zmqrpc.runtime.otel} or {@code io.zmqrpc.cdi.otel} (the only ones that refer to
 * OpenTelemetry) is loaded.
 */
class WithoutOpenTelemetryTest {

    /** Exposes which classes the loader has loaded itself. */
    static final class Isolated extends URLClassLoader {
        Isolated(URL[] urls) {
            super("without-opentelemetry", urls, ClassLoader.getPlatformClassLoader());
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }
    }

    @Test
    void deploysAndServesWithoutLoadingAnythingThatRefersToOpenTelemetry() throws Exception {
        List<String> otelClasses = mainClassesOf("io/zmqrpc/runtime/otel", "io/zmqrpc/cdi/otel");
        assertThat(otelClasses).contains("io.zmqrpc.runtime.otel.ZmqRpcTelemetry", "io.zmqrpc.cdi.otel.ContainerTelemetry");

        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (Isolated loader = new Isolated(classPathWithoutOpenTelemetry())) {
            assertThatThrownBy(() -> Class.forName("io.opentelemetry.api.OpenTelemetry", false, loader))
                    .isInstanceOf(ClassNotFoundException.class);
            Thread.currentThread().setContextClassLoader(loader);
            @SuppressWarnings("unchecked")
            Supplier<String> run = (Supplier<String>) loader.loadClass(DeployAndCall.class.getName())
                    .getDeclaredConstructor().newInstance();

            assertThat(run.get()).isEqualTo("still here");
            // the extension really ran in that loader, and decided without loading the listener
            assertThat(loader.loaded("io.zmqrpc.cdi.ListenerAssembly")).isTrue();
            assertThat(otelClasses).noneMatch(loader::loaded);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** Surefire's test class path (it may start the JVM through a manifest-only jar), minus OpenTelemetry. */
    private static URL[] classPathWithoutOpenTelemetry() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.contains(File.separator + "opentelemetry-"))
                .map(WithoutOpenTelemetryTest::url).toArray(URL[]::new);
    }

    private static URL url(String entry) {
        try {
            return new File(entry).toURI().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(entry, e);
        }
    }

    /** The class names compiled from the extension's own sources in these package directories. */
    private static List<String> mainClassesOf(String... packages) {
        Path classes = Path.of("target", "classes");
        return Stream.of(packages).flatMap(p -> {
            try (Stream<Path> files = Files.list(classes.resolve(p))) {
                return files.map(f -> classes.relativize(f).toString()).filter(n -> n.endsWith(".class"))
                        .map(n -> n.substring(0, n.length() - ".class".length()).replace(File.separatorChar, '.'))
                        .toList().stream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}
