package id.kompeten.platform.messaging;

/**
 * A record that can never be processed, however often it is retried (missing CloudEvents headers, unknown type,
 * unreadable body). Consumers let it propagate so the record goes straight to the dead-letter topic.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
