package id.kompeten.evaluation.service;

import id.kompeten.contracts.evaluation.ServiceQualityMeasured;
import id.kompeten.catalogreplica.CatalogReplica;
import id.kompeten.catalogreplica.CompetencyReplica;
import id.kompeten.evaluation.config.ServiceQualityConfig;
import id.kompeten.evaluation.domain.CompetencyLevel;
import id.kompeten.evaluation.domain.CompetencyLevelRepository;
import id.kompeten.evaluation.domain.Employee;
import id.kompeten.evaluation.domain.EmployeeRepository;
import id.kompeten.evaluation.domain.OperationalRecordRepository;
import id.kompeten.evaluation.domain.Period;
import id.kompeten.evaluation.domain.ServiceUnit;
import id.kompeten.evaluation.domain.SkmElement;
import id.kompeten.evaluation.domain.SkmResponse;
import id.kompeten.evaluation.domain.SkmResult;
import id.kompeten.evaluation.domain.SkmStore;
import id.kompeten.platform.error.ApiProblem.FieldError;
import id.kompeten.platform.error.InvalidInputProblem;
import id.kompeten.platform.messaging.OutboxWriter;
import id.kompeten.platform.runtime.AgencyConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Citizen satisfaction surveys (SKM, PermenPAN-RB 14/2017) of service units: responses come in batches, all or
 * nothing; each batch adds to the unit's per-month sums in its transaction (SkmStore) and publishes, per month it
 * touched, the month's new result (ServiceQualityMeasured). Results of a period are computed from those sums
 * (SkmResult: exact, rounded once).
 */
@ApplicationScoped
public class SkmService {

    /** A batch with thousands of faulty responses reports this many errors, not all. */
    static final int MAX_ERRORS = 100;
    private static final int MAX_TEXT = 100;

    private final ServiceUnitAccess access;
    private final SkmStore store;
    private final OperationalRecordRepository operations;
    private final OutboxWriter outbox;
    private final ServiceQualityConfig config;
    private final AgencyConfig agency;
    private final EmployeeRepository employees;
    private final CompetencyLevelRepository levels;
    private final CatalogReplica catalog;
    private final UnitTrainingRecordService training;
    private final Clock clock;

    SkmService(ServiceUnitAccess access, SkmStore store, OperationalRecordRepository operations, OutboxWriter outbox,
            ServiceQualityConfig config, AgencyConfig agency, EmployeeRepository employees,
            CompetencyLevelRepository levels, CatalogReplica catalog, UnitTrainingRecordService training, Clock clock) {
        this.access = access;
        this.store = store;
        this.operations = operations;
        this.outbox = outbox;
        this.config = config;
        this.agency = agency;
        this.employees = employees;
        this.levels = levels;
        this.catalog = catalog;
        this.training = training;
        this.clock = clock;
    }

    public int maxResponses() {
        return config.surveyMaxResponses();
    }

    /**
     * Stores the responses, all or none: 404 for an unknown unit, 403 for a caller who may not submit, 400 naming
     * every faulty field (up to {@value #MAX_ERRORS}), e.g. {@code responses[3].scores.U7}.
     *
     * @return how many were stored
     */
    @Transactional
    public int submit(String unitCode, List<SurveyInput> inputs) {
        access.requireSubmitter(unitCode);
        List<SkmResponse> responses = check(inputs);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        store.insert(unitCode, responses, now);
        // Ascending months: concurrent batches lock the month rows in one order.
        for (Map.Entry<YearMonth, SkmResult> month : SkmStore.byMonth(responses).entrySet()) {
            store.addToMonth(unitCode, month.getKey(), month.getValue());
            SkmResult result = store.total(unitCode, month.getKey(), month.getKey());
            outbox.publish(measured(unitCode, Period.monthOf(month.getKey().atDay(1)), result, now));
        }
        return responses.size();
    }

    /**
     * The unit's SKM result and operational figures in the period, its parent unit's staff's levels in its key
     * competencies and the parent unit's training record over the period; 404 unknown unit, 403 not the caller's.
     */
    @Transactional
    public ServiceQuality quality(String unitCode, Period period) {
        ServiceUnit unit = access.requireReadable(unitCode);
        SkmResult skm = store.total(unitCode, period.firstMonth(), period.lastMonth());
        return new ServiceQuality(unitCode, period, skm,
                OperationsSummary.of(operations.ofMonths(unitCode, period.firstMonth(), period.lastMonth())),
                staffCompetencies(unit), training.figures(unit.parentUnitCode(), period));
    }

