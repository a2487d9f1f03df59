package id.kompeten.evaluation.demo;

import java.util.List;
import java.util.Map;

/**
 * The demo's service units and the shape of their history ({@code demo/service-quality.json}): per unit its typical
 * month (survey respondents, transactions, times, complaints per 1,000 transactions, each element's mean score), and
 * for units whose staff trained, the demo session and how the unit's figures move in the months after it ended. A
 * common trend moves every unit a little each month, so a comparison unit is not flat and the difference in
 * differences is not the plain before/after change.
 */
public record DemoServiceQuality(int months, Trend commonTrend, List<Unit> units) {

    /** What changes every month for every unit (a citywide effect, unrelated to training). */
    public record Trend(double scorePerMonth, double waitingMinutesPerMonth) {
    }

    public record Unit(String code, String name, String agency, String parentUnitCode, String region,
            List<String> serviceTypes, List<String> keyCompetencies, int frontLineStaff, History history) {
    }

    /**
     * A unit's typical month; {@code trainedIn} (a demo session code) and {@code afterTraining} (changes added from
     * the month after that session's end) only for trained units.
     */
    public record History(String note, int respondents, int transactions, double waitingMinutes,
            double processingMinutes, double complaintsPerThousand, Map<String, Double> scores, String trainedIn,
            Change afterTraining) {
    }

    /** Added to the typical month after the training. */
    public record Change(Map<String, Double> scores, double waitingMinutes, double processingMinutes,
            double complaintsPerThousand) {
    }
}
