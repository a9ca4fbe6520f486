package io.claimgate.gateway.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ClaimParserTest {
    private final ClaimParser parser = new ClaimParser(64);

    private String hash(String json) {
        return parser.contentSha256(parser.parse(json.getBytes(StandardCharsets.UTF_8)).tree());
    }

    @Test
    void keyOrderAndWhitespaceDoNotChangeTheHashButValuesDo() {
        assertEquals(hash("{\"a\":1,\"b\":{\"c\":\"x\",\"d\":2.10}}"), hash("{ \"b\" : {\"d\":2.10, \"c\":\"x\"},\n\"a\":1 }"));
        assertNotEquals(hash("{\"a\":1,\"b\":2.10}"), hash("{\"a\":1,\"b\":2.1}"), "numbers as written");
        assertNotEquals(hash("{\"a\":\"1\"}"), hash("{\"a\":1}"));
    }
}
