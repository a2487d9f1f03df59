package id.kompeten.enrollment.domain;

import id.kompeten.contracts.catalog.CompetencyType;
import id.kompeten.contracts.catalog.DeliveryMode;
import id.kompeten.contracts.catalog.LearningMethod;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The kind of course as SIASN's training types (jenis diklat) tell them apart. Which SIASN id each kind gets is data
 * ({@link SiasnTrainingType}, editable per agency); which kind a course is follows from the catalogue by
 * {@link #of}, in this order:
 * <ol>
 * <li>{@link #SEMINAR}: it teaches only by lecture and group discussion (no simulation, case study, e-learning or
 * on-the-job part), whatever its delivery: a talk with discussion, a webinar included.</li>
 * <li>{@link #E_LEARNING}: it is delivered {@link DeliveryMode#ONLINE} only (blended courses have a classroom part).</li>
 * <li>otherwise by the types of the competencies it develops: the type most of them have; a tie goes to technical,
 * then managerial, then socio-cultural (a course teaching a system and good service is a technical course first).</li>
 * </ol>
 */
public enum SiasnCategory {
    /** Diklat Teknis by default (SIASN 3). */
    TECHNICAL,
    /** Pelatihan Manajerial by default (SIASN 5). */
    MANAGERIAL,
    /** Pelatihan Sosial Kultural by default (SIASN 6). */
    SOCIO_CULTURAL,
    /** Seminar by default (SIASN 9). */
    SEMINAR,
    /** E-Learning by default (SIASN 16). */
    E_LEARNING;

    private static final Set<LearningMethod> SEMINAR_METHODS =
            Set.of(LearningMethod.LECTURE, LearningMethod.GROUP_DISCUSSION);

    /**
     * The kind of a course.
     *
     * @param competencyTypes the type of each competency the course develops (one entry per competency)
     * @throws IllegalArgumentException when neither methods nor delivery decide and there is no competency (the
     *                                  catalogue publishes no course without one)
     */
    public static SiasnCategory of(Set<LearningMethod> methods, DeliveryMode deliveryMode,
            Collection<CompetencyType> competencyTypes) {
        if (!methods.isEmpty() && SEMINAR_METHODS.containsAll(methods)) {
            return SEMINAR;
        }
        if (deliveryMode == DeliveryMode.ONLINE) {
            return E_LEARNING;
        }
        if (competencyTypes.isEmpty()) {
            throw new IllegalArgumentException("A course without competencies has no SIASN training type");
        }
        Map<CompetencyType, Integer> counts = new EnumMap<>(CompetencyType.class);
        competencyTypes.forEach(type -> counts.merge(type, 1, Integer::sum));
        CompetencyType most = null;
        // Enum order TEKNIS, MANAJERIAL, SOSIAL_KULTURAL is the tie-break order: only a larger count displaces.
        for (CompetencyType type : CompetencyType.values()) {
            if (counts.getOrDefault(type, 0) > (most == null ? 0 : counts.get(most))) {
                most = type;
            }
        }
        return switch (most) {
            case TEKNIS -> TECHNICAL;
            case MANAJERIAL -> MANAGERIAL;
            case SOSIAL_KULTURAL -> SOCIO_CULTURAL;
        };
    }
}
