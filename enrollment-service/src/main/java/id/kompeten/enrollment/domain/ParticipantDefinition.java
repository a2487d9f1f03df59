package id.kompeten.enrollment.domain;

/**
 * What a unit admin (or the personnel system) records about a participant, besides the number and employee type that
 * identify them for good. Texts stripped; optional ones null when absent.
 *
 * @param supervisorNip the NIP of the direct supervisor (atasan langsung), who approves enrollments; null for someone
 *                      whose supervisor is not a civil servant (e.g. a regional secretary reporting to the mayor)
 */
public record ParticipantDefinition(String name, Contact contact, String agency, String unitCode, String positionCode,
        String positionName, String supervisorNip) {

    /** The same definition with the supervisor's number as stored ({@link EmployeeNumber#canonical}). */
    public ParticipantDefinition canonical() {
        return new ParticipantDefinition(name, contact, agency, unitCode, positionCode, positionName,
                EmployeeNumber.canonical(supervisorNip));
    }
}
