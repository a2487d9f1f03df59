package id.kompeten.platform.error;

import com.fasterxml.jackson.databind.JsonMappingException;

/** How a field at fault is named in problem responses: a JSON path such as {@code competencies[2].level}. */
public final class JsonPaths {

    /** The name of the request body itself (or a whole row of it) when no field is at fault. */
    public static final String WHOLE_BODY = "$";

    private JsonPaths() {
    }

    /** The path Jackson was at when it failed; {@link #WHOLE_BODY} for the top level. */
    public static String of(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? WHOLE_BODY : path.toString();
    }
}
