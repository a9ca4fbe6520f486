package io.claimgate.gateway.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimgate.gateway.intake.BatchConfig;
import io.claimgate.gateway.intake.BatchIntake;
import io.claimgate.gateway.intake.X12Intake;
import io.claimgate.gateway.store.Batch;
import io.claimgate.gateway.store.BatchResult;
import io.claimgate.gateway.store.Caller;
import io.claimgate.gateway.store.ClaimQuery;
import io.claimgate.gateway.store.ClaimSearch;
import io.claimgate.gateway.store.ClaimStatus;
import io.claimgate.gateway.store.ClaimSummary;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The endpoints for many claims at a time:
 * <pre>
 * POST /v1/batches          JSON array or NDJSON of claims, streamed ({@link BatchUploadHandler})
 * GET  /v1/batches/{id}     the batch, its counts and the result of each claim
 * POST /v1/x12              a raw 837: answered with the 999; claims of accepted transaction sets stored
 * GET  /v1/claims           the submitter's claims, filtered, a page at a time
 * </pre>
 * A batch answer is 201 when every claim was stored (or was already), 207 when some were not; past the
 * claim limit 422, past the body limit 413, malformed JSON 400: each of these a problem document that
 * still carries the batch, its counts and the results of the claims before that point.
 */
public final class BulkApi {
    private static final Pattern CLAIM_ID = Pattern.compile("clm_[0-9a-z]{1,40}");
    private static final ListParams.Cursor CURSOR = new ListParams.Cursor("c1:", CLAIM_ID);
    /** The header naming the batch that holds the claims of a raw 837. */
    static final String BATCH_ID_HEADER = "X-Claimgate-Batch-Id";
    /** Why a CONFLICT claim of a batch was refused (as the 409 of a single claim says). */
    static final String CONFLICT = "an original claim (frequency 1) with this patient control number and other content was "
            + "already received (existingClaimId); send a replacement (frequency 7) or void (8) instead";

    private final BatchIntake batches;
    private final X12Intake x12;
    private final ClaimSearch search;

    public BulkApi(BatchIntake batches, X12Intake x12, ClaimSearch search) {
        this.batches = Objects.requireNonNull(batches, "batches");
        this.x12 = Objects.requireNonNull(x12, "x12");
        this.search = Objects.requireNonNull(search, "search");
    }

    ClaimSearch search() {
        return search;
    }

    BatchIntake batches() {
        return batches;
    }

    BatchConfig batchConfig() {
        return batches.config();
    }

    ApiResponse batchAnswer(Batch batch, List<BatchResult> results) {
        ObjectNode body = switch (batch.status()) {
            case COMPLETE -> batch.received() == 0
                    ? Problems.body(400, "empty-batch", "Empty batch", "the body holds no claim")
                    : ApiResponse.JSON.createObjectNode();
            case CLAIM_LIMIT_EXCEEDED -> Problems.body(422, "too-many-claims", "Too many claims",
                    "a batch holds at most " + batchConfig().maxClaims() + " claims; the claims past that were not read and "
                            + batch.stored() + " claims were stored");
            case BODY_LIMIT_EXCEEDED -> Problems.body(413, "body-too-large", "Content too large",
                    "a batch body is at most " + batchConfig().maxBodyBytes() + " bytes; the rest was not read and "
                            + batch.stored() + " claims were stored");
            case MALFORMED -> Problems.body(400, "malformed-batch", "Malformed JSON",
                    "the body stopped being valid JSON; the claims before that point have their results and "
                            + batch.stored() + " claims were stored");
            default -> Problems.body(503, "batch-aborted", "Batch not finished",
                    batch.stored() + " claims were stored; read the batch to see which");
        };
        describe(body, batch, results);
        int status = body.has("status") ? body.get("status").asInt() : batch.rejected() == 0 ? 201 : 207;
        ApiResponse r = status >= 400 ? ApiResponse.problem(status, body) : ApiResponse.json(status, body);
        return r.withHeader("Location", "/v1/batches/" + batch.id());
    }

    ApiResponse getBatch(Caller caller, String batchId) {
        var batch = batches.store().find(caller.submitterId(), batchId);
        if (batch.isEmpty()) {
            return Problems.of(404, "not-found", "Batch not found", "no batch with this id");
        }
        ObjectNode body = ApiResponse.JSON.createObjectNode();
        describe(body, batch.get(), batches.store().results(caller.submitterId(), batchId));
        return ApiResponse.json(200, body);
    }

