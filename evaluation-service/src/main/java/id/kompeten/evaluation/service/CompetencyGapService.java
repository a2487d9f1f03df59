package id.kompeten.evaluation.service;

import id.kompeten.catalogreplica.CatalogReplica;
import id.kompeten.catalogreplica.CompetencyReplica;
import id.kompeten.catalogreplica.CourseCompetencyReplica;
import id.kompeten.catalogreplica.CourseReplica;
import id.kompeten.evaluation.domain.CompetencyLevel;
import id.kompeten.evaluation.domain.CompetencyLevelRepository;
import id.kompeten.evaluation.domain.CourseCompletion;
import id.kompeten.evaluation.domain.CourseCompletionRepository;
import id.kompeten.evaluation.domain.Employee;
import id.kompeten.evaluation.domain.EmployeeRepository;
import id.kompeten.evaluation.domain.GapAnalysis;
import id.kompeten.evaluation.domain.PositionStandard;
import id.kompeten.evaluation.domain.PositionStandardRepository;
import id.kompeten.evaluation.domain.StandardRequirement;
import id.kompeten.evaluation.domain.UnitGapAggregation;
import id.kompeten.platform.error.NotFoundProblem;
import id.kompeten.platform.security.AccessPolicy;
import id.kompeten.platform.security.Owner;
import id.kompeten.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Gap analysis: a person's profile against a position's standard, with the published courses (from the catalogue
 * replica) that would close the gaps; and a unit's staff against their own positions' standards. Read-only; the rules
 * are {@link GapAnalysis} and {@link UnitGapAggregation}.
 */
@ApplicationScoped
public class CompetencyGapService {

    private final EmployeeAccess access;
    private final AccessPolicy policy;
    private final EmployeeRepository employees;
    private final CourseCompletionRepository completions;
    private final CompetencyLevelRepository levels;
    private final PositionStandardRepository standards;
    private final CatalogReplica catalog;

    CompetencyGapService(EmployeeAccess access, AccessPolicy policy, EmployeeRepository employees,
            CourseCompletionRepository completions, CompetencyLevelRepository levels,
            PositionStandardRepository standards, CatalogReplica catalog) {
        this.access = access;
        this.policy = policy;
        this.employees = employees;
        this.completions = completions;
        this.levels = levels;
        this.standards = standards;
        this.catalog = catalog;
    }

    /**
     * The person against the standard of {@code positionCode}, or of their own position when null. 404 when the
     * caller may not read the person's records or evaluation does not know them, and when the position has no
     * standard.
     */
    public PersonGaps ofEmployee(String nip, String positionCode) {
        access.requireReadable(nip);
        PersonGaps.Person person = person(nip);
        String code = positionCode == null ? person.positionCode() : positionCode;
        PositionStandard standard = standards.findWithRequirements(code)
                .orElseThrow(() -> new NotFoundProblem(PositionStandardService.RESOURCE, code));
        List<StandardRequirement> requirements = standard.requirements();

        Map<String, CompetencyLevel> profile = levels.ofEmployee(nip).stream()
                .collect(Collectors.toMap(CompetencyLevel::competencyCode, Function.identity()));
        Map<String, Integer> current = profile.values().stream()
                .collect(Collectors.toMap(CompetencyLevel::competencyCode, CompetencyLevel::level));
        // Candidates: for each gap, the published courses reaching its required level (a standard has few lines).
        Map<String, CourseReplica> candidates = new LinkedHashMap<>();
        for (StandardRequirement requirement : requirements) {
            if (current.getOrDefault(requirement.competencyCode(), 0) < requirement.minLevel()) {
                catalog.publishedCoursesReaching(requirement.competencyCode(), requirement.minLevel())
                        .forEach(course -> candidates.putIfAbsent(course.id(), course));
            }
        }
        GapAnalysis.Result result = GapAnalysis.analyse(requirements, current,
                candidates.values().stream().map(CompetencyGapService::course).toList());

        Map<String, CompetencyReplica> names = catalog.competencies(codes(requirements));
        Map<String, Integer> required = requirements.stream()
                .collect(Collectors.toMap(StandardRequirement::competencyCode, StandardRequirement::minLevel));
        List<PersonGaps.Line> lines = result.lines().stream().map(line -> {
            CompetencyReplica competency = names.get(line.competencyCode());
            CompetencyLevel level = profile.get(line.competencyCode());
            return new PersonGaps.Line(line.competencyCode(), competency == null ? null : competency.nameId(),
                    competency == null ? null : competency.nameEn(), line.requiredLevel(), line.currentLevel(),
                    level == null ? null : level.source(), level == null ? null : level.obtainedOn(), line.gap(),
                    line.met(), line.closingCourseIds());
        }).toList();
        List<PersonGaps.Course> suggestions = result.suggestions().stream().map(suggestion -> new PersonGaps.Course(
                suggestion.course().id(), suggestion.course().code(), suggestion.course().title(),
                suggestion.course().jp(), suggestion.closes().entrySet().stream()
                        .map(closes -> new PersonGaps.Closes(closes.getKey(), required.get(closes.getKey()),
                                closes.getValue()))
                        .toList()))
                .toList();
        return new PersonGaps(person, new PersonGaps.Position(standard.positionCode(), standard.positionName(),
                standard.version()), code.equals(person.positionCode()), lines, suggestions);
    }

