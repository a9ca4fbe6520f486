package io.claimgate.x12.syntax;

/**
 * Thrown when a value cannot be written as X12: it holds a delimiter character, a line break, or does not
 * fit its field. Names the field ({@code NM103}, {@code ISA06}) and the problem; never quotes the value,
 * which may carry PHI.
 */
public final class X12WriteException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public X12WriteException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The X12 field reference, e.g. {@code NM103} or {@code SV101-02}. */
    public String field() {
        return field;
    }
}
