package io.claimgate.gateway.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.claimgate.gateway.store.Sha256;
import io.claimgate.x12.sample.ClaimGenerator;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ClaimParserTest {
    /** How content hashes were computed before they were streamed: the tree written by Jackson with sorted keys. */
    private static final JsonMapper SORTED = JsonMapper.builder().enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED).build();

    private final ClaimParser parser = new ClaimParser(64);

    private String streamed(String json) {
        return parser.contentSha256(parser.parse(json.getBytes(StandardCharsets.UTF_8)).tree());
    }

    private String written(String json) throws Exception {
        JsonNode tree = parser.parse(json.getBytes(StandardCharsets.UTF_8)).tree();
        return Sha256.hex(SORTED.writeValueAsBytes(tree));
    }

    @Test
    void theContentHashIsThatOfJacksonsSortedOutput() throws Exception {
        String odd = "{\"b\":[1,2.50,1E+2,-0.0,12345678901234567890123,null,true,false,{}, []],\"a\":{\"z\":\"é\\u0001\\\"\\\\/\","
                + "\"Z\":null,\"é\":\"\\ud83d\\ude00\",\"\":\"\"},\"A\":0}";
        assertEquals(written(odd), streamed(odd));
        ClaimGenerator.generate(7, 300).forEach(g -> {
            try {
                assertEquals(written(g.json()), streamed(g.json()), "claim " + g.index());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void keyOrderAndWhitespaceDoNotChangeTheHashButValuesDo() {
        assertEquals(streamed("{\"a\":1,\"b\":{\"c\":\"x\",\"d\":2.10}}"), streamed("{ \"b\" : {\"d\":2.10, \"c\":\"x\"},\n\"a\":1 }"));
        assertNotEquals(streamed("{\"a\":1,\"b\":2.10}"), streamed("{\"a\":1,\"b\":2.1}"), "numbers as written");
        assertNotEquals(streamed("{\"a\":\"1\"}"), streamed("{\"a\":1}"));
    }
}
