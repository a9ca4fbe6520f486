package io.claimgate.gateway.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ClaimContentTest {
    private static boolean same(String a, String b) {
        return ClaimContent.same(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keyOrderAndWhitespaceDoNotMatterButValuesDo() {
        assertTrue(same("{\"a\":1,\"b\":{\"c\":\"x\",\"d\":2.10}}", "{\"a\":1,\"b\":{\"c\":\"x\",\"d\":2.10}}"));
        assertTrue(same("{\"a\":1,\"b\":{\"c\":\"x\",\"d\":2.10}}", "{ \"b\" : {\"d\":2.10, \"c\":\"x\"},\n\"a\":1 }"));
        assertTrue(same("{\"s\":\"caf\\u00e9\",\"l\":[1,{\"y\":null,\"x\":true}]}",
                "{\"l\":[1,{\"x\":true,\"y\":null}],\"s\":\"caf\u00e9\"}"), "escapes and nested objects in arrays");
        assertFalse(same("{\"a\":1,\"b\":2.10}", "{\"a\":1,\"b\":2.1}"), "numbers as written");
        assertFalse(same("{\"a\":\"1\"}", "{\"a\":1}"));
        assertFalse(same("{\"l\":[1,2]}", "{\"l\":[2,1]}"), "array order matters");
        assertFalse(same("{\"a\":1}", "{\"a\":1,\"b\":null}"));
        assertFalse(same("{\"a\":1}", "not json"));
    }

    @Test
    void theStoredHashIsTheSha256OfTheBytes() {
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        assertEquals(Sha256.hex(body), ClaimContent.sha256(body));
        assertEquals("015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862", ClaimContent.sha256(body));
    }
}
