package io.claimgate.x12.ack.read;

import java.util.List;
import java.util.Objects;

/**
 * An IK3 of a 999 (loop 2100): one segment in error in the transaction set acknowledged.
 *
 * @param segmentId     IK301 segment id (e.g. {@code CLM})
 * @param position      IK302 position of the segment counted from ST = 1 (0 when unreadable)
 * @param loopId        IK303 loop id (e.g. {@code 2300}), may be empty
 * @param code          IK304 error code (e.g. {@code 8} segment has data element errors, {@code 3} required segment missing)
 * @param description   the meaning of IK304, empty when unknown
 * @param contexts      CTX segments of the segment error (e.g. {@code CLM01} with the patient control number)
 * @param elementErrors the IK4 element errors in this segment
 */
public record SegmentError(String segmentId, int position, String loopId, String code, String description,
                           List<ContextNote> contexts, List<ElementError> elementErrors) {
    public SegmentError {
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(loopId, "loopId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
        contexts = List.copyOf(contexts);
        elementErrors = List.copyOf(elementErrors);
    }
}
