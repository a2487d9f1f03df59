package id.kompeten.training.service;

/** The formats POST /api/v1/courses:import reads; each names a field the way its users see it. */
public enum CourseImportFormat {

    /** A JSON array of create bodies: fields are JSON paths. */
    JSON {
        @Override
        String field(String path) {
            return path;
        }
    },

    /** A CSV file with a header row: the nested fields of a create body are columns of their own. */
    CSV {
        @Override
        String field(String path) {
            if (path.startsWith("passRules.")) {
                return path.substring("passRules.".length());
            }
            if (path.startsWith("targetAudience.positionCodes")) {
                return "targetPositionCodes" + path.substring("targetAudience.positionCodes".length());
            }
            if (path.equals("targetAudience.description")) {
                return "targetDescription";
            }
            return path;
        }
    };

    /** The name users of this format know a field of a create body by (its JSON path as bean validation gives it). */
    abstract String field(String path);
}
