package id.kompeten.platform.error;

import id.kompeten.platform.i18n.Messages;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Which query or path parameter JAX-RS could not convert. It answers such a request with an exception that names
 * none, so the raw values of the matched method's parameters (and of its {@code @BeanParam}s' fields) are converted
 * again the way JAX-RS converts them (enum constant, {@code valueOf}, {@code fromString}, {@code parse}, a String
 * constructor) to find the ones at fault.
 */
final class ParameterErrors {

    private ParameterErrors() {
    }

    static List<Problem.FieldMessage> of(SimpleResourceInfo resource, UriInfo uri, Messages messages) {
        Method method;
        try {
            method = resource.getResourceClass().getMethod(resource.getMethodName(), resource.parameterTypes());
        } catch (NoSuchMethodException | SecurityException e) {
            return List.of(); // nothing to name: the problem says what went wrong without a field
        }
        List<Problem.FieldMessage> errors = new ArrayList<>();
        java.lang.reflect.Parameter[] parameters = method.getParameters();
        for (java.lang.reflect.Parameter parameter : parameters) {
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Field field : parameter.getType().getDeclaredFields()) {
                    check(field, field.getName(), field.getGenericType(), uri, messages, errors);
                }
            } else {
                check(parameter, parameter.getName(), parameter.getParameterizedType(), uri, messages, errors);
            }
        }
        return errors;
    }

    private static void check(AnnotatedElement element, String javaName, Type type, UriInfo uri, Messages messages,
            List<Problem.FieldMessage> errors) {
        String name;
        MultivaluedMap<String, String> values;
        if (element.isAnnotationPresent(QueryParam.class)) {
            name = element.getAnnotation(QueryParam.class).value();
            values = uri.getQueryParameters();
        } else if (element.isAnnotationPresent(RestQuery.class)) {
            name = nameOr(element.getAnnotation(RestQuery.class).value(), javaName);
            values = uri.getQueryParameters();
        } else if (element.isAnnotationPresent(PathParam.class)) {
            name = element.getAnnotation(PathParam.class).value();
            values = uri.getPathParameters();
        } else if (element.isAnnotationPresent(RestPath.class)) {
            name = nameOr(element.getAnnotation(RestPath.class).value(), javaName);
            values = uri.getPathParameters();
        } else {
            return;
        }
        Class<?> target = elementType(type);
        List<String> raw = values.get(name);
        if (target == null || raw == null) {
            return;
        }
        for (String value : raw) {
            if (!converts(target, value)) {
                errors.add(new Problem.FieldMessage(name, target.isEnum()
                        ? messages.format("problem.field.invalid-enum", Arrays.stream(target.getEnumConstants())
                                .map(Object::toString).collect(Collectors.joining(", ")))
                        : messages.format("problem.field.wrong-type",
                                messages.format("problem.json-type." + JsonInputErrors.jsonType(target)))));
                return;
            }
        }
    }

    private static String nameOr(String declared, String javaName) {
        return declared == null || declared.isEmpty() ? javaName : declared;
    }

    /** The type of one value: a List, Set or Optional parameter holds values of its type argument. */
    private static Class<?> elementType(Type type) {
        if (type instanceof Class<?> plain) {
            return plain.isPrimitive() ? wrapper(plain) : plain;
        }
        if (type instanceof ParameterizedType generic && generic.getActualTypeArguments().length == 1
                && generic.getActualTypeArguments()[0] instanceof Class<?> argument) {
            return argument;
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean converts(Class<?> target, String value) {
        try {
            if (target == String.class || target == Object.class) {
                return true;
            }
            if (target.isEnum()) {
                Enum.valueOf((Class<Enum>) target, value);
                return true;
            }
            for (String factory : List.of("valueOf", "fromString", "parse")) {
                for (Class<?> argument : List.of(String.class, CharSequence.class)) {
                    try {
                        Method method = target.getMethod(factory, argument);
                        if (Modifier.isStatic(method.getModifiers())) {
                            method.invoke(null, value);
                            return true;
                        }
                    } catch (NoSuchMethodException tryTheNext) {
                        // another factory may exist
                    }
                }
            }
            target.getConstructor(String.class).newInstance(value);
            return true;
        } catch (NoSuchMethodException unknownHow) {
            return true; // a converter of its own, which this cannot repeat: not named as the one at fault
        } catch (ReflectiveOperationException | RuntimeException rejected) {
            return false;
        }
    }

    private static Class<?> wrapper(Class<?> primitive) {
        return switch (primitive.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "boolean" -> Boolean.class;
            default -> Character.class;
        };
    }
}
