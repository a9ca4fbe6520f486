package io.claimgate.gateway.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimgate.x12.claim.ClaimKind;
import io.claimgate.x12.sample.ClaimGenerator;
import io.claimgate.x12.sample.GeneratedClaim;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Generated claims ({@link ClaimGenerator}, varied and valid, each with its own patient control number for
 * a seed) with the fields the store keeps beside the JSON, read once so the JDBC ceiling writes the same rows
 * as the gateway without parsing while it is timed.
 */
final class ClaimSet {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One claim: its JSON and the normalized fields the claims table holds. */
    record Claim(ClaimKind kind, byte[] json, String patientControlNumber, String frequencyCode, String payerId,
                 BigDecimal chargeAmount) {
    }

    private final List<Claim> claims;

    private ClaimSet(List<Claim> claims) {
        this.claims = claims;
    }

    static ClaimSet generate(long seed, int count) {
        List<Claim> out = new ArrayList<>(count);
        ClaimGenerator.generate(seed, count).forEach(g -> out.add(claim(g)));
        return new ClaimSet(List.copyOf(out));
    }

    private static Claim claim(GeneratedClaim g) {
        byte[] json = g.json().getBytes(StandardCharsets.UTF_8);
        try {
            JsonNode info = JSON.readTree(json).path("claimInformation");
            return new Claim(g.kind(), json, info.path("patientControlNumber").asText(),
                    info.path("claimFrequencyCode").asText(), JSON.readTree(json).path("tradingPartnerServiceId").asText(),
                    new BigDecimal(info.path("claimChargeAmount").asText("0")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Claim> claims() {
        return claims;
    }

    int size() {
        return claims.size();
    }

    /** Claims {@code from} (inclusive) to {@code to} (exclusive) as one NDJSON body. */
    byte[] ndjson(int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = from; i < to; i++) {
            out.writeBytes(claims.get(i).json());
            out.write('\n');
        }
        return out.toByteArray();
    }

    /** Bytes of JSON in all. */
    long bytes() {
        long n = 0;
        for (Claim c : claims) {
            n += c.json().length;
        }
        return n;
    }
}
