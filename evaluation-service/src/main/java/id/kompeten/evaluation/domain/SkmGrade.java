package id.kompeten.evaluation.domain;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The service quality grade of a converted index (IKM, 25-100, two decimals): A 88.31-100, B 76.61-88.30,
 * C 65.00-76.60, D 25.00-64.99 (PermenPAN-RB 14/2017). Graded on the two-decimal index, so 88.30 is B and 88.31 A.
 */
public enum SkmGrade {
    A(new BigDecimal("88.31"), "Sangat Baik", "Very good"),
    B(new BigDecimal("76.61"), "Baik", "Good"),
    C(new BigDecimal("65.00"), "Kurang Baik", "Fair"),
    D(BigDecimal.ZERO, "Tidak Baik", "Poor");

    private final BigDecimal lowest;
    private final String labelId;
    private final String labelEn;

    SkmGrade(BigDecimal lowest, String labelId, String labelEn) {
        this.lowest = lowest;
        this.labelId = labelId;
        this.labelEn = labelEn;
    }

    /** The grade of an index already rounded to two decimals. */
    public static SkmGrade of(BigDecimal ikm) {
        for (SkmGrade grade : values()) {
            if (ikm.compareTo(grade.lowest) >= 0) {
                return grade;
            }
        }
        return D;
    }

    public String label(Locale locale) {
        return "id".equals(locale.getLanguage()) ? labelId : labelEn;
    }
}
