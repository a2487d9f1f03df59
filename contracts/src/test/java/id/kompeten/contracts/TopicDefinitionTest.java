package id.kompeten.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicDefinitionTest {

    @Test
    void catalogueTopicIsCompactedBecauseEveryValueIsAFullSnapshot() {
        TopicDefinition catalogue = Topic.TRAINING_CATALOG.definition();
        assertEquals("training.catalog.events", catalogue.name());
        assertEquals(3, catalogue.partitions());
        assertEquals(Map.of("cleanup.policy", "compact"), catalogue.configs());
    }

    @Test
    void enrollmentTopicDeletesByAgeBecauseItsEventsAreFactsNotSnapshots() {
        TopicDefinition enrollment = Topic.ENROLLMENT.definition();
        assertEquals("enrollment.events", enrollment.name());
        assertEquals(3, enrollment.partitions());
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("cleanup.policy", "delete");
        expected.put("retention.ms", String.valueOf(Duration.ofDays(400).toMillis()));
        assertEquals(expected, enrollment.configs());
        assertEquals("enrollment.events.dlq", Topic.ENROLLMENT.deadLetterDefinition().name());
    }

    @Test
    void deadLetterTopicsDeleteAfterThirtyDays() {
        TopicDefinition dlq = Topic.TRAINING_CATALOG.deadLetterDefinition();
        assertEquals("training.catalog.events.dlq", dlq.name());
        assertEquals(1, dlq.partitions());
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("cleanup.policy", "delete");
        expected.put("retention.ms", "2592000000");
        assertEquals(expected, dlq.configs());
    }

    @Test
    void definitionsListEveryTopicAndItsDeadLetterTopicOnce() {
        List<String> names = Topic.definitions().stream().map(TopicDefinition::name).toList();
        assertEquals(Topic.values().length * 2, names.size());
        assertEquals(names.size(), names.stream().distinct().count());
        for (Topic topic : Topic.values()) {
            assertEquals(true, names.contains(topic.topicName()) && names.contains(topic.deadLetterTopicName()), topic.name());
        }
    }

    @Test
    void retentionGoesWithTheDeletePolicyOnly() {
        assertThrows(IllegalArgumentException.class,
                () -> new TopicDefinition("t", 1, TopicDefinition.CleanupPolicy.COMPACT, Duration.ofDays(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new TopicDefinition("t", 1, TopicDefinition.CleanupPolicy.DELETE, null));
        assertThrows(IllegalArgumentException.class, () -> TopicDefinition.compacted("t", 0));
    }
}
