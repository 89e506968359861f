package io.zmqrpc.testing;

import io.zmqrpc.cdi.ZmqRpcBuildCompatibleExtension;
import jakarta.enterprise.inject.build.compatible.spi.BeanInfo;
import jakarta.enterprise.inject.build.compatible.spi.ClassConfig;
import jakarta.enterprise.inject.build.compatible.spi.Discovery;
import jakarta.enterprise.inject.build.compatible.spi.Enhancement;
import jakarta.enterprise.inject.build.compatible.spi.Messages;
import jakarta.enterprise.inject.build.compatible.spi.MetaAnnotations;
import jakarta.enterprise.inject.build.compatible.spi.Registration;
import jakarta.enterprise.inject.build.compatible.spi.ScannedClasses;
import jakarta.enterprise.inject.build.compatible.spi.Synthesis;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticComponents;
import jakarta.enterprise.inject.build.compatible.spi.Validation;

/**
 * The build-compatible extension as Weld will run it: Weld's translator skips every extension
 * marked {@code @SkipIfPortableExtensionPresent} whether or not that portable extension is deployed
 * ({@code ExtensionInvoker} checks only for the annotation, since Weld always runs portable
 * extensions), and it looks for extension methods among the declared methods of the class. So this
 * subclass, which the marker does not reach (it is not {@code @Inherited}), declares each method
 * again and calls the real one. Shared with the TCK's runner through the test jar.
 */
public class LiteOnlyExtension extends ZmqRpcBuildCompatibleExtension {

    @Override
    @Discovery
    public void addBeans(ScannedClasses scanned, MetaAnnotations meta) {
        super.addBeans(scanned, meta);
    }

    @Override
    @Enhancement(types = Object.class, withSubtypes = true, withAnnotations = io.zmqrpc.RemoteEndpoint.class)
    public void keepEndpoint(ClassConfig endpoint) {
        super.keepEndpoint(endpoint);
    }

    @Override
    @Registration(types = Object.class)
    public void collect(BeanInfo bean) {
        super.collect(bean);
    }

    @Override
    @Synthesis
    public void addClients(SyntheticComponents components) {
        super.addClients(components);
    }

    @Override
    @Synthesis
    public void addHealthChecks(SyntheticComponents components) {
        super.addHealthChecks(components);
    }

    @Override
    @Validation
    public void report(Messages messages) {
        super.report(messages);
    }
}
