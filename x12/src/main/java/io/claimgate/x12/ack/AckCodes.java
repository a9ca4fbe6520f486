package io.claimgate.x12.ack;

import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;
import io.claimgate.x12.validate.GroupReport;
import io.claimgate.x12.validate.TransactionReport;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The 999's verdicts: IK501 with IK502..IK506 for a transaction set, AK901 with AK905..AK909 for a
 * functional group, chosen as 005010X231A1 says.
 */
final class AckCodes {
    /** At most five syntax error codes follow IK501 (IK502..IK506) and AK901 (AK905..AK909). */
    static final int MAX_CODES = 5;

    /**
     * An acknowledgement code with its error codes.
     *
     * @param code  IK501 (A accepted, E accepted but errors were noted, R rejected) or AK901 (A, E, P partially
     *              accepted, R rejected)
     * @param codes IK502..IK506 or AK905..AK909, at most five
     */
    record Verdict(String code, List<String> codes) {
        Verdict {
            codes = List.copyOf(codes);
            if (codes.size() > MAX_CODES) {
                throw new IllegalArgumentException("at most " + MAX_CODES + " codes");
            }
        }

        boolean accepted() {
            return code.equals("A") || code.equals("E");
        }
    }

    private AckCodes() {
    }

    /**
     * IK5 of one transaction set. R when any issue is an error, E when there are only warnings, A when clean.
     * The codes are the transaction-level ones found (1, 2, 3, 4, 6, 7, 19, 23, I6 ...), then 5 when any segment
     * or element is in error by X12 syntax and I5 when any is in error by the implementation guide (an IK304 or
     * IK403 code beginning with I).
     */
    static Verdict transaction(TransactionReport t) {
        boolean rejected = t.issues().stream().anyMatch(X12Issue::isError);
        if (t.issues().isEmpty()) {
            return new Verdict("A", List.of());
        }
        Set<String> codes = new LinkedHashSet<>();
        boolean syntax = false;
        boolean implementation = false;
        for (X12Issue i : t.issues()) {
            if (rejected && !i.isError()) {
                continue;   // a rejection is explained by its errors
            }
            X12Error.Level level = i.error().level();
            if (level == X12Error.Level.TRANSACTION) {
                codes.add(i.error().wireCode());
            } else if (level == X12Error.Level.SEGMENT || level == X12Error.Level.ELEMENT) {
                if (i.error().wireCode().startsWith("I")) {
                    implementation = true;
                } else {
                    syntax = true;
                }
            }
        }
        if (syntax) {
            codes.add(X12Error.TRANSACTION_SEGMENTS_IN_ERROR.wireCode());
        }
        if (implementation) {
            codes.add(X12Error.IMPLEMENTATION_SEGMENTS_IN_ERROR.wireCode());
        }
        if (codes.isEmpty()) {
            // an issue of another level was filed under the transaction: still say why it is not clean
            codes.add(X12Error.TRANSACTION_SEGMENTS_IN_ERROR.wireCode());
        }
        return new Verdict(rejected ? "R" : "E", first(codes));
    }

    /**
     * AK9 of one functional group. R when the group itself is in error or no transaction set was accepted,
     * P when some were accepted and some rejected, E when all were accepted but errors were noted (IK501 = E or
     * group-level warnings), A otherwise. The codes are the group-level ones (AK905: 1..6).
     */
    static Verdict group(GroupReport g, List<Verdict> transactions) {
        boolean groupError = g.issues().stream().anyMatch(X12Issue::isError);
        Set<String> codes = new LinkedHashSet<>();
        for (X12Issue i : g.issues()) {
            if ((!groupError || i.isError()) && i.error().level() == X12Error.Level.GROUP) {
                codes.add(i.error().wireCode());
            }
        }
        long accepted = transactions.stream().filter(Verdict::accepted).count();
        String code;
        if (groupError || (!transactions.isEmpty() && accepted == 0)) {
            code = "R";
        } else if (accepted < transactions.size()) {
            code = "P";
        } else if (!g.issues().isEmpty() || transactions.stream().anyMatch(v -> v.code().equals("E"))) {
            code = "E";
        } else {
            code = "A";
        }
        return new Verdict(code, first(codes));
    }

    private static List<String> first(Set<String> codes) {
        List<String> out = new ArrayList<>(codes);
        return out.size() > MAX_CODES ? out.subList(0, MAX_CODES) : out;
    }
}
