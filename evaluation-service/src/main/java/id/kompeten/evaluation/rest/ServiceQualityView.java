package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.domain.SkmElement;
import id.kompeten.evaluation.domain.SkmGrade;
import id.kompeten.evaluation.domain.SkmResult;
import id.kompeten.evaluation.service.OperationsSummary;
import id.kompeten.evaluation.service.ServiceQuality;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A service unit's service quality in a period. */
@Schema(name = "ServiceQuality")
public record ServiceQualityView(
        @Schema(example = "DISDUKCAPIL-SIBOLGA-LOKET") String serviceUnitCode,
        @Schema(description = "As requested", example = "2026-Q4") String period,
        @Schema(description = "First day of the period", example = "2026-10-01") java.time.LocalDate from,
        @Schema(description = "Last day of the period", example = "2026-12-31") java.time.LocalDate to,
        @Schema(description = "Survey responses in the period; 0 leaves the index and grade null", example = "412")
        long respondents,
        @Schema(description = "The nine elements in the regulation's order U1..U9") List<Element> elements,
        @Schema(description = "Σ NRR × 1/9 on the 1-4 scale (exact weight), four decimals; null without responses",
                example = "3.1672", nullable = true) BigDecimal ikmUnit,
        @Schema(description = "ikmUnit × 25 on 25-100, computed exactly and rounded half-up to two decimals only at"
                + " the end; null without responses", example = "79.18", nullable = true) BigDecimal ikm,
        @Schema(description = "A 88.31-100, B 76.61-88.30, C 65.00-76.60, D 25.00-64.99, on the two-decimal ikm;"
                + " null without responses", example = "B", nullable = true) SkmGrade grade,
        @Schema(description = "The grade's meaning in the request's language (Sangat Baik / Very good, Baik / Good,"
                + " Kurang Baik / Fair, Tidak Baik / Poor); null without responses", example = "Good",
                nullable = true) String gradeLabel,
        @Schema(description = "All nine elements, lowest mean score first (ties in the regulation's order); empty"
                + " without responses") List<Element> weakestElements,
        @Schema(description = "The period's operational figures (monthsReported 0 and the rest null when no month"
                + " of it has a record)") Operations operations,
        @Schema(description = "Per key competency of the unit, in its order: the current level of the parent unit's"
                + " active staff (their profiles now, not as of the period)") List<StaffCompetency> staffCompetencies,
        @Schema(description = "The parent unit's training record over the same period, as GET"
                + " /api/v1/units/{unitCode}/training-record answers it") UnitTrainingRecordView training) {

    @Schema(name = "ServiceQualityStaffCompetency")
    public record StaffCompetency(
            @Schema(example = "PELAYANAN-PRIMA") String competencyCode,
            @Schema(description = "Null while this service's copy of the catalogue lacks the competency",
                    nullable = true) CompetencyNameView competencyName,
            @Schema(description = "Mean current level (1-5) over the active staff with a level in it, two decimals"
                    + " half-up; null when none has one", example = "2.67", nullable = true) BigDecimal meanLevel,
            @Schema(description = "Active staff with a level in it", example = "3") int staffWithLevel,
            @Schema(description = "Active staff of the parent unit", example = "5") int activeStaff) {
    }

    @Schema(name = "ServiceQualityElement")
    public record Element(
            @Schema(example = "U7") SkmElement code,
            @Schema(description = "In the request's language", example = "Staff behaviour") String label,
            @Schema(description = "Mean score 1-4, four decimals half-up; null without responses", example = "3.0437",
                    nullable = true) BigDecimal nrr) {
    }

    @Schema(name = "ServiceQualityOperations")
    public record Operations(
            @Schema(description = "Months of the period with a record", example = "3") int monthsReported,
            @Schema(description = "Summed over the months; null when none has a record", example = "3120",
                    nullable = true) Long transactions,
            @Schema(description = "Minutes; the months' means weighted by their transactions, two decimals; null when"
                    + " there were no transactions", example = "14.25", nullable = true) BigDecimal meanWaitingMinutes,
            @Schema(description = "Minutes; weighted like meanWaitingMinutes", example = "22.10", nullable = true)
            BigDecimal meanProcessingMinutes,
            @Schema(description = "Summed over the months; null as transactions", example = "12", nullable = true)
            Long complaintsReceived,
            @Schema(description = "Summed over the months; null as transactions", example = "11", nullable = true)
            Long complaintsResolved) {
    }

    static ServiceQualityView of(ServiceQuality quality, Locale locale) {
        SkmResult skm = quality.skm();
        List<Element> elements = Arrays.stream(SkmElement.values())
                .map(element -> new Element(element, element.label(locale), skm.nrr(element))).toList();
        List<Element> weakest = skm.weakestFirst().stream().map(element -> elements.get(element.ordinal())).toList();
        SkmGrade grade = skm.grade();
        OperationsSummary ops = quality.operations();
        return new ServiceQualityView(quality.serviceUnitCode(), quality.period().text(),
                quality.period().firstDay(), quality.period().lastDay(), skm.respondents(), elements,
                skm.ikmUnit(), skm.ikm(), grade, grade == null ? null : grade.label(locale), weakest,
                ops == null ? new Operations(0, null, null, null, null, null)
                        : new Operations(ops.monthsReported(), ops.transactions(), ops.meanWaitingMinutes(),
                                ops.meanProcessingMinutes(), ops.complaintsReceived(), ops.complaintsResolved()),
                quality.staffCompetencies().stream().map(line -> new StaffCompetency(line.competencyCode(),
                        CompetencyNameView.of(line.competency()), line.meanLevel(), line.staffWithLevel(),
                        line.activeStaff())).toList(),
                UnitTrainingRecordView.of(quality.training()));
    }
}
