package id.kompeten.enrollment.domain;

import static id.kompeten.contracts.catalog.CompetencyType.MANAJERIAL;
import static id.kompeten.contracts.catalog.CompetencyType.SOSIAL_KULTURAL;
import static id.kompeten.contracts.catalog.CompetencyType.TEKNIS;
import static id.kompeten.contracts.catalog.DeliveryMode.BLENDED;
import static id.kompeten.contracts.catalog.DeliveryMode.CLASSROOM;
import static id.kompeten.contracts.catalog.DeliveryMode.ONLINE;
import static id.kompeten.contracts.catalog.LearningMethod.CASE_STUDY;
import static id.kompeten.contracts.catalog.LearningMethod.E_LEARNING;
import static id.kompeten.contracts.catalog.LearningMethod.GROUP_DISCUSSION;
import static id.kompeten.contracts.catalog.LearningMethod.LECTURE;
import static id.kompeten.contracts.catalog.LearningMethod.ON_THE_JOB;
import static id.kompeten.contracts.catalog.LearningMethod.SIMULATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which SIASN kind the demo catalogue's courses and the edge cases get. */
class SiasnCategoryTest {

    @Test
    void lectureAndDiscussionOnlyIsASeminarWhateverItsCompetenciesAndDelivery() {
        // Seminar Manajemen Pemerintahan yang Efektif with the university: managerial, yet a seminar.
        assertEquals(SiasnCategory.SEMINAR, SiasnCategory.of(Set.of(LECTURE, GROUP_DISCUSSION), CLASSROOM,
                List.of(MANAJERIAL)));
        assertEquals(SiasnCategory.SEMINAR, SiasnCategory.of(Set.of(LECTURE), ONLINE, List.of(TEKNIS)));
    }

    @Test
    void onlineDeliveryIsELearningUnlessASeminar() {
        // Prinsip-Prinsip Tata Kelola Pemerintahan yang Baik: online, with an e-learning part.
        assertEquals(SiasnCategory.E_LEARNING, SiasnCategory.of(Set.of(LECTURE, E_LEARNING, GROUP_DISCUSSION), ONLINE,
                List.of(MANAJERIAL)));
    }

    @Test
    void blendedIsNotELearning() {
        // Manajemen Waktu: blended, with an e-learning part, managerial.
        assertEquals(SiasnCategory.MANAGERIAL, SiasnCategory.of(Set.of(LECTURE, CASE_STUDY, E_LEARNING), BLENDED,
                List.of(MANAJERIAL)));
    }

    @Test
    void otherwiseTheCompetencyTypeDecides() {
        assertEquals(SiasnCategory.SOCIO_CULTURAL, SiasnCategory.of(Set.of(LECTURE, GROUP_DISCUSSION, SIMULATION),
                CLASSROOM, List.of(SOSIAL_KULTURAL)));
        assertEquals(SiasnCategory.MANAGERIAL, SiasnCategory.of(Set.of(GROUP_DISCUSSION, CASE_STUDY, SIMULATION),
                CLASSROOM, List.of(MANAJERIAL)));
        assertEquals(SiasnCategory.TECHNICAL, SiasnCategory.of(Set.of(SIMULATION), CLASSROOM, List.of(TEKNIS)));
    }

    @Test
    void aMixedCourseTakesTheTypeMostOfItsCompetenciesHave() {
        assertEquals(SiasnCategory.MANAGERIAL, SiasnCategory.of(Set.of(SIMULATION), CLASSROOM,
                List.of(TEKNIS, MANAJERIAL, MANAJERIAL)));
        assertEquals(SiasnCategory.SOCIO_CULTURAL, SiasnCategory.of(Set.of(SIMULATION), CLASSROOM,
                List.of(SOSIAL_KULTURAL, MANAJERIAL, SOSIAL_KULTURAL)));
    }

    @Test
    void aTieGoesToTechnicalThenManagerial() {
        // Penggunaan SIAK bagi Petugas Registrasi: SIAK (technical) and Pelayanan Prima (socio-cultural).
        assertEquals(SiasnCategory.TECHNICAL, SiasnCategory.of(Set.of(LECTURE, SIMULATION, ON_THE_JOB), CLASSROOM,
                List.of(SOSIAL_KULTURAL, TEKNIS)));
        assertEquals(SiasnCategory.MANAGERIAL, SiasnCategory.of(Set.of(CASE_STUDY), BLENDED,
                List.of(SOSIAL_KULTURAL, MANAJERIAL)));
    }

    @Test
    void aCourseWithoutCompetenciesIsNotGuessed() {
        assertThrows(IllegalArgumentException.class, () -> SiasnCategory.of(Set.of(SIMULATION), CLASSROOM, List.of()));
    }
}
