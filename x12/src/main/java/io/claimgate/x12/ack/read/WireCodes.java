package io.claimgate.x12.ack.read;

import io.claimgate.x12.syntax.X12Error;

/** The meanings of the 999/TA1 error codes, taken from {@link X12Error} (which holds every wire code). */
final class WireCodes {
    private WireCodes() {
    }

    /** The description of wire code {@code code} at {@code level}, or "" when the code is unknown. */
    static String describe(X12Error.Level level, String code) {
        for (X12Error e : X12Error.values()) {
            if (e.level() == level && e.wireCode().equals(code)) {
                return e.description();
            }
        }
        return "";
    }
}
