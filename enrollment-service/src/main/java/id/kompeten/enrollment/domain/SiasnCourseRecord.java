package id.kompeten.enrollment.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One completed course in the body shape of SIASN's course record (riwayat kursus), plus the {@code nip} with which the
 * agency's integration looks up SIASN's own {@code pnsOrangId} and {@code instansiId} (this system holds neither).
 * Dates are dd-MM-yyyy as SIASN takes them; {@code jenisDiklatId} is SIASN's reference id, a string there.
 */
public record SiasnCourseRecord(String nip, String namaKursus, String institusiPenyelenggara, String jenisDiklatId,
        int jumlahJam, String nomorSertipikat, int tahunKursus, String tanggalKursus, String tanggalSelesaiKursus) {

    /** SIASN's date format. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** The CSV columns, in order: the JSON names. */
    public static final List<String> COLUMNS = List.of("nip", "namaKursus", "institusiPenyelenggara",
            "jenisDiklatId", "jumlahJam", "nomorSertipikat", "tahunKursus", "tanggalKursus", "tanggalSelesaiKursus");

    /**
     * The record of a completion: the year is the session end's (where its JP count), the JP are SIASN's hours
     * ({@code jumlahJam}: agencies report JP there).
     */
    public static SiasnCourseRecord of(String nip, String courseTitle, String providerName, String jenisDiklatId,
            int jp, String certificateNumber, LocalDate sessionStart, LocalDate sessionEnd) {
        return new SiasnCourseRecord(nip, courseTitle, providerName, jenisDiklatId, jp, certificateNumber,
                JpStanding.yearOf(sessionEnd), DATE.format(sessionStart), DATE.format(sessionEnd));
    }

    /** The values in {@link #COLUMNS} order, as text. */
    public List<String> cells() {
        return List.of(nip, namaKursus, institusiPenyelenggara, jenisDiklatId, String.valueOf(jumlahJam),
                nomorSertipikat, String.valueOf(tahunKursus), tanggalKursus, tanggalSelesaiKursus);
    }
}
