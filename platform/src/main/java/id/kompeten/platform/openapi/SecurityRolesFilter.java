package id.kompeten.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Quarkus turns {@code @RolesAllowed} into a security requirement that lists the roles as if they were scopes of the
 * bearer scheme ({@code bearerJwt: [CATALOG_MANAGER, ADMIN]}). OpenAPI 3.0 allows names there only for OAuth2/OpenID
 * Connect schemes, and client generators and Swagger UI ignore or reject them for an HTTP bearer scheme. So the
 * requirement keeps the scheme with an empty list, and the roles move to the operation's description as a last
 * paragraph "Roles: CATALOG_MANAGER or ADMIN." (any one of them is enough), where people and generated docs read them.
 * An operation that needs a token but no particular role ({@code @Authenticated}) says "Roles: any authenticated
 * caller."; what such a caller then sees is for the operation's own description to say.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUN)
public class SecurityRolesFilter implements OASFilter {

    static final String ROLES = "Roles: ";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, SecurityScheme> schemes = openAPI.getComponents() == null
                || openAPI.getComponents().getSecuritySchemes() == null
                ? Map.of() : openAPI.getComponents().getSecuritySchemes();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(operation -> moveRolesToDescription(operation, schemes)));
    }

    private static void moveRolesToDescription(Operation operation, Map<String, SecurityScheme> schemes) {
        if (operation.getSecurity() == null) {
            return;
        }
        Set<String> roles = new LinkedHashSet<>();
        List<SecurityRequirement> requirements = new ArrayList<>();
        for (SecurityRequirement requirement : operation.getSecurity()) {
            SecurityRequirement kept = OASFactory.createSecurityRequirement();
            schemes(requirement).forEach((scheme, names) -> {
                if (takesScopes(schemes.get(scheme))) {
                    kept.addScheme(scheme, names);
                } else {
                    roles.addAll(names == null ? List.of() : names);
                    kept.addScheme(scheme);
                }
            });
            requirements.add(kept);
        }
        operation.setSecurity(requirements);
        String description = operation.getDescription() == null ? "" : operation.getDescription().strip();
        boolean secured = requirements.stream().anyMatch(requirement -> !schemes(requirement).isEmpty());
        boolean scoped = requirements.stream().anyMatch(requirement -> schemes(requirement).values().stream()
                .anyMatch(names -> names != null && !names.isEmpty()));
        if (!secured || description.contains(ROLES) || (roles.isEmpty() && scoped)) {
            return;
        }
        operation.setDescription((description.isEmpty() ? "" : description + "\n\n") + rolesLine(roles));
    }

    private static Map<String, List<String>> schemes(SecurityRequirement requirement) {
        return requirement.getSchemes() == null ? Map.of() : requirement.getSchemes();
    }

    /** Only OAuth2 and OpenID Connect requirements name scopes; an undeclared scheme counts as one that does not. */
    private static boolean takesScopes(SecurityScheme scheme) {
        return scheme != null && (scheme.getType() == SecurityScheme.Type.OAUTH2
                || scheme.getType() == SecurityScheme.Type.OPENIDCONNECT);
    }

    /** "Roles: ADMIN.", "Roles: CATALOG_MANAGER or ADMIN."; none listed (@Authenticated): any valid token will do. */
    static String rolesLine(Set<String> roles) {
        if (roles.isEmpty()) {
            return ROLES + "any authenticated caller.";
        }
        List<String> names = List.copyOf(roles);
        String text = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
        return ROLES + text + ".";
    }
}
