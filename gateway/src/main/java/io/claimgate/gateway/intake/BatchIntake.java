package io.claimgate.gateway.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimgate.gateway.store.Batch;
import io.claimgate.gateway.store.BatchEntry;
import io.claimgate.gateway.store.BatchResult;
import io.claimgate.gateway.store.BatchStore;
import io.claimgate.gateway.store.ClaimContent;
import io.claimgate.gateway.store.NewClaim;
import io.claimgate.x12.claim.Claim;
import io.claimgate.x12.claim.ClaimInformation;
import io.claimgate.x12.claim.ClaimIssue;
import io.claimgate.x12.claim.ClaimJson;
import io.claimgate.x12.claim.ClaimKind;
import io.claimgate.x12.claim.ClaimValidation;
import io.claimgate.x12.claim.ValidatedClaim;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Intake of a batch of JSON claims: each claim is validated on its own, as {@link ClaimIntakeService}
 * does for one, and the valid ones are stored a chunk per transaction ({@link BatchStore#store}). The
 * caller reads the body (as a stream) and hands over the claims in order, a chunk at a time; this class
 * does not read bodies and keeps no claim after its chunk is stored.
 */
public final class BatchIntake {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BatchStore store;
    private final Clock clock;
    private final BatchConfig config;
    private final ClaimParser parser;

    public BatchIntake(BatchStore store, Clock clock, BatchConfig config, int maxJsonDepth) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.config = Objects.requireNonNull(config, "config");
        this.parser = new ClaimParser(maxJsonDepth);
    }

    public BatchConfig config() {
        return config;
    }

    public BatchStore store() {
        return store;
    }

    /**
     * One claim read from a batch body: its 0-based index and its JSON bytes as received, or (json null) the
     * one issue that says why it could not be read.
     */
    public record Item(int index, byte[] json, ClaimIssue unreadable) {
        public Item {
            if ((json == null) == (unreadable == null)) {
                throw new IllegalArgumentException("either the claim's bytes or the issue why there are none");
            }
        }
    }

    /** Starts a batch for the submitter; {@code kind} null means detected per claim ({@link ClaimJson#kindOf}). */
    public Upload begin(String submitterId, ClaimKind kind, String cause) {
        return new Upload(store.create(submitterId, "JSON"), kind, cause);
    }

    /**
     * A batch being received. Chunks are validated ({@link #prepare}, CPU only, any thread, several chunks at
     * once) and then stored ({@link #store}, one transaction per chunk) by the caller one after the other in
     * the order of the body.
     */
    public final class Upload {
        private final ClaimKind kind;
        private final String cause;
        private final String submitterId;
        private final String batchId;
        private volatile Batch batch;

        private Upload(Batch batch, ClaimKind kind, String cause) {
            this.batch = batch;
            this.kind = kind;
            this.cause = Objects.requireNonNull(cause, "cause");
            this.submitterId = batch.submitterId();
            this.batchId = batch.id();
        }

        public Batch batch() {
            return batch;
        }

        /**
         * Parses and validates each claim of a chunk on its own (a bad claim becomes a rejected entry, never a
         * failure of the chunk). Touches no store: safe to run for several chunks at once.
         */
        public List<BatchEntry> prepare(List<Item> items) {
            List<BatchEntry> entries = new ArrayList<>(items.size());
            for (Item item : items) {
                entries.add(entry(item));
            }
            return entries;
        }

        /** Stores a prepared chunk in one transaction; committed when this returns. Chunks in body order. */
        public List<BatchResult> store(List<BatchEntry> entries) {
            return store.store(batch, entries);
        }

        /** Records the final status and returns the batch with its counts. */
        public Batch finish(Batch.Status status) {
            batch = store.finish(batch, status);
            return batch;
        }

        private BatchEntry entry(Item item) {
            if (item.json() == null) {
                return new BatchEntry.Rejected(item.index(), issuesJson(List.of(item.unreadable())));
            }
            ClaimParser.Parsed parsed = parser.parse(item.json());
            if (parsed.tree() == null) {
                return new BatchEntry.Rejected(item.index(), issuesJson(parsed.issues()));
            }
            JsonNode tree = parsed.tree();
            ClaimKind k = kind != null ? kind : ClaimJson.kindOf(tree);
            ValidatedClaim v = ClaimValidation.check(k, tree, clock);
            if (!v.accepted()) {
                return new BatchEntry.Rejected(item.index(), issuesJson(v.issues()));
            }
            Claim claim = v.claim();
            ClaimInformation info = claim.claimInformation();
            byte[] stored = parsed.stored(item.json());
            return new BatchEntry.Valid(item.index(), new NewClaim(submitterId, k, text(info.patientControlNumber()),
                    text(info.claimFrequencyCode()), text(claim.tradingPartnerServiceId()),
                    Objects.requireNonNullElse(info.claimChargeAmount(), BigDecimal.ZERO),
                    ClaimContent.sha256(stored), stored, cause + " batch " + batchId + " index " + item.index()));
        }
    }

    /** Issues as the API shows them: a JSON array of {path, code, severity, message}. */
    public static ArrayNode issues(List<ClaimIssue> issues) {
        ArrayNode a = JSON.createArrayNode();
        for (ClaimIssue i : issues) {
            ObjectNode n = a.addObject();
            n.put("path", i.path());
            n.put("code", i.code().name());
            n.put("severity", i.severity().name());
            n.put("message", i.message());
        }
        return a;
    }

    static byte[] issuesJson(List<ClaimIssue> issues) {
        return bytes(issues(issues));
    }

    private static byte[] bytes(JsonNode tree) {
        try {
            return JSON.writeValueAsBytes(tree);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
