package id.kompeten.platform.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Texts in one language, looked up by key in a service's own {@code i18n/messages} bundle (optional, so a service can
 * add keys for its own problems and resource names) and then in the platform's {@code i18n/problems} bundle.
 * Patterns are {@link MessageFormat}s: a literal apostrophe is written {@code ''}.
 */
public final class Messages {

    /** Searched in this order; the first bundle that has a key wins. */
    static final List<String> BUNDLES = List.of("i18n.messages", "i18n.problems");

    /** Prefix of the keys naming resources, e.g. {@code resource.Competency=Kompetensi}. */
    public static final String RESOURCE_PREFIX = "resource.";

    /*
     * Without fallback to the JVM's default locale: on a server whose default is Indonesian, an English request must
     * still get the base (English) bundle.
     */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final List<ResourceBundle> bundles;

    private Messages(Locale locale, List<ResourceBundle> bundles) {
        this.locale = locale;
        this.bundles = bundles;
    }

    /** The texts for a locale; bundles are cached by {@link ResourceBundle}, so this is cheap per request. */
    public static Messages forLocale(Locale locale) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = Messages.class.getClassLoader();
        }
        List<ResourceBundle> found = new ArrayList<>(BUNDLES.size());
        for (String name : BUNDLES) {
            try {
                found.add(ResourceBundle.getBundle(name, locale, loader, NO_FALLBACK));
            } catch (MissingResourceException absent) {
                // a service need not have a bundle of its own
            }
        }
        return new Messages(locale, List.copyOf(found));
    }

    public Locale locale() {
        return locale;
    }

    /** The raw pattern for a key, if any bundle has it. */
    public Optional<String> find(String key) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return Optional.of(bundle.getString(key));
            }
        }
        return Optional.empty();
    }

    /** The formatted text for a key; the key itself when no bundle has it, so a missing text is visible, not fatal. */
    public String format(String key, Object... args) {
        return find(key).map(pattern -> new MessageFormat(pattern, locale).format(args)).orElse(key);
    }

    /** A resource's name in this language ({@code resource.<name>}), or the name as given when there is none. */
    public String resourceName(String name) {
        return find(RESOURCE_PREFIX + name).orElse(name);
    }
}
