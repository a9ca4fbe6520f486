package io.claimgate.x12.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class NpiTest {
    @Test
    void checkDigitOverPrefix80840() {
        assertTrue(Npi.valid("1234567893"));   // the CMS worked example
        assertTrue(Npi.valid("1912301953"));
        assertFalse(Npi.valid("1234567890"));
        assertFalse(Npi.valid("123456789"));
        assertFalse(Npi.valid("12345678A3"));
        assertFalse(Npi.valid("12345678931"));
        assertFalse(Npi.valid(null));
    }

    /** Exactly one check digit completes any nine digits, the one plain Luhn gives over 80840 + them. */
    @Property
    void exactlyTheLuhnDigitCompletesNineDigits(@ForAll @IntRange(min = 0, max = 999_999_999) int body) {
        String nine = String.format("%09d", body);
        int expected = luhnCheckDigit("80840" + nine);
        for (int d = 0; d <= 9; d++) {
            assertEquals(d == expected, Npi.valid(nine + d), nine + d);
        }
    }

    /** Textbook Luhn: double every second digit from the right of the payload, check = (10 - sum mod 10) mod 10. */
    private static int luhnCheckDigit(String payload) {
        int sum = 0;
        boolean twice = true;
        for (int i = payload.length() - 1; i >= 0; i--, twice = !twice) {
            int d = payload.charAt(i) - '0';
            if (twice) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }
}
