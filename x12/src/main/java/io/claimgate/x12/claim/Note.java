package io.claimgate.x12.claim;

import java.util.Objects;

/**
 * An NTE note: NTE01 reference code (ADD additional information, CER certification narrative, DCP goals
 * / rehab potential, DGN diagnosis description, TPO third-party organization notes, and the 837I home
 * health codes ALG, DME, MED, NTR, ODT, RHB, RLH, RNH, SET, SFM, SPT, UPI), NTE02 text.
 */
public record Note(String code, String text) {
    public Note {
        Objects.requireNonNull(code, "code");
    }
}
