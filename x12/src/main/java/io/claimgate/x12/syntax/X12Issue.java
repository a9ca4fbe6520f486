package io.claimgate.x12.syntax;

import java.util.Objects;

/**
 * One positioned problem found in an X12 file. Issues are collected, never thrown: a reader or validator
 * reports every problem it sees and goes on where it can.
 *
 * @param error    what is wrong, with its wire code
 * @param severity {@link Severity#ERROR} rejects the enclosing transaction (or interchange); a warning does not
 * @param position where it is
 * @param message  a sentence for people; never holds the value of a field that may carry PHI
 * @param badValue the offending value, for IK404 (may be empty); callers that log must not log it
 * @param loopId   the implementation-guide loop the segment is in (IK303, e.g. {@code 2300}); may be empty
 * @param dataElement the data element dictionary number (IK402, e.g. {@code 1331}); may be empty
 */
public record X12Issue(X12Error error, Severity severity, Position position, String message, String badValue,
                       String loopId, String dataElement) {

    /** How bad an issue is. */
    public enum Severity { ERROR, WARNING }

    public X12Issue {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(position, "position");
        message = message == null || message.isEmpty() ? error.description() : message;
        badValue = badValue == null ? "" : badValue;
        loopId = loopId == null ? "" : loopId;
        dataElement = dataElement == null ? "" : dataElement;
    }

    public X12Issue(X12Error error, Severity severity, Position position, String message, String badValue) {
        this(error, severity, position, message, badValue, "", "");
    }

    /** The same issue, placed in guide loop {@code loop} with data element number {@code element}. */
    public X12Issue in(String loop, String element) {
        return new X12Issue(error, severity, position, message, badValue, loop, element);
    }

    public static X12Issue error(X12Error error, Position position, String message) {
        return new X12Issue(error, Severity.ERROR, position, message, "");
    }

    public static X12Issue error(X12Error error, Position position, String message, String badValue) {
        return new X12Issue(error, Severity.ERROR, position, message, badValue);
    }

    public static X12Issue warning(X12Error error, Position position, String message) {
        return new X12Issue(error, Severity.WARNING, position, message, "");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return severity + " " + error + " at " + position + ": " + message;
    }
}
