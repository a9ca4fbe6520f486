package io.claimgate.x12.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Prints what the readers make of every inbound sample (a look, not a check: the checks are in the other tests). */
class InboundSampleTest {
    @Test
    void everyInboundSampleReadsWithoutException() throws Exception {
        assertTrue(InboundSamples.all().size() >= 16);
        for (Path p : InboundSamples.all()) {
            InboundFile f = InboundFile.read(p);
            assertFalse(f.result().notX12(), p.toString());
            assertTrue(f.result().transactions() + f.result().ta1s() > 0, p.toString());
            System.out.println(p.getFileName() + " " + f.result() + " ta1=" + f.ta1s().size() + " 999=" + f.functionalAcks().size()
                    + " 277=" + f.claimAcknowledgements().size() + " 835=" + f.remittances().size());
            f.issues().forEach(i -> System.out.println("   " + i));
            f.remittances().forEach(r -> System.out.println("   " + r.summary()));
        }
        assertEquals(8, InboundSamples.all().stream().filter(p -> p.getParent().getFileName().toString().equals("835")).count());
    }
}
