package id.kompeten.training.service;

import static id.kompeten.training.TrainingTestSupport.registerAccreditedProvider;
import static id.kompeten.training.TrainingTestSupport.uniqueCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.platform.error.ConflictProblem;
import id.kompeten.platform.error.UniqueKeys;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.junit.jupiter.api.Test;

/**
 * Against the real schema: only the unique index a write names turns into "taken"; a foreign key, a NOT NULL column
 * or another unique index failing is another fault and propagates. Also pins what MariaDB reports.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class UniqueKeysTest {

    private static final Supplier<ConflictProblem> TAKEN =
            () -> new ConflictProblem(CourseService.CODE_TAKEN, "test");

    @Test
    void theNamedUniqueIndexIsAConflict() {
        String provider = registerAccreditedProvider("UNIVERSITY");
        String code = uniqueCode("UK");
        QuarkusTransaction.requiringNew().run(() -> insertCourse(code, "Judul", provider));

        assertThrows(ConflictProblem.class, () -> QuarkusTransaction.requiringNew().run(() ->
                UniqueKeys.writeOrConflict(CourseService.CODE_INDEX, () -> insertCourse(code, "Judul", provider), TAKEN)));
        // MariaDB names the index alone (MySQL 8 would say course.uk_course_code; both match).
        ConstraintViolationException violation = assertInstanceOf(ConstraintViolationException.class,
                assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(
                        () -> insertCourse(code, "Judul", provider))));
        assertEquals(ConstraintKind.UNIQUE, violation.getKind());
        assertEquals(CourseService.CODE_INDEX, violation.getConstraintName());
    }

    @Test
    void otherViolationsPropagate() {
        String provider = registerAccreditedProvider("UNIVERSITY");
        String taken = uniqueCode("UK");
        QuarkusTransaction.requiringNew().run(() -> insertCourse(taken, "Judul", provider));

        // Another unique index than the one named.
        assertViolation(ConstraintKind.UNIQUE, () -> insertCourse(taken, "Judul", provider), "uk_session_code");
        // A foreign key: no such provider.
        assertViolation(ConstraintKind.FOREIGN_KEY, () -> insertCourse(uniqueCode("UK"), "Judul",
                UUID.randomUUID().toString()), CourseService.CODE_INDEX);
        // A NOT NULL column.
        assertViolation(ConstraintKind.NOT_NULL, () -> insertCourse(uniqueCode("UK"), null, provider),
                CourseService.CODE_INDEX);
    }

    private static void assertViolation(ConstraintKind kind, Runnable write, String uniqueKey) {
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(
                () -> UniqueKeys.writeOrConflict(uniqueKey, write, TAKEN)));
        ConstraintViolationException violation = assertInstanceOf(ConstraintViolationException.class, thrown);
        assertEquals(kind, violation.getKind());
    }

    private static void insertCourse(String code, String title, String providerId) {
        Panache.getEntityManager().createNativeQuery("INSERT INTO course (id, code, title, delivery_mode, jp,"
                        + " provider_id, min_attendance_percent, min_post_test_score, status, version, created_at,"
                        + " updated_at) VALUES (?1, ?2, ?3, 'CLASSROOM', 8, ?4, 80, 70, 'DRAFT', 0, NOW(6), NOW(6))")
                .setParameter(1, UUID.randomUUID().toString()).setParameter(2, code).setParameter(3, title)
                .setParameter(4, providerId)
                .executeUpdate();
    }
}
