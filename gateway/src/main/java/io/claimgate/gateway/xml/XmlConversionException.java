package io.claimgate.gateway.xml;

/**
 * The input could not be converted to XML. {@link #kind()} tells whether it was not X12 (or a transaction
 * set the bridge does not convert) or whether Smooks could not parse it against the DFDL schema; in the
 * latter case {@link #segmentIndex()} is the 1-based index in the file of the segment where Smooks stopped,
 * when Smooks said where. Messages name segments and positions, never data values (they may be PHI).
 */
public final class XmlConversionException extends Exception {
    /** Why the conversion failed. */
    public enum Kind {
        /** No ISA at the start, or no ST in the file. */
        NOT_X12,
        /** ST01 is not one of 999, 277, 835. */
        UNSUPPORTED_TYPE,
        /** Smooks (Daffodil) could not parse the file against the DFDL schema. */
        PARSE_FAILED
    }

    private final Kind kind;
    private final long segmentIndex;

    XmlConversionException(Kind kind, String message, long segmentIndex, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.segmentIndex = segmentIndex;
    }

    public Kind kind() {
        return kind;
    }

    /** 1-based index of the segment where parsing stopped, or 0 when unknown. */
    public long segmentIndex() {
        return segmentIndex;
    }
}