    /** Per key competency, in the unit's order, the mean current level of the parent unit's active staff. */
    private List<ServiceQuality.StaffCompetency> staffCompetencies(ServiceUnit unit) {
        List<String> keys = unit.details().keyCompetencies();
        if (keys.isEmpty()) {
            return List.of();
        }
        List<String> staff = employees.activeOfUnit(unit.parentUnitCode()).stream().map(Employee::nip).toList();
        Map<String, List<Integer>> byCompetency = levels.ofEmployees(staff).stream()
                .collect(Collectors.groupingBy(CompetencyLevel::competencyCode,
                        Collectors.mapping(CompetencyLevel::level, Collectors.toList())));
        Map<String, CompetencyReplica> names = catalog.competencies(keys);
        return keys.stream().map(code -> {
            List<Integer> held = byCompetency.getOrDefault(code, List.of());
            BigDecimal mean = held.isEmpty() ? null
                    : BigDecimal.valueOf(held.stream().mapToLong(Integer::longValue).sum())
                            .divide(BigDecimal.valueOf(held.size()), 2, RoundingMode.HALF_UP);
            return new ServiceQuality.StaffCompetency(code, names.get(code), mean, held.size(), staff.size());
        }).toList();
    }

    static ServiceQualityMeasured measured(String unitCode, Period period, SkmResult result, Instant at) {
        List<ServiceQualityMeasured.Element> elements = Arrays.stream(SkmElement.values())
                .map(element -> new ServiceQualityMeasured.Element(element.name(), element.labelEn(),
                        result.nrr(element)))
                .toList();
        return new ServiceQualityMeasured(unitCode, period.text(), Math.toIntExact(result.respondents()), elements,
                result.ikmUnit(), result.ikm(), result.grade().name(), at);
    }

    private List<SkmResponse> check(List<SurveyInput> inputs) {
        if (inputs.size() > config.surveyMaxResponses()) {
            throw new InvalidInputProblem("responses", "validation.skm.too-many", inputs.size(),
                    config.surveyMaxResponses());
        }
        if (inputs.isEmpty()) {
            throw new InvalidInputProblem("responses", "validation.skm.empty");
        }
        LocalDate today = LocalDate.now(clock.withZone(agency.zone()));
        List<FieldError> errors = new ArrayList<>();
        List<SkmResponse> responses = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size() && errors.size() < MAX_ERRORS; i++) {
            String at = "responses[" + i + "].";
            SurveyInput input = inputs.get(i);
            if (input == null) {
                errors.add(new FieldError("responses[" + i + "]", "validation.skm.required"));
                continue;
            }
            if (input.date() == null) {
                errors.add(new FieldError(at + "date", "validation.skm.required"));
            } else if (input.date().isAfter(today)) {
                errors.add(new FieldError(at + "date", "validation.skm.date-future", today));
            }
            String serviceType = clean(input.serviceType());
            if (serviceType == null) {
                errors.add(new FieldError(at + "serviceType", "validation.skm.required"));
            }
            text(errors, at + "serviceType", serviceType);
            Map<SkmElement, Integer> scores = new EnumMap<>(SkmElement.class);
            Map<String, Integer> given = input.scores() == null ? Map.of() : input.scores();
            given.forEach((key, score) -> {
                SkmElement element = Arrays.stream(SkmElement.values()).filter(e -> e.name().equals(key)).findFirst()
                        .orElse(null);
                if (element == null) {
                    errors.add(new FieldError(at + "scores." + key, "validation.skm.element-unknown", key));
                } else if (score == null) {
                    errors.add(new FieldError(at + "scores." + key, "validation.skm.score-missing"));
                } else if (score < SkmElement.MIN_SCORE || score > SkmElement.MAX_SCORE) {
                    errors.add(new FieldError(at + "scores." + key, "validation.skm.score-range", score));
                } else {
                    scores.put(element, score);
                }
            });
            for (SkmElement element : SkmElement.values()) {
                if (!given.containsKey(element.name())) {
                    errors.add(new FieldError(at + "scores." + element.name(), "validation.skm.score-missing"));
                }
            }
            SurveyInput.Respondent respondent = input.respondent();
            String ageBand = respondent == null ? null : clean(respondent.ageBand());
            String gender = respondent == null ? null : clean(respondent.gender());
            String education = respondent == null ? null : clean(respondent.education());
            String occupation = respondent == null ? null : clean(respondent.occupation());
            text(errors, at + "respondent.ageBand", ageBand);
            text(errors, at + "respondent.gender", gender);
            text(errors, at + "respondent.education", education);
            text(errors, at + "respondent.occupation", occupation);
            responses.add(new SkmResponse(input.date(), serviceType, scores, ageBand, gender, education, occupation));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputProblem(errors.subList(0, Math.min(errors.size(), MAX_ERRORS)));
        }
        return responses;
    }

    private static void text(List<FieldError> errors, String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            errors.add(new FieldError(field, "validation.skm.too-long", MAX_TEXT));
        }
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
