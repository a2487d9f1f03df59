package id.kompeten.enrollment.rest;

import id.kompeten.enrollment.service.TranscriptService.ComplianceDetails;
import id.kompeten.enrollment.service.TranscriptService.ComplianceEntry;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UnitCompliance", description = "A unit's active participants with their JP of the year against the"
        + " minimum; the counts cover the whole unit, the items one page")
public record ComplianceView(
        @Schema(example = "DISDUKCAPIL-SIBOLGA") String unitCode,
        @Schema(example = "2026") int year,
        @Schema(description = "The yearly minimum (setting kompeten.enrollments.yearly-minimum-jp)", example = "20")
        int minimumJp,
        @Schema(description = "Active participants of the unit", example = "42") long activeParticipants,
        @Schema(description = "Of them, how many have fewer JP than the minimum", example = "17") long belowMinimum,
        List<ComplianceEntryView> items,
        @Schema(example = "0") int page,
        @Schema(example = "20") int size,
        @Schema(description = "Items on all pages (with belowMinimum=true, those below the minimum)", example = "42")
        long total) {

    static ComplianceView of(ComplianceDetails details) {
        return new ComplianceView(details.unitCode(), details.year(), details.minimumJp(),
                details.activeParticipants(), details.belowMinimum(),
                details.page().items().stream().map(ComplianceEntryView::of).toList(), details.page().page(),
                details.page().size(), details.page().total());
    }

    @Schema(name = "UnitComplianceEntry")
    public record ComplianceEntryView(
            @Schema(example = "198703122010011004") String nip,
            @Schema(example = "Budi Santoso Hutagalung") String name,
            @Schema(enumeration = {"PNS", "PPPK"}, example = "PNS") String employeeType,
            @Schema(example = "PENGADMINISTRASI-LAYANAN") String positionCode,
            @Schema(example = "Pengadministrasi Layanan Kependudukan") String positionName,
            @Schema(description = "JP completed in the year", example = "12") int jp,
            @Schema(description = "jp is below the minimum", example = "true") boolean belowMinimum,
            @Schema(description = "JP still missing to the minimum; 0 once met", example = "8") int shortfallJp) {

        static ComplianceEntryView of(ComplianceEntry entry) {
            return new ComplianceEntryView(entry.nip(), entry.name(), entry.employeeType(), entry.positionCode(),
                    entry.positionName(), entry.jp(), entry.belowMinimum(), entry.shortfallJp());
        }
    }
}
