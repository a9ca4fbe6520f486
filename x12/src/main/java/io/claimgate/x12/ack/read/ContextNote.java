package io.claimgate.x12.ack.read;

import java.util.Objects;

/**
 * A CTX segment of a 999: the business context of a segment error (e.g. {@code CLM01:PATIENT-ACCT}, which
 * names the claim) or the trigger of a situational error.
 *
 * @param name             CTX01-1 context name ({@code CLM01}, {@code SITUATIONAL TRIGGER})
 * @param reference        CTX01-2 context reference (e.g. the patient control number), may be empty
 * @param segmentId        CTX02 segment id of the trigger, may be empty
 * @param segmentPosition  CTX03 position of the trigger segment in the transaction set, may be empty
 * @param loopId           CTX04 loop of the trigger, may be empty
 * @param elementPosition  CTX05 position in the segment (element:component:repetition as written), may be empty
 * @param elementReference CTX06 data element reference (as written), may be empty
 */
public record ContextNote(String name, String reference, String segmentId, String segmentPosition, String loopId,
                          String elementPosition, String elementReference) {
    public ContextNote {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(segmentPosition, "segmentPosition");
        Objects.requireNonNull(loopId, "loopId");
        Objects.requireNonNull(elementPosition, "elementPosition");
        Objects.requireNonNull(elementReference, "elementReference");
    }
}
