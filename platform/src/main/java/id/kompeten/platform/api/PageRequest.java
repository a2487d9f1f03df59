package id.kompeten.platform.api;

import id.kompeten.platform.error.InvalidInputProblem;
import io.quarkus.panache.common.Sort;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Paging and sorting of a list endpoint: {@code ?page=0&size=20&sort=field,asc}. Use as {@code @Valid @BeanParam}.
 */
public class PageRequest {

    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(1_000_000)
    @Parameter(description = "Zero-based page number", example = "0")
    int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Items per page, 1 to 200", example = "20")
    int size;

    @QueryParam("sort")
    @Pattern(regexp = "[A-Za-z][A-Za-z0-9]{0,49}(,(asc|desc|ASC|DESC))?")
    @Parameter(description = "Sort field and direction, e.g. `code,asc` (direction defaults to asc)", example = "code,asc")
    String sort;

    public PageRequest() {
    }

    public PageRequest(int page, int size, String sort) {
        this.page = page;
        this.size = size;
        this.sort = sort;
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    /**
     * The Panache sort for the requested field, or {@code fallback} when none was asked for.
     *
     * @param sortable API field name → entity property, the only fields clients may sort on
     * @throws InvalidInputProblem naming {@code sort} for any other field
     */
    public Sort toSort(Map<String, String> sortable, Sort fallback) {
        if (sort == null || sort.isBlank()) {
            return fallback;
        }
        String[] parts = sort.split(",");
        String property = sortable.get(parts[0]);
        if (property == null) {
            throw new InvalidInputProblem("sort", "validation.sort.unknown-field", parts[0],
                    String.join(", ", sortable.keySet().stream().sorted().toList()));
        }
        boolean descending = parts.length > 1 && parts[1].equalsIgnoreCase("desc");
        return Sort.by(property, descending ? Sort.Direction.Descending : Sort.Direction.Ascending);
    }
}
