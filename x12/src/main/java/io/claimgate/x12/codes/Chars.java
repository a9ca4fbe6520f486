package io.claimgate.x12.codes;

/** Character-class tests shared by the hand-written format checks (no regex on the hot path). */
final class Chars {
    private Chars() {
    }

    static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean upper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** An upper-case letter or a digit; code sets are case sensitive and sent in upper case. */
    static boolean alnum(char c) {
        return digit(c) || upper(c);
    }

    /** True when every character of {@code v} from {@code from} (inclusive) to {@code to} (exclusive) is a digit. */
    static boolean digits(String v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!digit(v.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code v} is non-null, {@code length} long and all digits. */
    static boolean digits(String v, int length) {
        return v != null && v.length() == length && digits(v, 0, length);
    }

    /** The decimal value of the digits of {@code v} from {@code from} to {@code to}; they must be digits. */
    static int number(String v, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (v.charAt(i) - '0');
        }
        return n;
    }
}
