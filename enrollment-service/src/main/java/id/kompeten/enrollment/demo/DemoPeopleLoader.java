package id.kompeten.enrollment.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.enrollment.domain.ParticipantRepository;
import id.kompeten.enrollment.service.ParticipantService;
import id.kompeten.platform.error.ConflictProblem;
import id.kompeten.platform.runtime.DemoDataConfig;
import id.kompeten.platform.runtime.DemoResources;
import id.kompeten.platform.security.Roles;
import id.kompeten.platform.security.SystemCaller;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Registers the demo people for the local run ({@code kompeten.demo-data.enabled=true}) through ParticipantService, as
 * the system caller "demo-data" with the ADMIN role, so every record passes the same checks as one registered through
 * the API. Idempotent by NIP: a second start, or a second instance racing this one, adds nothing.
 */
@ApplicationScoped
public class DemoPeopleLoader {

    static final String CALLER = "demo-data";
    private static final Logger LOG = Logger.getLogger(DemoPeopleLoader.class);
    private static final String RESOURCE = "demo/people.json";

    private final boolean enabled;
    private final ObjectMapper json;
    private final SystemCaller systemCaller;
    private final ParticipantService participantService;
    private final ParticipantRepository participants;

    DemoPeopleLoader(DemoDataConfig config, ObjectMapper json, SystemCaller systemCaller,
            ParticipantService participantService, ParticipantRepository participants) {
        this.enabled = config.enabled();
        this.json = json;
        this.systemCaller = systemCaller;
        this.participantService = participantService;
        this.participants = participants;
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        try {
            int added = load();
            LOG.infof("Demo people: %d added", added);
        } catch (RuntimeException e) {
            // The service stays useful without its demo data; the log says what to fix.
            LOG.error("Demo people could not be loaded", e);
        }
    }

    /** Registers the demo people not registered yet; returns how many it added. */
    public int load() {
        DemoPeople demo = read();
        Map<String, DemoPeople.Unit> units = demo.unitsByCode();
        return systemCaller.call(CALLER, Roles.ADMIN, () -> {
            int added = 0;
            for (DemoPeople.Person person : demo.people()) {
                if (participants.findByIdOptional(person.nip()).isPresent()) {
                    continue;
                }
                try {
                    participantService.register(person.nip(), person.type(), person.definition(units.get(person.unit())),
                            null);
                    added++;
                } catch (ConflictProblem raced) {
                    // another instance registered the same person since the look-up
                }
            }
            return added;
        });
    }

    public DemoPeople read() {
        return DemoResources.read(json, RESOURCE, DemoPeople.class);
    }
}
