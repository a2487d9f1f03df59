package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.domain.LevelSource;
import id.kompeten.evaluation.service.PersonGaps;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's competency gaps against a position's standard, with courses that would close them. */
@Schema(name = "EmployeeCompetencyGaps")
public record EmployeeGapsView(
        Employee employee,
        Position position,
        @Schema(description = "True when the position is the person's own (the position parameter was absent or"
                + " named it)") boolean ownPosition,
        @Schema(description = "Competencies the standard requires", example = "3") int required,
        @Schema(description = "How many of them are below the required level", example = "2") int gaps,
        @Schema(description = "Sum of the gaps", example = "3") int totalGap,
        @Schema(description = "Every required competency, by code") List<Requirement> requirements,
        @Schema(description = "Published courses a passing participant of which reaches the required level of at"
                + " least one gap: most gaps closed first, then fewest JP, then title") List<Course> suggestedCourses) {

    @Schema(name = "EmployeeGapsEmployee")
    public record Employee(
            @Schema(example = "198703122010011004") String nip,
            @Schema(description = "Null while the participant register's record of the person has not arrived",
                    example = "Budi Santoso Hutagalung", nullable = true) String name,
            @Schema(example = "DISDUKCAPIL-SIBOLGA") String unitCode,
            @Schema(description = "The person's own position", example = "PENGADMINISTRASI-LAYANAN")
            String positionCode,
            @Schema(example = "Pengadministrasi Layanan Kependudukan", nullable = true) String positionName) {
    }

    @Schema(name = "EmployeeGapsPosition", description = "The position measured against")
    public record Position(
            @Schema(example = "PENGADMINISTRASI-LAYANAN") String code,
            @Schema(example = "Pengadministrasi Layanan Kependudukan") String name,
            @Schema(description = "The version (ETag) of the standard used", example = "2") long standardVersion) {
    }

    @Schema(name = "EmployeeGapsRequirement")
    public record Requirement(
            @Schema(example = "PELAYANAN-PRIMA") String competencyCode,
            @Schema(description = "Null while the catalogue copy lacks the competency", nullable = true)
            CompetencyNameView competencyName,
            @Schema(description = "Minimum level the position requires", example = "3") int requiredLevel,
            @Schema(description = "The person's level; 0 when their profile has no level in the competency (source"
                    + " and obtainedOn are then null)", example = "1") int currentLevel,
            @Schema(description = "Where the current level came from", nullable = true) LevelSource source,
            @Schema(description = "Since when the current level counts", nullable = true) LocalDate obtainedOn,
            @Schema(description = "max(0, requiredLevel - currentLevel)", example = "2") int gap,
            @Schema(description = "True when gap is 0") boolean met,
            @Schema(description = "Ids of the suggested courses that close this gap, in the suggestions' order;"
                    + " empty when met or when no published course reaches the level") List<String> closingCourseIds) {
    }

    @Schema(name = "EmployeeGapsCourse")
    public record Course(
            @Schema(example = "0b8f5d2c-9e41-4f7a-8c3d-5a6b7c8d9e01") String id,
            @Schema(example = "KOMPUB-2027") String code,
            @Schema(example = "Komunikasi Publik") String title,
            @Schema(description = "Duration in JP (1 JP = 45 minutes)", example = "24") int jp,
            @Schema(description = "The gaps it closes, by competency code") List<Closes> closes) {
    }

    @Schema(name = "EmployeeGapsClosedGap")
    public record Closes(
            @Schema(example = "KOMUNIKASI-PUBLIK") String competencyCode,
            @Schema(example = "3") int requiredLevel,
            @Schema(description = "The level a passing participant reaches", example = "3") int reachedLevel) {
    }

    static EmployeeGapsView of(PersonGaps gaps) {
        PersonGaps.Person person = gaps.employee();
        return new EmployeeGapsView(
                new Employee(person.nip(), person.name(), person.unitCode(), person.positionCode(),
                        person.positionName()),
                new Position(gaps.position().code(), gaps.position().name(), gaps.position().standardVersion()),
                gaps.ownPosition(), gaps.requirements().size(), gaps.gaps(), gaps.totalGap(),
                gaps.requirements().stream().map(line -> new Requirement(line.competencyCode(),
                        CompetencyNameView.of(line.nameId(), line.nameEn()), line.requiredLevel(), line.currentLevel(), line.source(), line.obtainedOn(),
                        line.gap(), line.met(), line.closingCourseIds())).toList(),
                gaps.suggestedCourses().stream().map(course -> new Course(course.id(), course.code(), course.title(),
                        course.jp(), course.closes().stream().map(closes -> new Closes(closes.competencyCode(),
                                closes.requiredLevel(), closes.reachedLevel())).toList())).toList());
    }
}
