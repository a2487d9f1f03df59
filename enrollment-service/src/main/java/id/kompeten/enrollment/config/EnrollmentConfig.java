package id.kompeten.enrollment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the enrollment lifecycle (EnrollmentService, SeatKeeper). "Today" uses kompeten.participants.zone. */
@ConfigMapping(prefix = "kompeten.enrollments")
public interface EnrollmentConfig {

    /**
     * The yearly JP minimum every ASN should reach (20 JP by the civil-service rules): the JP-deficit waitlist policy
     * puts those furthest below it, in the session's year, first.
     */
    @WithDefault("20")
    int yearlyMinimumJp();

    /** At most this many people per bulk nomination request; larger lists are refused with 400 and must be split. */
    @WithDefault("500")
    int bulkMaxRows();
}
