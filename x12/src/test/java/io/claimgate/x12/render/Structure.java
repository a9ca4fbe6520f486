package io.claimgate.x12.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.x12.syntax.Segment;
import io.claimgate.x12.syntax.X12Issue;
import io.claimgate.x12.syntax.X12Reader;
import io.claimgate.x12.validate.FileReport;
import io.claimgate.x12.validate.GroupReport;
import io.claimgate.x12.validate.InterchangeReport;
import io.claimgate.x12.validate.X12Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-reads rendered X12 with {@link X12Reader} and checks what the renderer must get right whatever the
 * claims: envelope counts (SE01, GE01, IEA01, control numbers echoed), HL numbering (HL01 sequential from 1
 * per transaction set, HL02 pointing at an earlier HL of the right level, HL04 = 1 exactly when children
 * follow), LX numbered from 1 in every claim, the placements pointing at the right CLM segments, and our own
 * {@link X12Validator} accepting the file.
 */
final class Structure {
    /** One segment as read, with where it was. */
    record Seg(String gs06, String st02, int position, Segment segment) {
        String id() {
            return segment.id();
        }

        String e(int i) {
            return segment.element(i);
        }
    }

    /** One HL as read. */
    record Hl(String st02, int id, int parent, String level, String childCode) {
    }

    final List<Seg> segments = new ArrayList<>();
    final List<Hl> hls = new ArrayList<>();
    int groups;
    int transactions;

    private Structure() {
    }

    /** Reads {@code text} and asserts every structural rule; fails the test on the first broken one. */
    static Structure check(String text, RenderResult result) {
        Structure s = new Structure();
        s.read(text);
        s.checkHls();
        s.checkLx();
        s.checkPlacements(result);
        assertEquals(result.groups(), s.groups, "groups");
        assertEquals(result.transactionSets(), s.transactions, "transaction sets");
        acceptedByOurValidator(text);
        return s;
    }

