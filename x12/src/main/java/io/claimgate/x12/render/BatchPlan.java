package io.claimgate.x12.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * The hierarchy of one functional group of claims, decided before a byte is written: transaction sets of
 * at most {@code max} claims sharing submitter and receiver (1000A/1000B); inside each, one 2000A per
 * billing provider (with its pay-to loops), one 2000B per subscriber and payer, one 2000C per patient who
 * is not the subscriber. Claims keep the order they came in within each node, and nodes are in the order
 * of their first claim.
 */
final class BatchPlan {

    /** The keys that decide which claims share a loop. Keys must have value equality (records do). */
    interface Keys {
        /** Submitter and receiver (1000A/1000B): claims with different keys go in different transaction sets. */
        Object transaction(int claim);

        /** Everything written in 2000A/2010AA/2010AB/2010AC. */
        Object billing(int claim);

        /** Everything written in 2000B/2010BA/2010BB. */
        Object subscriber(int claim);

        /** Everything written in 2000C/2010CA, or null when the patient is the subscriber. */
        Object patient(int claim);
    }

    /** One ST..SE. {@code first} is the claim whose 1000A/1000B are written. */
    record Transaction(int first, List<BillingNode> billing, int claimCount) {
    }

    /** One 2000A with its 2000B children; {@code first} is the claim its provider loops are written from. */
    record BillingNode(int first, List<SubscriberNode> subscribers) {
    }

    /**
     * One 2000B. Either {@code claims} (the subscriber is the patient: 2300 directly under 2000B, HL04 = 0) or
     * {@code patients} (2000C children, HL04 = 1) is non-empty, never both.
     */
    record SubscriberNode(int first, List<Integer> claims, List<PatientNode> patients) {
    }

    /** One 2000C with its claims. */
    record PatientNode(int first, List<Integer> claims) {
    }

    private BatchPlan() {
    }

    /**
     * Plans {@code claims} (indices into the caller's list, in order) into transaction sets.
     *
     * @param max at most this many claims per transaction set
     */
    static List<Transaction> plan(List<Integer> claims, Keys keys, int max) {
        // transaction sets: claims split by submitter/receiver, each run cut at max claims
        Map<Object, List<List<Integer>>> byTransactionKey = new LinkedHashMap<>();
        List<List<Integer>> chunks = new ArrayList<>();
        for (int claim : claims) {
            List<List<Integer>> runs = byTransactionKey.computeIfAbsent(keys.transaction(claim), k -> new ArrayList<>());
            List<Integer> open = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (open == null || open.size() >= max) {
                open = new ArrayList<>();
                runs.add(open);
                chunks.add(open);
            }
            open.add(claim);
        }
        List<Transaction> out = new ArrayList<>(chunks.size());
        for (List<Integer> chunk : chunks) {
            out.add(transaction(chunk, keys));
        }
        return out;
    }

    private static Transaction transaction(List<Integer> claims, Keys keys) {
        Map<Object, Map<Object, List<Integer>>> tree = new LinkedHashMap<>();
        for (int claim : claims) {
            Object subscriber = new SubscriberKey(keys.subscriber(claim), keys.patient(claim) != null);
            tree.computeIfAbsent(keys.billing(claim), k -> new LinkedHashMap<>())
                    .computeIfAbsent(subscriber, k -> new ArrayList<>()).add(claim);
        }
        List<BillingNode> billing = new ArrayList<>(tree.size());
        for (Map<Object, List<Integer>> subscribers : tree.values()) {
            List<SubscriberNode> nodes = new ArrayList<>(subscribers.size());
            for (Map.Entry<Object, List<Integer>> e : subscribers.entrySet()) {
                List<Integer> subscriberClaims = e.getValue();
                if (((SubscriberKey) e.getKey()).hasDependents) {
                    nodes.add(new SubscriberNode(subscriberClaims.get(0), List.of(),
                            patients(subscriberClaims, keys::patient)));
                } else {
                    nodes.add(new SubscriberNode(subscriberClaims.get(0), List.copyOf(subscriberClaims), List.of()));
                }
            }
            billing.add(new BillingNode(nodes.get(0).first(), List.copyOf(nodes)));
        }
        return new Transaction(claims.get(0), List.copyOf(billing), claims.size());
    }

    private static List<PatientNode> patients(List<Integer> claims, IntFunction<Object> patientKey) {
        Map<Object, List<Integer>> byPatient = new LinkedHashMap<>();
        for (int claim : claims) {
            byPatient.computeIfAbsent(patientKey.apply(claim), k -> new ArrayList<>()).add(claim);
        }
        List<PatientNode> out = new ArrayList<>(byPatient.size());
        for (List<Integer> c : byPatient.values()) {
            out.add(new PatientNode(c.get(0), List.copyOf(c)));
        }
        return List.copyOf(out);
    }

    /** A subscriber who is the patient and the same subscriber with dependents get separate 2000B loops. */
    private record SubscriberKey(Object subscriber, boolean hasDependents) {
        SubscriberKey {
            Objects.requireNonNull(subscriber, "subscriber");
        }
    }
}
