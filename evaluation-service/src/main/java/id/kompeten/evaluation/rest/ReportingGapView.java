package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.service.StaffReport;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One competency of a report's top gaps: the active staff measured against their own positions' standards. */
@Schema(name = "ReportingGap")
public record ReportingGapView(
        @Schema(example = "PELAYANAN-PRIMA") String competencyCode,
        @Schema(description = "Null while the catalogue copy lacks the competency", nullable = true)
        CompetencyNameView competencyName,
        @Schema(description = "Active staff whose position's standard requires the competency", example = "40")
        int staffMeasured,
        @Schema(description = "Of them, those below the required level (no level recorded counts as 0); the list"
                + " is ordered by this, most first, and leaves out competencies nobody is below on", example = "23")
        int belowStandard,
        @Schema(description = "Mean of max(0, required - current) over the staff measured, two decimals (half up)",
                example = "0.75") BigDecimal meanGap) {

    static List<ReportingGapView> of(List<StaffReport.Gap> gaps) {
        return gaps.stream().map(gap -> new ReportingGapView(gap.competencyCode(),
                CompetencyNameView.of(gap.nameId(), gap.nameEn()), gap.staffMeasured(), gap.belowStandard(),
                gap.meanGap())).toList();
    }
}
