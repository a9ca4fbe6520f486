package io.claimgate.x12.status;

import io.claimgate.x12.inbound.Party;
import java.util.List;
import java.util.Objects;

/**
 * Provider-level statuses of a 277CA (loop 2000C: 2100C provider name, 2200C trace and STC), handed out before
 * the provider's claims.
 *
 * @param provider NM1*85 (2100C), null when absent
 * @param trace    TRN02 (2200C), may be empty
 * @param statuses the STC segments
 */
public record ProviderStatus(Party provider, String trace, List<Status> statuses) {
    public ProviderStatus {
        Objects.requireNonNull(trace, "trace");
        statuses = List.copyOf(statuses);
    }
}
