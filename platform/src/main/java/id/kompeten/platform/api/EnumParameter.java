package id.kompeten.platform.api;

import id.kompeten.platform.error.InvalidInputProblem;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Enum-valued query parameters. JAX-RS answers 404 when it cannot convert a query parameter; a wrong value is bad
 * input, so resources take the raw string and convert it here to get a 400 that names the parameter.
 */
public final class EnumParameter {

    private EnumParameter() {
    }

    /** The constant named {@code value}, or null when the parameter is absent or blank. */
    public static <E extends Enum<E>> E parse(Class<E> type, String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw new InvalidInputProblem(parameter, "validation.enum.invalid", value, allowed);
        }
    }
}
