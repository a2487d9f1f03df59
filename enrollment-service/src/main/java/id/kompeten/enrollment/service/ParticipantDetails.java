package id.kompeten.enrollment.service;

import id.kompeten.enrollment.domain.EmployeeType;
import id.kompeten.enrollment.domain.Participant;
import id.kompeten.enrollment.domain.ParticipantDefinition;
import java.time.Instant;

/** A participant as a caller who may see them sees them: everything (reads are refused as a whole, not in part). */
public record ParticipantDetails(String nip, EmployeeType employeeType, ParticipantDefinition definition,
        boolean active, long version, Instant createdAt, Instant updatedAt) {

    static ParticipantDetails of(Participant participant) {
        return new ParticipantDetails(participant.nip(), participant.employeeType(), participant.definition(),
                participant.active(), participant.version(), participant.createdAt(), participant.updatedAt());
    }
}
