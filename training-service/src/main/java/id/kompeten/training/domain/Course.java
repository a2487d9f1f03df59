package id.kompeten.training.domain;

import id.kompeten.contracts.catalog.CourseSnapshot;
import id.kompeten.contracts.catalog.CourseStatus;
import id.kompeten.contracts.catalog.DeliveryMode;
import id.kompeten.contracts.catalog.LearningMethod;
import id.kompeten.contracts.catalog.ProviderType;
import id.kompeten.platform.error.ConflictProblem;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A course of the catalogue: DRAFT until published, PUBLISHED while it can be scheduled, then ARCHIVED. */
@Entity
@Table(name = "course")
public class Course {

    @Id
    private String id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String title;

    private String description;

    /** One objective per line (a column of its own so the full-text index covers them). */
    private String objectives;

    @ElementCollection
    @CollectionTable(name = "course_competency", joinColumns = @JoinColumn(name = "course_id"))
    private Set<CourseCompetencyLevel> competencies = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "course_method", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "method", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<LearningMethod> methods = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_mode", nullable = false)
    private DeliveryMode deliveryMode;

    @Column(nullable = false)
    private int jp;

    @Column(name = "provider_id", nullable = false)
    private String providerId;

    @Column(name = "min_attendance_percent", nullable = false)
    private int minAttendancePercent;

    @Column(name = "min_post_test_score", nullable = false)
    private int minPostTestScore;

    @ElementCollection
    @CollectionTable(name = "course_target_position", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "position_code", nullable = false)
    private Set<String> targetPositionCodes = new HashSet<>();

    @Column(name = "target_description")
    private String targetDescription;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CourseStatus status;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Course() {
    }

    /** A new draft; the code never changes afterwards. */
    public static Course draft(CourseDefinition definition, Instant now) {
        Course course = new Course();
        course.id = UUID.randomUUID().toString();
        course.code = definition.code();
        course.status = CourseStatus.DRAFT;
        course.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        course.apply(definition, now);
        return course;
    }

    /**
     * Replaces what the catalogue manager decides (the code stays); false, and nothing touched, when nothing differs.
     * Archived courses are frozen.
     */
    public boolean change(CourseDefinition definition, Instant now) {
        requireChangeable();
        if (definition().equals(definition)) {
            return false;
        }
        apply(definition, now);
        return true;
    }

    /** 409 once the course is archived: archived courses are frozen. */
    public void requireChangeable() {
        if (status == CourseStatus.ARCHIVED) {
            throw new ConflictProblem("problem.course.archived.detail", code);
        }
    }

    /**
     * DRAFT → PUBLISHED. Needs at least one competency; the provider's accreditation is checked by the caller, which
     * can see providers.
     */
    public void publish(Instant now) {
        checkPublishable();
        status = CourseStatus.PUBLISHED;
        publishedAt = now.truncatedTo(ChronoUnit.MICROS);
        updatedAt = publishedAt;
    }

    /**
     * The rules of {@link #publish} this course can judge alone (409 otherwise): it is a draft and develops at least
     * one competency. Lets the caller check them before the rules that need other aggregates.
     */
    public void checkPublishable() {
        if (status != CourseStatus.DRAFT) {
            throw new ConflictProblem("problem.course.not-draft.detail", code, status);
        }
        if (competencies.isEmpty()) {
            throw new ConflictProblem("problem.course.no-competency.detail", code);
        }
    }

    /** DRAFT or PUBLISHED → ARCHIVED: no new sessions; running ones finish. */
    public void archive(Instant now) {
        if (status == CourseStatus.ARCHIVED) {
            throw new ConflictProblem("problem.course.archived.detail", code);
        }
        status = CourseStatus.ARCHIVED;
        archivedAt = now.truncatedTo(ChronoUnit.MICROS);
        updatedAt = archivedAt;
    }

    /**
     * Its provider's type changed: the snapshot copies it, so the course is announced again as a new version. This
     * touches nothing the catalogue manager decided, so archived courses take it too.
     */
    public void providerRetyped(Instant now) {
        updatedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** Only published courses are scheduled and enrolled in. */
    public boolean isPublished() {
        return status == CourseStatus.PUBLISHED;
    }

    /** What the catalogue manager decided, in the shape {@link #change} takes. */
    public CourseDefinition definition() {
        return new CourseDefinition(code, title, description, objectiveList(),
                competencies.stream()
                        .map(target -> new CourseDefinition.CompetencyTarget(target.competencyCode(), target.level()))
                        .toList(),
                methods, deliveryMode, jp, providerId, minAttendancePercent, minPostTestScore, targetPositionCodes,
                targetDescription);
    }

    /** The full state for events; call after flushing so the version is the stored one. */
    public CourseSnapshot snapshot(ProviderType providerType) {
        CourseDefinition d = definition();
        return new CourseSnapshot(id, code, title, description, d.objectives(),
                d.competencies().stream()
                        .map(target -> new CourseSnapshot.CourseCompetency(target.competencyCode(), target.level()))
                        .toList(),
                sortedMethods(), deliveryMode, jp, providerId, providerType,
                new CourseSnapshot.PassRules(minAttendancePercent, minPostTestScore),
                new CourseSnapshot.TargetAudience(targetPositionCodes.stream().sorted().toList(), targetDescription),
                status, version, updatedAt);
    }

    private void apply(CourseDefinition definition, Instant now) {
        title = definition.title();
        description = definition.description();
        objectives = definition.objectives().isEmpty() ? null : String.join("\n", definition.objectives());
        competencies.clear();
        definition.competencies().forEach(target ->
                competencies.add(new CourseCompetencyLevel(target.competencyCode(), target.level())));
        methods.clear();
        methods.addAll(definition.methods());
        deliveryMode = definition.deliveryMode();
        jp = definition.jp();
        providerId = definition.providerId();
        minAttendancePercent = definition.minAttendancePercent();
        minPostTestScore = definition.minPostTestScore();
        targetPositionCodes.clear();
        targetPositionCodes.addAll(definition.targetPositionCodes());
        targetDescription = definition.targetDescription();
        updatedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    private List<String> objectiveList() {
        return objectives == null ? List.of() : Arrays.asList(objectives.split("\n"));
    }

    private List<LearningMethod> sortedMethods() {
        EnumSet<LearningMethod> sorted = EnumSet.noneOf(LearningMethod.class);
        sorted.addAll(methods);
        return List.copyOf(sorted);
    }

    public String id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public int jp() {
        return jp;
    }

    public DeliveryMode deliveryMode() {
        return deliveryMode;
    }

    public String providerId() {
        return providerId;
    }

    public CourseStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant archivedAt() {
        return archivedAt;
    }
}
