package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.service.StaffReport;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The staff of a service unit's parent unit (active employees whose unit is the parent unit): trained share and 20-JP
 * compliance. Counts only: who is behind is not part of a report.
 */
@Schema(name = "ParentUnitStaff")
public record ParentUnitStaffView(
        @Schema(description = "Active staff of the parent unit in the employee replica now", example = "42")
        long activeStaff,
        @Schema(description = "Distinct staff who completed a course from January 1 to the end of the period"
                + " (completions recorded for the parent unit)", example = "18") int staffTrainedThisYear,
        @Schema(description = "staffTrainedThisYear / activeStaff, four decimals half up (can exceed 1 when people"
                + " trained this year have left); null without active staff", example = "0.4286", nullable = true)
        BigDecimal trainedShare,
        @Schema(description = "Of the active staff, those with at least the yearly JP minimum (20 by default) of"
                + " completions (in any unit) from January 1 to the end of the period", example = "11")
        int jpCompliant,
        @Schema(description = "activeStaff - jpCompliant", example = "31") int jpBehind,
        @Schema(description = "jpCompliant / activeStaff, four decimals half up; null without active staff",
                example = "0.2619", nullable = true) BigDecimal jpComplianceShare) {

    /** Zeros and nulls for a parent unit the report has no figures of. */
    static ParentUnitStaffView of(StaffReport.Unit unit) {
        if (unit == null) {
            return new ParentUnitStaffView(0, 0, null, 0, 0, null);
        }
        return new ParentUnitStaffView(unit.activeStaff(), unit.training().staffTrainedThisYear(),
                unit.training().trainedShare(), unit.compliance().compliant(), unit.compliance().behind(),
                unit.compliance().share());
    }
}
