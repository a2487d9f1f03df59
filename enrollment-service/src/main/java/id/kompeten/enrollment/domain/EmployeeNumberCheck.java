package id.kompeten.enrollment.domain;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading an employee number: the number when it is valid, otherwise every problem found (not just the
 * first), so a client can fix them all at once.
 */
public record EmployeeNumberCheck<T>(Optional<T> number, List<EmployeeNumberProblem> problems) {

    public EmployeeNumberCheck {
        problems = List.copyOf(problems);
        if (number.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("either a number or problems");
        }
    }

    static <T> EmployeeNumberCheck<T> valid(T number) {
        return new EmployeeNumberCheck<>(Optional.of(number), List.of());
    }

    static <T> EmployeeNumberCheck<T> invalid(List<EmployeeNumberProblem> problems) {
        return new EmployeeNumberCheck<>(Optional.empty(), problems);
    }

    public boolean isValid() {
        return number.isPresent();
    }
}
