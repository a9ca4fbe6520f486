package io.claimgate.x12.status;

/**
 * Receives a 277CA as it is read, one piece at a time, so that a file of any size is read in constant memory:
 * {@link #acknowledgementHeader} once per information receiver (2000B), {@link #providerStatus} for each billing
 * provider (2000C) before its claims, {@link #claimStatus} for each claim (2200D, with its 2220D lines) as soon as it
 * is complete, and {@link #acknowledgementTrailer} at SE. Every method has an empty default.
 */
public interface ClaimAcknowledgementListener {
    /** The BHT, information source and information receiver, before the first provider or claim under them. */
    default void acknowledgementHeader(ClaimAcknowledgementHeader header) {
    }

    /** One billing provider's statuses (2000C); the claims that follow, up to the next provider, are under it. */
    default void providerStatus(ClaimAcknowledgementHeader header, ProviderStatus provider) {
    }

    /** One claim with its statuses and line statuses; {@code header} is the receiver it was reported to. */
    default void claimStatus(ClaimAcknowledgementHeader header, ClaimStatus claim) {
    }

    /** The transaction set's counts. */
    default void acknowledgementTrailer(ClaimAcknowledgementSummary summary) {
    }
}
