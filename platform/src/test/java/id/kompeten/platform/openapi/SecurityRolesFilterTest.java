package id.kompeten.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.junit.jupiter.api.Test;

/** The cases the platform's own test resources do not show: OAuth2 scopes, existing text, a second run. */
class SecurityRolesFilterTest {

    @Test
    void rolesOfABearerRequirementMoveBelowTheDescription() {
        Operation operation = operation("bearerJwt", List.of("CATALOG_MANAGER", "ADMIN"), "Creates a DRAFT.");
        OpenAPI document = document(operation, SecurityScheme.Type.HTTP);

        new SecurityRolesFilter().filterOpenAPI(document);
        new SecurityRolesFilter().filterOpenAPI(document);

        assertEquals(Map.of("bearerJwt", List.of()), operation.getSecurity().get(0).getSchemes());
        assertEquals("Creates a DRAFT.\n\nRoles: CATALOG_MANAGER or ADMIN.", operation.getDescription());
    }

    @Test
    void scopesOfAnOAuth2RequirementStay() {
        Operation operation = operation("oauth", List.of("catalog:write"), null);

        new SecurityRolesFilter().filterOpenAPI(document(operation, SecurityScheme.Type.OAUTH2));

        assertEquals(Map.of("oauth", List.of("catalog:write")), operation.getSecurity().get(0).getSchemes());
        assertNull(operation.getDescription());
    }

    @Test
    void anUndeclaredSchemeIsTreatedAsOneWithoutScopes() {
        Operation operation = operation("bearerJwt", List.of("ADMIN"), null);
        OpenAPI document = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/x", OASFactory.createPathItem().GET(operation)));

        new SecurityRolesFilter().filterOpenAPI(document);

        assertEquals(Map.of("bearerJwt", List.of()), operation.getSecurity().get(0).getSchemes());
        assertEquals("Roles: ADMIN.", operation.getDescription());
    }

    private static Operation operation(String scheme, List<String> names, String description) {
        return OASFactory.createOperation().description(description)
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(scheme, names));
    }

    private static OpenAPI document(Operation operation, SecurityScheme.Type type) {
        String scheme = operation.getSecurity().get(0).getSchemes().keySet().iterator().next();
        return OASFactory.createOpenAPI()
                .components(OASFactory.createComponents()
                        .addSecurityScheme(scheme, OASFactory.createSecurityScheme().type(type)))
                .paths(OASFactory.createPaths().addPathItem("/x", OASFactory.createPathItem().GET(operation)));
    }
}
