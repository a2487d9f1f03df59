package id.kompeten.systemtest;

import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * One {@link SystemStack} per test JVM, kept in the root context's store: JUnit closes it once all test classes have
 * run, whether they passed or not. A JVM stopped early (Ctrl-C, surefire's timeout) still stops it through the
 * shutdown hook, and the services also exit on their own when this JVM is gone (kompeten.parent-pid).
 */
public final class SystemTestExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SystemTestExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        SystemTest annotation = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), SystemTest.class)
                .orElseThrow(() -> new IllegalStateException("Annotate " + context.getRequiredTestClass().getName()
                        + " with @SystemTest naming the services it needs"));
        stack(context).require(List.of(annotation.value()));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SystemStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return stack(context);
    }

    private static SystemStack stack(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(SystemStack.class, key -> {
            SystemStack stack = SystemStack.start();
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "kompeten-system-test-stop"));
            return stack;
        }, SystemStack.class);
    }
}
