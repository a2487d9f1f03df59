package id.kompeten.evaluation.service;

import id.kompeten.evaluation.domain.SkmMapSource;
import id.kompeten.catalogreplica.CompetencyReplica;
import id.kompeten.catalogreplica.CourseReplica;
import id.kompeten.catalogreplica.SessionReplica;
import id.kompeten.evaluation.domain.SkmResult;
import id.kompeten.evaluation.domain.TrainingNeeds;
import java.time.YearMonth;
import java.util.List;

/**
 * What training an organisational unit needs and where to get it.
 *
 * @param period        the period as requested; null when the default (the last three complete months) was used
 * @param serviceUnits  the codes of the service units whose parent is the unit (their SKM summed)
 * @param agency        the service units' agency (the most frequent, when they differ); null without service units
 * @param mapSource     whose element → competency map was used; null without service units
 * @param skm           the service units' SKM summed over the months
 * @param staff         the unit's active staff against their position standards
 * @param items         the competencies to develop, in order
 */
public record TrainingRecommendations(String unitCode, String period, YearMonth firstMonth, YearMonth lastMonth,
        List<String> serviceUnits, String agency, SkmMapSource mapSource, SkmResult skm,
        List<TrainingNeeds.WeakElement> weakElements, Staff staff, List<Item> items) {

    /** Active staff; those whose position has a standard are measured. */
    public record Staff(int active, int measured, int withoutStandard) {
    }

    /** A competency to develop (its name null while the catalogue copy lacks it) and the courses that develop it. */
    public record Item(TrainingNeeds.Need need, CompetencyReplica competency, String reasonId, String reasonEn,
            List<Course> courses) {
    }

    /** A published course developing the competency up to {@code level}, with its upcoming open sessions. */
    public record Course(CourseReplica course, int level, List<SessionReplica> sessions) {
    }
}
