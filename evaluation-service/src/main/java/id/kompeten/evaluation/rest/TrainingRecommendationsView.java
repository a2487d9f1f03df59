package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.domain.SkmMapSource;
import id.kompeten.catalogreplica.SessionReplica;
import id.kompeten.evaluation.domain.SkmElement;
import id.kompeten.evaluation.domain.SkmGrade;
import id.kompeten.evaluation.domain.TrainingNeeds;
import id.kompeten.evaluation.domain.UnitGapAggregation;
import id.kompeten.evaluation.service.TrainingRecommendations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What training a unit needs, why, and the courses and sessions that provide it. */
@Schema(name = "TrainingRecommendations")
public record TrainingRecommendationsView(
        @Schema(example = "DISDUKCAPIL-SIBOLGA") String unitCode,
        @Schema(description = "The period as requested; null when none was, and the default was used",
                example = "2026-Q3", nullable = true) String period,
        @Schema(description = "REQUESTED, or LAST_3_COMPLETE_MONTHS: the three calendar months before the current"
                + " one in the agency's zone", example = "REQUESTED") PeriodSource periodSource,
        @Schema(description = "First day of the survey months used", example = "2026-07-01") LocalDate from,
        @Schema(description = "Last day of the survey months used", example = "2026-09-30") LocalDate to,
        @Schema(description = "The service units whose parent is the unit: their SKM is summed",
                example = "[\"DISDUKCAPIL-SIBOLGA-LOKET\"]") List<String> serviceUnits,
        @Schema(description = "The service units' agency (the most frequent when they differ), whose element →"
                + " competency map is used; null without service units", example = "Pemerintah Kota Sibolga",
                nullable = true) String agency,
        @Schema(description = "AGENCY: the agency's own map; DEFAULT: the defaults; null without service units",
                example = "DEFAULT", nullable = true) SkmMapSource mapSource,
        @Schema(description = "Survey responses in the months, all service units together", example = "412")
        long respondents,
        @Schema(description = "Their index (25-100, two decimals); null without responses", example = "74.31",
                nullable = true) BigDecimal ikm,
        @Schema(description = "Null without responses", example = "C", nullable = true) SkmGrade grade,
        @Schema(description = "Elements whose own converted score NRR × 25 is below grade B (76.61), weakest first")
        List<WeakElement> weakElements,
        @Schema(description = "The unit's active staff against their position standards (now, not per period)")
        Staff staff,
        @Schema(description = "Competencies to develop: those both the survey and the staff's gaps name first, then"
                + " the survey's (by the weakest element naming them), then the gaps' (most staff below standard"
                + " first)") List<Recommendation> recommendations) {

    @Schema(name = "TrainingRecommendationPeriodSource")
    public enum PeriodSource {
        REQUESTED, LAST_3_COMPLETE_MONTHS
    }

    @Schema(name = "TrainingRecommendationBasis")
    public enum Basis {
        SKM, STAFF_GAP
    }

    @Schema(name = "TrainingRecommendationElement")
    public record WeakElement(
            @Schema(example = "U7") SkmElement code,
            @Schema(description = "In the request's language", example = "Staff behaviour") String label,
            @Schema(description = "Mean score 1-4, four decimals", example = "2.6500") BigDecimal nrr,
            @Schema(description = "NRR × 25, two decimals half-up", example = "66.25") BigDecimal score,
            @Schema(description = "The grade that score alone would have", example = "C") SkmGrade grade) {
    }

    @Schema(name = "TrainingRecommendationStaff")
    public record Staff(
            @Schema(description = "Active staff of the unit", example = "8") int active,
            @Schema(description = "Those whose position has a standard", example = "6") int measured,
            @Schema(description = "Those whose position has none (not measured)", example = "2") int withoutStandard) {
    }

    @Schema(name = "TrainingRecommendationReason", description = "The reason in both languages")
    public record Reason(
            @Schema(description = "Indonesian", example = "Perilaku Pelaksana (U7) rata-rata 2,6500 dari 4 dalam survei"
                    + " kepuasan masyarakat (66,25 pada skala 25-100, mutu C).") String id,
            @Schema(description = "English", example = "Staff behaviour (U7) averaged 2.6500 of 4 in the citizen survey"
                    + " (66.25 on the 25-100 scale, grade C).") String en) {
    }

    @Schema(name = "TrainingRecommendation")
    public record Recommendation(
            @Schema(example = "KOMUNIKASI-PUBLIK") String competencyCode,
            @Schema(description = "Null while this service's copy of the catalogue lacks the competency",
                    nullable = true) CompetencyNameView competencyName,
            @Schema(description = "Why: SKM (a weak element maps to it), STAFF_GAP (staff below standard), or both")
            List<Basis> basis,
            @Schema(description = "The weak elements mapped to it, weakest first (empty when only the gaps name it)")
            List<WeakElement> elements,
            @Schema(description = "The staff's gap in it; null when nobody is below standard", nullable = true)
            StaffGapView staffGap,
            Reason reason,
            @Schema(description = "Published courses developing it, highest level reached first, then those with"
                    + " open sessions") List<Course> courses) {
    }

    @Schema(name = "TrainingRecommendationCourse")
    public record Course(
            @Schema(example = "0b8f5d2c-9e41-4f7a-8c3d-5a6b7c8d9e01") String id,
            @Schema(example = "KOMPUB-01") String code,
            @Schema(example = "Komunikasi Publik bagi Petugas Layanan") String title,
            @Schema(description = "Training hours earned", example = "24") int jp,
            @Schema(description = "The level of the competency a passing participant reaches", example = "3")
            int level,
            @Schema(description = "Upcoming sessions open for enrollment (status OPEN, starting after today,"
                    + " enrollment not closed), by start date") List<Session> sessions) {
    }

    @Schema(name = "TrainingRecommendationSession")
    public record Session(
            @Schema(example = "a4e7c1b2-5d3f-4e6a-9b8c-7d6e5f4a3b21") String id,
            @Schema(example = "KOMPUB-2027-SBG-01") String code,
            @Schema(example = "2027-02-08") LocalDate startDate,
            @Schema(example = "2027-02-10") LocalDate endDate,
            @Schema(description = "Last day to enroll", example = "2027-02-01") LocalDate enrollmentClosesOn,
            @Schema(example = "Kota Sibolga") String regionName,
            @Schema(description = "Capacity less the seats the catalogue last reported taken", example = "12")
            int seatsLeft) {
    }

    static TrainingRecommendationsView of(TrainingRecommendations result, Locale locale) {
        List<Recommendation> recommendations = result.items().stream().map(item -> {
            TrainingNeeds.Need need = item.need();
            List<Basis> basis = new ArrayList<>();
            if (need.fromSurvey()) {
                basis.add(Basis.SKM);
            }
            if (need.fromGaps()) {
                basis.add(Basis.STAFF_GAP);
            }
            UnitGapAggregation.CompetencyTotals gap = need.gap();
            return new Recommendation(need.competencyCode(), CompetencyNameView.of(item.competency()), basis,
                    need.elements().stream().map(element -> element(element, locale)).toList(),
                    gap == null ? null : new StaffGapView(gap.staffMeasured(), gap.belowStandard(), gap.meanGap()),
                    new Reason(item.reasonId(), item.reasonEn()),
                    item.courses().stream().map(course -> new Course(course.course().id(), course.course().code(),
                            course.course().title(), course.course().jp(), course.level(),
                            course.sessions().stream().map(TrainingRecommendationsView::session).toList()))
                            .toList());
        }).toList();
        return new TrainingRecommendationsView(result.unitCode(), result.period(),
                result.period() == null ? PeriodSource.LAST_3_COMPLETE_MONTHS : PeriodSource.REQUESTED,
                result.firstMonth().atDay(1), result.lastMonth().atEndOfMonth(), result.serviceUnits(),
                result.agency(), result.mapSource(), result.skm().respondents(), result.skm().ikm(),
                result.skm().grade(),
                result.weakElements().stream().map(element -> element(element, locale)).toList(),
                new Staff(result.staff().active(), result.staff().measured(), result.staff().withoutStandard()),
                recommendations);
    }

    private static WeakElement element(TrainingNeeds.WeakElement element, Locale locale) {
        return new WeakElement(element.element(), element.element().label(locale), element.nrr(), element.score(),
                element.grade());
    }

    private static Session session(SessionReplica session) {
        return new Session(session.id(), session.code(), session.startDate(), session.endDate(),
                session.enrollmentClosesOn(), session.regionName(),
                Math.max(0, session.capacity() - session.seatsTaken()));
    }
}
