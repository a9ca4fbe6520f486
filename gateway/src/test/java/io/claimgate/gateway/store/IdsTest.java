package io.claimgate.gateway.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdsTest {
    private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
    private static final Instant NOW = Instant.parse("2026-11-22T18:00:00.123Z");

    private static BigInteger random(String id) {
        BigInteger v = BigInteger.ZERO;
        for (char c : id.substring(14).toCharArray()) {
            v = v.shiftLeft(5).add(BigInteger.valueOf(ALPHABET.indexOf(c)));
        }
        return v;
    }

    @Test
    void aChunkOfClaimIdsCountsUpFromOneRandomDrawInTheMillisecondOfASingleId() {
        String single = Ids.claim(NOW);
        List<String> ids = Ids.claims(NOW, 500);
        assertEquals(500, new HashSet<>(ids).size());
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            assertEquals(30, id.length(), id);
            assertEquals(single.substring(0, 14), id.substring(0, 14), "clm_ and the same time digits");
            assertTrue(id.chars().skip(4).allMatch(c -> ALPHABET.indexOf(c) >= 0), id);
            if (i > 0) {
                assertTrue(ids.get(i - 1).compareTo(id) < 0, "ascending");
                assertEquals(random(ids.get(i - 1)).add(BigInteger.ONE), random(id));
            }
        }
    }

    @Test
    void theCountCarriesFromTheLowerIntoTheUpperBits() {
        List<String> ids = Ids.claims(NOW, 3, 0x7FFE, -2L);
        BigInteger first = BigInteger.valueOf(0x7FFE).shiftLeft(64).add(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.TWO));
        for (int i = 0; i < 3; i++) {
            assertEquals(first.add(BigInteger.valueOf(i)), random(ids.get(i)), ids.get(i));
        }
        assertTrue(ids.get(1).compareTo(ids.get(2)) < 0);
        // 0x7FFE then 64 bits: 01111 11111 11111 1|1111 ... ; the carry turns ...f zzz... into ...g 000...
        assertEquals(List.of("fzzfzzzzzzzzzzzy", "fzzfzzzzzzzzzzzz", "fzzg000000000000"),
                ids.stream().map(id -> id.substring(14)).toList());
    }
}
