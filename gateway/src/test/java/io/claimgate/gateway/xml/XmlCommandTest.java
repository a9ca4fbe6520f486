package io.claimgate.gateway.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.gateway.cli.Main;
import io.claimgate.gateway.cli.XmlCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** {@code claimgate xml FILE [-o OUT]}: its output and exit codes (one 835 schema compile for the class). */
class XmlCommandTest {
    private static final Path SAMPLE_835 = SmooksAgreementTest.SAMPLES.resolve("835").resolve("pyx12__835_mult_loops.txt");

    private record Run(int exit, String err) {
    }

    private static Run run(String... args) {
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new Run(Main.run(args), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(oldErr);
        }
    }

    @Test
    void convertsAn835AndRejectsWhatItCannotParse(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.xml");
        assertEquals(XmlCommand.CONVERTED, run("xml", SAMPLE_835.toString(), "-o", out.toString()).exit());
        List<Element> segments = SmooksAgreementTest.segments(Files.readAllBytes(out));
        assertEquals("ISA", segments.get(0).getTagName());
        assertEquals(3, segments.stream().filter(e -> e.getTagName().equals("SVC")).count());
        assertEquals("IEA", segments.get(segments.size() - 1).getTagName());

        // A second BPR where the header allows one: positioned at the segment Smooks stopped on.
        String text = Files.readString(SAMPLE_835, StandardCharsets.ISO_8859_1);
        int bpr = text.indexOf("BPR*");
        String twoBprs = text.substring(0, bpr) + text.substring(bpr, text.indexOf('~', bpr) + 1) + text.substring(bpr);
        Path broken = dir.resolve("two-bpr.835");
        Files.writeString(broken, twoBprs, StandardCharsets.ISO_8859_1);
        Path notWritten = dir.resolve("not-written.xml");
        Run failed = run("xml", broken.toString(), "-o", notWritten.toString());
        assertEquals(XmlCommand.PARSE_FAILED, failed.exit(), failed.err());
        assertTrue(failed.err().contains("at segment "), failed.err());
        assertFalse(Files.exists(notWritten));
    }

    @Test
    void anotherTransactionSetOrNonX12IsNotSupported(@TempDir Path dir) throws Exception {
        Path claim = SmooksAgreementTest.SAMPLES.resolve("837P").resolve("UHIN__837.edi");
        Run r837 = run("xml", claim.toString());
        assertEquals(XmlCommand.NOT_SUPPORTED, r837.exit());
        assertTrue(r837.err().contains("837"), r837.err());

        Path text = dir.resolve("note.txt");
        Files.writeString(text, "hello");
        Run notX12 = run("xml", text.toString());
        assertEquals(XmlCommand.NOT_SUPPORTED, notX12.exit());
        assertTrue(notX12.err().contains("not X12"), notX12.err());
    }
}
