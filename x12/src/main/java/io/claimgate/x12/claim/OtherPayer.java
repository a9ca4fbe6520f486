package io.claimgate.x12.claim;

import java.util.List;

/**
 * 2330B other payer: NM1*PR NM103 {@code organizationName}, NM108 {@code identifierTypeCode} (PI/XV)
 * NM109 {@code identifier}, N3/N4 {@code address}, DTP*573 {@code adjudicationOrPaymentDate}, REF*2U/EI/FY/NF
 * {@code secondaryIdentifiers}, REF*G1 {@code priorAuthorizationNumber}, REF*9F
 * {@code priorAuthorizationOrReferralNumber}, REF*T4 Y {@code claimAdjustmentIndicator}, REF*F8
 * {@code claimControlNumber}.
 */
public record OtherPayer(String organizationName, String identifierTypeCode, String identifier, Address address,
                         String adjudicationOrPaymentDate, List<ReferenceId> secondaryIdentifiers,
                         String priorAuthorizationNumber, String priorAuthorizationOrReferralNumber,
                         Boolean claimAdjustmentIndicator, String claimControlNumber) {
    public OtherPayer {
        secondaryIdentifiers = Lists.copy(secondaryIdentifiers);
    }
}
