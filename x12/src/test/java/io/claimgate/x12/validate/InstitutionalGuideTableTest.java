package io.claimgate.x12.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The 837I table (005010X223A2) as the guide-table parser reads it. */
class InstitutionalGuideTableTest {
    private final GuideTable i = Guides.forVersion("005010X223A2");

    @Test
    void loadsWithItsErrataAlias() {
        assertEquals("837", i.transactionSetId());
        assertEquals("HC", i.functionalId());
        assertSame(i, Guides.forVersion("005010X223A3"));
    }

    @Test
    void claimLoopsAppearUnderSubscriberAndPatient() {
        List<String> ids = i.loops().stream().map(GuideLoop::id).toList();
        assertEquals(2, ids.stream().filter("2300"::equals).count());
        assertEquals(2, ids.stream().filter("2430"::equals).count());
        assertEquals(2, ids.stream().filter("2330I"::equals).count());
        assertTrue(i.segmentIds().containsAll(Set.of("CL1", "SV2", "MIA", "MOA", "CN1", "CRC", "LIN", "CTP", "SVD")));
    }

    @Test
    void sameSegmentsInALoopAreToldApartByQualifiers() {
        for (GuideLoop l : i.loops()) {
            assertFalse(l.children().isEmpty(), l.id());
            Set<String> seen = new HashSet<>();
            for (GuideNode n : l.children()) {
                if (n instanceof GuideSegment s) {
                    assertTrue(seen.add(s.id() + s.qualifiers()), "loop " + l.id() + " has " + s.id() + " twice");
                } else {
                    GuideLoop child = (GuideLoop) n;
                    assertEquals(Usage.REQUIRED, child.trigger().usage(), "trigger of " + child.id());
                }
            }
        }
    }

    @Test
    void claimSegmentIsInstitutional() {
        GuideSegment clm = GuideTableTest.find(i.root(), "2300", "CLM");
        GuideElement clm05 = clm.elements().get(4);
        assertEquals(Set.of("A"), clm05.components().get(1).codes());
        assertEquals(Usage.NOT_USED, clm.elements().get(5).usage());   // CLM06 is not used in 837I
        GuideSegment sv2 = GuideTableTest.find(i.root(), "2400", "SV2");
        assertEquals(Set.of("DA", "UN"), sv2.elements().get(3).codes());
    }
}
