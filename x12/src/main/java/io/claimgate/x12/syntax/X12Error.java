package io.claimgate.x12.syntax;

/**
 * Every problem the X12 library reports about an X12 file, each tied to the code that carries it on
 * the wire: TA105 note codes for the interchange, AK905 for a functional group, IK502 for a
 * transaction set, IK304 for a segment and IK403 for an element (005010X231A1).
 */
public enum X12Error {
    // Not X12 at all.
    NOT_X12(Level.FILE, "", "Input is not X12: no ISA segment at the start"),
    ISA_MALFORMED(Level.INTERCHANGE, "022", "ISA segment cannot be read (delimiters or length)"),

    // TA1 (TA105) interchange note codes.
    INTERCHANGE_CONTROL_MISMATCH(Level.INTERCHANGE, "001", "Interchange control number in header and trailer do not match"),
    INTERCHANGE_VERSION_UNSUPPORTED(Level.INTERCHANGE, "003", "This version of the controls is not supported"),
    INVALID_SEGMENT_TERMINATOR(Level.INTERCHANGE, "004", "The segment terminator is invalid"),
    INVALID_SENDER_QUALIFIER(Level.INTERCHANGE, "005", "Invalid interchange ID qualifier for sender"),
    INVALID_SENDER_ID(Level.INTERCHANGE, "006", "Invalid interchange sender ID"),
    INVALID_RECEIVER_QUALIFIER(Level.INTERCHANGE, "007", "Invalid interchange ID qualifier for receiver"),
    INVALID_RECEIVER_ID(Level.INTERCHANGE, "008", "Invalid interchange receiver ID"),
    INVALID_AUTHORIZATION_QUALIFIER(Level.INTERCHANGE, "010", "Invalid authorization information qualifier value"),
    INVALID_AUTHORIZATION(Level.INTERCHANGE, "011", "Invalid authorization information value"),
    INVALID_SECURITY_QUALIFIER(Level.INTERCHANGE, "012", "Invalid security information qualifier value"),
    INVALID_SECURITY(Level.INTERCHANGE, "013", "Invalid security information value"),
    INVALID_INTERCHANGE_DATE(Level.INTERCHANGE, "014", "Invalid interchange date value"),
    INVALID_INTERCHANGE_TIME(Level.INTERCHANGE, "015", "Invalid interchange time value"),
    INVALID_STANDARDS_ID(Level.INTERCHANGE, "016", "Invalid interchange standards identifier value"),
    INVALID_VERSION_ID(Level.INTERCHANGE, "017", "Invalid interchange version ID value"),
    INVALID_INTERCHANGE_CONTROL(Level.INTERCHANGE, "018", "Invalid interchange control number value"),
    INVALID_ACK_REQUESTED(Level.INTERCHANGE, "019", "Invalid acknowledgment requested value"),
    INVALID_TEST_INDICATOR(Level.INTERCHANGE, "020", "Invalid test indicator value"),
    INVALID_GROUP_COUNT(Level.INTERCHANGE, "021", "Invalid number of included groups value"),
    INVALID_CONTROL_STRUCTURE(Level.INTERCHANGE, "022", "Invalid control structure"),
    PREMATURE_END_OF_FILE(Level.INTERCHANGE, "023", "Improper (premature) end of file"),
    INVALID_INTERCHANGE_CONTENT(Level.INTERCHANGE, "024", "Invalid interchange content"),
    INVALID_ELEMENT_SEPARATOR(Level.INTERCHANGE, "026", "Invalid data element separator"),
    INVALID_COMPONENT_SEPARATOR(Level.INTERCHANGE, "027", "Invalid component element separator"),

    // AK905 functional group codes.
    GROUP_NOT_SUPPORTED(Level.GROUP, "1", "Functional group not supported"),
    GROUP_VERSION_NOT_SUPPORTED(Level.GROUP, "2", "Functional group version not supported"),
    GROUP_TRAILER_MISSING(Level.GROUP, "3", "Functional group trailer missing"),
    GROUP_CONTROL_MISMATCH(Level.GROUP, "4", "Group control number in the functional group header and trailer do not agree"),
    GROUP_COUNT_MISMATCH(Level.GROUP, "5", "Number of included transaction sets does not match actual count"),
    GROUP_CONTROL_INVALID(Level.GROUP, "6", "Group control number violates syntax"),

