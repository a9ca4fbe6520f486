package io.claimgate.x12.remit;

/**
 * Receives an 835 as it is read, one piece at a time, so that a file of any size is read in constant memory:
 * {@link #header} once per transaction set, then {@link #claim} for each CLP, {@link #providerAdjustment} for each
 * PLB, and {@link #trailer} at SE. Every method has an empty default.
 */
public interface RemittanceListener {
    /** The BPR, TRN, payer and payee of an 835, before its first claim. */
    default void header(RemittanceHeader header) {
    }

    /** One claim with its service lines; {@code header} is the transaction set's header. */
    default void claim(RemittanceHeader header, ClaimPayment claim) {
    }

    /** One PLB segment. */
    default void providerAdjustment(RemittanceHeader header, ProviderAdjustment adjustment) {
    }

    /** The transaction set's totals and balancing verdict. */
    default void trailer(RemittanceSummary summary) {
    }
}
