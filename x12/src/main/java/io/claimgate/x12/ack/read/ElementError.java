package io.claimgate.x12.ack.read;

import java.util.List;
import java.util.Objects;

/**
 * An IK4 of a 999 (loop 2110): one data element in error inside the segment its IK3 names.
 *
 * @param position    IK401-1 element position in the segment (0 when unreadable)
 * @param component   IK401-2 component position (0 when not given)
 * @param repetition  IK401-3 repetition (0 when not given)
 * @param reference   IK402 data element reference number (e.g. {@code 782}), may be empty
 * @param code        IK403 error code (e.g. {@code 1} required element missing, {@code 7} invalid code value)
 * @param description the meaning of IK403, empty when unknown
 * @param badValue    IK404 copy of the bad data element, may be empty (it may hold PHI: do not log it)
 * @param contexts    CTX segments that follow the IK4
 */
public record ElementError(int position, int component, int repetition, String reference, String code,
                           String description, String badValue, List<ContextNote> contexts) {
    public ElementError {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(badValue, "badValue");
        contexts = List.copyOf(contexts);
    }
}
