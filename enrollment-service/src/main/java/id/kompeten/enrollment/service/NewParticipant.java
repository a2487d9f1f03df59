package id.kompeten.enrollment.service;

import id.kompeten.enrollment.domain.EmployeeType;
import id.kompeten.enrollment.domain.ParticipantDefinition;

/**
 * A participant to register as a body of the API gives it (the bodies implement this), possibly invalid: the import
 * validates each row itself, so that every error of every row is reported at once.
 */
public interface NewParticipant {

    /** The NIP or NI PPPK as sent. */
    String nip();

    EmployeeType employeeType();

    /** The unit as sent. */
    String unitCode();

    /** The supervisor's NIP as sent; null when none. */
    String supervisorNip();

    /** The recorded fields, texts stripped; only for a body that passed bean validation. */
    ParticipantDefinition toDefinition();
}
