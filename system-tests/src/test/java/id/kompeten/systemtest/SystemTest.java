package id.kompeten.systemtest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class against the running system: the services it names run (and are ready) before its first test, shared
 * with the other system tests of the JVM. Test methods and constructors may take the {@link SystemStack}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SystemTestExtension.class)
public @interface SystemTest {

    /** The services the tests call, e.g. {@code SystemStack.TRAINING}; others may still run for other classes. */
    String[] value();
}
