package id.kompeten.evaluation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the service-unit scorecard and the agency dashboard (ScorecardService, DashboardService). */
@ConfigMapping(prefix = "kompeten.evaluation.reporting")
public interface ReportingConfig {

    /**
     * The yearly learning hours every civil servant must reach (20 JP, the national development-hours rule); staff
     * with at least this many JP of completions in the calendar year count as compliant.
     */
    @WithDefault("20")
    int jpMinimum();

    /** Competencies listed in a scorecard's top gaps (most staff below standard first). */
    @WithDefault("5")
    int scorecardTopGaps();

    /** Competencies listed in the dashboard's top gaps across the agency. */
    @WithDefault("10")
    int dashboardTopGaps();

    /**
     * Courses listed in the dashboard's ranking by measured effect (the best first); a dashboard shows a ranking, not
     * the catalogue, and each course's full figures are on its effectiveness.
     */
    @WithDefault("20")
    int dashboardTopCourses();
}
