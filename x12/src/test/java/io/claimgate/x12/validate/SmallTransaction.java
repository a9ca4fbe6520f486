package io.claimgate.x12.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small hand-made file with one transaction set, for tests that break one thing at a time. File segment
 * indexes: ISA 1, GS 2, ST 3, the first body segment 4, ..., SE, GE, IEA.
 *
 * @param isa  the ISA segment
 * @param gs   the GS segment
 * @param st   the ST segment
 * @param body the segments between ST and SE
 */
record SmallTransaction(String isa, String gs, String st, List<String> body) {
    SmallTransaction {
        body = List.copyOf(body);
    }

    /** The file, SE01 counted. */
    String file() {
        List<String> segs = new ArrayList<>();
        segs.add(isa);
        segs.add(gs);
        segs.add(st);
        segs.addAll(body);
        segs.add("SE*" + (body.size() + 2) + "*" + st.split("\\*")[2]);
        segs.add("GE*1*" + gs.split("\\*")[6]);
        segs.add("IEA*1*" + isa.split("\\*")[13]);
        return String.join("~\n", segs) + "~\n";
    }

    private SmallTransaction with(List<String> b) {
        return new SmallTransaction(isa, gs, st, b);
    }

    /** With file segment {@code index} replaced. */
    SmallTransaction replacing(int index, String segment) {
        List<String> b = new ArrayList<>(body);
        b.set(index - 4, segment);
        return with(b);
    }

    /** With {@code segments} inserted so that the first becomes file segment {@code index}. */
    SmallTransaction inserting(int index, String... segments) {
        List<String> b = new ArrayList<>(body);
        b.addAll(index - 4, List.of(segments));
        return with(b);
    }

    /** Without file segments {@code from} to {@code to} (inclusive). */
    SmallTransaction removing(int from, int to) {
        List<String> b = new ArrayList<>(body);
        b.subList(from - 4, to - 3).clear();
        return with(b);
    }

    /** Without file segment {@code index}. */
    SmallTransaction removing(int index) {
        return removing(index, index);
    }

    FileReport validate() {
        return new X12Validator().validate(new ByteArrayInputStream(file().getBytes(StandardCharsets.US_ASCII)));
    }

    static TransactionReport transaction(FileReport r) {
        return r.interchanges().get(0).groups().get(0).transactions().get(0);
    }

    /** The one issue with code {@code e} in the transaction set, checked for where it is. */
    X12Issue expect(X12Error e, long segmentIndex, String reference, String loop, String dataElement) {
        FileReport r = validate();
        assertFalse(r.accepted(), "should be rejected");
        List<X12Issue> issues = transaction(r).issues();
        List<X12Issue> found = issues.stream().filter(i -> i.error() == e).toList();
        assertEquals(1, found.size(), e + " in " + issues);
        X12Issue i = found.get(0);
        assertEquals(segmentIndex, i.position().segmentIndex(), i.toString());
        assertEquals(segmentIndex - 2, i.position().segmentInTransaction(), i.toString());
        assertEquals(reference, i.position().reference(), i.toString());
        assertEquals(loop, i.loopId(), i.toString());
        assertEquals(dataElement, i.dataElement(), i.toString());
        return i;
    }
}