    private static void describe(ObjectNode body, Batch b, List<BatchResult> results) {
        body.put("batchId", b.id());
        body.put("source", b.source());
        body.put("batchStatus", b.status().name());
        body.put("received", b.received());
        body.put("stored", b.stored());
        body.put("duplicates", b.duplicates());
        body.put("rejected", b.rejected());
        body.put("createdAt", b.createdAt().toString());
        body.put("updatedAt", b.updatedAt().toString());
        ArrayNode a = body.putArray("results");
        for (BatchResult r : results) {
            ObjectNode n = a.addObject();
            n.put("index", r.index());
            n.put("outcome", r.outcome().name());
            if (r.claimId() != null) {
                n.put("claimId", r.claimId());
            }
            if (r.outcome() == BatchResult.Outcome.DUPLICATE || r.outcome() == BatchResult.Outcome.CONFLICT) {
                n.put("existingClaimId", r.claimId());
            }
            if (r.outcome() == BatchResult.Outcome.CONFLICT) {
                n.put("detail", CONFLICT);
            }
            if (r.issuesJson() != null) {
                n.set("issues", readTree(r.issuesJson()));
            }
        }
    }

    private static JsonNode readTree(byte[] json) {
        try {
            return ApiResponse.JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("stored issues were written as JSON", e);
        }
    }

    /** {@code POST /v1/x12}: 200 with the 999 (application/edi-x12), batch id in {@code X-Claimgate-Batch-Id}. */
    ApiResponse x12(Caller caller, ApiRequest r) {
        String type = r.header("content-type");
        if (type != null) {
            String t = type.toLowerCase(Locale.ROOT);
            if (!t.startsWith("application/edi-x12") && !t.startsWith("text/plain") && !t.startsWith("application/octet-stream")) {
                return Problems.of(415, "unsupported-media-type", "Unsupported media type",
                        "send the 837 as application/edi-x12 or text/plain");
            }
        }
        X12Intake.Received got = x12.receive(caller.submitterId(), r.body(), "POST /v1/x12 request " + r.requestId()
                + " key " + caller.keyId());
        if (got.notX12()) {
            return Problems.of(400, "not-x12", "Not X12", "the body does not start with an ISA segment");
        }
        if (got.acknowledgment().length == 0) {
            ObjectNode p = Problems.body(422, "not-acknowledged", "No acknowledgment",
                    "no interchange of the file could be acknowledged; nothing was stored");
            ArrayNode reasons = p.putArray("reasons");
            got.ack().notAcknowledged().forEach(reasons::add);
            return ApiResponse.problem(422, p);
        }
        ApiResponse res = new ApiResponse(200, "application/edi-x12", got.acknowledgment(),
                Map.of("X-Claimgate-Accepted-Transactions", Integer.toString(got.acceptedTransactions()),
                        "X-Claimgate-Rejected-Transactions", Integer.toString(got.rejectedTransactions())), null, null);
        if (got.batch() != null) {
            res = res.forBatch(got.batch().id()).withHeader(BATCH_ID_HEADER, got.batch().id())
                    .withHeader("Location", "/v1/batches/" + got.batch().id());
        }
        return res;
    }

    /** {@code GET /v1/claims?status=&payer=&patientControlNumber=&since=&order=newest|id&cursor=&limit=}. */
    ApiResponse listClaims(Caller caller, ApiRequest r) {
        ClaimStatus status = null;
        String s = r.queryParam("status");
        if (s != null) {
            try {
                status = ClaimStatus.valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return ListParams.invalid("status: one of " + List.of(ClaimStatus.values()));
            }
        }
        Instant since;
        ListParams.Page asked;
        try {
            since = ListParams.since(r);
            asked = ListParams.page(r, ClaimQuery.MAX_LIMIT, CURSOR);
        } catch (ListParams.Invalid e) {
            return e.response();
        }
        ClaimSearch.Page page = search.list(caller.submitterId(), new ClaimQuery(status, r.queryParam("payer"),
                r.queryParam("patientControlNumber"), since, asked.newest(), asked.after(), asked.limit()));
        ObjectNode body = ApiResponse.JSON.createObjectNode();
        ArrayNode claims = body.putArray("claims");
        for (ClaimSummary c : page.claims()) {
            ObjectNode n = claims.addObject();
            n.put("id", c.id());
            n.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
            n.put("status", c.status().name());
            n.put("patientControlNumber", c.patientControlNumber());
            n.put("frequencyCode", c.frequencyCode());
            n.put("payerId", c.payerId());
            n.put("chargeAmount", c.chargeAmount());
            if (c.source().batchId() != null) {
                n.put("batchId", c.source().batchId());
            }
            if (c.source().interchangeControlNumber() != null) {
                n.put("interchangeControlNumber", c.source().interchangeControlNumber());
                n.put("groupControlNumber", c.source().groupControlNumber());
                n.put("transactionSetControlNumber", c.source().transactionControlNumber());
            }
            n.put("createdAt", c.createdAt().toString());
            n.put("updatedAt", c.updatedAt().toString());
        }
        if (page.more()) {
            body.put("nextCursor", CURSOR.encode(page.claims().get(page.claims().size() - 1).id()));
        } else {
            body.putNull("nextCursor");
        }
        return ApiResponse.json(200, body);
    }}