    // IK502 transaction set codes.
    TRANSACTION_NOT_SUPPORTED(Level.TRANSACTION, "1", "Transaction set not supported"),
    TRANSACTION_TRAILER_MISSING(Level.TRANSACTION, "2", "Transaction set trailer missing"),
    TRANSACTION_CONTROL_MISMATCH(Level.TRANSACTION, "3", "Transaction set control number in header and trailer do not match"),
    TRANSACTION_COUNT_MISMATCH(Level.TRANSACTION, "4", "Number of included segments does not match actual count"),
    TRANSACTION_SEGMENTS_IN_ERROR(Level.TRANSACTION, "5", "One or more segments in error"),
    TRANSACTION_ID_INVALID(Level.TRANSACTION, "6", "Missing or invalid transaction set identifier"),
    TRANSACTION_CONTROL_INVALID(Level.TRANSACTION, "7", "Missing or invalid transaction set control number"),
    TRANSACTION_NOT_IN_GROUP(Level.TRANSACTION, "18", "Transaction set not in functional group"),
    TRANSACTION_CONVENTION_INVALID(Level.TRANSACTION, "19", "Invalid transaction set implementation convention reference"),
    TRANSACTION_CONTROL_NOT_UNIQUE(Level.TRANSACTION, "23", "Transaction set control number not unique within the functional group"),
    IMPLEMENTATION_SEGMENTS_IN_ERROR(Level.TRANSACTION, "I5", "Implementation one or more segments in error"),
    IMPLEMENTATION_CONVENTION_NOT_SUPPORTED(Level.TRANSACTION, "I6", "Implementation convention not supported"),
    /** SNIP level 3: amounts that must add up do not (e.g. 835 SVC02 - SVC03 = line CAS); a 999 reports it as I5. */
    AMOUNTS_DO_NOT_BALANCE(Level.TRANSACTION, "I5", "Amounts do not balance"),

    // IK304 segment codes.
    UNRECOGNIZED_SEGMENT(Level.SEGMENT, "1", "Unrecognized segment ID"),
    UNEXPECTED_SEGMENT(Level.SEGMENT, "2", "Unexpected segment"),
    REQUIRED_SEGMENT_MISSING(Level.SEGMENT, "3", "Required segment missing"),
    LOOP_OVER_MAXIMUM(Level.SEGMENT, "4", "Loop occurs over maximum times"),
    SEGMENT_OVER_MAXIMUM(Level.SEGMENT, "5", "Segment exceeds maximum use"),
    SEGMENT_NOT_IN_TRANSACTION(Level.SEGMENT, "6", "Segment not in defined transaction set"),
    SEGMENT_OUT_OF_SEQUENCE(Level.SEGMENT, "7", "Segment not in proper sequence"),
    SEGMENT_HAS_ELEMENT_ERRORS(Level.SEGMENT, "8", "Segment has data element errors"),
    SEGMENT_NOT_USED(Level.SEGMENT, "I4", "Implementation \"not used\" segment present"),
    DEPENDENT_SEGMENT_MISSING(Level.SEGMENT, "I6", "Implementation dependent segment missing"),
    LOOP_UNDER_MINIMUM(Level.SEGMENT, "I7", "Implementation loop occurs under minimum times"),
    SEGMENT_UNDER_MINIMUM(Level.SEGMENT, "I8", "Implementation segment below minimum use"),
    DEPENDENT_SEGMENT_NOT_USED(Level.SEGMENT, "I9", "Implementation dependent \"not used\" segment present"),

    // IK403 element codes.
    REQUIRED_ELEMENT_MISSING(Level.ELEMENT, "1", "Required data element missing"),
    CONDITIONAL_ELEMENT_MISSING(Level.ELEMENT, "2", "Conditional required data element missing"),
    TOO_MANY_ELEMENTS(Level.ELEMENT, "3", "Too many data elements"),
    ELEMENT_TOO_SHORT(Level.ELEMENT, "4", "Data element too short"),
    ELEMENT_TOO_LONG(Level.ELEMENT, "5", "Data element too long"),
    INVALID_CHARACTER(Level.ELEMENT, "6", "Invalid character in data element"),
    INVALID_CODE(Level.ELEMENT, "7", "Invalid code value"),
    INVALID_DATE(Level.ELEMENT, "8", "Invalid date"),
    INVALID_TIME(Level.ELEMENT, "9", "Invalid time"),
    EXCLUSION_VIOLATED(Level.ELEMENT, "10", "Exclusion condition violated"),
    TOO_MANY_REPETITIONS(Level.ELEMENT, "12", "Too many repetitions"),
    TOO_MANY_COMPONENTS(Level.ELEMENT, "13", "Too many components"),
    CODE_NOT_USED(Level.ELEMENT, "I6", "Code value not used in implementation"),
    DEPENDENT_ELEMENT_MISSING(Level.ELEMENT, "I9", "Implementation dependent data element missing"),
    ELEMENT_NOT_USED(Level.ELEMENT, "I10", "Implementation \"not used\" data element present"),
    TOO_FEW_REPETITIONS(Level.ELEMENT, "I11", "Implementation too few repetitions"),
    PATTERN_MISMATCH(Level.ELEMENT, "I12", "Implementation pattern match failure"),
    DEPENDENT_ELEMENT_NOT_USED(Level.ELEMENT, "I13", "Implementation dependent \"not used\" data element present");

    /** Which acknowledgement level (and so which wire element) a code belongs to. */
    public enum Level { FILE, INTERCHANGE, GROUP, TRANSACTION, SEGMENT, ELEMENT }

    private final Level level;
    private final String wireCode;
    private final String description;

    X12Error(Level level, String wireCode, String description) {
        this.level = level;
        this.wireCode = wireCode;
        this.description = description;
    }

    /** The acknowledgement level this code is reported at. */
    public Level level() {
        return level;
    }

    /** The code as written in TA105, AK905, IK502, IK304 or IK403, depending on {@link #level()}. */
    public String wireCode() {
        return wireCode;
    }

    /** The code's meaning as the 999/TA1 guides word it. */
    public String description() {
        return description;
    }
}
