package id.kompeten.enrollment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiasnCourseRecordTest {

    @Test
    void datesAreDayMonthYearAndTheYearIsTheEnds() {
        SiasnCourseRecord record = SiasnCourseRecord.of("198703122010011004", "Penggunaan SIAK", "BPSDM Provinsi"
                + " Sumatera Utara", "3", 32, "KMP-2026-7H3K-Q9XD-2M4T-V8RB", LocalDate.of(2026, 12, 29),
                LocalDate.of(2027, 1, 2));
        assertEquals("29-12-2026", record.tanggalKursus());
        assertEquals("02-01-2027", record.tanggalSelesaiKursus());
        assertEquals(2027, record.tahunKursus());
        assertEquals(List.of("198703122010011004", "Penggunaan SIAK", "BPSDM Provinsi Sumatera Utara", "3", "32",
                "KMP-2026-7H3K-Q9XD-2M4T-V8RB", "2027", "29-12-2026", "02-01-2027"), record.cells());
    }

    @Test
    void csvFollowsRfc4180() {
        String csv = Csv.write(List.of("a", "b"), List.of(List.of("plain", "with, comma"),
                List.of("say \"hi\"", "two\nlines")));
        assertEquals("a,b\r\nplain,\"with, comma\"\r\n\"say \"\"hi\"\"\",\"two\nlines\"\r\n", csv);
    }

    @Test
    void csvCellsNeverStartAFormula() {
        String csv = Csv.write(List.of("a", "b", "c", "d", "e"), List.of(
                List.of("=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)", "\tx"),
                List.of("a=b", "1-2", "", "Pelatihan @ Sibolga", "x")));
        assertEquals("a,b,c,d,e\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+1,'-2,'@SUM(A1),'\tx\r\n"
                + "a=b,1-2,,Pelatihan @ Sibolga,x\r\n", csv);
    }
}
