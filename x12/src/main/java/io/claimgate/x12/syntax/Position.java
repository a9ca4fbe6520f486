package io.claimgate.x12.syntax;

/**
 * Where something is in an X12 file.
 *
 * @param segmentIndex          1-based index of the segment in the file (0 when not known)
 * @param segmentInTransaction  1-based position of the segment counted from its ST (ST = 1), as IK301 wants it;
 *                              0 outside a transaction set
 * @param segmentId             the segment id (e.g. {@code CLM}); empty when not known
 * @param element               1-based element position in the segment (0 = the whole segment)
 * @param component             1-based component position in the element (0 = the whole element)
 * @param repetition            1-based repetition of the element (0 = not repeated)
 * @param byteOffset            offset of the segment's first byte in the input (-1 when not known)
 */
public record Position(long segmentIndex, int segmentInTransaction, String segmentId, int element, int component,
                       int repetition, long byteOffset) {

    public static final Position NONE = new Position(0, 0, "", 0, 0, 0, -1);

    public Position {
        segmentId = segmentId == null ? "" : segmentId;
    }

    /** The same segment, pointing at element {@code e} (1-based). */
    public Position atElement(int e) {
        return new Position(segmentIndex, segmentInTransaction, segmentId, e, 0, 0, byteOffset);
    }

    /** The same element, pointing at component {@code c} (1-based). */
    public Position atComponent(int c) {
        return new Position(segmentIndex, segmentInTransaction, segmentId, element, c, repetition, byteOffset);
    }

    /** The same element, pointing at repetition {@code r} (1-based). */
    public Position atRepetition(int r) {
        return new Position(segmentIndex, segmentInTransaction, segmentId, element, component, r, byteOffset);
    }

    /** {@code CLM05-01} style reference for the element (and component) this position points at. */
    public String reference() {
        if (element == 0) {
            return segmentId;
        }
        String ref = segmentId + (element < 10 ? "0" : "") + element;
        if (component > 0) {
            ref += "-" + (component < 10 ? "0" : "") + component;
        }
        return ref;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append("segment ").append(segmentIndex);
        if (!segmentId.isEmpty()) {
            sb.append(" (").append(reference()).append(')');
        }
        if (repetition > 0) {
            sb.append(" repetition ").append(repetition);
        }
        return sb.toString();
    }
}
