package io.zmqrpc.cdi.intercept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * What an interceptor of a client call sees, and that replacing the parameters checks their number
 * and types (primitives take their boxes, never null) and loses nothing when refused.
 */
class InterceptedInvocationTest {

    /** A client interface. */
    interface Shop {
        String reserve(String sku, int quantity);
    }

    private static InterceptedInvocation invocation(Object... args) throws Exception {
        Method reserve = Shop.class.getMethod("reserve", String.class, int.class);
        return new InterceptedInvocation(new InterceptedInvocation.Call("client", reserve, "remote", null, args), 0);
    }

    @Test
    void exposesTheInterfaceMethodTheArgumentsAndTheClient() throws Exception {
        InterceptedInvocation context = invocation("apple", 3);

        assertThat(context.getMethod()).isEqualTo(Shop.class.getMethod("reserve", String.class, int.class));
        assertThat(context.getParameters()).containsExactly("apple", 3);
        assertThat(context.getTarget()).isEqualTo("client");
        assertThat(context.getTimer()).isNull();
        assertThat(context.getConstructor()).isNull();
        context.getContextData().put("k", "v");
        assertThat(context.getContextData()).containsEntry("k", "v");
    }

    @Test
    void acceptsParametersOfTheMethodsTypes() throws Exception {
        InterceptedInvocation context = invocation("apple", 3);
        context.setParameters(new Object[] {null, 5});

        assertThat(context.getParameters()).containsExactly(null, 5);
    }

    @Test
    void refusesAWrongNumberOrTypeAndKeepsTheArguments() throws Exception {
        InterceptedInvocation context = invocation("apple", 3);

        assertThatThrownBy(() -> context.setParameters(new Object[] {"apple"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("takes 2 parameters, got 1");
        assertThatThrownBy(() -> context.setParameters(new Object[] {"apple", "three"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("parameter 1 must be a int, got java.lang.String");
        assertThatThrownBy(() -> context.setParameters(new Object[] {"apple", null}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("parameter 1 must be a int, got null");
        assertThat(context.getParameters()).containsExactly("apple", 3);
    }
}
