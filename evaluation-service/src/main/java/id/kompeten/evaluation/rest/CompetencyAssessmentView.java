package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.domain.AssessmentMethod;
import id.kompeten.evaluation.service.CompetencyProfileService.AssessmentDetails;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CompetencyAssessment", description = "An evaluator's assessment of one competency: it set the"
        + " profile's level (source ASSESSMENT) unless evidence dated after it stood")
public record CompetencyAssessmentView(
        @Schema(example = "7d3f9a2c-4b1e-4c8d-9e6f-1a2b3c4d5e6f") String id,
        @Schema(example = "198703122010011004") String nip,
        @Schema(example = "SIAK") String competencyCode,
        @Schema(description = "The level found, 1-5", example = "3") int level,
        AssessmentMethod method,
        @Schema(example = "Mengamati pelayanan perekaman KTP-el di loket selama dua hari") String evidenceNote,
        @Schema(description = "The day it was assessed (agency zone)", example = "2026-11-25") LocalDate assessedOn,
        @Schema(description = "Why the level went down; null when it did not (or none was given)",
                example = "Belum mampu menangani perubahan data keluarga tanpa bantuan", nullable = true)
        String reason,
        @Schema(description = "The profile's level before; null when it had none", example = "2", nullable = true)
        Integer previousLevel,
        @Schema(description = "True when it set the profile's level; false when the level rested on evidence dated"
                + " after the assessment (a later course or assessment), which stands", example = "true")
        boolean applied,
        @Schema(example = "2026-11-25T03:15:00Z") Instant recordedAt,
        @Schema(description = "The assessor's token subject", example = "evaluator-sibolga") String recordedBy) {

    static CompetencyAssessmentView of(AssessmentDetails assessment) {
        return new CompetencyAssessmentView(assessment.id(), assessment.nip(), assessment.competencyCode(),
                assessment.level(), assessment.method(), assessment.evidenceNote(), assessment.assessedOn(),
                assessment.reason(), assessment.previousLevel(), assessment.applied(), assessment.recordedAt(),
                assessment.recordedBy());
    }
}
