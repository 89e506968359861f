/**
 * Remote exceptions, both ways: {@link io.zmqrpc.runtime.errors.DefaultErrorRegistry} turns the
 * type names peers send into Java exceptions (client side) and names the exceptions handlers throw
 * (server side); {@link io.zmqrpc.runtime.errors.ErrorReplies} builds the {@code [type, args, repr]}
 * of an error reply. Internal to the implementation: user code configures errors through
 * {@link io.zmqrpc.spi.ErrorMappingProvider} and reads them through
 * {@link io.zmqrpc.RemoteError#of(Throwable)}.
 *
 * <h2>Client side: remote name to exception</h2>
 * <ol>
 * <li>User entries ({@link io.zmqrpc.spi.ErrorMappings#map}), the first entry for a name winning. A
 * mapped class is built with the first of its public constructors that takes the remote error, its
 * args (converted like a call's arguments), its message or nothing, in the order that
 * {@link io.zmqrpc.runtime.errors.DefaultErrorRegistry} documents; a class zmqrpc cannot instantiate
 * is refused when it is mapped.</li>
 * <li>The built-in whitelist below. Its exceptions are created by plain constructor calls: no class is
 * ever loaded by name for them.</li>
 * <li>Classes under a package the user allowed ({@link io.zmqrpc.spi.ErrorMappings#allowPackage}):
 * loaded without initialization, accepted only if public, concrete and {@link java.lang.Throwable},
 * built as a mapped class is. A name outside every allowed package never reaches a class loader.</li>
 * <li>Anything else is a {@link io.zmqrpc.GenericRpcException}, as is any exception whose construction
 * fails: the caller sees the peer's failure, not one made while translating it.</li>
 * </ol>
 * The message of a created exception is {@link io.zmqrpc.RemoteError#message()}. Unless the
 * exception already carries the remote error (zmqrpc's own exceptions do), a
 * {@link io.zmqrpc.GenericRpcException} is attached as its cause (or, when the cause is already set,
 * as a suppressed exception), so {@link io.zmqrpc.RemoteError#of(Throwable)} finds the remote type,
 * args and repr.
 *
 * <table class="striped">
 * <caption>Built-in remote names</caption>
 * <thead><tr><th>remote names</th><th>Java exception</th><th>why</th></tr></thead>
 * <tbody>
 * <tr><td>{@code aiozmq.rpc.base.NotFoundError}, {@code io.zmqrpc.MethodNotFoundException}</td>
 * <td>{@link io.zmqrpc.MethodNotFoundException}</td><td>aiozmq's own</td></tr>
 * <tr><td>{@code aiozmq.rpc.base.ParametersError}, {@code io.zmqrpc.ParametersException}</td>
 * <td>{@link io.zmqrpc.ParametersException}</td><td>aiozmq's own</td></tr>
 * <tr><td>{@code asyncio.TimeoutError}, {@code asyncio.exceptions.TimeoutError},
 * {@code builtins.TimeoutError}, {@code concurrent.futures._base.TimeoutError},
 * {@code io.zmqrpc.RpcTimeoutException}, {@code java.util.concurrent.TimeoutException}</td>
 * <td>{@link io.zmqrpc.RpcTimeoutException} (with the remote error)</td>
 * <td>every Python spelling of a timeout across versions; Java's checked {@code TimeoutException}
 * would escape an interface proxy as {@code UndeclaredThrowableException}</td></tr>
 * <tr><td>{@code builtins.ValueError}, {@code builtins.TypeError}, {@code builtins.UnicodeError} and its
 * {@code Decode/Encode/Translate} subclasses, {@code java.lang.IllegalArgumentException}</td>
 * <td>{@link java.lang.IllegalArgumentException}</td><td>a bad argument; Python raises
 * {@code TypeError} where Java code throws {@code IllegalArgumentException}, not
 * {@code ClassCastException}</td></tr>
 * <tr><td>{@code builtins.KeyError}, {@code builtins.LookupError}, {@code builtins.StopIteration},
 * {@code builtins.StopAsyncIteration}, {@code asyncio.QueueEmpty}, {@code asyncio.queues.QueueEmpty},
 * {@code java.util.NoSuchElementException}</td><td>{@link java.util.NoSuchElementException}</td>
 * <td>lookup or iteration found nothing ({@code Map}, {@code Iterator}, {@code Queue.remove})</td></tr>
 * <tr><td>{@code builtins.IndexError}, {@code java.lang.IndexOutOfBoundsException}</td>
 * <td>{@link java.lang.IndexOutOfBoundsException}</td><td></td></tr>
 * <tr><td>{@code builtins.ArithmeticError}, {@code builtins.ZeroDivisionError},
 * {@code builtins.OverflowError}, {@code builtins.FloatingPointError},
 * {@code java.lang.ArithmeticException}</td><td>{@link java.lang.ArithmeticException}</td><td></td></tr>
 * <tr><td>{@code builtins.NotImplementedError}, {@code java.lang.UnsupportedOperationException}</td>
 * <td>{@link java.lang.UnsupportedOperationException}</td><td></td></tr>
 * <tr><td>{@code builtins.AssertionError}, {@code java.lang.AssertionError}</td>
 * <td>{@link java.lang.AssertionError}</td><td>a broken invariant stays an error</td></tr>
 * <tr><td>{@code asyncio.CancelledError}, {@code asyncio.exceptions.CancelledError},
 * {@code concurrent.futures._base.CancelledError}, {@code java.util.concurrent.CancellationException}</td>
 * <td>{@link java.util.concurrent.CancellationException}</td><td></td></tr>
 * <tr><td>{@code asyncio.InvalidStateError}, {@code asyncio.exceptions.InvalidStateError},
 * {@code concurrent.futures._base.InvalidStateError}, {@code asyncio.QueueFull},
 * {@code asyncio.queues.QueueFull}, {@code java.lang.IllegalStateException}</td>
 * <td>{@link java.lang.IllegalStateException}</td><td>as {@code Queue.add} on a full queue</td></tr>
 * <tr><td>{@code java.lang.NullPointerException}, {@code ArrayIndexOutOfBoundsException},
 * {@code StringIndexOutOfBoundsException}, {@code ClassCastException}, {@code NumberFormatException},
 * {@code SecurityException}, {@code java.util.ConcurrentModificationException},
 * {@code java.util.concurrent.RejectedExecutionException}, {@code java.time.DateTimeException}</td>
 * <td>the same class</td><td>Java-to-Java calls keep their types</td></tr>
 * </tbody>
 * </table>
 *
 * <p>Deliberately left to {@link io.zmqrpc.GenericRpcException}: {@code builtins.RuntimeError} and
 * {@code builtins.Exception} (Python's catch-alls; a bare {@code RuntimeException} would say less than
 * the generic exception, which is a {@code RuntimeException} too and keeps the name),
 * {@code AttributeError}, {@code NameError} and other errors with no Java counterpart,
 * {@code OSError} and its subclasses (the peer's I/O failed, not the caller's), {@code MemoryError} and
 * {@code RecursionError} (a Java {@code Error} would claim this VM failed), and
 * {@code java.io.UncheckedIOException} (no {@code (String)} constructor, and its cause slot is taken by
 * the {@code IOException}). Checked Java exceptions are never in the whitelist: typed proxies would
 * wrap them.
 *
 * <h2>Server side: exception to remote name</h2>
 * <ol>
 * <li>A user entry for the exception's class or its nearest mapped superclass.</li>
 * <li>An {@link io.zmqrpc.RpcException} carrying a remote error keeps that remote type, so a server
 * that calls another one passes the name through.</li>
 * <li>{@link io.zmqrpc.MethodNotFoundException} is {@code aiozmq.rpc.base.NotFoundError},
 * {@link io.zmqrpc.ParametersException} is {@code aiozmq.rpc.base.ParametersError} and
 * {@link io.zmqrpc.RpcTimeoutException} is {@code asyncio.TimeoutError}: aiozmq clients fill their
 * error table from {@code dir(asyncio)}, so that name resolves on every Python version to the class
 * {@code asyncio.wait_for} raises, where {@code asyncio.exceptions.TimeoutError} would arrive as a
 * {@code GenericError}.</li>
 * <li>Anything else travels under its Java class name.</li>
 * </ol>
 */
package io.zmqrpc.runtime.errors;
