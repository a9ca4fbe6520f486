package io.claimgate.gateway.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimgate.x12.claim.ClaimKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

public class ClaimContentTest {
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

    private static final JsonMapper JSON = new JsonMapper();

    public static byte[] fixture(String name) throws IOException {
        try (InputStream in = ClaimContentTest.class.getResourceAsStream("/claims/" + name + ".json")) {
            return in.readAllBytes();
        }
    }

    /** professional-full.json with {@code change} made to its tree. */
    public static byte[] professional(Consumer<ObjectNode> change) throws IOException {
        ObjectNode tree = (ObjectNode) JSON.readTree(fixture("professional-full"));
        change.accept(tree);
        return JSON.writeValueAsBytes(tree);
    }

    /**
     * professional-full.json as a client might send it that intake repairs (each a NORMALIZED warning): gender
     * in lower case, the diagnosis code with its dot, ISO dates, a CPT code with a space and in lower case, a
     * trailing empty modifier, 110.000, CMS-1500 letter pointers.
     */
    public static void repairable(ObjectNode tree) {
        ObjectNode subscriber = (ObjectNode) tree.get("subscriber");
        subscriber.put("gender", "m");
        subscriber.put("dateOfBirth", "1980-01-02");
        ObjectNode info = (ObjectNode) tree.get("claimInformation");
        info.put("claimFilingCode", "ci");
        ((ObjectNode) info.get("healthCareCodeInformation").get(0)).put("diagnosisCode", "S13.4XXA");
        ObjectNode line = (ObjectNode) info.get("serviceLines").get(0);
        line.put("serviceDate", "2024-01-02");
        ObjectNode service = (ObjectNode) line.get("professionalService");
        service.put("procedureCode", "99213 ");
        ((ArrayNode) service.get("procedureModifiers")).add("");
        service.put("lineItemChargeAmount", "110.000");
        ArrayNode pointers = (ArrayNode) service.get("compositeDiagnosisCodePointers").get("diagnosisCodePointers");
        pointers.removeAll().add("A").add("B");
    }

    private static String difference(byte[] stored, byte[] received) {
        return ClaimContent.difference(ClaimKind.PROFESSIONAL, stored, received);
    }

    @Test
    void aResendThatDiffersOnlyInWhatIntakeRepairsIsTheSameClaim() throws IOException {
        byte[] plain = fixture("professional-full");
        byte[] repairable = professional(ClaimContentTest::repairable);
        assertFalse(same(new String(plain, StandardCharsets.UTF_8), new String(repairable, StandardCharsets.UTF_8)));

        assertNull(difference(plain, repairable));
        assertNull(difference(repairable, plain));
        assertNull(difference(repairable, professional(ClaimContentTest::repairable)));
        assertNull(difference(plain, professional(t -> ((ObjectNode) t.get("subscriber")).put("gender", "m"))));
        assertNull(difference(plain, professional(t -> ((ObjectNode) t.get("claimInformation").get("healthCareCodeInformation")
                .get(0)).put("diagnosisCode", "s13.4xxa"))), "in lower case too");
    }

    @Test
    void anyOtherDifferenceIsNamedByItsPath() throws IOException {
        byte[] plain = fixture("professional-full");
        byte[] repairable = professional(ClaimContentTest::repairable);

        assertEquals("claimInformation.claimChargeAmount", difference(repairable, professional(t -> {
            repairable(t);
            ((ObjectNode) t.get("claimInformation")).put("claimChargeAmount", "210.01");
        })), "a real change among repaired ones");
        assertEquals("subscriber.gender", difference(repairable, professional(t -> {
            repairable(t);
            ((ObjectNode) t.get("subscriber")).put("gender", "f");
        })), "both repaired, to other values");
        assertEquals("subscriber.gender", difference(plain, professional(t -> ((ObjectNode) t.get("subscriber")).put("gender", "F"))));
        assertEquals("claimInformation.serviceLines[0].serviceDate", difference(plain, professional(t -> {
            repairable(t);
            ((ObjectNode) t.get("claimInformation").get("serviceLines").get(0)).put("serviceDate", "2024-01-03");
        })), "the repaired date is another day");
        assertEquals("claimInformation.serviceLines[0].professionalService.procedureModifiers", difference(plain,
                professional(t -> ((ArrayNode) t.get("claimInformation").get("serviceLines").get(0).get("professionalService")
                        .get("procedureModifiers")).add("59"))), "another modifier");
        assertEquals("claimInformation.serviceLines[0].professionalService.lineItemChargeAmount", difference(plain,
                professional(t -> ((ObjectNode) t.get("claimInformation").get("serviceLines").get(0).get("professionalService"))
                        .put("lineItemChargeAmount", "110.0"))), "110.0 is not a repair: numbers as written");
        assertEquals("unknownField", difference(plain, professional(t -> t.put("unknownField", "x"))),
                "a field intake does not read still makes other content");
        assertEquals("claimInformation.serviceLines", difference(plain, professional(t -> {
            ArrayNode lines = (ArrayNode) t.get("claimInformation").get("serviceLines");
            lines.add(lines.get(0).deepCopy());
        })), "a list of another length");
    }

    @Test
    void theConflictIssueNamesTheFieldWithoutItsValue() {
        JsonNode issue;
        try {
            issue = JSON.readTree(ClaimContent.conflictIssues("subscriber.gender")).get(0);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertEquals("subscriber.gender", issue.get("path").asText());
        assertEquals("CONFLICT", issue.get("code").asText());
        assertEquals("ERROR", issue.get("severity").asText());
    }
}
