package io.claimgate.x12.claim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.claimgate.x12.claim.ClaimIssue.Code;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads claim JSON (CHC Professional Claims v3 / Institutional Claims v1 field names, as Stedi accepts
 * them) into a {@link Claim} plus every issue found.
 *
 * <p>Accepted variants, normalized to one model: the named provider objects and the legacy
 * {@code providers[]} array; {@code otherSubscriberInformation} as array or single object; CAS details as
 * {@code adjustmentDetails} or {@code claimAdjustmentDetails}; line control number as
 * {@code providerControlNumber} or {@code lineItemControlNumber}; numbers and booleans where strings are
 * expected. Errors: malformed JSON, wrong JSON types, and everything {@link ClaimSchemaCheck} finds.
 * Warnings (the claim is still accepted): unknown fields, fields of the other claim kind, and schema
 * fields with no 837 element here (FIELD_NOT_USED). Never throws for bad input.
 */
public final class ClaimJson {
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private ClaimJson() {
    }

    /**
     * The kind of a claim sent without one: institutional (837I) when it has
     * {@code claimInformation.claimCodeInformation} (CL1) or a service line with {@code institutionalService}
     * (SV2), else professional (837P).
     */
    public static ClaimKind kindOf(JsonNode claim) {
        JsonNode info = claim.path("claimInformation");
        if (info.has("claimCodeInformation")) {
            return ClaimKind.INSTITUTIONAL;
        }
        for (JsonNode line : info.path("serviceLines")) {
            if (line.has("institutionalService")) {
                return ClaimKind.INSTITUTIONAL;
            }
        }
        return ClaimKind.PROFESSIONAL;
    }

    /** Reads one claim from JSON text. */
    public static ClaimRead read(ClaimKind kind, String json) {
        Objects.requireNonNull(json, "json");
        try {
            return read(kind, ClaimJsonParser.tree(json));
        } catch (IOException e) {
            return malformed(e);
        }
    }

    /** Reads one claim from UTF-8 JSON bytes. */
    public static ClaimRead read(ClaimKind kind, byte[] json) {
        Objects.requireNonNull(json, "json");
        try {
            return read(kind, ClaimJsonParser.tree(json));
        } catch (IOException e) {
            return malformed(e);
        }
    }

    /**
     * The tree of UTF-8 JSON bytes when they are exactly one object (no duplicate keys, at most
     * {@code maxDepth} levels deep counting the object itself, nothing after it), built the fast way
     * {@link #read(ClaimKind, byte[])} builds it; null for anything else, so that the caller's strict reader
     * can report why. Decimals are BigDecimal with trailing zeros kept, as {@code MAPPER} reads them.
     */
    public static JsonNode strictObjectTree(byte[] json, int maxDepth) {
        Objects.requireNonNull(json, "json");
        return ClaimJsonParser.strictObject(json, maxDepth);
    }

    /** Binds an already parsed JSON tree. */
    public static ClaimRead read(ClaimKind kind, JsonNode root) {
        Objects.requireNonNull(kind, "kind");
        if (root == null || !root.isObject()) {
            return new ClaimRead(null, List.of(ClaimIssue.error(Code.MALFORMED_JSON, "",
                    "a claim must be a JSON object")));
        }
        List<ClaimIssue> issues = new ArrayList<>();
        Repairs repairs = ClaimSchemaCheck.check(kind, root, issues);
        JsonFields f = JsonFields.of(root, "", issues, kind, repairs);
        Claim claim = ClaimBinder.claim(f);
        f.finish();
        return new ClaimRead(claim, issues);
    }

    static ClaimRead malformed(IOException e) {
        String where = "";
        if (e instanceof JsonProcessingException jpe && jpe.getLocation() != null) {
            where = " at line " + jpe.getLocation().getLineNr() + ", column " + jpe.getLocation().getColumnNr();
        }
        // The parser's own message may quote input (PHI); only the position is kept.
        return new ClaimRead(null, List.of(ClaimIssue.error(Code.MALFORMED_JSON, "", "not valid JSON" + where)));
    }
}