    /**
     * The unit's active staff (optionally only those holding {@code positionCode}), each against their own position's
     * standard. ADMIN, INTEGRATION and EVALUATOR read every unit, a UNIT_ADMIN their own (403 otherwise).
     */
    public UnitGaps ofUnit(String unitCode, String positionCode) {
        policy.requireAccess(Owner.unit(unitCode), Roles.EVALUATOR);
        return gapsOf(unitCode, positionCode);
    }

    /** {@link #ofUnit} for a caller who has checked access (the unit's training recommendations). */
    UnitGaps gapsOf(String unitCode, String positionCode) {
        List<Employee> staff = employees.activeOfUnit(unitCode).stream()
                .filter(employee -> positionCode == null || positionCode.equals(employee.positionCode()))
                .toList();
        Map<String, List<StandardRequirement>> byPosition = standards.findByCodes(
                        staff.stream().map(Employee::positionCode).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(PositionStandard::positionCode, PositionStandard::requirements));
        Map<String, Map<String, Integer>> profiles = levels.ofEmployees(staff.stream().map(Employee::nip).toList())
                .stream()
                .collect(Collectors.groupingBy(CompetencyLevel::nip,
                        Collectors.toMap(CompetencyLevel::competencyCode, CompetencyLevel::level)));
        UnitGapAggregation.Result totals = UnitGapAggregation.aggregate(staff.stream()
                .map(employee -> new UnitGapAggregation.Member(employee.nip(), employee.name(),
                        employee.positionCode()))
                .toList(), byPosition, profiles);
        Map<String, CompetencyReplica> names = catalog.competencies(totals.competencies().stream()
                .map(UnitGapAggregation.CompetencyTotals::competencyCode).toList());
        return new UnitGaps(unitCode, positionCode, totals, totals.competencies().stream().map(line -> {
            CompetencyReplica competency = names.get(line.competencyCode());
            return new UnitGaps.CompetencyName(line.competencyCode(), competency == null ? null : competency.nameId(),
                    competency == null ? null : competency.nameEn());
        }).toList());
    }

    /** The person as the employee replica has them, or else as their latest completion does (without a name). */
    private PersonGaps.Person person(String nip) {
        Employee employee = employees.findById(nip);
        if (employee != null) {
            return new PersonGaps.Person(nip, employee.name(), employee.unitCode(), employee.positionCode(),
                    employee.positionName());
        }
        CourseCompletion latest = completions.latestOfEmployee(nip)
                .orElseThrow(() -> new NotFoundProblem(EmployeeAccess.RESOURCE, nip));
        return new PersonGaps.Person(nip, null, latest.unitCode(), latest.positionCode(), latest.positionName());
    }

    private static GapAnalysis.Course course(CourseReplica course) {
        return new GapAnalysis.Course(course.id(), course.code(), course.title(), course.jp(),
                course.competencies().stream().collect(Collectors.toMap(CourseCompetencyReplica::code,
                        CourseCompetencyReplica::level, Math::max)));
    }

    private static List<String> codes(Collection<StandardRequirement> requirements) {
        return requirements.stream().map(StandardRequirement::competencyCode).toList();
    }
}
