package id.kompeten.evaluation.service;

import id.kompeten.evaluation.domain.LevelSource;
import java.time.LocalDate;
import java.util.List;

/**
 * A person measured against a position's standard: the person, the position, each required competency as they stand
 * and the courses that would close their gaps, best coverage first.
 *
 * @param ownPosition whether the position is the person's own (as the employee replica, or else their latest
 *                    completion, has it)
 */
public record PersonGaps(Person employee, Position position, boolean ownPosition, List<Line> requirements,
        List<Course> suggestedCourses) {

    /** Who; the name is null when the employee replica does not hold the person yet (known from a completion). */
    public record Person(String nip, String name, String unitCode, String positionCode, String positionName) {
    }

    public record Position(String code, String name, long standardVersion) {
    }

    /**
     * One required competency. {@code currentLevel} is 0 when the profile has no line for it ({@code source} and
     * {@code obtainedOn} then null). Names are null when the catalogue replica does not hold the competency.
     */
    public record Line(String competencyCode, String nameId, String nameEn, int requiredLevel, int currentLevel,
            LevelSource source, LocalDate obtainedOn, int gap, boolean met, List<String> closingCourseIds) {
    }

    /** A published course and the gaps it closes: per competency, the level a passing participant reaches. */
    public record Course(String id, String code, String title, int jp, List<Closes> closes) {
    }

    public record Closes(String competencyCode, int requiredLevel, int reachedLevel) {
    }

    public int totalGap() {
        return requirements.stream().mapToInt(Line::gap).sum();
    }

    public int gaps() {
        return (int) requirements.stream().filter(line -> !line.met()).count();
    }
}
