package id.kompeten.catalogreplica;

import id.kompeten.platform.persistence.ReplicatedRow;
import id.kompeten.contracts.catalog.CourseSnapshot;
import id.kompeten.contracts.catalog.CourseStatus;
import id.kompeten.contracts.catalog.DeliveryMode;
import id.kompeten.contracts.catalog.LearningMethod;
import id.kompeten.contracts.catalog.ProviderType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * This service's read copy of a course the catalogue announced (published, later perhaps archived): what enrollment
 * decides with (JP, pass rules, status) and what evaluation credits (the competencies and levels a passing participant
 * reaches).
 */
@Entity
@Table(name = "course_replica")
public class CourseReplica extends ReplicatedRow {

    @Id
    private String id;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String title;

    /** Training hours (1 JP = 45 minutes) a participant who completes the course earns. */
    @Column(nullable = false)
    private int jp;

    @Column(name = "min_attendance_percent", nullable = false)
    private int minAttendancePercent;

    @Column(name = "min_post_test_score", nullable = false)
    private int minPostTestScore;

    /** Replaced as a whole with every newer snapshot (see {@link #copy}). */
    @ElementCollection
    @CollectionTable(name = "course_competency_replica", joinColumns = @JoinColumn(name = "course_id"))
    @OrderBy("code")
    private List<CourseCompetencyReplica> competencies = new ArrayList<>();

    /** Comma-separated {@link LearningMethod} names: read with the course, never searched. */
    @Column(nullable = false)
    private String methods;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_mode", nullable = false)
    private DeliveryMode deliveryMode;

    /** The provider; its replica row may not have arrived yet (no foreign key). */
    @Column(name = "provider_id", nullable = false)
    private String providerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "provider_type", nullable = false)
    private ProviderType providerType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CourseStatus status;

    protected CourseReplica() {
    }

    public CourseReplica(CourseSnapshot snapshot, Instant now) {
        this.id = snapshot.id();
        copy(snapshot, now);
    }

    /** Takes the snapshot if it is newer than what is held; returns whether it did. */
    boolean refresh(CourseSnapshot snapshot, Instant now) {
        if (!isNewer(snapshot.version())) {
            return false;
        }
        copy(snapshot, now);
        return true;
    }

    private void copy(CourseSnapshot snapshot, Instant now) {
        code = snapshot.code();
        title = snapshot.title();
        jp = snapshot.jp();
        minAttendancePercent = snapshot.passRules().minAttendancePercent();
        minPostTestScore = snapshot.passRules().minPostTestScore();
        // A new collection rather than clear()/addAll(): Hibernate then deletes the course's rows by its id and inserts
        // the new ones, whatever an earlier read in this transaction saw of them.
        competencies = snapshot.competencies().stream().map(CourseCompetencyReplica::of)
                .sorted(Comparator.comparing(CourseCompetencyReplica::code))
                .collect(Collectors.toCollection(ArrayList::new));
        methods = snapshot.methods().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        deliveryMode = snapshot.deliveryMode();
        providerId = snapshot.providerId();
        providerType = snapshot.providerType();
        status = snapshot.status();
        stamp(snapshot.version(), snapshot.updatedAt(), now);
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

    /** Completion rule: attendance at least this share (0-100) of the session's days. */
    public int minAttendancePercent() {
        return minAttendancePercent;
    }

    /** Completion rule: a post-test score (0-100) at least this. */
    public int minPostTestScore() {
        return minPostTestScore;
    }

    /** The competencies the course develops and the level a passing participant reaches, by code. */
    public List<CourseCompetencyReplica> competencies() {
        return List.copyOf(competencies);
    }

    /** How the course teaches, in the enum's order. */
    public Set<LearningMethod> methods() {
        Set<LearningMethod> parsed = EnumSet.noneOf(LearningMethod.class);
        if (!methods.isEmpty()) {
            Arrays.stream(methods.split(",")).map(LearningMethod::valueOf).forEach(parsed::add);
        }
        return Collections.unmodifiableSet(parsed);
    }

    public DeliveryMode deliveryMode() {
        return deliveryMode;
    }

    public String providerId() {
        return providerId;
    }

    public ProviderType providerType() {
        return providerType;
    }

    public CourseStatus status() {
        return status;
    }
}
