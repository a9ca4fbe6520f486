package io.claimgate.x12.codes;

import io.claimgate.x12.syntax.Dates;

/**
 * Format checks of external code sets and identifiers (WEDI SNIP level 5), by name, so that the
 * implementation-guide tables in {@code mappings/guides} can name them ({@code format npi}).
 *
 * <p>This first version holds the checks the guide tables need; see the code-set classes for the rest.
 */
public final class Formats {
    private Formats() {
    }

    /**
     * True when {@code value} passes the named format check. Unknown names throw, so a typo in a guide
     * table fails at load time rather than passing everything.
     */
    public static boolean valid(String format, String value) {
        return switch (format) {
            case "npi" -> Npi.valid(value);
            case "zip" -> value.matches("\\d{5}(\\d{4})?");
            case "zip9" -> value.matches("\\d{9}");
            case "date" -> Dates.isCcyyMmDd(value);
            default -> throw new IllegalArgumentException("unknown format check: " + format);
        };
    }

    /** True when {@code format} names a known check. */
    public static boolean known(String format) {
        try {
            valid(format, "");
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
