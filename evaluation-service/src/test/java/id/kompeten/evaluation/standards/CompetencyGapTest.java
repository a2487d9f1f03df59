package id.kompeten.evaluation.standards;

import static id.kompeten.evaluation.standards.StandardsTestSupport.admin;
import static id.kompeten.evaluation.standards.StandardsTestSupport.as;
import static id.kompeten.evaluation.standards.StandardsTestSupport.code;
import static id.kompeten.evaluation.standards.StandardsTestSupport.competency;
import static id.kompeten.evaluation.standards.StandardsTestSupport.course;
import static id.kompeten.evaluation.standards.StandardsTestSupport.createStandard;
import static id.kompeten.evaluation.standards.StandardsTestSupport.employee;
import static id.kompeten.evaluation.standards.StandardsTestSupport.level;
import static id.kompeten.evaluation.standards.StandardsTestSupport.levels;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import id.kompeten.evaluation.domain.LevelSource;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.tokens.DevIdentity;
import id.kompeten.platform.security.Roles;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * GET /api/v1/employees/{nip}/competency-gaps and /api/v1/units/{unitCode}/competency-gaps: the worked examples of
 * GapAnalysisTest and UnitGapAggregationTest through the API, against the real replica, profile and standards.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class CompetencyGapTest {

    private static String gaps(String nip) {
        return "/api/v1/employees/" + nip + "/competency-gaps";
    }

    private static String unitGaps(String unit) {
        return "/api/v1/units/" + unit + "/competency-gaps";
    }

    @Test
    void aPersonsGapsAndTheCoursesThatCloseThemBestCoverageFirst() {
        String pelayanan = competency("PELAYANAN", "Pelayanan Prima");
        String siak = competency("SIAK", "Sistem Informasi Administrasi Kependudukan");
        String komunikasi = competency("KOMUNIKASI", "Komunikasi Publik");
        String position = code("LOKET");
        String unit = code("DISDUKCAPIL");
        createStandard(position, "Petugas Loket Dukcapil", pelayanan, 3, siak, 4, komunikasi, 2);
        String nip = employee("Budi Santoso Hutagalung", unit, position);
        level(nip, pelayanan, 1, LevelSource.COURSE);
        level(nip, siak, 4, LevelSource.ASSESSMENT);

        course("Pelayanan Prima Dasar", 16, levels(pelayanan, 2));                  // reaches 2 of 3: no
        String k2 = course("Akselerasi Pelayanan Prima", 32, levels(pelayanan, 3));
        String k3 = course("Komunikasi Publik", 24, levels(komunikasi, 3));
        String k4 = course("Pelayanan dan Komunikasi Publik Terpadu", 40, levels(pelayanan, 3, komunikasi, 2));
        String k5 = course("Etika Pelayanan", 16, levels(pelayanan, 4));
        course("Pelayanan Prima Arsip", 8, levels(pelayanan, 5), "ARCHIVED");        // not published: no
        course("SIAK Lanjutan", 24, levels(siak, 5));                                // SIAK is met: no
        String k8 = course("Budaya Pelayanan", 16, levels(pelayanan, 3));

        String req = "requirements.find { it.competencyCode == '%s' }.";
        as(admin()).get(gaps(nip)).then().statusCode(200)
                .body("employee.nip", equalTo(nip))
                .body("employee.name", equalTo("Budi Santoso Hutagalung"))
                .body("position.code", equalTo(position))
                .body("ownPosition", equalTo(true))
                .body("required", equalTo(3))
                .body("gaps", equalTo(2))
                .body("totalGap", equalTo(4))
                .body(req.formatted(pelayanan) + "currentLevel", equalTo(1))
                .body(req.formatted(pelayanan) + "source", equalTo("COURSE"))
                .body(req.formatted(pelayanan) + "gap", equalTo(2))
                .body(req.formatted(pelayanan) + "competencyName.id", equalTo("Pelayanan Prima"))
                .body(req.formatted(pelayanan) + "closingCourseIds", equalTo(List.of(k4, k8, k5, k2)))
                .body(req.formatted(siak) + "met", equalTo(true))
                .body(req.formatted(siak) + "closingCourseIds", equalTo(List.of()))
                .body(req.formatted(komunikasi) + "currentLevel", equalTo(0))
                .body(req.formatted(komunikasi) + "source", nullValue())
                .body(req.formatted(komunikasi) + "gap", equalTo(2))
                .body(req.formatted(komunikasi) + "closingCourseIds", equalTo(List.of(k4, k3)))
                .body("suggestedCourses.id", equalTo(List.of(k4, k8, k5, k3, k2)))
                .body("suggestedCourses[0].closes.competencyCode", equalTo(List.of(komunikasi, pelayanan)))
                .body("suggestedCourses[0].jp", equalTo(40));
    }

    @Test
    void anotherPositionCanBeAskedForAndAPositionWithoutStandardIs404() {
        String pelayanan = competency("PELAYANAN", "Pelayanan Prima");
        String own = code("LOKET");
        String target = code("KASI");
        createStandard(target, "Kepala Seksi Pelayanan", pelayanan, 5);
        String nip = employee("Rina Marpaung", code("UNIT"), own);
        level(nip, pelayanan, 3, LevelSource.MANUAL);

        as(admin()).get(gaps(nip) + "?position=" + target).then().statusCode(200)
                .body("position.code", equalTo(target))
                .body("ownPosition", equalTo(false))
                .body("employee.positionCode", equalTo(own))
                .body("requirements[0].gap", equalTo(2))
                .body("suggestedCourses", equalTo(List.of()));
        as(admin()).get(gaps(nip)).then().statusCode(404)
                .body("detail", equalTo("Competency standard of position '" + own + "' was not found."));
        as(admin()).get(gaps(StandardsTestSupport.newNip())).then().statusCode(404);
    }

    @Test
    void aPersonsGapsAreReadByThemTheirSupervisorTheirUnitAdminAndEvaluators() {
        String pelayanan = competency("PELAYANAN", "Pelayanan Prima");
        String position = code("LOKET");
        String unit = code("UNIT");
        createStandard(position, "Petugas Loket", pelayanan, 2);
        String supervisor = StandardsTestSupport.newNip();
        String nip = employee("Andi Saputra", unit, position, supervisor, true);
        String colleague = employee("Sari Lubis", unit, position);

        for (DevIdentity reader : List.of(DevIdentity.person(Roles.PARTICIPANT, nip, unit),
                DevIdentity.person(Roles.SUPERVISOR, supervisor, code("LAIN")),
                DevIdentity.person(Roles.UNIT_ADMIN, colleague, unit),
                DevIdentity.person(Roles.EVALUATOR, StandardsTestSupport.newNip(), code("BKPSDM")),
                DevIdentity.system(Roles.INTEGRATION))) {
            as(reader).get(gaps(nip)).then().statusCode(200);
        }
        for (DevIdentity stranger : List.of(DevIdentity.person(Roles.PARTICIPANT, colleague, unit),
                DevIdentity.person(Roles.SUPERVISOR, colleague, unit),
                DevIdentity.person(Roles.UNIT_ADMIN, colleague, code("LAIN")))) {
            as(stranger).get(gaps(nip)).then().statusCode(404);
        }
        as(DevIdentity.person(Roles.CATALOG_MANAGER, colleague, unit)).get(gaps(nip)).then().statusCode(403);
    }

    @Test
    void aUnitsStaffAreEachMeasuredAgainstTheirOwnPosition() {
        String a = competency("A", "Pelayanan Prima");
        String b = competency("B", "SIAK");
        String c = competency("C", "Komunikasi Publik");
        String unit = code("DISDUKCAPIL");
        String loket = code("LOKET");
        String operator = code("OPERATOR");
        String sopir = code("SOPIR");
        createStandard(loket, "Petugas Loket", a, 3, c, 2);
        createStandard(operator, "Operator SIAK", a, 2, b, 4);
        String ani = employee("Ani", unit, loket);
        String budi = employee("Budi", unit, loket);
        String citra = employee("Citra", unit, loket);
        String dedi = employee("Dedi", unit, operator);
        String eka = employee("Eka", unit, sopir);
        employee("Fajar (pensiun)", unit, loket, null, false);
        employee("Gita (unit lain)", code("LAIN"), loket);
        level(ani, a, 1, LevelSource.COURSE);
        level(ani, c, 2, LevelSource.COURSE);
        level(budi, a, 3, LevelSource.COURSE);
        level(citra, a, 4, LevelSource.ASSESSMENT);
        level(citra, c, 3, LevelSource.COURSE);
        level(dedi, a, 2, LevelSource.COURSE);
        level(dedi, b, 1, LevelSource.MANUAL);

        as(DevIdentity.person(Roles.UNIT_ADMIN, ani, unit)).get(unitGaps(unit)).then().statusCode(200)
                .body("unitCode", equalTo(unit))
                .body("position", nullValue())
                .body("staff", equalTo(5))
                .body("staffWithStandard", equalTo(4))
                .body("staffWithoutStandard", equalTo(1))
                .body("positionsWithoutStandard", equalTo(List.of(sopir)))
                .body("competencies.competencyCode", equalTo(List.of(b, c, a)))
                .body("competencies.staffMeasured", equalTo(List.of(1, 3, 4)))
                .body("competencies.belowStandard", equalTo(List.of(1, 1, 1)))
                .body("competencies.meanGap", equalTo(List.of(3.00f, 0.67f, 0.50f)))
                .body("competencies[0].competencyName.id", equalTo("SIAK"))
                .body("people.nip", equalTo(List.of(dedi, ani, budi, citra, eka)))
                .body("people.totalGap", equalTo(List.of(3, 2, 2, 0, 0)))
                .body("people[4].hasStandard", equalTo(false));

        as(DevIdentity.system(Roles.INTEGRATION)).get(unitGaps(unit) + "?position=" + loket).then().statusCode(200)
                .body("position", equalTo(loket))
                .body("staff", equalTo(3))
                // A and C: one below standard each, both 2/3: by code.
                .body("competencies.competencyCode", equalTo(List.of(a, c)))
                .body("competencies.meanGap", equalTo(List.of(0.67f, 0.67f)));
    }

    @Test
    void aUnitAdminReadsOnlyTheirOwnUnit() {
        String unit = code("UNIT");
        String nip = StandardsTestSupport.newNip();
        as(DevIdentity.person(Roles.UNIT_ADMIN, nip, code("LAIN"))).get(unitGaps(unit)).then().statusCode(403);
        as(DevIdentity.person(Roles.SUPERVISOR, nip, unit)).get(unitGaps(unit)).then().statusCode(403);
        as(DevIdentity.person(Roles.PARTICIPANT, nip, unit)).get(unitGaps(unit)).then().statusCode(403);
        as(DevIdentity.person(Roles.EVALUATOR, nip, code("LAIN"))).get(unitGaps(unit)).then().statusCode(200)
                .body("staff", equalTo(0))
                .body("competencies", equalTo(List.of()));
    }
}
