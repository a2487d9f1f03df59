package id.kompeten.enrollment.rest;

import id.kompeten.enrollment.domain.Csv;
import id.kompeten.enrollment.domain.SiasnCourseRecord;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** The SIASN export as the client asked for it: a JSON array, or RFC 4180 CSV with a header row. */
final class SiasnExport {

    static final String CSV = "text/csv";
    static final String CSV_EXAMPLE = "nip,namaKursus,institusiPenyelenggara,jenisDiklatId,jumlahJam,nomorSertipikat,"
            + "tahunKursus,tanggalKursus,tanggalSelesaiKursus\r\n198703122010011004,Penggunaan SIAK bagi Petugas"
            + " Registrasi,BPSDM Provinsi Sumatera Utara,3,32,KMP-2026-7H3K-Q9XD-2M4T-V8RB,2026,09-03-2026,12-03-2026\r\n";
    private static final MediaType CSV_UTF8 = new MediaType("text", "csv", Map.of("charset", "UTF-8",
            "header", "present"));

    private SiasnExport() {
    }

    /** CSV when the client prefers it to JSON (by Accept order and quality), else JSON. */
    static Response of(List<SiasnCourseRecord> records, HttpHeaders headers, String fileName) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                break;
            }
            if (accepted.isCompatible(MediaType.valueOf(CSV))) {
                String body = Csv.write(SiasnCourseRecord.COLUMNS,
                        records.stream().map(SiasnCourseRecord::cells).toList());
                return Response.ok(body, CSV_UTF8)
                        .header("Content-Disposition", "attachment; filename=\"" + fileName + ".csv\"").build();
            }
        }
        return Response.ok(records.stream().map(SiasnCourseView::of).toList(), MediaType.APPLICATION_JSON_TYPE)
                .build();
    }
}
