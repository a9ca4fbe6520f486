package io.claimgate.x12.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The 835 (005010X221A1) and 277CA (005010X214) tables as the guide-table parser reads them. */
class RemittanceAndAcknowledgmentGuideTableTest {
    private final GuideTable remittance = Guides.forVersion("005010X221A1");
    private final GuideTable acknowledgment = Guides.forVersion("005010X214");

    @Test
    void bothLoad() {
        assertNotNull(remittance);
        assertEquals("835", remittance.transactionSetId());
        assertEquals("HP", remittance.functionalId());
        assertNotNull(acknowledgment);
        assertEquals("277", acknowledgment.transactionSetId());
        assertEquals("HN", acknowledgment.functionalId());
    }

    @Test
    void remittanceLoops() {
        List<String> ids = remittance.loops().stream().map(GuideLoop::id).toList();
        assertEquals(List.of("", "1000A", "1000B", "2000", "2100", "2110"), ids);
        assertTrue(remittance.segmentIds().containsAll(Set.of("BPR", "TRN", "CUR", "REF", "DTM", "N1", "N3", "N4", "PER",
                "RDM", "LX", "TS3", "TS2", "CLP", "CAS", "NM1", "MIA", "MOA", "AMT", "QTY", "SVC", "LQ", "PLB", "SE")));
        GuideSegment bpr = GuideTableTest.find(remittance.root(), "", "BPR");
        assertEquals(Usage.REQUIRED, bpr.elements().get(15).usage());
        assertEquals("DT", bpr.elements().get(15).type());
        GuideSegment technical = segment(remittance, "1000A", "PER", "BL");
        assertEquals(Usage.REQUIRED, technical.usage());
        assertEquals(Integer.MAX_VALUE, technical.max());
        GuideSegment svc = GuideTableTest.find(remittance.root(), "2110", "SVC");
        assertEquals("SVC06-01", svc.elements().get(5).components().get(0).ref());
        assertTrue(Guides.codeList("provider-adjustment-reason").contains("WO"));
    }

    @Test
    void acknowledgmentLevelsNestAsTheGuideDoes() {
        List<String> ids = acknowledgment.loops().stream().map(GuideLoop::id).toList();
        assertEquals(List.of("", "2000A", "2100A", "2200A", "2000B", "2100B", "2200B", "2000C", "2100C", "2200C", "2000D",
                "2100D", "2200D", "2220D"), ids);
        for (String level : List.of("2000A", "2000B", "2000C", "2000D")) {
            GuideLoop l = acknowledgment.loops().stream().filter(x -> x.id().equals(level)).findFirst().orElseThrow();
            assertEquals("HL", l.trigger().id(), level);
        }
        assertEquals(Usage.REQUIRED, segment(acknowledgment, "2200B", "STC", null).usage());
        assertTrue(Guides.codeList("claim-status-category").contains("A7"));
    }

    @Test
    void bothAreConsistent() {
        for (GuideTable t : List.of(remittance, acknowledgment)) {
            for (GuideLoop l : t.loops()) {
                assertFalse(l.children().isEmpty(), l.id());
                Set<String> seen = new HashSet<>();
                for (GuideNode n : l.children()) {
                    if (n instanceof GuideSegment s) {
                        assertTrue(seen.add(s.id() + s.qualifiers()), t.version() + " loop " + l.id() + " has " + s.id() + " twice");
                        for (GuideElement e : s.elements()) {
                            assertTrue(e.ref().startsWith(s.id()), e.ref() + " in " + s.id());
                            if (e.usage() != Usage.NOT_USED && !e.composite()) {
                                assertTrue(e.minLength() >= 1 && e.maxLength() >= e.minLength(), e.ref());
                            }
                            for (GuideElement c : e.components()) {
                                assertTrue(c.ref().startsWith(e.ref() + "-"), c.ref() + " in " + e.ref());
                            }
                        }
                    } else {
                        GuideLoop child = (GuideLoop) n;
                        assertEquals(Usage.REQUIRED, child.trigger().usage(), t.version() + " trigger of " + child.id());
                    }
                }
            }
        }
    }

    private static GuideSegment segment(GuideTable t, String loopId, String id, String qualifier) {
        for (GuideLoop l : t.loops()) {
            if (!l.id().equals(loopId)) {
                continue;
            }
            for (GuideNode n : l.children()) {
                if (n instanceof GuideSegment s && s.id().equals(id)
                        && (qualifier == null || s.qualifiers().stream().anyMatch(q -> q.values().contains(qualifier)))) {
                    return s;
                }
            }
        }
        throw new AssertionError(id + " not in " + loopId);
    }
}
