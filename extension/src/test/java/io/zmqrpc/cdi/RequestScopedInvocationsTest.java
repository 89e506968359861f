package io.zmqrpc.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Each invocation runs in a request context of its own, activated and deactivated around it, with
 * controllers reused instead of looked up per call, never shared by two calls at once, and all
 * destroyed when the server stops.
 */
class RequestScopedInvocationsTest {

    /** A controller that records what was done with it. */
    static final class Controller implements RequestContextController {
        final List<String> events = new ArrayList<>();
        boolean active;

        @Override
        public synchronized boolean activate() {
            events.add("activate");
            active = true;
            return true;
        }

        @Override
        public synchronized void deactivate() {
            events.add("deactivate");
            active = false;
        }
    }

    /** Hands out new controllers and records which were destroyed. */
    static final class Controllers {
        final List<Controller> created = new ArrayList<>();
        final List<Controller> destroyed = new ArrayList<>();

        @SuppressWarnings("unchecked")
        Instance<RequestContextController> instance() {
            return (Instance<RequestContextController>) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {Instance.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "get" -> create();
                        case "destroy" -> destroy((Controller) args[0]);
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        private synchronized Controller create() {
            Controller controller = new Controller();
            created.add(controller);
            return controller;
        }

        private synchronized Object destroy(Controller controller) {
            destroyed.add(controller);
            return null;
        }
    }

    @Test
    void sequentialCallsReuseOneControllerAndEachRunsInsideItsOwnActivation() throws Exception {
        Controllers controllers = new Controllers();
        RequestScopedInvocations invocations = new RequestScopedInvocations(controllers.instance());
        for (int i = 0; i < 100; i++) {
            int n = i;
            Object result = invocations.invoke(() -> {
                assertThat(controllers.created.get(controllers.created.size() - 1).active).isTrue();
                return n;
            });
            assertThat(result).isEqualTo(i);
        }
        assertThat(controllers.created).hasSize(1);
        assertThat(controllers.created.get(0).events).hasSize(200).containsOnly("activate", "deactivate");
        assertThat(controllers.created.get(0).active).isFalse();
        invocations.close();
        assertThat(controllers.destroyed).containsExactlyElementsOf(controllers.created);
    }

    @Test
    void aFailingCallStillDeactivatesItsContext() {
        Controllers controllers = new Controllers();
        RequestScopedInvocations invocations = new RequestScopedInvocations(controllers.instance());
        assertThatThrownBy(() -> invocations.invoke(() -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
        assertThat(controllers.created.get(0).events).containsExactly("activate", "deactivate");
    }

    @Test
    void concurrentCallsNeverShareAControllerAndAllAreDestroyedAtClose() throws Exception {
        Controllers controllers = new Controllers();
        RequestScopedInvocations invocations = new RequestScopedInvocations(controllers.instance());
        int threads = 4;
        CountDownLatch allInside = new CountDownLatch(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Object>> calls = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                calls.add(pool.submit(() -> invocations.invoke(() -> {
                    allInside.countDown();
                    // Every call waits until all are inside: each must hold a controller of its own.
                    return allInside.await(10, TimeUnit.SECONDS);
                })));
            }
            for (Future<Object> call : calls) {
                assertThat(call.get(10, TimeUnit.SECONDS)).isEqualTo(true);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(controllers.created).hasSize(threads).doesNotHaveDuplicates();
        invocations.close();
        assertThat(controllers.destroyed).containsExactlyInAnyOrderElementsOf(controllers.created);
        // A call that finishes after the stop destroys its controller itself.
        invocations.invoke(() -> "late");
        assertThat(controllers.destroyed).hasSize(threads + 1);
    }
}
