package id.kompeten.evaluation.domain;

import java.util.Locale;

/**
 * The nine elements of the citizen satisfaction survey (SKM), in the order of PermenPAN-RB 14/2017, which is canonical
 * here: many e-SKM apps number U8 and U9 the other way round, so outputs always name each element with its label.
 */
public enum SkmElement {
    U1("Persyaratan", "Requirements"),
    U2("Sistem, Mekanisme, dan Prosedur", "Systems, mechanisms and procedures"),
    U3("Waktu Penyelesaian", "Completion time"),
    U4("Biaya/Tarif", "Cost/tariff"),
    U5("Produk Spesifikasi Jenis Pelayanan", "Product specification"),
    U6("Kompetensi Pelaksana", "Staff competence"),
    U7("Perilaku Pelaksana", "Staff behaviour"),
    U8("Penanganan Pengaduan, Saran dan Masukan", "Handling of complaints, suggestions and input"),
    U9("Sarana dan Prasarana", "Facilities and infrastructure");

    /** Lowest and highest answer of an element. */
    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 4;

    private final String labelId;
    private final String labelEn;

    SkmElement(String labelId, String labelEn) {
        this.labelId = labelId;
        this.labelEn = labelEn;
    }

    public String labelId() {
        return labelId;
    }

    public String labelEn() {
        return labelEn;
    }

    /** The label in {@code locale}'s language: Indonesian for {@code id}, English otherwise. */
    public String label(Locale locale) {
        return "id".equals(locale.getLanguage()) ? labelId : labelEn;
    }

    /** The element a CSV header or JSON key names: its code, or its Indonesian or English label (case-insensitive). */
    public static java.util.Optional<SkmElement> byCodeOrLabel(String name) {
        String wanted = name.strip();
        for (SkmElement element : values()) {
            if (element.name().equalsIgnoreCase(wanted) || element.labelId.equalsIgnoreCase(wanted)
                    || element.labelEn.equalsIgnoreCase(wanted)) {
                return java.util.Optional.of(element);
            }
        }
        return java.util.Optional.empty();
    }
}
