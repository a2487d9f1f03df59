package id.kompeten.enrollment.rest;

import static id.kompeten.enrollment.ParticipantTestSupport.PARTICIPANTS;
import static id.kompeten.enrollment.ParticipantTestSupport.ZONE;
import static id.kompeten.enrollment.ParticipantTestSupport.admin;
import static id.kompeten.enrollment.ParticipantTestSupport.as;
import static id.kompeten.enrollment.ParticipantTestSupport.newNip;
import static id.kompeten.enrollment.ParticipantTestSupport.newUnit;
import static id.kompeten.enrollment.ParticipantTestSupport.participantBody;
import static org.hamcrest.Matchers.equalTo;

import id.kompeten.localstack.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A registration with a malformed NIP is a 400 that names the field and the reason, for every kind of fault, in the
 * request's language. Nothing is registered (the numbers are never valid, so no other test could have them).
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "enrollment"))
class ParticipantNumberValidationTest {

    static Stream<Arguments> malformedNips() {
        YearMonth next = YearMonth.now(ZONE).plusMonths(1);
        String future = "19870312" + next.format(DateTimeFormatter.ofPattern("yyyyMM")) + "1004";
        return Stream.of(
                Arguments.of("19870312201001100", "must have 18 digits, not 17 characters"),
                Arguments.of("1987031220100110044", "must have 18 digits, not 19 characters"),
                Arguments.of("19870312201001100X", "must contain digits only; 'X' at position 18 is not a digit"),
                Arguments.of("1.98703E+17", "'1.98703E+17' is a number a spreadsheet has shortened; format the column"
                        + " as text and give all 18 digits"),
                Arguments.of("198702302010011004", "digits 1-8 (birth date, YYYYMMDD) '19870230' are not a date"),
                Arguments.of("189912312010011004",
                        "digits 1-8 give the birth date 1899-12-31, which is before 1900 or in the future"),
                Arguments.of("198703122010131004", "digits 9-14 (appointment, YYYYMM) '201013' are not a month"),
                Arguments.of(future, "digits 9-14 give the appointment month " + next + ", which is in the future"),
                Arguments.of("198703122005021004",
                        "digits 9-14 give the appointment month 2005-02, before the 18th birthday (2005-03-12)"),
                Arguments.of("198703122010013004", "digit 15 (gender) must be 1 (male) or 2 (female), not '3'"),
                Arguments.of("198703122010011000",
                        "digits 16-18 (sequence number) must not be 000; numbering starts at 001"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedNips")
    void eachMalformedNipIsRefusedWithItsReason(String nip, String message) {
        as(admin()).body(participantBody(nip, newUnit(), null)).post(PARTICIPANTS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:kompeten:problem:validation"))
                .body("errors.field", equalTo(List.of("nip")))
                .body("errors[0].message", equalTo(message));
        as(admin()).get(PARTICIPANTS + "/" + nip.strip()).then().statusCode(404);
    }

    @Test
    void everyFaultOfBothNumbersIsNamedAtOnce() {
        as(admin()).body(participantBody("198702302010013000", newUnit(), "19780630200312200")).post(PARTICIPANTS)
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("nip", "nip", "nip", "supervisorNip")))
                .body("errors.message", equalTo(List.of(
                        "digits 1-8 (birth date, YYYYMMDD) '19870230' are not a date",
                        "digit 15 (gender) must be 1 (male) or 2 (female), not '3'",
                        "digits 16-18 (sequence number) must not be 000; numbering starts at 001",
                        "must have 18 digits, not 17 characters")));
    }

    @Test
    void theSupervisorIsNotTheParticipantThemselves() {
        String nip = newNip();
        as(admin()).body(participantBody(nip, newUnit(), nip)).post(PARTICIPANTS)
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("supervisorNip")))
                .body("errors[0].message", equalTo("must not be the participant's own number"));
    }

    @Test
    void reasonsAreGivenInIndonesian() {
        Map<String, Object> body = participantBody("198702302010013004", newUnit(), null);
        as(admin()).header("Accept-Language", "id-ID").body(body).post(PARTICIPANTS)
                .then().statusCode(400)
                .body("title", equalTo("Masukan tidak valid"))
                .body("errors.message", equalTo(List.of(
                        "digit 1-8 (tanggal lahir, YYYYMMDD) '19870230' bukan tanggal yang ada",
                        "digit 15 (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan), bukan '3'")));
        String nip = newNip();
        as(admin()).header("Accept-Language", "id").body(participantBody(nip, newUnit(), nip)).post(PARTICIPANTS)
                .then().statusCode(400)
                .body("errors[0].message", equalTo("tidak boleh sama dengan nomor peserta sendiri"));
    }

    @Test
    void aPppksNumberIsCheckedForDigitsBirthDateAndYear() {
        Map<String, Object> body = participantBody("199102302022212006", newUnit(), null);
        body.put("employeeType", "PPPK");
        as(admin()).body(body).post(PARTICIPANTS).then().statusCode(400)
                .body("errors.field", equalTo(List.of("nip")))
                .body("errors[0].message", equalTo("digits 1-8 (birth date, YYYYMMDD) '19910230' are not a date"));
        body.put("nip", "199105172008212006");
        as(admin()).body(body).post(PARTICIPANTS).then().statusCode(400)
                .body("errors[0].message", equalTo(
                        "digits 9-12 give the appointment year 2008, before the year of the 18th birthday (2009)"));
    }
}
