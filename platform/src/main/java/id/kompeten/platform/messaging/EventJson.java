package id.kompeten.platform.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.contracts.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * JSON for event bodies. Unlike request bodies, events are read leniently: a field a newer producer added must not
 * turn a consumer's record into poison.
 */
@ApplicationScoped
public class EventJson {

    private final ObjectMapper mapper;

    EventJson(ObjectMapper applicationMapper) {
        this.mapper = applicationMapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public String write(DomainEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event " + event.getClass().getSimpleName() + " cannot be written as JSON", e);
        }
    }

    public <E> E read(String json, Class<E> type) throws JsonProcessingException {
        return mapper.readValue(json, type);
    }
}
