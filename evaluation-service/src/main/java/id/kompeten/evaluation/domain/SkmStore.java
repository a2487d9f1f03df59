package id.kompeten.evaluation.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * SKM responses and their per-unit, per-month sums ({@code skm_month}). Each submission adds its responses to the sums
 * in the same transaction with {@code INSERT ... ON DUPLICATE KEY UPDATE sum = sum + ?}: the row lock that statement
 * takes serialises concurrent submissions for one unit and month, and the addition happens in the database, so none
 * is lost. Results of any period are then read from at most 12 rows per unit and year.
 */
@ApplicationScoped
public class SkmStore {

    /** Rows per multi-row INSERT: 16 parameters each, well under the driver's limits. */
    private static final int CHUNK = 500;
    private static final String SUM_COLUMNS = "sum_u1, sum_u2, sum_u3, sum_u4, sum_u5, sum_u6, sum_u7, sum_u8, sum_u9";

    private final EntityManager entityManager;

    SkmStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Stores the responses (must run in the transaction that also calls {@link #addToMonth}). */
    public void insert(String unitCode, List<SkmResponse> responses, Instant at) {
        for (int start = 0; start < responses.size(); start += CHUNK) {
            List<SkmResponse> chunk = responses.subList(start, Math.min(responses.size(), start + CHUNK));
            StringBuilder sql = new StringBuilder("INSERT INTO skm_response (service_unit_code, response_date,"
                    + " service_type, u1, u2, u3, u4, u5, u6, u7, u8, u9, age_band, gender, education, occupation,"
                    + " created_at) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            }
            Query insert = entityManager.createNativeQuery(sql.toString());
            int p = 1;
            for (SkmResponse response : chunk) {
                insert.setParameter(p++, unitCode);
                insert.setParameter(p++, response.date());
                insert.setParameter(p++, response.serviceType());
                for (SkmElement element : SkmElement.values()) {
                    insert.setParameter(p++, response.scores().get(element));
                }
                insert.setParameter(p++, response.ageBand());
                insert.setParameter(p++, response.gender());
                insert.setParameter(p++, response.education());
                insert.setParameter(p++, response.occupation());
                insert.setParameter(p++, at);
            }
            insert.executeUpdate();
        }
    }

    /**
     * Adds a month's new responses to its sums. Call for the months of one request in ascending order, so two
     * requests spanning the same months lock them in the same order.
     */
    public void addToMonth(String unitCode, YearMonth month, SkmResult added) {
        StringBuilder sql = new StringBuilder("INSERT INTO skm_month (service_unit_code, month_start, respondents, ")
                .append(SUM_COLUMNS).append(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .append(" ON DUPLICATE KEY UPDATE respondents = respondents + ?");
        for (SkmElement element : SkmElement.values()) {
            String column = "sum_" + element.name().toLowerCase();
            sql.append(", ").append(column).append(" = ").append(column).append(" + ?");
        }
        Query upsert = entityManager.createNativeQuery(sql.toString());
        int p = 1;
        upsert.setParameter(p++, unitCode);
        upsert.setParameter(p++, month.atDay(1));
        upsert.setParameter(p++, added.respondents());
        for (SkmElement element : SkmElement.values()) {
            upsert.setParameter(p++, added.sum(element));
        }
        upsert.setParameter(p++, added.respondents());
        for (SkmElement element : SkmElement.values()) {
            upsert.setParameter(p++, added.sum(element));
        }
        upsert.executeUpdate();
    }

    /** The sums of each of the unit's months from {@code first} to {@code last} that has responses. */
    public Map<YearMonth, SkmResult> months(String unitCode, YearMonth first, YearMonth last) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT month_start, respondents, " + SUM_COLUMNS
                        + " FROM skm_month WHERE service_unit_code = ?1 AND month_start BETWEEN ?2 AND ?3")
                .setParameter(1, unitCode)
                .setParameter(2, first.atDay(1))
                .setParameter(3, last.atDay(1))
                .getResultList();
        Map<YearMonth, SkmResult> months = new HashMap<>();
        for (Object[] row : rows) {
            Map<SkmElement, Long> sums = new EnumMap<>(SkmElement.class);
            for (SkmElement element : SkmElement.values()) {
                sums.put(element, ((Number) row[2 + element.ordinal()]).longValue());
            }
            months.put(YearMonth.from(toLocalDate(row[0])), new SkmResult(((Number) row[1]).longValue(), sums));
        }
        return months;
    }

    /** All the months' sums together. */
    public SkmResult total(String unitCode, YearMonth first, YearMonth last) {
        return months(unitCode, first, last).values().stream().reduce(SkmResult.empty(), SkmResult::plus);
    }

    /** Whether the unit has any stored response. */
    public boolean hasResponses(String unitCode) {
        return !entityManager.createNativeQuery("SELECT 1 FROM skm_month WHERE service_unit_code = ?1 LIMIT 1")
                .setParameter(1, unitCode).getResultList().isEmpty();
    }

    private static java.time.LocalDate toLocalDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (java.time.LocalDate) value;
    }

    /** Months of the responses, ascending, with each month's sums. */
    public static Map<YearMonth, SkmResult> byMonth(List<SkmResponse> responses) {
        return responses.stream().collect(Collectors.groupingBy(response -> YearMonth.from(response.date()),
                java.util.TreeMap::new, Collectors.reducing(SkmResult.empty(), SkmStore::single, SkmResult::plus)));
    }

    private static SkmResult single(SkmResponse response) {
        Map<SkmElement, Long> sums = new EnumMap<>(SkmElement.class);
        response.scores().forEach((element, score) -> sums.put(element, score.longValue()));
        return new SkmResult(1, sums);
    }
}
