package id.kompeten.enrollment.demo;

import id.kompeten.enrollment.domain.Contact;
import id.kompeten.enrollment.domain.EmployeeType;
import id.kompeten.enrollment.domain.ParticipantDefinition;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The people of the demo units ({@code demo/people.json}): ASN of Kota Sibolga's personnel, population-registry and
 * health offices and of Kecamatan Mulyorejo (Kota Surabaya), with their supervisors and unit admins. The development
 * tokens of the local run (local-stack's DevPersonas) speak for some of them.
 */
public record DemoPeople(List<Unit> units, List<Person> people) {

    /** A unit and the agency (instansi) it belongs to. */
    public record Unit(String code, String agency, String name) {
    }

    /** One person; {@code supervisor} is the NIP of their direct supervisor, absent for a unit's head. */
    public record Person(String nip, EmployeeType type, String unit, String name, String email, String phone,
            String positionCode, String positionName, String supervisor) {

        ParticipantDefinition definition(Unit of) {
            return new ParticipantDefinition(name, new Contact(email, phone), of.agency(), unit, positionCode,
                    positionName, supervisor);
        }
    }

    public Map<String, Unit> unitsByCode() {
        return units.stream().collect(Collectors.toMap(Unit::code, Function.identity()));
    }
}
