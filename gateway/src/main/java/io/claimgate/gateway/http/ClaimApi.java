package io.claimgate.gateway.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.claimgate.gateway.intake.ClaimIntakeService;
import io.claimgate.gateway.intake.IntakeResult;
import io.claimgate.gateway.store.Caller;
import io.claimgate.gateway.store.ClaimAcknowledgement;
import io.claimgate.gateway.store.ClaimContent;
import io.claimgate.gateway.store.ClaimEvent;
import io.claimgate.gateway.store.Remittance;
import io.claimgate.gateway.store.RemittanceQuery;
import io.claimgate.gateway.store.ClaimSearch;
import io.claimgate.gateway.store.ClaimStore;
import io.claimgate.gateway.store.StoredClaim;
import io.claimgate.x12.claim.ClaimKind;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The claim endpoints under {@code /v1}: submit (201 {id, status, warnings[]} once committed; 200 with
 * the stored claim for a repeat of the same original; 409 for an original with the same patient control
 * number and other content; 400 problem with {@code issues[]}), validate only, and read one claim with
 * its status history, where it came from, and the acknowledgements and payments recorded for it so far
 * (each payment with its remittance id, read in full at {@code GET /v1/remittances/{id}}).
 */
final class ClaimApi {
    private static final JsonMapper STORED = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private final ClaimIntakeService intake;
    private final ClaimStore store;
    private final ClaimSearch search;

    ClaimApi(ClaimIntakeService intake, ClaimStore store, ClaimSearch search) {
        this.intake = intake;
        this.store = store;
        this.search = search;
    }

    ApiResponse submit(Caller caller, ClaimKind kind, ApiRequest request) {
        IntakeResult r = intake.submit(caller.submitterId(), kind, request.body(), cause(request, caller));
        if (r instanceof IntakeResult.Invalid invalid) {
            return Problems.invalidClaim(invalid.issues());
        }
        if (r instanceof IntakeResult.Conflict conflict) {
            ObjectNode p = Problems.body(409, "duplicate-claim", "Claim already submitted",
                    "an original claim (frequency 1) with this patient control number and other content "
                            + ChangeHealthcareApi.where(conflict.field()) + "was already received; send a replacement "
                            + "(frequency 7) or void (8) instead");
            p.put("existingClaimId", conflict.existingClaimId());
            p.put("field", conflict.field());
            p.set("issues", conflictIssues(conflict.field()));
            return ApiResponse.problem(409, p).forClaim(conflict.existingClaimId());
        }
        IntakeResult.Stored stored = (IntakeResult.Stored) r;
        StoredClaim claim = stored.stored();
        ObjectNode body = ApiResponse.JSON.createObjectNode();
        body.put("id", claim.id());
        body.put("status", claim.status().name());
        body.put("duplicate", stored.duplicate());
        body.set("warnings", Problems.issues(stored.warnings()));
        return ApiResponse.json(stored.duplicate() ? 200 : 201, body)
                .withHeader("Location", "/v1/claims/" + claim.id())
                .forClaim(claim.id());
    }

    /** The field that differs from the stored original, as an issue (path, code CONFLICT), without its value. */
    static JsonNode conflictIssues(String field) {
        try {
            return ApiResponse.JSON.readTree(ClaimContent.conflictIssues(field));
        } catch (IOException e) {
            throw new IllegalStateException("written as JSON", e);
        }
    }

    ApiResponse validate(ClaimKind kind, ApiRequest request) {
        IntakeResult r = intake.validate(kind, request.body());
        if (r instanceof IntakeResult.Invalid invalid) {
            return Problems.invalidClaim(invalid.issues());
        }
        ObjectNode body = ApiResponse.JSON.createObjectNode();
        body.put("status", "VALID");
        body.set("warnings", Problems.issues(((IntakeResult.Valid) r).warnings()));
        return ApiResponse.json(200, body);
    }

    /** 404 for a claim that does not exist and for one of another submitter alike. */
    ApiResponse get(Caller caller, String claimId) {
        Optional<StoredClaim> found = store.find(caller.submitterId(), claimId);
        if (found.isEmpty()) {
            return Problems.of(404, "not-found", "Claim not found", "no claim with this id");
        }
        StoredClaim c = found.get();
        List<ClaimEvent> history = store.history(caller.submitterId(), claimId);
        ObjectNode body = ApiResponse.JSON.createObjectNode();
        body.put("id", c.id());
        body.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
        body.put("status", c.status().name());
        body.put("patientControlNumber", c.patientControlNumber());
        body.put("frequencyCode", c.frequencyCode());
        body.put("payerId", c.payerId());
        body.put("chargeAmount", c.chargeAmount());
        body.put("createdAt", c.createdAt().toString());
        body.put("updatedAt", c.updatedAt().toString());
        ArrayNode events = body.putArray("history");
        for (ClaimEvent e : history) {
            ObjectNode n = events.addObject();
            if (e.from() == null) {
                n.putNull("from");
            } else {
                n.put("from", e.from().name());
            }
            n.put("to", e.to().name());
            n.put("at", e.at().toString());
            n.put("cause", e.cause());
        }
        search.source(caller.submitterId(), claimId).ifPresent(s -> {
            ObjectNode src = body.putObject("source");
            src.put("batchId", s.batchId());
            if (s.interchangeControlNumber() != null) {
                src.put("interchangeControlNumber", s.interchangeControlNumber());
                src.put("groupControlNumber", s.groupControlNumber());
                src.put("transactionSetControlNumber", s.transactionControlNumber());
            }
        });
        ArrayNode acks = body.putArray("acknowledgements");
        for (ClaimAcknowledgement a : search.outcomes().acknowledgements(caller.submitterId(), claimId)) {
            ObjectNode n = acks.addObject();
            n.put("kind", a.kind());
            n.put("status", a.status());
            n.put("controlNumber", a.controlNumber());
            n.put("detail", a.detail());
            n.put("receivedAt", a.receivedAt().toString());
        }
        ArrayNode payments = body.putArray("payments");
        for (Remittance r : search.remittances().list(caller.submitterId(), new RemittanceQuery(null, null, null, claimId,
                null, false, null, RemittanceQuery.MAX_LIMIT)).remittances()) {
            ObjectNode n = payments.addObject();
            n.put("remittanceId", r.id());
            RemittanceApi.payment(n, r.payment());
        }
        // The claim as it was received: every field and value as sent (numbers keep their digits).
        body.set("claim", readStored(c.body()));
        return ApiResponse.json(200, body).forClaim(c.id());
    }

    private static JsonNode readStored(byte[] body) {
        try {
            return STORED.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("a stored claim was valid JSON when it was stored", e);
        }
    }

    static String cause(ApiRequest request, Caller caller) {
        return request.method() + " " + request.path() + " request " + request.requestId() + " key " + caller.keyId();
    }
}
