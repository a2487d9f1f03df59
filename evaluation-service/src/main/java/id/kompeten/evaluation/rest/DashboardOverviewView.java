package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.domain.JpCompliance;
import id.kompeten.evaluation.domain.SkmGrade;
import id.kompeten.evaluation.domain.SkmResult;
import id.kompeten.evaluation.domain.TrainingEffect;
import id.kompeten.evaluation.service.DashboardOverview;
import id.kompeten.evaluation.service.OperationsSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An agency's service units in a period, for ops dashboards and portals. */
@Schema(name = "DashboardOverview")
public record DashboardOverviewView(
        @Schema(description = "As requested (exact name of service units' agency)", example = "Pemerintah Kota Sibolga")
        String agency,
        @Schema(description = "The period: as requested, or the last complete quarter (agency zone)",
                example = "2026-Q3") String period,
        @Schema(description = "First day of the period", example = "2026-07-01") LocalDate from,
        @Schema(description = "Last day of the period", example = "2026-09-30") LocalDate to,
        @Schema(description = "The period of the same length just before, which the changes compare with",
                example = "2026-Q2") String previousPeriod,
        @Schema(description = "The agency's service units, by code") List<UnitLine> units,
        @Schema(description = "The agency as a whole") Totals totals,
        @Schema(description = "The competencies most active staff of the units' parent units are below standard on,"
                + " across the agency (top 10)") List<ReportingGapView> topGaps,
        @Schema(description = "Courses completed by staff of the agency's units, ranked by their measured effect on"
                + " the agency's service units (L4, difference in differences of IKM, highest first; courses without a"
                + " figure last), the first 20 (kompeten.evaluation.reporting.dashboard-top-courses). Over all their"
                + " sessions, not only the period's; measured on this agency's units"
                + " only, so a figure may differ from the course's effectiveness, which pools every agency")
        List<CourseEffectLine> coursesByEffect) {

    @Schema(name = "DashboardCourseEffect")
    public record CourseEffectLine(
            @Schema(example = "0b8f5d2c-9e41-4f7a-8c3d-5a6b7c8d9e01") String courseId,
            @Schema(example = "Penggunaan SIAK untuk Petugas Registrasi") String courseTitle,
            @Schema(description = "NO_SERVICE_UNITS, PENDING, PARTIAL or COMPLETE, as in the course's effectiveness",
                    enumeration = {"NO_SERVICE_UNITS", "PENDING", "PARTIAL", "COMPLETE"}, example = "COMPLETE")
            String status,
            @Schema(description = "(service unit, session) observations in the treated group", example = "2")
            int treatedObservations,
            @Schema(description = "(service unit, session) observations in the comparison group", example = "3")
            int comparisonObservations,
            ResultsViews.IkmEffect ikm,
            @Schema(description = "Mean waiting minutes") ResultsViews.OperationsEffect meanWaitingMinutes,
            @Schema(description = "Complaints received per 1,000 transactions")
            ResultsViews.OperationsEffect complaintsPerThousand) {

        static CourseEffectLine of(TrainingEffect.CourseEffect course) {
            TrainingEffect.Effects effects = course.effects();
            return new CourseEffectLine(course.courseId(), course.courseTitle(), course.status().name(),
                    course.treatedObservations(), course.comparisonObservations(),
                    ResultsViews.IkmEffect.of(effects.ikm()),
                    ResultsViews.OperationsEffect.of(effects.meanWaitingMinutes()),
                    ResultsViews.OperationsEffect.of(effects.complaintsPerThousand()));
        }
    }

    @Schema(name = "DashboardUnit")
    public record UnitLine(
            @Schema(example = "DISDUKCAPIL-SIBOLGA-LOKET") String code,
            @Schema(example = "Loket Pelayanan Disdukcapil Kota Sibolga") String name,
            @Schema(example = "DISDUKCAPIL-SIBOLGA") String parentUnitCode,
            @Schema(description = "Survey responses in the period", example = "412") long respondents,
            @Schema(description = "IKM 25-100 of the period, exact from the summed scores, two decimals half up;"
                    + " null without responses", example = "79.18", nullable = true) BigDecimal ikm,
            @Schema(description = "A-D of the two-decimal ikm; null without responses", example = "B",
                    nullable = true) SkmGrade grade,
            @Schema(description = "The grade's meaning in the request's language; null without responses",
                    example = "Good", nullable = true) String gradeLabel,
            @Schema(description = "Survey responses in the previous period", example = "390") long previousRespondents,
            @Schema(description = "IKM of the previous period; null without responses there", example = "76.40",
                    nullable = true) BigDecimal previousIkm,
            @Schema(description = "ikm - previousIkm (the two two-decimal values as shown; positive is better);"
                    + " null when either is null", example = "2.78", nullable = true) BigDecimal ikmChange,
            @Schema(description = "Minutes, the period's months weighted by transactions; null without records or"
                    + " transactions", example = "14.25", nullable = true) BigDecimal meanWaitingMinutes,
            @Schema(description = "Complaints received in the period; null without records", example = "12",
                    nullable = true) Long complaintsReceived,
            @Schema(description = "Transactions in the period; null without records", example = "3120",
                    nullable = true) Long transactions,
            @Schema(description = "The parent unit's staff, January 1 to the end of the period")
            ParentUnitStaffView staff) {
    }

    @Schema(name = "DashboardTotals")
    public record Totals(
            @Schema(description = "Service units of the agency", example = "4") int units,
            @Schema(description = "All units' responses in the period", example = "1530") long respondents,
            @Schema(description = "The agency's IKM from all units' summed scores (each response weighs the same,"
                    + " not each unit), exact, two decimals half up; null without responses", example = "80.02",
                    nullable = true) BigDecimal ikm,
            @Schema(description = "A-D of the agency's ikm; null without responses", example = "B", nullable = true)
            SkmGrade grade,
            @Schema(description = "In the request's language; null without responses", example = "Good",
                    nullable = true) String gradeLabel,
            @Schema(description = "The agency's IKM in the previous period; null without responses", example = "78.90",
                    nullable = true) BigDecimal previousIkm,
            @Schema(description = "ikm - previousIkm; null when either is null", example = "1.12", nullable = true)
            BigDecimal ikmChange,
            @Schema(description = "Distinct active staff of the units' parent units", example = "160") long staff,
            @Schema(description = "Of them, those with at least the yearly JP minimum from January 1 to the end of"
                    + " the period", example = "70") int jpCompliant,
            @Schema(description = "staff - jpCompliant", example = "90") int jpBehind,
            @Schema(description = "jpCompliant / staff, four decimals half up; null without staff", example = "0.4375",
                    nullable = true) BigDecimal jpComplianceShare) {
    }

    static DashboardOverviewView of(DashboardOverview overview, Locale locale) {
        List<UnitLine> units = overview.units().stream().map(unit -> {
            SkmResult skm = unit.skm();
            SkmGrade grade = skm.grade();
            OperationsSummary ops = unit.operations();
            return new UnitLine(unit.code(), unit.name(), unit.parentUnitCode(), skm.respondents(), skm.ikm(), grade,
                    grade == null ? null : grade.label(locale), unit.previousSkm().respondents(),
                    unit.previousSkm().ikm(), change(skm, unit.previousSkm()),
                    ops == null ? null : ops.meanWaitingMinutes(), ops == null ? null : ops.complaintsReceived(),
                    ops == null ? null : ops.transactions(), ParentUnitStaffView.of(unit.staff()));
        }).toList();
        DashboardOverview.Totals totals = overview.totals();
        SkmGrade grade = totals.skm().grade();
        JpCompliance compliance = totals.compliance();
        return new DashboardOverviewView(overview.agency(), overview.period().text(), overview.period().firstDay(),
                overview.period().lastDay(), overview.previousPeriod().text(), units,
                new Totals(totals.units(), totals.skm().respondents(), totals.skm().ikm(), grade,
                        grade == null ? null : grade.label(locale), totals.previousSkm().ikm(),
                        change(totals.skm(), totals.previousSkm()), totals.staff(), compliance.compliant(),
                        compliance.behind(), compliance.share()),
                ReportingGapView.of(overview.topGaps()),
                overview.courses().stream().map(CourseEffectLine::of).toList());
    }

    private static BigDecimal change(SkmResult now, SkmResult before) {
        return now.isEmpty() || before.isEmpty() ? null : now.ikm().subtract(before.ikm());
    }
}
