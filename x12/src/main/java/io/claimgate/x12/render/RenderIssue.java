package io.claimgate.x12.render;

import java.util.Objects;

/**
 * A value of a claim that could not be written as X12 (it holds a delimiter character or a line break, or a
 * required value is missing). Names the claim field and the X12 element, never the value, which may be PHI.
 *
 * @param claimIndex index of the claim in the list given to the renderer
 * @param fieldPath  the claim JSON field path, e.g. {@code subscriber.lastName} or
 *                   {@code claimInformation.serviceLines[2].professionalService.procedureCode}
 * @param x12Field   the X12 element reference, e.g. {@code NM103} or {@code SV101-02}
 * @param message    what is wrong
 */
public record RenderIssue(int claimIndex, String fieldPath, String x12Field, String message) {
    public RenderIssue {
        Objects.requireNonNull(fieldPath, "fieldPath");
        Objects.requireNonNull(message, "message");
        x12Field = x12Field == null ? "" : x12Field;
    }

    @Override
    public String toString() {
        return "claim " + claimIndex + " " + fieldPath + (x12Field.isEmpty() ? "" : " (" + x12Field + ")") + ": " + message;
    }
}
