package io.claimgate.gateway.store;

import java.util.Objects;

/** One claim of a batch on its way to the store: valid (to be stored) or rejected (only its issues kept). */
public sealed interface BatchEntry {
    /** 0-based position of the claim in the batch body. */
    int index();

    /** A valid claim; the store sets its batch. */
    record Valid(int index, NewClaim claim) implements BatchEntry {
        public Valid {
            Objects.requireNonNull(claim, "claim");
        }
    }

    /** An invalid claim: nothing is stored but its issues, as a JSON array. */
    record Rejected(int index, byte[] issuesJson) implements BatchEntry {
        public Rejected {
            Objects.requireNonNull(issuesJson, "issuesJson");
        }
    }
}
