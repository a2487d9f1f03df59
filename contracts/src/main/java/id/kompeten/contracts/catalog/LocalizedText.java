package id.kompeten.contracts.catalog;

/** A user-facing text in Indonesian ({@code id}) and English ({@code en}). */
public record LocalizedText(String id, String en) {
}
