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
 */
public record X12Issue(X12Error error, Severity severity, Position position, String message, String badValue) {

    /** How bad an issue is. */
    public enum Severity { ERROR, WARNING }

    public X12Issue {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(position, "position");
        message = message == null || message.isEmpty() ? error.description() : message;
        badValue = badValue == null ? "" : badValue;
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
