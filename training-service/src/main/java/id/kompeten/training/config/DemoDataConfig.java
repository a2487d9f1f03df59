package id.kompeten.training.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The demo catalogue of the local run ({@code demo/catalogue.json}, loaded by DemoCatalogueLoader). */
@ConfigMapping(prefix = "kompeten.demo-data")
public interface DemoDataConfig {

    /**
     * Whether to add what is missing of the demo catalogue at start. Off by default, so no deployment gets demo data
     * by accident; the local run turns it on ({@code KOMPETEN_DEMO_DATA_ENABLED=true}).
     */
    @WithDefault("false")
    boolean enabled();
}
