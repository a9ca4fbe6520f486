package io.claimgate.x12.claim;

/** Which transaction a claim renders to. */
public enum ClaimKind {
    /** 837P, 005010X222A1; JSON as CHC Professional Claims v3. */
    PROFESSIONAL,
    /** 837I, 005010X223A2; JSON as CHC Institutional Claims v1. */
    INSTITUTIONAL
}
