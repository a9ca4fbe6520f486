package io.claimgate.x12.status;

import java.util.Objects;

/**
 * One health care claim status composite (C043) of an STC: STC01, STC10 or STC11.
 *
 * @param category            C043-01 claim status category code (e.g. {@code A1} acknowledgement/receipt,
 *                            {@code A2} accepted into adjudication, {@code A3} returned as unprocessable,
 *                            {@code A7} rejected for invalid information)
 * @param categoryDescription its meaning from {@code mappings/codes/claim-status-category.tsv}, "" when unknown
 * @param code                C043-02 claim status code (e.g. {@code 20} accepted for processing, {@code 562} entity's NPI)
 * @param codeDescription     its meaning from {@code mappings/codes/claim-status.tsv}, "" when unknown
 * @param entity              C043-03 entity identifier code the status is about (e.g. {@code 85} billing provider), may be empty
 * @param entityDescription   its meaning from {@code mappings/codes/entity-identifier.tsv}, "" when unknown
 */
public record StatusCode(String category, String categoryDescription, String code, String codeDescription,
                         String entity, String entityDescription) {
    public StatusCode {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(categoryDescription, "categoryDescription");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(codeDescription, "codeDescription");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(entityDescription, "entityDescription");
    }

    /** True for the acknowledgement categories that mean the claim was rejected (A3, A6, A7, A8) or not found (A4). */
    public boolean rejected() {
        return switch (category) {
            case "A3", "A4", "A6", "A7", "A8" -> true;
            default -> false;
        };
    }
}
