package id.kompeten.evaluation.service;

import id.kompeten.evaluation.domain.SkmMapSource;
import id.kompeten.catalogreplica.CatalogReplica;
import id.kompeten.evaluation.domain.SkmCompetencyMap;
import id.kompeten.evaluation.domain.SkmCompetencyMapRepository;
import id.kompeten.evaluation.domain.SkmCompetencyMapping;
import id.kompeten.evaluation.domain.SkmElement;
import id.kompeten.platform.api.VersionPrecondition;
import id.kompeten.platform.error.ApiProblem.FieldError;
import id.kompeten.platform.error.ConflictProblem;
import id.kompeten.platform.error.InvalidInputProblem;
import id.kompeten.platform.error.PreconditionFailedProblem;
import id.kompeten.platform.error.UniqueKeys;
import id.kompeten.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Per agency, which competencies develop each SKM element ({@link SkmCompetencyMapping}). An agency without its own
 * map uses the defaults. Its own map is created by a PUT without If-Match (or with the defaults' ETag), replaced by one
 * with the current ETag, and deleted (back to the defaults) with it; every change of an existing map locks its row
 * first, so concurrent changes take turns and the later one sees the new version (412).
 */
@ApplicationScoped
public class SkmCompetencyMapService {

    /** The ETag value of the defaults: If-Match with it creates the agency's own map, and fails once one exists. */
    public static final String DEFAULT_TAG = "default";
    private static final String DEFAULT_ETAG = "\"" + DEFAULT_TAG + "\"";

    private final SkmCompetencyMapRepository maps;
    private final CatalogReplica catalog;
    private final CurrentUser currentUser;
    private final Clock clock;

    SkmCompetencyMapService(SkmCompetencyMapRepository maps, CatalogReplica catalog, CurrentUser currentUser,
            Clock clock) {
        this.maps = maps;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** What a PUT did: the map as stored, and whether it was created. */
    public record Saved(SkmCompetencyMapDetails map, boolean created) {
    }

    /** The agency's own map, or the defaults when it has none. */
    @Transactional
    public SkmCompetencyMapDetails get(String agency) {
        return maps.findWithLines(agency).map(this::details).orElseGet(() -> defaults(agency));
    }

    /** The agency's own mapping; empty when it uses the defaults. */
    @Transactional
    public Optional<SkmCompetencyMapping> ownMapping(String agency) {
        return maps.findWithLines(agency).map(SkmCompetencyMap::mapping);
    }

    /**
     * Creates the agency's map (no If-Match, or the defaults' ETag) or replaces it (If-Match with its ETag, required
     * then: 428 without, 412 when stale). 400 naming each faulty field: an element other than U1..U9
     * ({@code elements.U10}), an unknown, deactivated or repeated competency ({@code elements.U7[1]}).
     *
     * @param elements     competency codes by element code, as the request gives them
     * @param ifMatch the request's If-Match, null when it had none
     */
    @Transactional
    public Saved put(String agency, Map<String, List<String>> elements, String ifMatch) {
        SkmCompetencyMapping mapping = check(elements);
        Instant now = Instant.now(clock);
        String by = currentUser.subject();
        // A plain look-up first: locking an absent key would take a gap lock, on which two creates deadlock.
        if (maps.exists(agency)) {
            VersionPrecondition precondition = VersionPrecondition.fromIfMatch(ifMatch); // 428 without
            SkmCompetencyMap map = maps.findForUpdate(agency) // deleted since the look-up: the defaults are current
                    .orElseThrow(() -> new PreconditionFailedProblem(DEFAULT_ETAG));
            precondition.check(map.version());
            if (map.replace(mapping, now, by)) {
                maps.flush(); // the answer carries the version the change is stored with
            }
            return new Saved(details(map), false);
        }
        if (ifMatch != null) {
            requireDefaultsSeen(ifMatch); // the client saw the defaults, not a map deleted since
        }
        SkmCompetencyMap map = new SkmCompetencyMap(agency, mapping, now, by);
        UniqueKeys.writeOrConflict(UniqueKeys.PRIMARY_KEY, () -> maps.persistAndFlush(map),
                () -> new ConflictProblem("problem.skm-competency-map.created-meanwhile.detail", agency));
        return new Saved(details(map), true);
    }

    /**
     * Deletes the agency's own map (back to the defaults); If-Match required (428), 412 when stale. An agency already
     * on the defaults is left so (with If-Match naming them).
     */
    @Transactional
    public void delete(String agency, String ifMatch) {
        VersionPrecondition precondition = VersionPrecondition.fromIfMatch(ifMatch);
        Optional<SkmCompetencyMap> map = maps.exists(agency) ? maps.findForUpdate(agency) : Optional.empty();
        if (map.isEmpty()) {
            requireDefaultsSeen(ifMatch);
            return;
        }
        precondition.check(map.get().version());
        maps.delete(map.get());
    }

    /** Every fault at once; the element codes are the regulation's (U1..U9). */
    private SkmCompetencyMapping check(Map<String, List<String>> elements) {
        List<String> codes = elements.values().stream().filter(java.util.Objects::nonNull)
                .flatMap(List::stream).filter(java.util.Objects::nonNull).toList();
        CompetencyReferences references = CompetencyReferences.load(catalog, codes);
        List<FieldError> errors = new ArrayList<>();
        Map<SkmElement, List<String>> mapping = new EnumMap<>(SkmElement.class);
        elements.forEach((key, competencies) -> {
            String field = "elements." + key;
            SkmElement element = element(key);
            if (element == null) {
                errors.add(new FieldError(field, "validation.skm-map.element-unknown", key));
                return;
            }
            if (competencies == null) {
                errors.add(new FieldError(field, "validation.skm-map.required"));
                return;
            }
            if (competencies.size() > SkmCompetencyMapping.MAX_PER_ELEMENT) {
                errors.add(new FieldError(field, "validation.skm-map.too-many",
                        SkmCompetencyMapping.MAX_PER_ELEMENT));
                return;
            }
            Map<String, Integer> firstIndex = new HashMap<>();
            for (int i = 0; i < competencies.size(); i++) {
                String code = competencies.get(i);
                String at = field + "[" + i + "]";
                if (code == null || code.isBlank()) {
                    errors.add(new FieldError(at, "validation.skm-map.required"));
                    continue;
                }
                Integer first = firstIndex.putIfAbsent(code, i);
                if (first != null) {
                    errors.add(new FieldError(at, "validation.skm-map.duplicate", code, first));
                } else {
                    references.fault(at, code).ifPresent(errors::add);
                }
            }
            mapping.put(element, competencies);
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputProblem(errors);
        }
        return new SkmCompetencyMapping(mapping);
    }

    /** 412 unless If-Match names the defaults' ETag (or any, {@code *}), weak or strong, as VersionPrecondition reads. */
    private static void requireDefaultsSeen(String ifMatch) {
        boolean seen = java.util.Arrays.stream(ifMatch.split(",")).map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(DEFAULT_ETAG));
        if (!seen) {
            throw new PreconditionFailedProblem(DEFAULT_ETAG);
        }
    }

    private static SkmElement element(String key) {
        for (SkmElement element : SkmElement.values()) {
            if (element.name().equals(key)) {
                return element;
            }
        }
        return null;
    }

    private SkmCompetencyMapDetails details(SkmCompetencyMap map) {
        SkmCompetencyMapping mapping = map.mapping();
        return new SkmCompetencyMapDetails(map.agency(), SkmMapSource.AGENCY, mapping,
                map.version(), map.updatedAt(), map.updatedBy(), names(mapping));
    }

    private SkmCompetencyMapDetails defaults(String agency) {
        SkmCompetencyMapping mapping = SkmCompetencyMapping.DEFAULTS;
        return new SkmCompetencyMapDetails(agency, SkmMapSource.DEFAULT, mapping, null, null, null,
                names(mapping));
    }

    private Map<String, id.kompeten.catalogreplica.CompetencyReplica> names(SkmCompetencyMapping mapping) {
        return catalog.competencies(mapping.lines().stream().map(line -> line.competencyCode()).distinct().toList());
    }
}
