package id.kompeten.localstack;

/**
 * The embedded MariaDB cannot run on this machine; the message says why and what to do. It carries no stack trace:
 * the reason is the machine, not the code, and a trace would bury the message.
 */
public final class UnsupportedPlatformException extends RuntimeException {

    UnsupportedPlatformException(String message) {
        super(message, null, false, false);
    }
}
