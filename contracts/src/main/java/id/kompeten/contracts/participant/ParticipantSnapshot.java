package id.kompeten.contracts.participant;

import java.time.Instant;

/**
 * A participant (ASN) as they stand after a change, without contact data.
 *
 * @param nip           their NIP (PNS, 18 digits) or NI PPPK (PPPK); the key
 * @param employeeType  {@code PNS} or {@code PPPK}
 * @param name          full name, as the register holds it
 * @param agency        the agency (instansi), e.g. Pemerintah Kota Sibolga
 * @param unitCode      the unit (perangkat daerah / unit kerja) they work in now
 * @param positionCode  their position (jabatan) code now
 * @param positionName  its name
 * @param supervisorNip their direct supervisor now; null when none is recorded
 * @param active        false once deactivated (retired, moved to another agency): records stay, enrollment stops
 * @param version       the register's version of the person (grows with every change); newer wins in a replica
 * @param updatedAt     when the register last changed them
 */
public record ParticipantSnapshot(
        String nip,
        String employeeType,
        String name,
        String agency,
        String unitCode,
        String positionCode,
        String positionName,
        String supervisorNip,
        boolean active,
        long version,
        Instant updatedAt) {
}