    /** Every 837 the renderer writes must pass our own guide validator (SNIP 1-4), not only pyx12. */
    static void acceptedByOurValidator(String text) {
        FileReport report = new X12Validator().validate(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        List<X12Issue> errors = new ArrayList<>(report.fileIssues());
        for (InterchangeReport isa : report.interchanges()) {
            errors.addAll(isa.issues());
            for (GroupReport gs : isa.groups()) {
                errors.addAll(gs.issues());
                gs.transactions().forEach(st -> errors.addAll(st.issues()));
            }
        }
        errors.removeIf(i -> !i.isError());
        assertTrue(report.accepted(), () -> "X12Validator accepts the rendered file: " + errors);
    }

    private void read(String text) {
        try (X12Reader r = X12Reader.of(text.getBytes(StandardCharsets.UTF_8))) {
            String isa13 = null;
            String gs06 = null;
            String gs08 = null;
            String st02 = null;
            int inTransaction = 0;
            int transactionsInGroup = 0;
            while (r.next()) {
                Segment seg = r.segment().copy();
                String id = seg.id();
                switch (id) {
                    case "ISA" -> isa13 = seg.element(13);
                    case "GS" -> {
                        gs06 = seg.element(6);
                        gs08 = seg.element(8);
                        groups++;
                        transactionsInGroup = 0;
                    }
                    case "ST" -> {
                        st02 = seg.element(2);
                        inTransaction = 0;
                        transactions++;
                        transactionsInGroup++;
                        assertEquals(gs08, seg.element(3), "ST03 = GS08");
                    }
                    default -> {
                    }
                }
                if (st02 != null) {
                    inTransaction++;
                }
                segments.add(new Seg(gs06, st02, inTransaction, seg));
                switch (id) {
                    case "SE" -> {
                        assertEquals(Integer.toString(inTransaction), seg.element(1), "SE01 of " + st02);
                        assertEquals(st02, seg.element(2), "SE02 = ST02");
                        st02 = null;
                    }
                    case "GE" -> {
                        assertEquals(Integer.toString(transactionsInGroup), seg.element(1), "GE01");
                        assertEquals(gs06, seg.element(2), "GE02 = GS06");
                    }
                    case "IEA" -> {
                        assertEquals(Integer.toString(groups), seg.element(1), "IEA01");
                        assertEquals(isa13, seg.element(2), "IEA02 = ISA13");
                    }
                    case "HL" -> hls.add(new Hl(st02, Integer.parseInt(seg.element(1)),
                            seg.element(2).isEmpty() ? 0 : Integer.parseInt(seg.element(2)), seg.element(3), seg.element(4)));
                    default -> {
                    }
                }
            }
            assertFalse(r.hasErrors(), () -> "the reader finds no errors: " + r.issues());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void checkHls() {
        Map<Integer, Hl> seen = new HashMap<>();
        String st = null;
        int expected = 0;
        for (int i = 0; i < hls.size(); i++) {
            Hl hl = hls.get(i);
            if (!hl.st02().equals(st)) {
                st = hl.st02();
                expected = 0;
                seen.clear();
            }
            assertEquals(++expected, hl.id(), "HL01 sequential in ST " + st);
            switch (hl.level()) {
                case "20" -> assertEquals(0, hl.parent(), "2000A has no parent");
                case "22" -> assertEquals("20", seen.get(hl.parent()).level(), "2000B's parent is a 2000A");
                case "23" -> assertEquals("22", seen.get(hl.parent()).level(), "2000C's parent is a 2000B");
                default -> throw new AssertionError("HL03 " + hl.level());
            }
            boolean hasChild = i + 1 < hls.size() && hls.get(i + 1).st02().equals(st) && hls.get(i + 1).parent() == hl.id();
            boolean anyChild = false;
            for (int j = i + 1; j < hls.size() && hls.get(j).st02().equals(st); j++) {
                anyChild |= hls.get(j).parent() == hl.id();
            }
            assertEquals(anyChild, hasChild, "children follow their parent directly");
            assertEquals(anyChild ? "1" : "0", hl.childCode(), "HL04 of HL " + hl.id() + " in ST " + st);
            seen.put(hl.id(), hl);
        }
    }

    private void checkLx() {
        int lx = 0;
        for (Seg s : segments) {
            if (s.id().equals("CLM")) {
                lx = 0;
            } else if (s.id().equals("LX")) {
                assertEquals(Integer.toString(++lx), s.e(1), "LX01 numbered from 1 in each claim");
            }
        }
    }

    private void checkPlacements(RenderResult result) {
        for (ClaimPlacement p : result.placements()) {
            Seg clm = find(Long.toString(p.groupControlNumber()), p.transactionControlNumber(), p.claimSegmentPosition());
            assertEquals("CLM", clm.id(), "placement of claim " + p.claimIndex() + " points at its CLM");
            assertEquals(p.patientControlNumber(), clm.e(1), "CLM01");
            Seg last = find(Long.toString(p.groupControlNumber()), p.transactionControlNumber(), p.lastSegmentPosition() + 1);
            assertTrue(List.of("CLM", "HL", "SE").contains(last.id()), "the claim ends where the next claim, HL or SE begins");
        }
    }

    /** The segment at {@code position} (ST = 1) of transaction set {@code st02} in group {@code gs06}. */
    Seg find(String gs06, String st02, int position) {
        for (Seg s : segments) {
            if (gs06.equals(s.gs06()) && st02.equals(s.st02()) && s.position() == position) {
                return s;
            }
        }
        throw new AssertionError("no segment " + position + " in ST " + st02);
    }

    /** Segments with id {@code id}, in order. */
    List<Seg> all(String id) {
        List<Seg> out = new ArrayList<>();
        for (Seg s : segments) {
            if (s.id().equals(id)) {
                out.add(s);
            }
        }
        return out;
    }

    /** Segments with id {@code id} whose first element is {@code qualifier}. */
    List<Seg> all(String id, String qualifier) {
        List<Seg> out = new ArrayList<>();
        for (Seg s : segments) {
            if (s.id().equals(id) && s.e(1).equals(qualifier)) {
                out.add(s);
            }
        }
        return out;
    }

    /** The claim's segments, from its CLM through its last one. */
    List<Seg> claim(ClaimPlacement p) {
        List<Seg> out = new ArrayList<>();
        for (Seg s : segments) {
            if (Long.toString(p.groupControlNumber()).equals(s.gs06()) && p.transactionControlNumber().equals(s.st02())
                    && s.position() >= p.claimSegmentPosition() && s.position() <= p.lastSegmentPosition()) {
                out.add(s);
            }
        }
        return out;
    }
}
