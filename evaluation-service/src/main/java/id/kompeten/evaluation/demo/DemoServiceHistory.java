package id.kompeten.evaluation.demo;

import id.kompeten.evaluation.domain.OperationalRecord;
import id.kompeten.evaluation.domain.SkmElement;
import id.kompeten.evaluation.service.SurveyInput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One month of a demo unit's history: its survey responses and operational record, drawn from the unit's typical
 * month ({@link DemoServiceQuality.History}) plus the common trend, plus the change after training for months after
 * the training's end month. Seeded by unit and month, so every local run draws the same history.
 */
final class DemoServiceHistory {

    private static final List<String> AGE_BANDS = List.of("18-25", "26-35", "36-45", "46-55", "56+");
    private static final List<String> GENDERS = List.of("L", "P");
    private static final List<String> EDUCATION = List.of("SD", "SMP", "SMA", "D3", "S1", "S2");
    private static final List<String> OCCUPATIONS = List.of("PNS", "TNI/Polri", "Swasta", "Wirausaha", "Pelajar",
            "Lainnya");

    /** A month's drawn responses and operational figures. */
    record Month(List<SurveyInput> responses, OperationalRecord.Figures operations) {
    }

    private DemoServiceHistory() {
    }

    /**
     * @param unit         the unit
     * @param trend        the common trend
     * @param monthsAgo    how many months before the current month (1 = last month): the trend runs towards today
     * @param month        the month drawn
     * @param trainingEnd  the last day of the unit's training session; null when its staff did not train
     */
    static Month draw(DemoServiceQuality.Unit unit, DemoServiceQuality.Trend trend, int monthsAgo, YearMonth month,
            LocalDate trainingEnd) {
        DemoServiceQuality.History history = unit.history();
        Random random = new Random((unit.code() + "/" + month).hashCode());
        boolean trained = trainingEnd != null && month.isAfter(YearMonth.from(trainingEnd));
        DemoServiceQuality.Change change = trained ? history.afterTraining() : null;
        // Older months lie further below today's level: the trend rises towards the current month.
        double elapsed = -monthsAgo;
        Map<SkmElement, Double> means = new LinkedHashMap<>();
        for (SkmElement element : SkmElement.values()) {
            double mean = history.scores().get(element.name()) + trend.scorePerMonth() * elapsed;
            if (change != null) {
                mean += change.scores().getOrDefault(element.name(), 0.0);
            }
            means.put(element, Math.max(1.0, Math.min(4.0, mean)));
        }
        int respondents = history.respondents() + random.nextInt(11) - 5;
        List<SurveyInput> responses = new ArrayList<>(respondents);
        for (int i = 0; i < respondents; i++) {
            Map<String, Integer> scores = new LinkedHashMap<>();
            means.forEach((element, mean) -> scores.put(element.name(), score(random, mean)));
            LocalDate day = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
            String serviceType = unit.serviceTypes().get(random.nextInt(unit.serviceTypes().size()));
            responses.add(new SurveyInput(day, serviceType, scores, new SurveyInput.Respondent(pick(random, AGE_BANDS),
                    pick(random, GENDERS), pick(random, EDUCATION), pick(random, OCCUPATIONS))));
        }
        int transactions = (int) Math.round(history.transactions() * (0.95 + random.nextDouble() * 0.1));
        double waiting = history.waitingMinutes() + trend.waitingMinutesPerMonth() * elapsed
                + (change == null ? 0 : change.waitingMinutes()) + random.nextGaussian() * 1.5;
        double processing = history.processingMinutes() + (change == null ? 0 : change.processingMinutes())
                + random.nextGaussian() * 2;
        double perThousand = history.complaintsPerThousand() + (change == null ? 0 : change.complaintsPerThousand());
        int complaints = (int) Math.max(0, Math.round(transactions * perThousand / 1000 + random.nextGaussian()));
        int resolved = Math.max(0, complaints - random.nextInt(2));
        return new Month(responses, new OperationalRecord.Figures(transactions, minutes(waiting), minutes(processing),
                complaints, resolved));
    }

    /** A whole score 1-4 whose expectation is {@code mean}: the two nearest scores, weighted. */
    private static int score(Random random, double mean) {
        int low = (int) Math.floor(mean);
        double upper = mean - low;
        int score = random.nextDouble() < upper ? low + 1 : low;
        return Math.max(SkmElement.MIN_SCORE, Math.min(SkmElement.MAX_SCORE, score));
    }

    private static BigDecimal minutes(double value) {
        return BigDecimal.valueOf(Math.max(1.0, value)).setScale(2, RoundingMode.HALF_UP);
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
