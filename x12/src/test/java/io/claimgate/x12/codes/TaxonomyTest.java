package io.claimgate.x12.codes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TaxonomyTest {
    @Test
    void tenCharactersEndingInX() {
        assertTrue(Taxonomy.valid("207Q00000X"));
        assertTrue(Taxonomy.valid("261QR1300X"));
        assertTrue(Taxonomy.valid("363LF0000X"));
        assertFalse(Taxonomy.valid("207Q00000"));
        assertFalse(Taxonomy.valid("207Q000000"));
        assertFalse(Taxonomy.valid("207q00000X"));
        assertFalse(Taxonomy.valid("207Q00000x"));
        assertFalse(Taxonomy.valid("207Q-0000X"));
        assertFalse(Taxonomy.valid("207Q00000XX"));
        assertFalse(Taxonomy.valid(null));
    }
}
