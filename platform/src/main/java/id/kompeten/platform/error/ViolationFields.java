package id.kompeten.platform.error;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.quarkus.arc.Subclass;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestMatrix;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Names the input a constraint violation is about the way the client sees it: the JSON path inside a request body
 * ({@code names.id}, {@code items[2].code}, honouring {@code @JsonProperty}), the name of a query, path or header
 * parameter, or {@code $} for the body as a whole (e.g. a missing body).
 */
@Singleton
public class ViolationFields {

    static final String WHOLE_BODY = JsonPaths.WHOLE_BODY;

    private final ObjectMapper objectMapper;

    ViolationFields(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** A constraint on a method's return value failed: that is our bug, not the client's. */
    static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    public String field(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        if (nodes.isEmpty()) {
            return WHOLE_BODY;
        }
        ElementKind first = nodes.get(0).getKind();
        if (first == ElementKind.METHOD || first == ElementKind.CONSTRUCTOR) {
            return parameterField(violation.getRootBeanClass(), nodes);
        }
        // a bean validated on its own, e.g. an entity on persist
        return render("", objectMapper.constructType(violation.getRootBeanClass()), nodes, 0);
    }

    private String parameterField(Class<?> rootBeanClass, List<Path.Node> nodes) {
        if (nodes.size() < 2 || nodes.get(1).getKind() != ElementKind.PARAMETER) {
            return WHOLE_BODY; // cross-parameter constraint: about the request as a whole
        }
        Path.Node parameterNode = nodes.get(1);
        int index = parameterNode.as(Path.ParameterNode.class).getParameterIndex();
        List<Method> declarations = nodes.get(0).getKind() == ElementKind.METHOD
                ? declarations(rootBeanClass, nodes.get(0).as(Path.MethodNode.class))
                : List.of();
        List<Parameter> parameters = declarations.stream().map(method -> method.getParameters()[index]).toList();

        Optional<String> httpName = parameters.stream()
                .map(parameter -> httpName(parameter, parameterNode.getName()))
                .flatMap(Optional::stream)
                .findFirst();
        if (httpName.isPresent()) {
            return render(httpName.get(), null, nodes, 2);
        }
        JavaType type = parameters.isEmpty()
                ? null
                : objectMapper.constructType(parameters.get(0).getParameterizedType());
        boolean beanParam = parameters.stream().anyMatch(parameter -> parameter.isAnnotationPresent(BeanParam.class));
        boolean requestBody = !beanParam && declarations.stream().anyMatch(ViolationFields::isResourceMethod);
        if (nodes.size() == 2) {
            return requestBody ? WHOLE_BODY : parameterNode.getName();
        }
        // inside a body, a bean parameter or a service method's argument: the path within it, as the client sent it
        return render("", type, nodes, 2);
    }

    /**
     * Appends the remaining nodes to {@code prefix}, e.g. {@code items}, {@code [2]}, {@code .code}. {@code type},
     * when known, is the Java type at that point of the path and lets JSON property names replace Java names.
     */
    private String render(String prefix, JavaType type, List<Path.Node> nodes, int from) {
        StringBuilder path = new StringBuilder(prefix);
        for (Path.Node node : nodes.subList(from, nodes.size())) {
            if (node.isInIterable()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                path.append('[').append(position == null ? "" : position).append(']');
                type = type == null ? null : type.getContentType();
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                Optional<BeanPropertyDefinition> property = jsonProperty(type, node.getName());
                path.append(httpFieldName(type, node.getName())
                        .or(() -> property.map(BeanPropertyDefinition::getName))
                        .orElse(node.getName()));
                type = property.map(BeanPropertyDefinition::getPrimaryType).orElse(null);
            }
            // BEAN and CONTAINER_ELEMENT nodes have no name the client would know
        }
        return path.isEmpty() ? WHOLE_BODY : path.toString();
    }

    private Optional<BeanPropertyDefinition> jsonProperty(JavaType type, String javaName) {
        if (type == null || type.isContainerType() || type.isPrimitive() || type.isEnumType()) {
            return Optional.empty();
        }
        BeanDescription description = objectMapper.getDeserializationConfig().introspect(type);
        return description.findProperties().stream()
                .filter(property -> javaName.equals(property.getInternalName()))
                .findFirst();
    }

    /** For {@code @BeanParam} classes: the query/header/... name on the field. */
    private static Optional<String> httpFieldName(JavaType type, String javaName) {
        Class<?> start = type == null ? null : type.getRawClass();
        for (Class<?> c = start; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(javaName)) {
                    return httpName(field, javaName);
                }
            }
        }
        return Optional.empty();
    }

    /** The name a parameter has in the HTTP request, if it is bound to a query, path, header, cookie or form value. */
    private static Optional<String> httpName(AnnotatedElement element, String javaName) {
        for (Annotation annotation : element.getAnnotations()) {
            String name = null;
            if (annotation instanceof QueryParam a) {
                name = a.value();
            } else if (annotation instanceof PathParam a) {
                name = a.value();
            } else if (annotation instanceof HeaderParam a) {
                name = a.value();
            } else if (annotation instanceof CookieParam a) {
                name = a.value();
            } else if (annotation instanceof FormParam a) {
                name = a.value();
            } else if (annotation instanceof MatrixParam a) {
                name = a.value();
            } else if (annotation instanceof RestQuery a) {
                name = a.value();
            } else if (annotation instanceof RestPath a) {
                name = a.value();
            } else if (annotation instanceof RestHeader a) {
                name = a.value();
            } else if (annotation instanceof RestCookie a) {
                name = a.value();
            } else if (annotation instanceof RestForm a) {
                name = a.value();
            } else if (annotation instanceof RestMatrix a) {
                name = a.value();
            }
            if (name != null) {
                // the Rest* annotations default to the Java name
                return Optional.of(name.isEmpty() ? javaName : name);
            }
        }
        return Optional.empty();
    }

    private static boolean isResourceMethod(Method method) {
        return Arrays.stream(method.getAnnotations())
                .anyMatch(annotation -> annotation.annotationType().isAnnotationPresent(HttpMethod.class));
    }

    /**
     * Every declaration of the method in the class, its superclasses and interfaces, most specific first. The
     * runtime class may be a CDI subclass generated for interceptors, whose override has neither the parameter
     * annotations nor the generic types, so it is passed over.
     */
    private static List<Method> declarations(Class<?> type, Path.MethodNode node) {
        Class<?>[] parameterTypes = node.getParameterTypes().toArray(Class<?>[]::new);
        List<Method> found = new ArrayList<>();
        collect(type, node.getName(), parameterTypes, found);
        return found;
    }

    private static void collect(Class<?> type, String name, Class<?>[] parameterTypes, List<Method> found) {
        if (type == null || type == Object.class) {
            return;
        }
        if (!Subclass.class.isAssignableFrom(type)) {
            try {
                found.add(type.getDeclaredMethod(name, parameterTypes));
            } catch (NoSuchMethodException notHere) {
                // declared further up
            }
        }
        collect(type.getSuperclass(), name, parameterTypes, found);
        for (Class<?> implemented : type.getInterfaces()) {
            collect(implemented, name, parameterTypes, found);
        }
    }
}
