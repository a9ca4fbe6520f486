package io.claimgate.gateway.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimgate.gateway.store.Batch;
import io.claimgate.gateway.store.BatchEntry;
import io.claimgate.gateway.store.BatchResult;
import io.claimgate.gateway.store.BatchStore;
import io.claimgate.gateway.store.NewClaim;
import io.claimgate.gateway.store.Sha256;
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
     * One claim read from a batch body: its 0-based index and its JSON tree, or (tree null) the one issue
     * that says why it could not be read.
     */
    public record Item(int index, JsonNode tree, ClaimIssue unreadable) {
        public Item {
            if ((tree == null) == (unreadable == null)) {
                throw new IllegalArgumentException("either a tree or the issue why there is none");
            }
        }
    }

    /** Starts a batch for the submitter; {@code kind} null means detected per claim ({@link #detect}). */
    public Upload begin(String submitterId, ClaimKind kind, String cause) {
        return new Upload(store.create(submitterId, "JSON"), kind, cause);
    }

    /** A batch being received. Not thread safe: the caller hands over chunks one after the other. */
    public final class Upload {
        private final ClaimKind kind;
        private final String cause;
        private Batch batch;

        private Upload(Batch batch, ClaimKind kind, String cause) {
            this.batch = batch;
            this.kind = kind;
            this.cause = Objects.requireNonNull(cause, "cause");
        }

        public Batch batch() {
            return batch;
        }

        /** Validates the claims and stores the chunk in one transaction; committed when this returns. */
        public List<BatchResult> store(List<Item> items) {
            List<BatchEntry> entries = new ArrayList<>(items.size());
            for (Item item : items) {
                entries.add(entry(item));
            }
            return store.store(batch, entries);
        }

        /** Records the final status and returns the batch with its counts. */
        public Batch finish(Batch.Status status) {
            batch = store.finish(batch, status);
            return batch;
        }

        private BatchEntry entry(Item item) {
            if (item.tree() == null) {
                return new BatchEntry.Rejected(item.index(), issuesJson(List.of(item.unreadable())));
            }
            if (!item.tree().isObject()) {
                return new BatchEntry.Rejected(item.index(), issuesJson(List.of(new ClaimIssue(ClaimIssue.Severity.ERROR,
                        ClaimIssue.Code.MALFORMED_JSON, "", "a claim must be a JSON object"))));
            }
            ClaimKind k = kind != null ? kind : ClaimJson.kindOf(item.tree());
            ValidatedClaim v = ClaimValidation.check(k, item.tree(), clock);
            if (!v.accepted()) {
                return new BatchEntry.Rejected(item.index(), issuesJson(v.issues()));
            }
            Claim claim = v.claim();
            ClaimInformation info = claim.claimInformation();
            byte[] body = bytes(item.tree());
            return new BatchEntry.Valid(item.index(), new NewClaim(batch.submitterId(), k, text(info.patientControlNumber()),
                    text(info.claimFrequencyCode()), text(claim.tradingPartnerServiceId()),
                    Objects.requireNonNullElse(info.claimChargeAmount(), BigDecimal.ZERO),
                    Sha256.hex(parser.canonicalBytes(item.tree())), body, cause + " batch " + batch.id() + " index "
                    + item.index()));
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
