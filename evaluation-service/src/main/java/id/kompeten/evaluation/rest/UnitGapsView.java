package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.domain.UnitGapAggregation;
import id.kompeten.evaluation.service.UnitGaps;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit's active staff, each measured against their own position's standard. */
@Schema(name = "UnitCompetencyGaps")
public record UnitGapsView(
        @Schema(example = "DISDUKCAPIL-SIBOLGA") String unitCode,
        @Schema(description = "The position filter, when one was given", example = "PENGADMINISTRASI-LAYANAN",
                nullable = true) String position,
        @Schema(description = "Active staff of the unit (holding the position, when filtered)", example = "12")
        int staff,
        @Schema(description = "Of them, those whose position has a standard: the staff measured", example = "10")
        int staffWithStandard,
        @Schema(description = "Of them, those whose position has no standard (not measured)", example = "2")
        int staffWithoutStandard,
        @Schema(description = "The positions of the staff without a standard, by code")
        List<String> positionsWithoutStandard,
        @Schema(description = "Per competency any measured person's standard requires: most below standard first,"
                + " then the largest mean gap, then by code") List<Competency> competencies,
        @Schema(description = "Every member of staff: largest total gap first, then by name; those without a"
                + " standard last") List<Person> people) {

    @Schema(name = "UnitGapsCompetency")
    public record Competency(
            @Schema(example = "PELAYANAN-PRIMA") String competencyCode,
            @Schema(description = "Null while the catalogue copy lacks the competency", nullable = true)
            CompetencyNameView competencyName,
            @Schema(description = "Staff whose position's standard requires the competency", example = "8")
            int staffMeasured,
            @Schema(description = "Of them, those below the required level (no level recorded counts as 0)",
                    example = "5") int belowStandard,
            @Schema(description = "Mean of max(0, required - current) over the staff measured, two decimals"
                    + " (half up)", example = "0.88") BigDecimal meanGap) {
    }

    @Schema(name = "UnitGapsPerson")
    public record Person(
            @Schema(example = "198703122010011004") String nip,
            @Schema(example = "Budi Santoso Hutagalung") String name,
            @Schema(example = "PENGADMINISTRASI-LAYANAN") String positionCode,
            @Schema(description = "False when the position has no standard (then the counts are 0)")
            boolean hasStandard,
            @Schema(description = "Competencies the standard requires", example = "3") int required,
            @Schema(description = "How many of them are below the required level", example = "2") int belowStandard,
            @Schema(description = "Sum of the gaps", example = "3") int totalGap) {
    }

    static UnitGapsView of(UnitGaps gaps) {
        UnitGapAggregation.Result totals = gaps.totals();
        return new UnitGapsView(gaps.unitCode(), gaps.positionFilter(), totals.staff(), totals.staffWithStandard(),
                totals.staffWithoutStandard(), totals.positionsWithoutStandard(),
                IntStream.range(0, totals.competencies().size()).mapToObj(i -> {
                    UnitGapAggregation.CompetencyTotals line = totals.competencies().get(i);
                    UnitGaps.CompetencyName name = gaps.names().get(i);
                    return new Competency(line.competencyCode(), CompetencyNameView.of(name.nameId(), name.nameEn()),
                            line.staffMeasured(),
                            line.belowStandard(), line.meanGap());
                }).toList(),
                totals.people().stream().map(person -> new Person(person.nip(), person.name(), person.positionCode(),
                        person.hasStandard(), person.requirements(), person.belowStandard(), person.totalGap()))
                        .toList());
    }
}
