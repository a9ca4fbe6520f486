package io.claimgate.x12.validate;

/** Implementation-guide usage of a loop, segment or element. */
public enum Usage {
    /** Required: must be present. */
    REQUIRED,
    /** Situational: present only when the guide's situation applies. */
    SITUATIONAL,
    /** Not used: must not be present in this guide. */
    NOT_USED;

    static Usage parse(String s) {
        return switch (s) {
            case "R" -> REQUIRED;
            case "S" -> SITUATIONAL;
            case "N" -> NOT_USED;
            default -> throw new IllegalArgumentException("usage must be R, S or N: " + s);
        };
    }
}
