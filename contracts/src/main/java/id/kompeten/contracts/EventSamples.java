package id.kompeten.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The checked-in sample of each event type ({@code events/samples/<type>.json}): producers' tests check what they
 * publish has the sample's shape, consumers' tests replay it, so both sides are held to the same contract.
 */
public final class EventSamples {

    private EventSamples() {
    }

    /** The sample JSON body of an event type. */
    public static String json(Class<? extends DomainEvent> eventType) {
        String path = "events/samples/" + Topic.typeOf(eventType) + ".json";
        try (InputStream in = EventSamples.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No sample for " + eventType.getSimpleName() + " at " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
