package id.kompeten.training.demo;

import id.kompeten.training.rest.CompetencyRequest;
import id.kompeten.training.rest.CourseRequest;
import id.kompeten.training.rest.ProviderRequest;
import id.kompeten.training.rest.SessionTrainerDto;
import java.util.List;

/**
 * The demo catalogue as written in {@code demo/catalogue.json}: the API's own request bodies, plus the few things that
 * depend on the day the demo is loaded (accreditation end, session dates) expressed relative to that day.
 */
record DemoCatalogue(List<CompetencyRequest> competencies, List<DemoProvider> providers, List<DemoCourse> courses,
        List<DemoRegion> regions, List<DemoSession> sessions) {

    /** A provider accredited for some years from the load day. */
    record DemoProvider(int accreditedForYears, ProviderRequest provider) {
    }

    /** A course of the provider with this name; its {@code providerId} is filled in when loading. */
    record DemoCourse(String provider, CourseRequest course) {
    }

    /** A kab/kota where every demo session runs once; {@code shortName} goes into session codes. */
    record DemoRegion(String code, String name, String shortName, String venue) {
    }

    /**
     * A session run in each of {@code regions} (short names; every region when absent), the first starting on the
     * Monday {@code startsInWeeks} weeks from the load day and each next region two weeks later; opened for enrollment
     * unless {@code open} is false. A negative {@code startsInWeeks} is an earlier run already held: it is opened,
     * started and completed, so enrollment can record its results. {@code run} numbers the course's runs in a region
     * (the last part of the session code, default 1; earlier runs use 0). A session with a {@code cancelled} reason is
     * opened and then cancelled with it.
     */
    record DemoSession(String course, int startsInWeeks, int capacity, String onlineLink,
            List<SessionTrainerDto> trainers, Boolean open, List<String> regions, Integer run, String cancelled) {

        boolean opens() {
            return open == null || open;
        }

        boolean held() {
            return startsInWeeks < 0;
        }

        boolean runsIn(DemoRegion region) {
            return regions == null || regions.contains(region.shortName());
        }

        int runNumber() {
            return run == null ? 1 : run;
        }
    }
}
