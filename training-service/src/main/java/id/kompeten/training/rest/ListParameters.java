package id.kompeten.training.rest;

import id.kompeten.platform.error.InvalidInputProblem;
import java.util.Arrays;
import java.util.List;

/**
 * Query parameters that take several values, repeated ({@code ?status=OPEN&status=FULL}) or comma-separated
 * ({@code ?status=OPEN,FULL}). The bound on their number holds after splitting, so no request becomes an unbounded IN
 * list; 400 naming the parameter otherwise.
 */
final class ListParameters {

    /** At most this many values per parameter, however they are sent. */
    static final int MAX_VALUES = 20;

    private ListParameters() {
    }

    /** The values, stripped, blanks dropped, in the order sent. */
    static List<String> split(List<String> parameter, String name) {
        if (parameter == null) {
            return List.of();
        }
        List<String> values = parameter.stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .toList();
        if (values.size() > MAX_VALUES) {
            throw new InvalidInputProblem(name, "validation.search.too-many-values", MAX_VALUES);
        }
        return values;
    }

    /** As {@link #split}, each value also at most {@code maxLength} characters (codes have a length). */
    static List<String> split(List<String> parameter, String name, int maxLength) {
        List<String> values = split(parameter, name);
        if (values.stream().anyMatch(value -> value.length() > maxLength)) {
            throw new InvalidInputProblem(name, "validation.search.value-too-long", maxLength);
        }
        return values;
    }
}
