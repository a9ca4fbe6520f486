package io.claimgate.x12.claim;

import java.util.Objects;

/**
 * A problem found while reading claim JSON: severity, code, the JSON field path (e.g.
 * {@code claimInformation.serviceLines[2].professionalService.procedureCode}; empty for the whole
 * document) and a message. Messages never contain the field's value (it may be PHI).
 */
public record ClaimIssue(Severity severity, Code code, String path, String message) {
    public ClaimIssue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    static ClaimIssue error(Code code, String path, String message) {
        return new ClaimIssue(Severity.ERROR, code, path, message);
    }

    public enum Severity {
        /** The claim must not be rendered. */
        ERROR,
        /** The claim can be rendered; something was normalized or ignored. */
        WARNING
    }

    public enum Code {
        /** The document is not JSON, or not a JSON object. */
        MALFORMED_JSON,
        /** An object where a string was expected, a string where an object or array was expected, ... */
        WRONG_TYPE,
        /** A field name neither schema knows. */
        UNKNOWN_FIELD,
        /** A field of the CHC schema this gateway does not render (ambulance, DME, repricing, ...). */
        UNSUPPORTED_FIELD,
        /** A field of the other claim kind (e.g. {@code attending} on a professional claim). */
        FIELD_NOT_FOR_KIND,
        /** The same provider role given twice (named object and {@code providers[]}, or twice in the array). */
        DUPLICATE_PROVIDER,
        /** Two spellings of the same field with different values. */
        CONFLICTING_FIELDS,
        /** A required field is absent or null. */
        MISSING_REQUIRED,
        /** A value outside the field's enumeration. */
        INVALID_CODE,
        /** A value that does not match the field's pattern (dates, amounts, NPI, ...). */
        INVALID_FORMAT,
        /** Longer than the field's maxLength. */
        TOO_LONG,
        /** Shorter than the field's minLength. */
        TOO_SHORT,
        /** An array with more entries than allowed. */
        TOO_MANY,
        /** A value holding an X12 delimiter (~ * : ^) or a line break. */
        DELIMITER_CHARACTER
    }
}
