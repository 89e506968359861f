package io.zmqrpc.runtime.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.GenericRpcException;
import io.zmqrpc.RemoteError;
import io.zmqrpc.RpcException;
import io.zmqrpc.runtime.errors.fixtures.FromServiceLoaderTestException;
import io.zmqrpc.runtime.errors.fixtures.ServiceLoaderTestErrorMappingProvider;
import io.zmqrpc.spi.ErrorMappingProvider;
import io.zmqrpc.spi.ErrorMappings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultErrorRegistryTest {

    private static final RemoteError OUT_OF_STOCK = new RemoteError("shop.OutOfStock", List.of("no apples", 3), "OutOfStock('no apples', 3)");

    @Test
    void userEntryWinsOverDefault() {
        DefaultErrorRegistry registry = DefaultErrorRegistry.builder().map("builtins.ValueError", BadValueException.class).build();

        Throwable thrown = registry.toException(new RemoteError("builtins.ValueError", List.of("bad"), "ValueError('bad')"));

        assertThat(thrown).isExactlyInstanceOf(BadValueException.class).hasMessage("bad");
        assertThat(RemoteError.of(thrown).type()).isEqualTo("builtins.ValueError");
    }

    @Test
    void firstUserEntryForANameWins() {
        DefaultErrorRegistry registry = DefaultErrorRegistry.builder()
                .map("shop.OutOfStock", OutOfStockException.class)
                .map("shop.OutOfStock", BadValueException.class)
                .build();

        assertThat(registry.toException(OUT_OF_STOCK)).isExactlyInstanceOf(OutOfStockException.class).hasMessage("no apples");
    }

    @Test
    void factoryBuildsFromTheRemoteError() {
        DefaultErrorRegistry registry = DefaultErrorRegistry.builder()
                .map("shop.OutOfStock", OutOfStockException.class,
                        e -> new OutOfStockException(e.args().get(0) + " x" + e.args().get(1)))
                .build();

        Throwable thrown = registry.toException(OUT_OF_STOCK);

        assertThat(thrown).isExactlyInstanceOf(OutOfStockException.class).hasMessage("no apples x3");
        assertThat(thrown.getCause()).isExactlyInstanceOf(GenericRpcException.class);
        assertThat(RemoteError.of(thrown)).isSameAs(OUT_OF_STOCK);
    }

    @Test
    void failingFactoryGivesGenericException() {
        DefaultErrorRegistry registry = DefaultErrorRegistry.builder()
                .map("shop.OutOfStock", OutOfStockException.class, e -> {
                    throw new IllegalStateException("factory bug");
                })
                .map("shop.Null", OutOfStockException.class, e -> null)
                .build();

        assertGeneric(registry.toException(OUT_OF_STOCK), OUT_OF_STOCK);
        RemoteError nullError = new RemoteError("shop.Null", List.of("x"), "Null('x')");
        assertGeneric(registry.toException(nullError), nullError);
    }

    @Test
    void failingConstructorGivesGenericException() {
        DefaultErrorRegistry registry = DefaultErrorRegistry.builder().map("shop.OutOfStock", FailingException.class).build();

        assertGeneric(registry.toException(OUT_OF_STOCK), OUT_OF_STOCK);
    }

    @Test
    void classWithoutUsableConstructorIsStillNamedButThrownGeneric() {
        DefaultErrorRegistry registry = DefaultErrorRegistry.builder().map("shop.Base", AbstractShopException.class).build();
        RemoteError error = new RemoteError("shop.Base", List.of("x"), "Base('x')");

        assertGeneric(registry.toException(error), error);
        assertThat(registry.remoteName(new ConcreteShopException())).isEqualTo("shop.Base");
    }

    @Test
    void noArgConstructorWhenThereIsNoStringOne() {
        DefaultErrorRegistry registry = DefaultErrorRegistry.builder().map("shop.Quiet", QuietException.class).build();
        RemoteError error = new RemoteError("shop.Quiet", List.of("ignored"), "Quiet('ignored')");

        Throwable thrown = registry.toException(error);

        assertThat(thrown).isExactlyInstanceOf(QuietException.class).hasMessage(null);
        assertThat(RemoteError.of(thrown)).isSameAs(error);
    }

    @Test
    void remoteErrorConstructorComesFirstAndNeedsNoCause() {
        DefaultErrorRegistry registry = DefaultErrorRegistry.builder().map("shop.OutOfStock", ShopRpcException.class).build();

        Throwable thrown = registry.toException(OUT_OF_STOCK);

        assertThat(thrown).isExactlyInstanceOf(ShopRpcException.class).hasMessage("shop: no apples").hasNoCause();
        assertThat(RemoteError.of(thrown)).isSameAs(OUT_OF_STOCK);
    }

    @Test
    void rpcExceptionWithoutRemoteErrorGetsTheGenericAsCause() {
        DefaultErrorRegistry registry = DefaultErrorRegistry.builder().map("shop.OutOfStock", LocalRpcException.class).build();

        Throwable thrown = registry.toException(OUT_OF_STOCK);

        // RpcException(String) leaves the cause slot free, so the remote details become the cause
        assertThat(thrown).isExactlyInstanceOf(LocalRpcException.class).hasMessage("no apples")
                .cause().isExactlyInstanceOf(GenericRpcException.class);
        assertThat(RemoteError.of(thrown)).isSameAs(OUT_OF_STOCK);
    }

    @Test
    void presetCauseKeepsItAndAddsTheGenericAsSuppressed() {
        IOException io = new IOException("disk");
        DefaultErrorRegistry registry = DefaultErrorRegistry.builder()
                .map("shop.Io", UncheckedIOException.class, e -> new UncheckedIOException(e.message(), io))
                .map("shop.NullCause", OutOfStockException.class, e -> new OutOfStockException(e.message(), null))
                .build();

        Throwable withCause = registry.toException(new RemoteError("shop.Io", List.of("io"), ""));
        assertThat(withCause).isExactlyInstanceOf(UncheckedIOException.class).hasMessage("io").hasCause(io);
        assertThat(withCause.getSuppressed()).singleElement().isExactlyInstanceOf(GenericRpcException.class);

        Throwable nullCause = registry.toException(new RemoteError("shop.NullCause", List.of("n"), ""));
        assertThat(nullCause).isExactlyInstanceOf(OutOfStockException.class).hasMessage("n").hasNoCause();
        assertThat(((GenericRpcException) nullCause.getSuppressed()[0]).remoteType()).isEqualTo("shop.NullCause");
    }

    @Test
    void providersContributeByDescendingPriorityStableOnTies() {
        ErrorMappingProvider low = provider(-5, m -> m.map("shop.OutOfStock", LowException.class).map("shop.Low", LowException.class));
        ErrorMappingProvider firstTie = provider(0, m -> m.map("shop.OutOfStock", QuietException.class).map("shop.Tie", FirstTieException.class));
        ErrorMappingProvider secondTie = provider(0, m -> m.map("shop.Tie", BadValueException.class));
        ErrorMappingProvider high = provider(10, m -> m.map("shop.OutOfStock", OutOfStockException.class));

        DefaultErrorRegistry registry = DefaultErrorRegistry.builder()
                .addProvider(low)
                .addProviders(List.of(firstTie, secondTie))
                .addProvider(high)
                .build();

        assertThat(registry.toException(OUT_OF_STOCK)).isExactlyInstanceOf(OutOfStockException.class);
        assertThat(registry.toException(new RemoteError("shop.Tie", List.of("t"), ""))).isExactlyInstanceOf(FirstTieException.class);
        assertThat(registry.toException(new RemoteError("shop.Low", List.of("l"), ""))).isExactlyInstanceOf(LowException.class);
    }

    @Test
    void directEntriesComeBeforeProviders() {
        DefaultErrorRegistry registry = DefaultErrorRegistry.builder()
                .addProvider(provider(100, m -> m.map("shop.OutOfStock", LowException.class)))
                .map("shop.OutOfStock", OutOfStockException.class)
                .build();

        assertThat(registry.toException(OUT_OF_STOCK)).isExactlyInstanceOf(OutOfStockException.class);
    }

    @Test
    void serviceLoaderFindsTheRegisteredProvider() {
        DefaultErrorRegistry registry = DefaultErrorRegistry.builder()
                .addServiceLoaderProviders(getClass().getClassLoader())
                .build();
        RemoteError error = new RemoteError(ServiceLoaderTestErrorMappingProvider.REMOTE_TYPE, List.of("found"), "");

        Throwable thrown = registry.toException(error);

        assertThat(thrown).isExactlyInstanceOf(FromServiceLoaderTestException.class).hasMessage("found");
        assertThat(registry.remoteName(new FromServiceLoaderTestException("x"))).isEqualTo("testmod.FromServiceLoader");
    }

    @Test
    void builderCanBeBuiltAgainWithoutLeakingProvidersEntries() {
        DefaultErrorRegistry.Builder builder = DefaultErrorRegistry.builder()
                .addProvider(m -> m.map("shop.OutOfStock", LowException.class));
        DefaultErrorRegistry first = builder.build();
        DefaultErrorRegistry second = builder.map("shop.OutOfStock", OutOfStockException.class).build();

        assertThat(first.toException(OUT_OF_STOCK)).isExactlyInstanceOf(LowException.class);
        assertThat(second.toException(OUT_OF_STOCK)).isExactlyInstanceOf(OutOfStockException.class);
    }

    @Test
    void defaultsIsOneSharedInstance() {
        assertThat(DefaultErrorRegistry.defaults()).isSameAs(DefaultErrorRegistry.defaults());
        assertGeneric(DefaultErrorRegistry.defaults().toException(OUT_OF_STOCK), OUT_OF_STOCK);
    }

    @Test
    void rejectsBadEntries() {
        DefaultErrorRegistry.Builder builder = DefaultErrorRegistry.builder();

        assertThatThrownBy(() -> builder.map(" ", OutOfStockException.class)).isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.map("x", null)).isExactlyInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> builder.allowPackage("com..example")).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a Java package name: 'com..example'");
        assertThatThrownBy(() -> builder.allowPackage("")).isExactlyInstanceOf(IllegalArgumentException.class);
    }

    static void assertGeneric(Throwable thrown, RemoteError error) {
        assertThat(thrown).isExactlyInstanceOf(GenericRpcException.class).hasNoCause();
        assertThat(((GenericRpcException) thrown).remoteError()).isSameAs(error);
    }

    private static ErrorMappingProvider provider(int priority, java.util.function.Consumer<ErrorMappings> entries) {
        return new ErrorMappingProvider() {
            @Override
            public void contribute(ErrorMappings mappings) {
                entries.accept(mappings);
            }

            @Override
            public int priority() {
                return priority;
            }
        };
    }

    public static class OutOfStockException extends RuntimeException {
        public OutOfStockException(String message) {
            super(message);
        }

        public OutOfStockException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static class BadValueException extends RuntimeException {
        public BadValueException(String message) {
            super(message);
        }
    }

    public static class LowException extends RuntimeException {
        public LowException(String message) {
            super(message);
        }
    }

    public static class FirstTieException extends RuntimeException {
        public FirstTieException(String message) {
            super(message);
        }
    }

    public static class QuietException extends RuntimeException {
        public QuietException() {
        }
    }

    public static class FailingException extends RuntimeException {
        public FailingException(String message) {
            throw new IllegalStateException("cannot build " + message);
        }
    }

    public abstract static class AbstractShopException extends RuntimeException {
        protected AbstractShopException(String message) {
            super(message);
        }
    }

    public static class ConcreteShopException extends AbstractShopException {
        public ConcreteShopException() {
            super("concrete");
        }
    }

    public static class ShopRpcException extends RpcException {
        public ShopRpcException(RemoteError error) {
            super("shop: " + error.message(), null, error);
        }

        public ShopRpcException(String message) {
            super("wrong constructor");
        }
    }

    public static class LocalRpcException extends RpcException {
        public LocalRpcException(String message) {
            super(message);
        }
    }
}
