package id.kompeten.training.service;

import id.kompeten.platform.error.ApiProblem.FieldError;
import id.kompeten.training.domain.Competency;
import id.kompeten.training.domain.CompetencyRepository;
import id.kompeten.training.domain.CourseDefinition;
import id.kompeten.training.domain.Provider;
import id.kompeten.training.domain.ProviderRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules on a course's fields that bean validation cannot express: the competencies it develops exist, are listed
 * once and are active; its provider exists and is active; each objective is one line. The competencies and providers
 * are loaded once for any number of bodies (an import checks thousands), so checking costs two queries in all.
 */
final class CourseReferences {

    private final Map<String, Competency> competencies;
    private final Map<String, Provider> providers;

    private CourseReferences(Map<String, Competency> competencies, Map<String, Provider> providers) {
        this.competencies = competencies;
        this.providers = providers;
    }

    /** The competencies and providers these bodies name (null entries, as in invalid import rows, are skipped). */
    static CourseReferences load(CompetencyRepository competencyRepository, ProviderRepository providerRepository,
            Collection<? extends CourseFields> bodies) {
        Set<String> codes = bodies.stream()
                .filter(body -> body.competencies() != null)
                .flatMap(body -> body.competencies().stream())
                .filter(Objects::nonNull)
                .map(CourseFields.Competency::code)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<String> providerIds = bodies.stream()
                .map(CourseFields::providerId)
                .filter(Objects::nonNull)
                .map(String::strip)
                .collect(Collectors.toSet());
        Map<String, Competency> competencies = codes.isEmpty()
                ? Map.of()
                : competencyRepository.list("code in ?1", codes).stream()
                        .collect(Collectors.toMap(Competency::code, Function.identity()));
        Map<String, Provider> providers = providerIds.isEmpty()
                ? Map.of()
                : providerRepository.list("id in ?1", providerIds).stream()
                        .collect(Collectors.toMap(Provider::id, Function.identity()));
        return new CourseReferences(competencies, providers);
    }

    /**
     * What is wrong with the body's references and objectives, each error naming the field by its JSON path
     * ({@code competencies[2].code}, {@code providerId}, {@code objectives[0]}); empty when nothing is.
     *
     * @param current the course's definition now, or null for a new course. A competency or provider the course
     *                already has stays allowed once deactivated: deactivation keeps existing courses as they are and
     *                only keeps them out of new choices.
     */
    List<FieldError> check(CourseFields body, CourseDefinition current) {
        List<FieldError> errors = new ArrayList<>();
        if (body.objectives() != null) {
            for (int i = 0; i < body.objectives().size(); i++) {
                String objective = body.objectives().get(i);
                if (objective != null && !CourseDefinition.isOneLine(objective)) {
                    errors.add(new FieldError("objectives[" + i + "]", "validation.course.objective.one-line"));
                }
            }
        }
        Set<String> kept = current == null
                ? Set.of()
                : current.competencies().stream().map(CourseDefinition.CompetencyTarget::competencyCode)
                        .collect(Collectors.toSet());
        if (body.competencies() != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < body.competencies().size(); i++) {
                CourseFields.Competency target = body.competencies().get(i);
                if (target == null || target.code() == null) {
                    continue;
                }
                String field = "competencies[" + i + "].code";
                Competency competency = competencies.get(target.code());
                if (!seen.add(target.code())) {
                    errors.add(new FieldError(field, "validation.course.competency.duplicate", target.code()));
                } else if (competency == null) {
                    errors.add(new FieldError(field, "validation.course.competency.unknown", target.code()));
                } else if (!competency.active() && !kept.contains(competency.code())) {
                    errors.add(new FieldError(field, "validation.course.competency.inactive", target.code()));
                }
            }
        }
        if (body.providerId() != null && !body.providerId().isBlank()) {
            String id = body.providerId().strip();
            Provider provider = providers.get(id);
            if (provider == null) {
                errors.add(new FieldError("providerId", "validation.course.provider.unknown", id));
            } else if (!provider.active() && (current == null || !current.providerId().equals(id))) {
                errors.add(new FieldError("providerId", "validation.course.provider.inactive", provider.name()));
            }
        }
        return errors;
    }

    /** A provider the checked bodies name; present for any body that passed {@link #check}. */
    Optional<Provider> provider(String id) {
        return Optional.ofNullable(providers.get(id));
    }
}
