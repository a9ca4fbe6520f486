package io.claimgate.bench;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.claimgate.x12.claim.Claim;
import io.claimgate.x12.claim.ClaimJson;
import io.claimgate.x12.claim.ClaimKind;
import io.claimgate.x12.claim.ClaimValidation;
import io.claimgate.x12.claim.ValidatedClaim;
import io.claimgate.x12.claim.read.Claim837Reader;
import io.claimgate.x12.render.ClaimRenderer;
import io.claimgate.x12.render.RenderResult;
import io.claimgate.x12.render.RenderSettings;
import io.claimgate.x12.sample.ClaimGenerator;
import io.claimgate.x12.sample.GeneratedClaim;
import io.claimgate.x12.syntax.X12Reader;
import io.claimgate.x12.validate.FileReport;
import io.claimgate.x12.validate.X12Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The claim batch the render, validate and 837-read benchmarks share: {@code count} claims from
 * {@link ClaimGenerator} (seed {@link #SEED}; about 70% 837P, 30% 837I), as JSON bytes, bound to the claim
 * model, and rendered once into one interchange (837P and 837I groups, line breaks after each segment).
 * Setup checks that every claim is accepted, that the rendering has no issue, that the validator accepts
 * the 837 and that the 837 reader reads back every claim without error, so the benchmarks time the
 * success path.
 */
final class ClaimBatch {
    static final long SEED = 20250602L;
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-02T10:15:00Z"), ZoneOffset.UTC);
    static final RenderSettings SETTINGS = RenderSettings.builder("ZZ", "CLAIMGATE", "ZZ", "RECEIVER")
            .timestamp(LocalDateTime.of(2025, 6, 2, 10, 15))
            .lineBreaks(true)
            .build();
    /** Reads claim JSON into a tree as the gateway's intake does (ClaimParser: the same features, default limits). */
    static final JsonMapper TREES = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    final int count;
    final ClaimKind[] kinds;
    final byte[][] json;
    /** {@link #json} read by {@link #TREES}, as the gateway hands claims to {@code ClaimValidation.check}. */
    final JsonNode[] trees;
    final long jsonBytes;
    final List<Claim> claims;
    final byte[] x12;

    ClaimBatch(int count) {
        this.count = count;
        kinds = new ClaimKind[count];
        json = new byte[count][];
        trees = new JsonNode[count];
        claims = new ArrayList<>(count);
        long total = 0;
        int institutional = 0;
        List<GeneratedClaim> generated = ClaimGenerator.generate(SEED, count).toList();
        for (int i = 0; i < count; i++) {
            GeneratedClaim g = generated.get(i);
            kinds[i] = g.kind();
            json[i] = g.json().getBytes(StandardCharsets.UTF_8);
            total += json[i].length;
            trees[i] = tree(i);
            ValidatedClaim v = ClaimValidation.check(g.kind(), json[i], CLOCK);
            if (!v.issues().isEmpty()) {
                throw new IllegalStateException("generated claim " + i + " has issues: " + v.issues().size());
            }
            claims.add(v.claim());
            institutional += g.kind() == ClaimKind.INSTITUTIONAL ? 1 : 0;
        }
        jsonBytes = total;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RenderResult rendered = new ClaimRenderer().render(claims, SETTINGS, out);
        if (!rendered.ok()) {
            throw new IllegalStateException("rendering failed: " + rendered.issues().size() + " issues");
        }
        x12 = out.toByteArray();
        FileReport report = new X12Validator().validate(new ByteArrayInputStream(x12));
        if (!report.accepted()) {
            throw new IllegalStateException("the rendered 837 is not accepted by X12Validator");
        }
        long[] read = {0, 0};
        Claim837Reader.read(X12Reader.of(x12), c -> {
            read[0]++;
            read[1] += c.ok() ? 0 : 1;
        });
        if (read[0] != count || read[1] != 0) {
            throw new IllegalStateException("Claim837Reader read " + read[0] + " claims, " + read[1] + " with errors");
        }
        System.out.printf("%n[ClaimBatch] %d claims (%d 837P, %d 837I), JSON %d bytes (%.0f per claim), "
                        + "837 %d bytes (%.0f per claim), %d segments%n",
                count, count - institutional, institutional, jsonBytes, (double) jsonBytes / count,
                x12.length, (double) x12.length / count, Sample837.segments(x12));
    }

    /** Validates one claim's JSON (schema, binding, rules); returns the issue count (0 here). */
    int check(int i) {
        return ClaimValidation.check(kinds[i], json[i], CLOCK).issues().size();
    }

    /** Jackson alone: one claim's JSON into a tree, as the gateway's intake parses it. */
    JsonNode tree(int i) {
        try {
            return TREES.readTree(json[i]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The gateway's path after its parse: schema, binding and rules on an already parsed tree. */
    int checkTree(int i) {
        return ClaimValidation.check(kinds[i], trees[i], CLOCK).issues().size();
    }

    /** Parse, schema check and binding (ClaimJson.read), without the SNIP 3-5 rules. */
    int read(int i) {
        return ClaimJson.read(kinds[i], json[i]).issues().size();
    }

    /** The billing company's path: check every claim's JSON, then render the accepted ones into {@code out}. */
    RenderResult checkAndRender(OutputStream out) {
        List<Claim> accepted = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ValidatedClaim v = ClaimValidation.check(kinds[i], json[i], CLOCK);
            if (v.accepted()) {
                accepted.add(v.claim());
            }
        }
        return new ClaimRenderer().render(accepted, SETTINGS, out);
    }

    /** Renders the bound claims into {@code out}. */
    RenderResult render(OutputStream out) {
        return new ClaimRenderer().render(claims, SETTINGS, out);
    }

    /** Validates the rendered 837; returns the number of claims the validator counted. */
    long validate() {
        FileReport report = new X12Validator().validate(new ByteArrayInputStream(x12));
        return report.interchanges().stream().flatMap(isa -> isa.groups().stream())
                .flatMap(gs -> gs.transactions().stream()).mapToLong(st -> st.claimCount()).sum();
    }

    /** Reads the rendered 837 back into the claim model; returns the number of claims read. */
    long read837() {
        long[] n = {0};
        Claim837Reader.read(X12Reader.of(x12), c -> n[0] += c.claim() == null ? 0 : 1);
        return n[0];
    }

    /** An OutputStream that counts bytes and keeps none. */
    static final class Discard extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
