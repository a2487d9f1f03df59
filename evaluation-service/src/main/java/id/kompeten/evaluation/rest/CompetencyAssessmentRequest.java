package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.domain.AssessmentMethod;
import id.kompeten.evaluation.service.CompetencyProfileService.AssessmentInput;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CompetencyAssessmentCreate", description = "An evaluator's assessment of one competency")
public record CompetencyAssessmentRequest(
        @NotBlank @Size(max = 50) @Schema(description = "An active competency of the catalogue", example = "SIAK")
        String competencyCode,
        @NotNull @Min(1) @Max(5) @Schema(description = "The level found, 1-5; may be lower than the current one (then"
                + " give a reason)", example = "3", minimum = "1", maximum = "5") Integer level,
        @NotNull @Schema(description = "How it was assessed") AssessmentMethod method,
        @NotBlank @Size(max = 2000) @Schema(description = "What the assessment rests on",
                example = "Mengamati pelayanan perekaman KTP-el di loket selama dua hari") String evidenceNote,
        @Schema(description = "The day it was assessed; not after today; default today (agency zone)",
                example = "2026-11-25") LocalDate assessedOn,
        @Size(max = 1000) @Schema(description = "Why; required when the level is lower than the current one",
                example = "Belum mampu menangani perubahan data keluarga tanpa bantuan") String reason) {

    AssessmentInput toInput() {
        return new AssessmentInput(competencyCode.strip(), level, method, evidenceNote.strip(), assessedOn,
                reason == null || reason.isBlank() ? null : reason.strip());
    }
}
