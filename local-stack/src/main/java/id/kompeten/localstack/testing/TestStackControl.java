package id.kompeten.localstack.testing;

import id.kompeten.localstack.LocalStack;
import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;

/**
 * Lets a test take the shared broker away and bring it back, to prove what happens during a Kafka outage, and freeze
 * the shared database server, to prove what happens when the database stops answering. The stack
 * is started by {@link LocalStackTestResource}, possibly in another class loader than the test, so it is reached by
 * name through the platform MBean server rather than through a static field.
 */
public final class TestStackControl {

    private static final String NAME = "id.kompeten:type=TestStack";

    private TestStackControl() {
    }

    /** What the MBean offers; invoked by name, so callers need not share this interface's class loader. */
    public interface Operations {
        void stopKafka();

        void startKafka();

        void pauseDatabase();

        void resumeDatabase();
    }

    static void register(LocalStack stack) {
        Operations operations = new Operations() {
            @Override
            public void stopKafka() {
                stack.stopKafka();
            }

            @Override
            public void startKafka() {
                stack.startKafka();
            }

            @Override
            public void pauseDatabase() {
                stack.pauseDatabase();
            }

            @Override
            public void resumeDatabase() {
                stack.resumeDatabase();
            }
        };
        try {
            ManagementFactory.getPlatformMBeanServer()
                    .registerMBean(new StandardMBean(operations, Operations.class), new ObjectName(NAME));
        } catch (JMException e) {
            throw new IllegalStateException("Cannot register the test stack control", e);
        }
    }

    /** Stops the broker; always pair with {@link #startKafka()} in a finally block, other tests share it. */
    public static void stopKafka() {
        invoke("stopKafka");
    }

    /** Starts the broker again on the same address, with its data. */
    public static void startKafka() {
        invoke("startKafka");
    }

    /**
     * Freezes the database server (SIGSTOP): connections stay open and nothing answers, as when a database host
     * stalls. Always pair with {@link #resumeDatabase()} in a finally block, other tests share it.
     */
    public static void pauseDatabase() {
        invoke("pauseDatabase");
    }

    /** Lets the frozen database server go on (SIGCONT). */
    public static void resumeDatabase() {
        invoke("resumeDatabase");
    }

    private static void invoke(String operation) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            server.invoke(new ObjectName(NAME), operation, null, null);
        } catch (JMException e) {
            throw new IllegalStateException("Test stack operation " + operation + " failed", e);
        }
    }
}
