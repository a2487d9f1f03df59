package id.kompeten.evaluation.rest;

import id.kompeten.catalogreplica.CompetencyReplica;
import id.kompeten.contracts.catalog.CompetencyType;
import id.kompeten.evaluation.domain.LevelSource;
import id.kompeten.evaluation.service.CompetencyProfileService.EmployeeSummary;
import id.kompeten.evaluation.service.CompetencyProfileService.LineDetails;
import id.kompeten.evaluation.service.CompetencyProfileService.ProfileDetails;
import id.kompeten.platform.api.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CompetencyProfile", description = "An employee's competency profile: per competency the current level"
        + " (1-5), where it came from and since when")
public record CompetencyProfileView(
        @Schema(description = "The employee as evaluation knows them (from enrollment's participant register)")
        ProfileEmployeeView employee,
        @Schema(description = "One line per competency the person has a level in, by competency code")
        List<CompetencyLevelView> competencies) {

    static CompetencyProfileView of(ProfileDetails profile) {
        return new CompetencyProfileView(ProfileEmployeeView.of(profile.employee()),
                profile.competencies().stream().map(CompetencyLevelView::of).toList());
    }

    @Schema(name = "ProfileEmployee", description = "Parts evaluation does not know yet (the participant register's"
            + " event not arrived; then unit and position come from the latest completion) are null")
    public record ProfileEmployeeView(
            @Schema(example = "198703122010011004") String nip,
            @Schema(example = "Andi Saputra Nainggolan, S.Kom.", nullable = true) String name,
            @Schema(description = "The unit they work in now", example = "DISDUKCAPIL-SIBOLGA", nullable = true)
            String unitCode,
            @Schema(example = "OPERATOR-SIAK", nullable = true) String positionCode,
            @Schema(example = "Operator Sistem Informasi Administrasi Kependudukan", nullable = true)
            String positionName,
            @Schema(description = "False once deactivated in the register; null when not known", example = "true",
                    nullable = true) Boolean active) {

        static ProfileEmployeeView of(EmployeeSummary employee) {
            return new ProfileEmployeeView(employee.nip(), employee.name(), employee.unitCode(),
                    employee.positionCode(), employee.positionName(), employee.active());
        }
    }

    @Schema(name = "CompetencyLevel", description = "One line of a competency profile. Its version is the ETag to send"
            + " in If-Match when an admin sets the level by hand")
    public record CompetencyLevelView(
            @Schema(example = "SIAK") String competencyCode,
            @Schema(description = "The competency's name from the catalogue; null until this service's copy of the"
                    + " catalogue has it", nullable = true) CompetencyNameView competencyName,
            @Schema(description = "The competency's type; null until the catalogue copy has it", nullable = true)
            CompetencyType competencyType,
            @Schema(description = "Proficiency 1 (basic awareness) to 5 (expert)", example = "3", minimum = "1",
                    maximum = "5") int level,
            @Schema(description = "COURSE (a completed course), ASSESSMENT (an evaluator), MANUAL (an admin)")
            LevelSource source,
            @Schema(description = "The course behind a COURSE level", example = "0b8f5d2c-9e41-4f7a-8c3d-5a6b7c8d9e01",
                    nullable = true) String courseId,
            @Schema(description = "Its title at completion", example = "Penggunaan SIAK bagi Petugas Registrasi",
                    nullable = true) String courseTitle,
            @Schema(description = "The evidence: the completion's enrollment id (COURSE), the assessment's id"
                    + " (ASSESSMENT), the manual entry's id (MANUAL, as in the history)",
                    example = "5c2d8e41-7a3b-4f19-b6d0-9e8f7a6b5c43") String reference,
            @Schema(description = "The day the level counts from: the completion's date or the assessment's date, in"
                    + " the agency's zone", example = "2026-11-20") LocalDate obtainedOn,
            @Schema(example = "2026-11-20T08:05:12.341Z") Instant updatedAt,
            @Schema(description = "The line's version: its ETag", example = "1") long version) implements Versioned {

        static CompetencyLevelView of(LineDetails line) {
            CompetencyReplica competency = line.competency();
            return new CompetencyLevelView(line.competencyCode(),
                    CompetencyNameView.of(competency),
                    competency == null ? null : competency.type(), line.level(), line.source(), line.courseId(),
                    line.courseTitle(), line.reference(), line.obtainedOn(), line.updatedAt(), line.version());
        }
    }

}
