package id.kompeten.enrollment.rest;

import id.kompeten.enrollment.domain.SiasnCourseRecord;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SiasnCourse", description = "A completed course in the body shape of SIASN's course record (riwayat"
        + " kursus). SIASN also needs its own pnsOrangId and instansiId, which this system does not hold: the"
        + " integration looks them up in SIASN by nip. The CSV export has these fields as columns, in this order.")
public record SiasnCourseView(
        @Schema(description = "NIP (or NI PPPK) to look up SIASN's pnsOrangId and instansiId with",
                example = "198703122010011004") String nip,
        @Schema(description = "Course title", example = "Penggunaan SIAK bagi Petugas Registrasi") String namaKursus,
        @Schema(description = "Provider (penyelenggara); null when the catalogue never named it",
                example = "BPSDM Provinsi Sumatera Utara", nullable = true) String institusiPenyelenggara,
        @Schema(description = "SIASN training type from the editable mapping (GET /api/v1/siasn/training-types):"
                + " a seminar (lecture and group discussion only) 9 Seminar; else delivered online only 16"
                + " E-Learning; else by the type most of its competencies have: technical 3 Diklat Teknis,"
                + " managerial 5 Pelatihan Manajerial, socio-cultural 6 Pelatihan Sosial Kultural (a tie goes to"
                + " technical, then managerial)", example = "3") String jenisDiklatId,
        @Schema(description = "The course's JP (SIASN's hours; agencies report JP there)", example = "32")
        int jumlahJam,
        @Schema(description = "Certificate number, verifiable at GET /api/v1/certificates/{number}",
                example = "KMP-2026-7H3K-Q9XD-2M4T-V8RB") String nomorSertipikat,
        @Schema(description = "Year of the session's end, where its JP count", example = "2026") int tahunKursus,
        @Schema(description = "First day, dd-MM-yyyy", example = "09-03-2026", pattern = "[0-9]{2}-[0-9]{2}-[0-9]{4}")
        String tanggalKursus,
        @Schema(description = "Last day, dd-MM-yyyy", example = "12-03-2026", pattern = "[0-9]{2}-[0-9]{2}-[0-9]{4}")
        String tanggalSelesaiKursus) {

    static SiasnCourseView of(SiasnCourseRecord record) {
        return new SiasnCourseView(record.nip(), record.namaKursus(), record.institusiPenyelenggara(),
                record.jenisDiklatId(), record.jumlahJam(), record.nomorSertipikat(), record.tahunKursus(),
                record.tanggalKursus(), record.tanggalSelesaiKursus());
    }
}
