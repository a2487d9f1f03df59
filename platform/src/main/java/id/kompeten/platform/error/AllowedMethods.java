package id.kompeten.platform.error;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The HTTP methods the API answers at a path, for the {@code Allow} header a 405 must carry (RFC 9110, 15.5.6).
 * Quarkus REST's own 405 has none, so the resource classes' {@code @Path} templates are read once, on the first 405.
 */
@Singleton
class AllowedMethods {

    private final BeanManager beanManager;
    private volatile List<Route> routes;

    AllowedMethods(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    /** Sorted, with {@code HEAD} where {@code GET} is and {@code OPTIONS} wherever anything is; empty for no match. */
    Set<String> at(String path) {
        String normalized = normalize(path);
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes()) {
            if (route.pattern().matcher(normalized).matches()) {
                allowed.add(route.method());
            }
        }
        if (allowed.contains(HttpMethod.GET)) {
            allowed.add(HttpMethod.HEAD);
        }
        if (!allowed.isEmpty()) {
            allowed.add(HttpMethod.OPTIONS);
        }
        return allowed;
    }

    private List<Route> routes() {
        List<Route> known = routes;
        if (known == null) {
            known = scan();
            routes = known;
        }
        return known;
    }

    /** Resource classes are CDI beans in Quarkus REST; their methods may inherit annotations from interfaces. */
    private List<Route> scan() {
        List<Route> found = new ArrayList<>();
        for (Bean<?> bean : beanManager.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Set<Class<?>> hierarchy = hierarchy(bean.getBeanClass());
            Path classPath = hierarchy.stream()
                    .map(type -> type.getAnnotation(Path.class))
                    .filter(path -> path != null)
                    .findFirst()
                    .orElse(null);
            if (classPath == null) {
                continue;
            }
            for (Class<?> type : hierarchy) {
                for (Method method : type.getDeclaredMethods()) {
                    for (Annotation annotation : method.getAnnotations()) {
                        HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
                        if (httpMethod != null) {
                            Path methodPath = method.getAnnotation(Path.class);
                            found.add(new Route(
                                    template(classPath.value() + "/" + (methodPath == null ? "" : methodPath.value())),
                                    httpMethod.value()));
                        }
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    private static Set<Class<?>> hierarchy(Class<?> type) {
        Set<Class<?>> all = new LinkedHashSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            all.add(c);
            addInterfaces(c, all);
        }
        return all;
    }

    private static void addInterfaces(Class<?> type, Set<Class<?>> all) {
        for (Class<?> implemented : type.getInterfaces()) {
            if (all.add(implemented)) {
                addInterfaces(implemented, all);
            }
        }
    }

    /** A JAX-RS path template as a regular expression: {@code {id}} is one segment, {@code {id: \d+}} its own regex. */
    static Pattern template(String template) {
        String path = normalize(template);
        StringBuilder regex = new StringBuilder();
        int literalStart = 0;
        int i = 0;
        while (i < path.length()) {
            if (path.charAt(i) != '{') {
                i++;
                continue;
            }
            regex.append(Pattern.quote(path.substring(literalStart, i)));
            int depth = 0;
            int end = i;
            for (; end < path.length(); end++) {
                char c = path.charAt(end);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                if (depth == 0) {
                    break;
                }
            }
            String variable = path.substring(i + 1, Math.min(end, path.length()));
            int colon = variable.indexOf(':');
            regex.append('(').append(colon < 0 ? "[^/]+" : variable.substring(colon + 1).trim()).append(')');
            i = end + 1;
            literalStart = i;
        }
        if (literalStart < path.length()) {
            regex.append(Pattern.quote(path.substring(literalStart)));
        }
        return Pattern.compile(regex.toString());
    }

    /** One leading slash, no trailing or doubled ones: {@code test//problems/} becomes {@code /test/problems}. */
    static String normalize(String path) {
        String collapsed = ("/" + path).replaceAll("/{2,}", "/");
        return collapsed.length() > 1 && collapsed.endsWith("/")
                ? collapsed.substring(0, collapsed.length() - 1)
                : collapsed;
    }

    private record Route(Pattern pattern, String method) {
    }
}
