package id.kompeten.enrollment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the enrollment lifecycle (EnrollmentService, SeatKeeper) and the service's one yearly JP minimum (also
 * TranscriptService's). "Today" uses kompeten.agency.zone.
 */
@ConfigMapping(prefix = "kompeten.enrollments")
public interface EnrollmentConfig {

    /**
     * JP (jam pelajaran, 45 minutes) of competency development every ASN should receive per calendar year (20 JP by
     * the civil-service rules). The one minimum of the service: transcripts and the compliance report measure against
     * it, and the JP-deficit waitlist policy puts those furthest below it, in the session's year, first.
     */
    @WithDefault("20")
    int yearlyMinimumJp();

    /** At most this many people per bulk nomination request; larger lists are refused with 400 and must be split. */
    @WithDefault("500")
    int bulkMaxRows();
}
