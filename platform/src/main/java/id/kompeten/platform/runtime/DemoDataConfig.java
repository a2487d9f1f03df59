package id.kompeten.platform.runtime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The local run's demo data: each service adds what is missing of its own at start (training: the catalogue;
 * enrollment: the people of the demo units and their enrollments).
 */
@ConfigMapping(prefix = "kompeten.demo-data")
public interface DemoDataConfig {

    /**
     * Whether to add what is missing of the demo data at start. Off by default, so no deployment gets demo data by
     * accident; the local run turns it on ({@code KOMPETEN_DEMO_DATA_ENABLED=true}).
     */
    @WithDefault("false")
    boolean enabled();
}
