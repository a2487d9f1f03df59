package id.kompeten.platform.error;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import id.kompeten.platform.i18n.Messages;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.DateTimeException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * The one place where exceptions become HTTP error responses. Every error leaves as RFC 9457
 * {@code application/problem+json}, worded in the request's language. Services throw {@link ApiProblem} subclasses
 * and let bean validation, Jackson, JAX-RS, security and optimistic-locking exceptions pass through; anything else is
 * a 500 whose details stay in the log, under the correlation id the client is given.
 */
public class ProblemMappers {

    public static final String CORRELATION_ID_HEADER = "X-Correlation-Id";

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String BEARER_CHALLENGE = "Bearer";
    private static final String INVALID_TOKEN_CHALLENGE = "Bearer error=\"invalid_token\"";
    /** How far down a cause chain to look for an exception with a mapping of its own. */
    private static final int MAX_CAUSE_DEPTH = 16;

    private final ViolationFields violationFields;
    private final JsonInputErrors jsonInputErrors;
    private final AllowedMethods allowedMethods;
    private final HttpConfig http;

    public ProblemMappers(ViolationFields violationFields, JsonInputErrors jsonInputErrors,
                          AllowedMethods allowedMethods, HttpConfig http) {
        this.violationFields = violationFields;
        this.jsonInputErrors = jsonInputErrors;
        this.allowedMethods = allowedMethods;
        this.http = http;
    }

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem problem, ContainerRequestContext request) {
        ProblemFactory problems = ProblemFactory.of(request);
        Messages messages = problems.messages();
        List<Problem.FieldMessage> errors = problem.errors().stream()
                .map(error -> new Problem.FieldMessage(error.field(),
                        messages.format(error.messageKey(), problems.localizedArgs(error.args()))))
                .toList();
        Response.ResponseBuilder response = problems.response(problem.status(), problem.type(), errors, null,
                problem.messageKey(), problems.localizedArgs(problem.args()));
        problem.retryAfter().ifPresent(wait -> response.header(HttpHeaders.RETRY_AFTER, Math.max(1, wait.toSeconds())));
        return response.build();
    }

    /** Bean validation of resource parameters and bodies; the messages are already in the request's language. */
    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, ContainerRequestContext request) {
        Set<? extends ConstraintViolation<?>> violations =
                e.getConstraintViolations() == null ? Set.of() : e.getConstraintViolations();
        if (violations.stream().anyMatch(ViolationFields::isReturnValue)) {
            return internal(e, 500, request).build();
        }
        List<Problem.FieldMessage> errors = violations.stream()
                .map(violation -> new Problem.FieldMessage(violationFields.field(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldMessage::field).thenComparing(Problem.FieldMessage::message))
                .toList();
        return ProblemFactory.of(request)
                .response(400, "validation", errors, null, "problem.validation.detail")
                .build();
    }

    /**
     * A request body Jackson could not read. Quarkus REST lets {@code MismatchedInputException} (wrong type, unknown
     * enum value, unknown property) through as it is, and wraps syntax errors in a 400
     * {@link WebApplicationException}, which {@link #webApplication} unwraps to here. Quarkus's own mapper for
     * {@code MismatchedInputException} (a non-problem JSON body) is more specific than {@code JacksonException}, hence
     * the explicit type.
     */
    @ServerExceptionMapper({JacksonException.class, MismatchedInputException.class})
    public Response unreadableJson(JacksonException e, ContainerRequestContext request) {
        if (!JsonInputErrors.isClientError(e)) {
            return internal(e, 500, request).build();
        }
        ProblemFactory problems = ProblemFactory.of(request);
        if (e instanceof JsonMappingException mapping) {
            List<Problem.FieldMessage> errors = List.of(jsonInputErrors.error(mapping, problems.messages()));
            return problems.response(400, "validation", errors, null, "problem.validation.detail").build();
        }
        if (JsonInputErrors.isLimitExceeded(e)) {
            return problems.response(400, "malformed-request", List.of(), null, "problem.json-limits.detail").build();
        }
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return problems.response(400, "malformed-request", List.of(), null, "problem.malformed-json.detail")
                    .build();
        }
        return problems.response(400, "malformed-request", List.of(), null, "problem.malformed-json.at.detail",
                location.getLineNr(), location.getColumnNr()).build();
    }

    /** JAX-RS's own errors (unknown path, wrong method or media type, ...) and any thrown by application code. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, ContainerRequestContext request,
                                   SimpleResourceInfo resource) {
        if (e.getCause() instanceof JacksonException json) {
            return unreadableJson(json, request);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        boolean resourceMatched = resource != null && resource.getMethodName() != null;
        if (status == 404 && resourceMatched && isConversionFailure(e.getCause())) {
            // JAX-RS answers a query or path parameter it cannot convert (?page=abc) with 404: "no such path" misleads
            ProblemFactory problems = ProblemFactory.of(request);
            return problems.response(400, "malformed-request",
                    ParameterErrors.of(resource, request.getUriInfo(), problems.messages()), null,
                    "problem.parameter-type.detail").build();
        }
        if (status < 400 || original.getEntity() instanceof Problem) {
            return original; // a redirect or a problem built on purpose
        }
        if (status >= 500) {
            return keepHeaders(original, internal(e, status, request)).build();
        }
        ProblemFactory problems = ProblemFactory.of(request);
        Response.ResponseBuilder response = switch (status) {
            case 401 -> problems.response(401, "unauthorized", List.of(), null, "problem.unauthorized.detail")
                    .header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE);
            case 403 -> problems.response(403, "forbidden", List.of(), null, "problem.forbidden.detail");
            case 404 -> problems.response(404, "not-found", List.of(), null, "problem.path-not-found.detail");
            case 405 -> problems.response(405, "method-not-allowed", List.of(), null,
                    "problem.method-not-allowed.detail", request.getMethod())
                    .allow(allowedMethods.at(request.getUriInfo().getPath()));
            case 406 -> problems.response(406, "not-acceptable", List.of(), null, "problem.not-acceptable.detail");
            case 415 -> problems.response(415, "unsupported-media-type", List.of(), null,
                    "problem.unsupported-media-type.detail", mediaTypeOf(request, problems.messages()));
            default -> problems.response(status, "http-error", List.of(), null, "problem.http-error.detail", status);
        };
        return keepHeaders(original, response).build();
    }

    /** No or an anonymous identity where one is required (authentication is lazy, so this reaches JAX-RS). */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, ContainerRequestContext request) {
        return ProblemFactory.of(request).response(401, "unauthorized", List.of(), null, "problem.unauthorized.detail")
                .header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE)
                .build();
    }

    /** Credentials were sent but not accepted: a malformed, wrongly signed or expired token. */
    @ServerExceptionMapper({AuthenticationFailedException.class, AuthenticationCompletionException.class})
    public Response authenticationFailed(RuntimeException e, ContainerRequestContext request) {
        LOG.debugf(e, "Authentication failed for %s %s", request.getMethod(), request.getUriInfo().getPath());
        return ProblemFactory.of(request).response(401, "unauthorized", List.of(), null, "problem.invalid-token.detail")
                .header(HttpHeaders.WWW_AUTHENTICATE, INVALID_TOKEN_CHALLENGE)
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, ContainerRequestContext request) {
        return ProblemFactory.of(request)
                .response(403, "forbidden", List.of(), null, "problem.forbidden.detail")
                .build();
    }

    /** Two writers raced on one version: the loser must re-read, as with a stale {@code If-Match}. */
    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentUpdate(RuntimeException e, ContainerRequestContext request) {
        return ProblemFactory.of(request)
                .response(412, "precondition-failed", List.of(), null, "problem.concurrent-update.detail")
                .build();
    }

    /**
     * Everything else. A transaction commit or an interceptor may have wrapped one of the exceptions above (a stale
     * entity is often only noticed at commit), so the cause chain is searched first. A database that cannot serve the
     * request now (no free connection in time, no answer in time) is a 503 the client may retry, not a 500.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, ContainerRequestContext request) {
        Throwable cause = e.getCause();
        for (int depth = 0; cause != null && depth < MAX_CAUSE_DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof ApiProblem problem) {
                return apiProblem(problem, request);
            }
            if (cause instanceof ConstraintViolationException violation) {
                return constraintViolation(violation, request);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return concurrentUpdate((RuntimeException) cause, request);
            }
        }
        if (TransactionAborted.isIn(e)) {
            return transactionAborted(request);
        }
        Throwable unavailable = DatabaseUnavailable.causeIn(e);
        if (unavailable != null) {
            return databaseUnavailable(unavailable, request);
        }
        return internal(e, 500, request).build();
    }

    /** A concurrency conflict the client resolves by repeating the request as it was: 409 with a one-second hint. */
    private Response transactionAborted(ContainerRequestContext request) {
        LOG.infof("%s %s answered 409, its transaction was rolled back to break a deadlock", request.getMethod(),
                request.getUriInfo().getRequestUri().getRawPath());
        return ProblemFactory.of(request)
                .response(409, "transaction-aborted", List.of(), null, "problem.transaction-aborted.detail")
                .header(HttpHeaders.RETRY_AFTER, 1)
                .build();
    }

    /** Expected under overload or while the database is away: a warning without a stack trace, and a retry hint. */
    private Response databaseUnavailable(Throwable cause, ContainerRequestContext request) {
        LOG.warnf("%s %s answered 503, the database is unavailable: %s", request.getMethod(),
                request.getUriInfo().getRequestUri().getRawPath(), cause);
        long retryAfter = Math.max(1, http.retryAfter().toSeconds());
        return ProblemFactory.of(request)
                .response(503, "service-unavailable", List.of(), null, "problem.database-unavailable.detail",
                        retryAfter)
                .header(HttpHeaders.RETRY_AFTER, retryAfter)
                .build();
    }

    /** Logged in full under a fresh correlation id; the client gets the id and nothing of the internals. */
    private Response.ResponseBuilder internal(Throwable e, int status, ContainerRequestContext request) {
        String correlationId = UUID.randomUUID().toString();
        MDC.put("correlationId", correlationId);
        try {
            LOG.errorf(e, "%s %s failed with status %d [correlationId=%s]", request.getMethod(),
                    request.getUriInfo().getRequestUri().getRawPath(), status, correlationId);
        } finally {
            MDC.remove("correlationId");
        }
        return ProblemFactory.of(request)
                .response(status, status == 500 ? "internal" : "http-error", List.of(), correlationId,
                        status == 500 ? "problem.internal.detail" : "problem.http-error.detail", status)
                .header(CORRELATION_ID_HEADER, correlationId);
    }

    /** What JAX-RS's parameter converters throw for {@code ?page=abc} or an unknown enum constant. */
    private static boolean isConversionFailure(Throwable cause) {
        return cause instanceof IllegalArgumentException || cause instanceof DateTimeException;
    }

    private static String mediaTypeOf(ContainerRequestContext request, Messages messages) {
        MediaType sent = request.getMediaType();
        return sent == null ? messages.format("problem.media-type.none") : sent.toString();
    }

    /** Headers the JAX-RS exception carried, such as {@code Allow} on a 405 or a challenge on a 401. */
    private static Response.ResponseBuilder keepHeaders(Response original, Response.ResponseBuilder response) {
        original.getHeaders().forEach((name, values) -> {
            boolean entityHeader = HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)
                    || HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name);
            if (!entityHeader) {
                response.header(name, null);
                values.forEach(value -> response.header(name, value));
            }
        });
        return response;
    }
}
