package io.zmqrpc.runtime.errors;

import static io.zmqrpc.runtime.errors.DefaultErrorRegistryTest.assertGeneric;
import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.GenericRpcException;
import io.zmqrpc.RemoteError;
import io.zmqrpc.runtime.errors.fixtures.InitFlags;
import io.zmqrpc.runtime.errors.fixtures.allowed.AllowedNoArgs;
import io.zmqrpc.runtime.errors.fixtures.allowed.AllowedRemote;
import io.zmqrpc.runtime.errors.fixtures.allowed.AllowedWithMessage;
import io.zmqrpc.runtime.errors.fixtures.allowed.sub.NestedPackageException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AllowedPackageErrorsTest {

    private static final String ALLOWED = "io.zmqrpc.runtime.errors.fixtures.allowed";

    private final RecordingClassLoader loader = new RecordingClassLoader(getClass().getClassLoader());
    private final DefaultErrorRegistry registry = DefaultErrorRegistry.builder().allowPackage(ALLOWED).classLoader(loader).build();

    @Test
    void loadsAllowedClassWithStringConstructor() {
        RemoteError error = error(ALLOWED + ".AllowedWithMessage");

        Throwable thrown = registry.toException(error);

        assertThat(thrown).isExactlyInstanceOf(AllowedWithMessage.class).hasMessage("remote message");
        assertThat(thrown.getCause()).isExactlyInstanceOf(GenericRpcException.class);
        assertThat(RemoteError.of(thrown)).isSameAs(error);
        assertThat(loader.requested).containsExactly(ALLOWED + ".AllowedWithMessage");
    }

    @Test
    void loadsAllowedClassWithNoArgConstructor() {
        RemoteError error = error(ALLOWED + ".AllowedNoArgs");

        Throwable thrown = registry.toException(error);

        assertThat(thrown).isExactlyInstanceOf(AllowedNoArgs.class).hasMessage(null);
        assertThat(RemoteError.of(thrown)).isSameAs(error);
    }

    @Test
    void prefersRemoteErrorConstructor() {
        RemoteError error = error(ALLOWED + ".AllowedRemote");

        Throwable thrown = registry.toException(error);

        assertThat(thrown).isExactlyInstanceOf(AllowedRemote.class).hasMessage("allowed remote: remote message").hasNoCause();
        assertThat(RemoteError.of(thrown)).isSameAs(error);
    }

    @Test
    void allowsSubpackagesAndNestedClasses() {
        String nested = ALLOWED + ".sub.NestedPackageException";

        assertThat(registry.toException(error(nested))).isExactlyInstanceOf(NestedPackageException.class);
        assertThat(registry.toException(error(nested + "$Inner"))).isExactlyInstanceOf(NestedPackageException.Inner.class);
    }

    @Test
    void notAThrowableIsRefusedWithoutRunningItsInitializer() {
        RemoteError error = error(ALLOWED + ".NotAThrowable");

        assertGeneric(registry.toException(error), error);
        assertThat(loader.requested).containsExactly(ALLOWED + ".NotAThrowable");
        assertThat(InitFlags.NOT_A_THROWABLE).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ThrowingConstructor", "NoUsableConstructor", "AbstractAllowed", "HiddenException", "BrokenInitializer", "DoesNotExist"})
    void unusableAllowedClassesGiveGenericException(String simpleName) {
        RemoteError error = error(ALLOWED + "." + simpleName);

        assertGeneric(registry.toException(error), error);
        // a second time too: a class whose initializer failed is then unusable in a different way
        assertGeneric(registry.toException(error), error);
    }

    @ParameterizedTest
    @ValueSource(strings = {"java.lang.ProcessBuilder", "java.lang.Runtime", "java.lang.IllegalMonitorStateException",
        "io.zmqrpc.runtime.errors.fixtures.denied.DeniedException", "io.zmqrpc.runtime.errors.fixtures.allowedevil.X",
        "io.zmqrpc.runtime.errors.fixtures.Allowed", "AllowedWithMessage", "[Lio.zmqrpc.runtime.errors.fixtures.allowed.X;",
        "io.zmqrpc.runtime.errors.fixtures.allowed/AllowedWithMessage", "io.zmqrpc.runtime.errors.fixtures.allowed..X",
        "io.zmqrpc.runtime.errors.fixtures.allowed.AllowedWithMessage\u0000", " io.zmqrpc.runtime.errors.fixtures.allowed.AllowedWithMessage"})
    void namesOutsideAllowedPackagesNeverReachTheClassLoader(String remoteType) {
        RemoteError error = error(remoteType);

        assertGeneric(registry.toException(error), error);
        assertThat(loader.requested).isEmpty();
        assertThat(InitFlags.DENIED_EXCEPTION).isFalse();
    }

    @Test
    void packagePrefixIsNotAPackage() {
        DefaultErrorRegistry prefixOnly = DefaultErrorRegistry.builder()
                .allowPackage("io.zmqrpc.runtime.errors.fixtures.allow")
                .classLoader(loader)
                .build();
        RemoteError error = error(ALLOWED + ".AllowedWithMessage");

        assertGeneric(prefixOnly.toException(error), error);
        assertThat(loader.requested).isEmpty();
    }

    @Test
    void nothingIsAllowedByDefault() {
        DefaultErrorRegistry none = DefaultErrorRegistry.builder().classLoader(loader).build();
        RemoteError error = error(ALLOWED + ".AllowedWithMessage");

        assertGeneric(none.toException(error), error);
        assertThat(loader.requested).isEmpty();
    }

    @Test
    void usesTheContextClassLoaderWhenNoneIsFixed() {
        DefaultErrorRegistry contextual = DefaultErrorRegistry.builder().allowPackage(ALLOWED).build();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            assertThat(contextual.toException(error(ALLOWED + ".AllowedWithMessage"))).isExactlyInstanceOf(AllowedWithMessage.class);
        } finally {
            thread.setContextClassLoader(previous);
        }
        assertThat(loader.requested).containsExactly(ALLOWED + ".AllowedWithMessage");
    }

    private static RemoteError error(String type) {
        return new RemoteError(type, List.of("remote message"), "X('remote message')");
    }

    /** Records every name asked for, to prove refused names never reach a loader. */
    static final class RecordingClassLoader extends ClassLoader {

        final List<String> requested = new CopyOnWriteArrayList<>();

        RecordingClassLoader(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            requested.add(name);
            return super.loadClass(name, resolve);
        }
    }
}
