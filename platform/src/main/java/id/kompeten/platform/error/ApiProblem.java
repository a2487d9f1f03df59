package id.kompeten.platform.error;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * An error the API reports as {@code application/problem+json} with a known status. Title and detail are not stored
 * as text: {@link #messageKey()} and {@link #args()} are looked up in the {@code i18n/problems} bundle in the
 * request's language, so the same failure reads in English or Indonesian.
 */
public abstract class ApiProblem extends RuntimeException {

    private final int status;
    private final String type;
    private final String messageKey;
    private final transient Object[] args;
    private final List<FieldError> errors;

    protected ApiProblem(int status, String type, String messageKey, Object[] args, List<FieldError> errors) {
        super(messageKey, null, false, false);
        this.status = status;
        this.type = type;
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : args.clone();
        this.errors = List.copyOf(errors);
    }

    /** HTTP status. */
    public int status() {
        return status;
    }

    /** Short problem type slug, e.g. {@code not-found}; the mapper turns it into the problem's {@code type} URI. */
    public String type() {
        return type;
    }

    /** Key of the detail message in the {@code i18n/problems} bundle. */
    public String messageKey() {
        return messageKey;
    }

    /** Arguments of the detail message ({@link java.text.MessageFormat} style). */
    public Object[] args() {
        return args.clone();
    }

    /** Field-level errors, empty unless the problem is about specific input fields. */
    public List<FieldError> errors() {
        return errors;
    }

    /**
     * How long the client should wait before it retries ({@code Retry-After}, in whole seconds), for a problem that a
     * plain retry may cure; empty for the rest.
     */
    public Optional<Duration> retryAfter() {
        return Optional.empty();
    }

    /** One input field at fault: its JSON path (e.g. {@code names.id}) and a message key with arguments. */
    public record FieldError(String field, String messageKey, Object... args) {
    }
}
