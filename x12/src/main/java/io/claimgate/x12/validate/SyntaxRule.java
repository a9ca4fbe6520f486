package io.claimgate.x12.validate;

import java.util.Arrays;

/**
 * An X12 syntax note on a segment ({@code P0304}, {@code C0605}, {@code L050607}, ...).
 *
 * @param kind      P (paired), R (at least one), C (conditional), E (exclusion), L (list conditional)
 * @param positions element positions (1-based), in the order written
 */
public record SyntaxRule(char kind, int[] positions) {
    public SyntaxRule {
        if ("PRCEL".indexOf(kind) < 0) {
            throw new IllegalArgumentException("syntax rule kind must be P, R, C, E or L: " + kind);
        }
        if (positions.length < 2) {
            throw new IllegalArgumentException("syntax rule needs at least two elements");
        }
        positions = positions.clone();
    }

    /** Parses {@code P0304}: a letter followed by two-digit element positions. */
    static SyntaxRule parse(String code) {
        if (code.length() < 5 || (code.length() - 1) % 2 != 0) {
            throw new IllegalArgumentException("malformed syntax rule: " + code);
        }
        int[] p = new int[(code.length() - 1) / 2];
        for (int i = 0; i < p.length; i++) {
            p[i] = Integer.parseInt(code.substring(1 + 2 * i, 3 + 2 * i));
        }
        return new SyntaxRule(code.charAt(0), p);
    }

    @Override
    public int[] positions() {
        return positions.clone();
    }

    int at(int i) {
        return positions[i];
    }

    int count() {
        return positions.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SyntaxRule r && r.kind == kind && Arrays.equals(r.positions, positions);
    }

    @Override
    public int hashCode() {
        return kind * 31 + Arrays.hashCode(positions);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(kind);
        for (int p : positions) {
            sb.append(p < 10 ? "0" : "").append(p);
        }
        return sb.toString();
    }
}
