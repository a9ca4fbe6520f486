package io.claimgate.x12.render;

/**
 * What one implementation guide (837P or 837I) writes inside the hierarchy {@link TransactionWriter} lays
 * out. Claims are named by their index in the list being rendered; an implementation holds that list.
 */
interface ClaimFormat extends BatchPlan.Keys {
    /** GS08 / ST03. */
    String version();

    /** BHT06 of the transaction set {@code claim} opens (claims with different values never share one). */
    String transactionType(int claim);

    /** 1000A submitter and 1000B receiver. */
    void header(Segments out, int claim);

    /** 2000A after its HL: PRV, 2010AA, 2010AB, 2010AC. */
    void billingProvider(Segments out, int claim);

    /** 2000B after its HL: SBR, PAT, 2010BA, 2010BB. {@code patientIsSubscriber} decides SBR02 = 18. */
    void subscriber(Segments out, int claim, boolean patientIsSubscriber);

    /** 2000C after its HL: PAT, 2010CA. */
    void patient(Segments out, int claim);

    /** 2300 and everything inside it (2310x, 2320/2330x, 2400 and its loops). */
    void claim(Segments out, int claim);

    /** CLM01, for the placement. */
    String patientControlNumber(int claim);
}
