package io.claimgate.x12.codes;

/** National Provider Identifier: 10 digits whose last is a Luhn check digit over 80840 + the first 9. */
public final class Npi {
    private Npi() {
    }

    public static boolean valid(String npi) {
        if (npi == null || npi.length() != 10) {
            return false;
        }
        int sum = 24; // the prefix 80840 contributes 24 to the Luhn sum
        for (int i = 0; i < 10; i++) {
            char c = npi.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        for (int i = 8, dbl = 1; i >= 0; i--, dbl ^= 1) {
            int d = npi.charAt(i) - '0';
            if (dbl == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        int check = (10 - (sum % 10)) % 10;
        return check == npi.charAt(9) - '0';
    }
}
