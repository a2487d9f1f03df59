package id.kompeten.platform.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.junit.jupiter.api.Test;

/**
 * Only the unique index in question means "taken". The names are those Hibernate's MySQL dialect extracts from the
 * servers' messages: MariaDB names the index alone, MySQL 8 qualifies it with the table.
 */
class UniqueKeysTest {

    @Test
    void theUniqueIndexAsMariaDbAndMySqlNameItIsAConflict() {
        assertTrue(UniqueKeys.violates(unique("uk_course_code"), "uk_course_code"));
        assertTrue(UniqueKeys.violates(unique("course.uk_course_code"), "uk_course_code"));
        assertTrue(UniqueKeys.violates(unique("PRIMARY"), UniqueKeys.PRIMARY_KEY));
        assertTrue(UniqueKeys.violates(unique("competency.PRIMARY"), UniqueKeys.PRIMARY_KEY));
        // As EntityManager calls may wrap it.
        assertTrue(UniqueKeys.violates(new PersistenceException("flush", unique("uk_course_code")), "uk_course_code"));
    }

    @Test
    void anyOtherViolationIsNot() {
        assertFalse(UniqueKeys.violates(unique("uk_session_code"), "uk_course_code"));
        assertFalse(UniqueKeys.violates(unique("course.uk_course_code_old"), "uk_course_code"));
        assertFalse(UniqueKeys.violates(unique("xuk_course_code"), "uk_course_code"));
        assertFalse(UniqueKeys.violates(unique(null), "uk_course_code"));
        assertFalse(UniqueKeys.violates(violation(ConstraintKind.FOREIGN_KEY, "fk_course_provider", 1452),
                "uk_course_code"));
        assertFalse(UniqueKeys.violates(violation(ConstraintKind.NOT_NULL, null, 1048), "uk_course_code"));
        assertFalse(UniqueKeys.violates(new IllegalStateException("not a database error"), "uk_course_code"));
    }

    @Test
    void writeOrConflictAnswersTheConflictForItsIndexAndPassesEverythingElseOn() {
        ConflictProblem taken = new ConflictProblem("problem.test.taken");
        assertSame(taken, assertThrows(ConflictProblem.class, () -> UniqueKeys.writeOrConflict("uk_course_code",
                () -> {
                    throw unique("course.uk_course_code");
                }, () -> taken)));
        ConstraintViolationException foreignKey = violation(ConstraintKind.FOREIGN_KEY, "fk_course_provider", 1452);
        assertSame(foreignKey, assertThrows(ConstraintViolationException.class,
                () -> UniqueKeys.writeOrConflict("uk_course_code", () -> {
                    throw foreignKey;
                }, () -> taken)));
    }

    private static ConstraintViolationException unique(String name) {
        return violation(ConstraintKind.UNIQUE, name, 1062);
    }

    private static ConstraintViolationException violation(ConstraintKind kind, String name, int errorCode) {
        return new ConstraintViolationException("could not execute statement",
                new SQLException("constraint violated", "23000", errorCode), "insert ...", kind, name);
    }
}
