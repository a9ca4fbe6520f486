package io.claimgate.x12.inbound;

import java.util.Objects;

/**
 * A party named in an NM1 (or N1) segment: payer, payee, provider, patient, subscriber.
 *
 * @param entityCode   NM101 / N101 entity identifier code (e.g. {@code PR} payer, {@code PE} payee,
 *                     {@code QC} patient, {@code IL} insured, {@code 82} rendering provider, {@code 85} billing provider)
 * @param entityType   NM102 ({@code 1} person, {@code 2} non-person); empty for N1
 * @param name         NM103 last or organisation name / N102 name
 * @param firstName    NM104 (persons)
 * @param middleName   NM105
 * @param idQualifier  NM108 / N103 (e.g. {@code XX} NPI, {@code FI} tax id, {@code MI} member id)
 * @param id           NM109 / N104
 */
public record Party(String entityCode, String entityType, String name, String firstName, String middleName,
                    String idQualifier, String id) {
    public Party {
        entityCode = Objects.requireNonNull(entityCode, "entityCode");
        entityType = Objects.requireNonNull(entityType, "entityType");
        name = Objects.requireNonNull(name, "name");
        firstName = Objects.requireNonNull(firstName, "firstName");
        middleName = Objects.requireNonNull(middleName, "middleName");
        idQualifier = Objects.requireNonNull(idQualifier, "idQualifier");
        id = Objects.requireNonNull(id, "id");
    }
}
