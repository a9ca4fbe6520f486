package io.claimgate.x12.claim;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One claim as submitted in CHC/Stedi JSON, for either an 837P or an 837I ({@link #kind()}).
 *
 * <p>{@code controlNumber}: the submitter's id for the transaction (ST02/BHT03 when set).
 * {@code tradingPartnerServiceId}: payer id, 2010BB NM109 (PI). {@code tradingPartnerName}: 2010BB
 * NM103. {@code usageIndicator}: T/P (ISA15, from the partner configuration when absent).
 * {@code claimIdentifier}: BHT06 (CH chargeable, RP reporting, 31 subrogation demand).
 * {@code providers}: the claim-level providers, at most one per role, from the named objects or the
 * legacy {@code providers[]} array. {@code payerAddress}: 2010BB N3/N4. {@code payToAddress}: 2010AB.
 * {@code payToPlan}: 2010AC.
 *
 * <p>A claim read from JSON may be incomplete: a missing required field is null here and reported by
 * {@link ClaimJson}. Render only claims whose read produced no errors.
 */
public record Claim(ClaimKind kind, String controlNumber, String tradingPartnerServiceId, String tradingPartnerName,
                    String usageIndicator, String claimIdentifier, Submitter submitter, Receiver receiver,
                    Subscriber subscriber, Dependent dependent, List<Provider> providers, Address payerAddress,
                    Address payToAddress, PayToPlan payToPlan, ClaimInformation claimInformation) {
    public Claim {
        Objects.requireNonNull(kind, "kind");
        providers = Lists.copy(providers);
        for (int i = 0; i < providers.size(); i++) {
            for (int j = i + 1; j < providers.size(); j++) {
                if (providers.get(i).role() == providers.get(j).role()) {
                    throw new IllegalArgumentException("providers: two in role " + providers.get(i).role());
                }
            }
        }
    }

    /** The claim-level provider in {@code role}, if any. */
    public Optional<Provider> provider(ProviderRole role) {
        return providers.stream().filter(p -> p.role() == role).findFirst();
    }

    /** The 2010AA billing provider, or null when the JSON had none (an error issue then). */
    public Provider billing() {
        return provider(ProviderRole.BILLING).orElse(null);
    }

    /** True when the patient is the subscriber (no 2000C loop). */
    public boolean patientIsSubscriber() {
        return dependent == null;
    }
}
