package io.zmqrpc.runtime.convert;

import static io.zmqrpc.runtime.convert.Fixtures.list;
import static io.zmqrpc.runtime.convert.Fixtures.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.zmqrpc.runtime.convert.Fixtures.Line;
import io.zmqrpc.runtime.convert.Fixtures.Order;
import io.zmqrpc.runtime.convert.Fixtures.Page;
import io.zmqrpc.runtime.convert.Fixtures.Status;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TypeConverterConcurrencyTest {

    interface Handler {
        void handle(Map<String, List<Line>> byOrder, Page<Order> page, int[] quantities);
    }

    @Test
    void handlerParameterTypesConvertFromManyThreadsAtOnce() throws Exception {
        TypeConverter converter = new TypeConverter();
        Method handle = Handler.class.getMethod("handle", Map.class, Page.class, int[].class);
        Type[] parameters = handle.getGenericParameterTypes();
        Object[] decoded = {
            map("o1", list(map("sku", "a", "qty", 1L, "price", 0.5))),
            map("items", list(map("id", "o1", "status", "SHIPPED")), "total", 1L),
            list(1L, 2L)};
        Object[] expected = {
            Map.of("o1", List.of(new Line("a", 1, new BigDecimal("0.5")))),
            new Page<>(List.of(new Order("o1", null, Optional.empty(), Status.SHIPPED)), 1),
            new int[] {1, 2}};
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Object[]>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Callable<Object[]> task = () -> {
                    start.await();
                    Object[] converted = new Object[parameters.length];
                    for (int round = 0; round < 200; round++) {
                        for (int i = 0; i < parameters.length; i++) {
                            converted[i] = converter.convert(decoded[i], parameters[i]);
                        }
                    }
                    return converted;
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            for (Future<Object[]> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void resolvedTypesEqualTheJdksSoTheyShareCacheEntries() {
        TypeVariable<?> t = Page.class.getTypeParameters()[0];
        Type listOfT = Page.class.getRecordComponents()[0].getGenericType();
        Type jdk = new TypeRef<List<Order>>() { }.type;

        Type resolved = Types.resolve(listOfT, Map.of(t, Order.class));

        assertThat(resolved).isEqualTo(jdk).hasSameHashCodeAs(jdk);
        assertThat(jdk).isEqualTo(resolved);
        assertThat(resolved).hasToString("List<Order>");
    }
}
