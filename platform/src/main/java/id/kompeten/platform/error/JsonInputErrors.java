package id.kompeten.platform.error;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import id.kompeten.platform.i18n.Messages;
import jakarta.inject.Singleton;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Tells the client what was wrong with a field of a JSON request body, from the Jackson exception that reading it
 * raised: its JSON path and whether it is an unknown property, a wrong type or an enum value outside the allowed ones.
 * Jackson's own messages are not passed on: they name Java classes and echo input. Public for readers of request
 * bodies the mappers do not see, such as each element of a bulk import.
 */
@Singleton
public class JsonInputErrors {

    private final ObjectMapper objectMapper;

    public JsonInputErrors(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /**
     * Whether the client is at fault. Not so when our own types cannot be (de)serialised
     * ({@link InvalidDefinitionException}) or when writing a response fails.
     */
    static boolean isClientError(JacksonException e) {
        if (e instanceof InvalidDefinitionException) {
            return false;
        }
        if (e instanceof JsonMappingException mapping) {
            return !(mapping.getProcessor() instanceof JsonGenerator);
        }
        return e instanceof StreamReadException || e instanceof StreamConstraintsException;
    }

    /** Jackson's limits on nesting depth, number and string length were exceeded. */
    static boolean isLimitExceeded(JacksonException e) {
        return e instanceof StreamConstraintsException;
    }

    /** The field at fault and what is wrong with it. */
    public Problem.FieldMessage error(JsonMappingException e, Messages messages) {
        return new Problem.FieldMessage(JsonPaths.of(e), message(e, messages));
    }


    private String message(JsonMappingException e, Messages messages) {
        if (e instanceof PropertyBindingException unknown) {
            return messages.format("problem.field.unknown-property", joinSorted(unknown.getKnownPropertyIds()));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> target = mismatch.getTargetType();
            if (target.isEnum()) {
                return messages.format("problem.field.invalid-enum", enumValues(target));
            }
            return messages.format("problem.field.wrong-type",
                    messages.format("problem.json-type." + jsonType(target)));
        }
        return messages.format("problem.field.invalid-value");
    }

    /** The values as they are written in JSON, which {@code @JsonProperty} on a constant may change. */
    private String enumValues(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(constant -> {
                    try {
                        return objectMapper.convertValue(constant, String.class);
                    } catch (IllegalArgumentException notAString) {
                        return ((Enum<?>) constant).name();
                    }
                })
                .collect(Collectors.joining(", "));
    }

    private static String joinSorted(Collection<Object> values) {
        if (values == null) {
            return "";
        }
        return values.stream().map(Objects::toString).sorted().collect(Collectors.joining(", "));
    }

    /** The JSON-side name of a Java type, as a key suffix under {@code problem.json-type.}. */
    static String jsonType(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == BigInteger.class) {
            return "integer";
        }
        if (type.isPrimitive() && type != char.class || Number.class.isAssignableFrom(type)) {
            return "number";
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return "string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        if (type == LocalDate.class) {
            return "date";
        }
        if (type == LocalTime.class || type == OffsetTime.class) {
            return "time";
        }
        if (type == LocalDateTime.class || type == OffsetDateTime.class || type == ZonedDateTime.class
                || type == Instant.class) {
            return "date-time";
        }
        if (type == UUID.class) {
            return "uuid";
        }
        return "object";
    }
}
