package io.claimgate.x12.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GuideTableTest {
    private final GuideTable p = Guides.forVersion("005010X222A1");

    @Test
    void loadsTheProfessionalGuideAndItsErrataAlias() {
        assertNotNull(p);
        assertEquals("837", p.transactionSetId());
        assertEquals("HC", p.functionalId());
        assertSame(p, Guides.forVersion("005010X222A2"));
        assertNull(Guides.forVersion("004010X098A1"));
    }

    @Test
    void hasEveryLoopOfTheGuideOnce() {
        List<String> ids = new ArrayList<>();
        for (GuideLoop l : p.loops()) {
            ids.add(l.id());
        }
        for (String id : List.of("1000A", "1000B", "2000A", "2010AA", "2010AB", "2010AC", "2000B", "2010BA", "2010BB",
                "2000C", "2010CA", "2300", "2310A", "2310B", "2310C", "2310D", "2310E", "2310F", "2320", "2330A",
                "2330B", "2330C", "2330D", "2330E", "2330F", "2330G", "2400", "2410", "2420A", "2420B", "2420C",
                "2420D", "2420E", "2420F", "2420G", "2420H", "2430", "2440")) {
            assertTrue(ids.contains(id), "missing loop " + id);
        }
        // 2300 and everything in it appears under 2000B and under 2000C.
        assertEquals(2, ids.stream().filter("2300"::equals).count());
        assertEquals(2, ids.stream().filter("2440"::equals).count());
    }

    @Test
    void isConsistent() {
        for (GuideLoop l : p.loops()) {
            assertFalse(l.children().isEmpty());
            Set<String> seen = new HashSet<>();
            for (GuideNode n : l.children()) {
                if (n instanceof GuideSegment s) {
                    // Two guide segments with the same id in one loop must be told apart by a qualifier,
                    // except a trailing catch-all written without one.
                    String key = s.id() + s.qualifiers();
                    assertTrue(seen.add(key), "loop " + l.id() + " has " + key + " twice");
                    for (GuideElement e : s.elements()) {
                        assertTrue(e.ref().startsWith(s.id()), e.ref() + " in " + s.id());
                        if (e.usage() != Usage.NOT_USED && !e.composite()) {
                            assertTrue(e.minLength() >= 1 && e.maxLength() >= e.minLength(), e.ref());
                        }
                    }
                } else {
                    GuideLoop child = (GuideLoop) n;
                    assertTrue(child.trigger().usage() == Usage.REQUIRED, "trigger of " + child.id());
                }
            }
        }
        GuideSegment clm = find(p.root(), "2300", "CLM");
        assertEquals(20, clm.elements().size());
        GuideElement clm05 = clm.elements().get(4);
        assertEquals("C023", clm05.dataElement());
        assertEquals("CLM05-02", clm05.components().get(1).ref());
        assertEquals(Set.of("B"), clm05.components().get(1).codes());
        GuideSegment hi = find(p.root(), "2300", "HI");
        assertEquals("HI07-01", hi.elements().get(6).components().get(0).ref());
        assertTrue(p.segmentIds().containsAll(Set.of("ST", "BHT", "HL", "CLM", "SV1", "SVD", "LQ", "FRM", "SE")));
        assertTrue(Guides.codeList("state-or-province").contains("PA"));
    }

    @Test
    void rejectsMalformedTables() {
        assertThrows(IllegalArgumentException.class, () -> GuideTable.parse("t", "guide X 837 HC\nsegment ST R 1\n  ST01 143 R XX 1 2\n"));
        assertThrows(IllegalArgumentException.class, () -> GuideTable.parse("t", "guide X 837 HC\nloop 1 R 1\n  use NOPE\n"));
        assertThrows(IllegalArgumentException.class, () -> GuideTable.parse("t",
                "guide X 837 HC\nsegment ST R 1 when ST01=999\n  ST01 143 R ID 3 3 = 837\n"));
        assertThrows(IllegalArgumentException.class, () -> GuideTable.parse("t",
                "guide X 837 HC\nsegment ST R 1\n  ST01 143 R ID 3 3 format nonsense\n"));
    }

    static GuideSegment find(GuideLoop root, String loopId, String segmentId) {
        for (GuideLoop l : new GuideTable("x", Set.of(), "", "", "", root).loops()) {
            if (l.id().equals(loopId)) {
                for (GuideNode n : l.children()) {
                    if (n instanceof GuideSegment s && s.id().equals(segmentId)) {
                        return s;
                    }
                }
            }
        }
        throw new AssertionError(loopId + " " + segmentId);
    }
}
