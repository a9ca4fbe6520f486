package io.claimgate.x12.ack.read;

import java.util.List;
import java.util.Objects;

/**
 * A CTX segment of a 999: the business context of a segment error (e.g. {@code CLM01:PATIENT-ACCT}, which
 * names the claim) or the trigger of a situational error.
 *
 * @param name             CTX01-1 context name ({@code CLM01}, {@code SITUATIONAL TRIGGER}) of the first CTX01
 * @param reference        CTX01-2 context reference (e.g. the patient control number), may be empty
 * @param segmentId        CTX02 segment id of the trigger, may be empty
 * @param segmentPosition  CTX03 position of the trigger segment in the transaction set, may be empty
 * @param loopId           CTX04 loop of the trigger, may be empty
 * @param elementPosition  CTX05 position in the segment (element:component:repetition as written), may be empty
 * @param elementReference CTX06 data element reference (as written), may be empty
 * @param repeated         the CTX01 repetitions after the first, in order. The 999 guide (005010X231A1) gives a CTX
 *                         one context identification; the reader keeps any others here and reports them
 */
public record ContextNote(String name, String reference, String segmentId, String segmentPosition, String loopId,
                          String elementPosition, String elementReference, List<Identification> repeated) {
    public ContextNote {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(segmentPosition, "segmentPosition");
        Objects.requireNonNull(loopId, "loopId");
        Objects.requireNonNull(elementPosition, "elementPosition");
        Objects.requireNonNull(elementReference, "elementReference");
        repeated = List.copyOf(repeated);
    }

    /** A CTX whose CTX01 does not repeat. */
    public ContextNote(String name, String reference, String segmentId, String segmentPosition, String loopId,
                       String elementPosition, String elementReference) {
        this(name, reference, segmentId, segmentPosition, loopId, elementPosition, elementReference, List.of());
    }

    /**
     * One repetition of CTX01 (C998).
     *
     * @param name      C998-01 context name
     * @param reference C998-02 context reference, may be empty
     */
    public record Identification(String name, String reference) {
        public Identification {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(reference, "reference");
        }
    }
}
