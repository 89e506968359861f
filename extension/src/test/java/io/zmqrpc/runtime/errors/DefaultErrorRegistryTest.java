package io.zmqrpc.runtime.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zmqrpc.GenericRpcException;
import io.zmqrpc.RemoteError;
import io.zmqrpc.RpcException;
import io.zmqrpc.runtime.convert.TypeConverter;
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
    void classZmqrpcCannotInstantiateIsRefusedWhenMapped() {
        String advice = "; map a class zmqrpc can instantiate, or give a factory with map(remoteType, type, factory)";
        String prefix = DefaultErrorRegistryTest.class.getName() + "$";
        DefaultErrorRegistry.Builder builder = DefaultErrorRegistry.builder();

        assertThatThrownBy(() -> builder.map("shop.Base", AbstractShopException.class))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot map shop.Base: " + prefix + "AbstractShopException is abstract" + advice);
        assertThatThrownBy(() -> builder.map("shop.Hidden", HiddenException.class))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot map shop.Hidden: " + prefix + "HiddenException is not public" + advice);
        assertThatThrownBy(() -> builder.map("shop.Inner", InnerException.class))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot map shop.Inner: " + prefix + "InnerException is an inner class; declare it static" + advice);
        assertThatThrownBy(() -> builder.map("shop.Private", PrivateConstructorException.class))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot map shop.Private: " + prefix + "PrivateConstructorException has no public constructor zmqrpc can call"
                        + advice);
        assertThatThrownBy(() -> builder.map("shop.NotAThrowable", notAThrowable()))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot map shop.NotAThrowable: java.lang.String is not a Throwable" + advice);
        // nothing of the refused entries was kept
        RemoteError error = new RemoteError("shop.Base", List.of("x"), "Base('x')");
        assertGeneric(builder.build().toException(error), error);
    }

    @Test
    void providerMappingAClassZmqrpcCannotInstantiateFailsTheBuild() {
        DefaultErrorRegistry.Builder builder = DefaultErrorRegistry.builder()
                .addProvider(m -> m.map("shop.Base", AbstractShopException.class));

        assertThatThrownBy(builder::build).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot map shop.Base: " + AbstractShopException.class.getName() + " is abstract;");
    }

    @Test
    void abstractBaseMappedWithAFactoryNamesItsSubclasses() {
        DefaultErrorRegistry registry = DefaultErrorRegistry.builder()
                .map("shop.Base", AbstractShopException.class, e -> new ConcreteShopException())
                .build();

        assertThat(registry.remoteName(new ConcreteShopException())).isEqualTo("shop.Base");
        assertThat(registry.toException(new RemoteError("shop.Base", List.of("x"), "Base('x')")))
                .isExactlyInstanceOf(ConcreteShopException.class);
    }

    @Test
    void remoteArgsBindTheConstructorTheyFit() {
        DefaultErrorRegistry registry = DefaultErrorRegistry.builder().map("mymod.OutOfStock", SkuException.class).build();
        RemoteError error = new RemoteError("mymod.OutOfStock", List.of("sku-1", 3L), "OutOfStock('sku-1', 3)");

        Throwable thrown = registry.toException(error);

        assertThat(thrown).isExactlyInstanceOf(SkuException.class).hasMessage("sku-1 x3");
        assertThat(((SkuException) thrown).sku).isEqualTo("sku-1");
        assertThat(((SkuException) thrown).qty).isEqualTo(3L);
        assertThat(RemoteError.of(thrown)).isSameAs(error);
    }

    @Test
    void argsThatBindNoConstructorGiveTheGenericExceptionWhenThereIsNoMessageOrNoArgConstructor() {
        DefaultErrorRegistry registry = DefaultErrorRegistry.builder().map("mymod.OutOfStock", SkuException.class).build();

        for (List<Object> args : List.of(List.<Object>of("sku-1", "many"), List.<Object>of("sku-1"),
                List.<Object>of("sku-1", 3L, 4L), List.<Object>of(), List.<Object>of(7L, 3L))) {
            RemoteError error = new RemoteError("mymod.OutOfStock", args, "OutOfStock" + args);
            assertGeneric(registry.toException(error), error);
        }
    }

    @Test
    void whyNoConstructorTookTheArgsIsWhatTheWarningSays() {
        ConstructorFactory factory = ConstructorFactory.forClass(SkuException.class, new TypeConverter());

        assertThatThrownBy(() -> factory.create(new RemoteError("mymod.OutOfStock", List.of("sku-1", "many"), "OutOfStock('sku-1', 'many')")))
                .isExactlyInstanceOf(NoSuchMethodException.class)
                .hasMessage("no public constructor of " + SkuException.class.getName() + " takes the args of OutOfStock('sku-1', 'many'): "
                        + "(String, long): TypeError('cannot convert str \"many\" to long at qty')");
    }

    @Test
    void constructorsAreTriedInTheDocumentedOrder() {
        DefaultErrorRegistry registry = DefaultErrorRegistry.builder().map("shop.Choosy", ChoosyException.class).build();

        // (String, long) is more specific than (Object, Object)
        assertThat(chosen(registry, "sku-1", 3L)).isEqualTo("(String sku, long qty)");
        // "many" is no long: the next constructor that binds
        assertThat(chosen(registry, "sku-1", "many")).isEqualTo("(Object a, Object b)");
        // fewer parameters first: (String) before the varargs one
        assertThat(chosen(registry, "only")).isEqualTo("(String message) only");
        // varargs after the fixed-arity constructors
        assertThat(chosen(registry, "a", "b", "c")).isEqualTo("(CharSequence... parts) 3");
        // nothing binds three ints: the (String) constructor with the message
        assertThat(chosen(registry, 1L, 2L, 3L)).isEqualTo("(String message) 1");
        // no args: the (String) constructor with the repr, as before any binding
        assertThat(chosen(registry)).isEqualTo("(String message) Choosy()");
    }

    private static String chosen(DefaultErrorRegistry registry, Object... args) {
        StringBuilder repr = new StringBuilder("Choosy(");
        for (int i = 0; i < args.length; i++) {
            repr.append(i == 0 ? "" : ", ").append(args[i] instanceof String text ? "'" + text + "'" : args[i]);
        }
        Throwable thrown = registry.toException(new RemoteError("shop.Choosy", List.of(args), repr + ")"));
        assertThat(thrown).isExactlyInstanceOf(ChoosyException.class);
        return thrown.getMessage();
    }

    @Test
    void constructorThatThrowsGivesTheGenericExceptionNotTheNextConstructor() {
        DefaultErrorRegistry registry = DefaultErrorRegistry.builder().map("shop.Strict", StrictException.class).build();
        RemoteError negative = new RemoteError("shop.Strict", List.of(-1L), "Strict(-1)");

        assertGeneric(registry.toException(negative), negative);
        assertThat(registry.toException(new RemoteError("shop.Strict", List.of(2L), "Strict(2)")))
                .isExactlyInstanceOf(StrictException.class).hasMessage("qty 2");
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

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class<? extends Throwable> notAThrowable() {
        return (Class) String.class;
    }

    static class HiddenException extends RuntimeException {
        public HiddenException(String message) {
            super(message);
        }
    }

    public class InnerException extends RuntimeException {
        public InnerException(String message) {
            super(message);
        }
    }

    public static class PrivateConstructorException extends RuntimeException {
        private PrivateConstructorException(String message) {
            super(message);
        }
    }

    /** The example: its only constructor takes the fields. */
    public static class SkuException extends RuntimeException {
        final String sku;
        final long qty;

        public SkuException(String sku, long qty) {
            super(sku + " x" + qty);
            this.sku = sku;
            this.qty = qty;
        }
    }

    /** Says in its message which constructor built it. */
    public static class ChoosyException extends RuntimeException {
        public ChoosyException(String sku, long qty) {
            super("(String sku, long qty)");
        }

        public ChoosyException(Object a, Object b) {
            super("(Object a, Object b)");
        }

        public ChoosyException(String message) {
            super("(String message) " + message);
        }

        public ChoosyException(CharSequence... parts) {
            super("(CharSequence... parts) " + parts.length);
        }
    }

    /** Refuses a negative quantity in its constructor. */
    public static class StrictException extends RuntimeException {
        public StrictException(long qty) {
            super("qty " + qty);
            if (qty < 0) {
                throw new IllegalArgumentException("negative");
            }
        }

        public StrictException(String message) {
            super("wrong constructor: " + message);
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
