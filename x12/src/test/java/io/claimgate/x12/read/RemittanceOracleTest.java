package io.claimgate.x12.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.x12.remit.Adjustment;
import io.claimgate.x12.remit.ClaimPayment;
import io.claimgate.x12.remit.Remittance;
import io.claimgate.x12.remit.ServicePayment;
import io.claimgate.x12.syntax.X12Error;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Compares our reading of three 835s, service line by service line, with the parse another project
 * (edi-835-parser) made of them: {@code src/test/resources/oracle/edi835parser/*.csv}, see the README there.
 */
class RemittanceOracleTest {
    private static final Path ORACLE = Path.of("src/test/resources/oracle/edi835parser");

    @Test
    void emedny() throws IOException {
        InboundFile f = InboundSamples.read("835/edi835parser__emedny_sample.txt");
        compare(f.remittances().get(0), rows("emedny_sample.csv"));
    }

    @Test
    void unitedHealthcare() throws IOException {
        InboundFile f = InboundSamples.read("835/edi835parser__united_healthcare_legacy_sample.txt");
        compare(f.remittances().get(0), rows("united_healthcare_legacy_sample.csv"));
        // the oracle keeps two CAS triples a line; the third (CAS*PR*2*5.13**1*110: reason 1, 110.00) is ours only
        ServicePayment last = lines(f.remittances().get(0)).get(4);
        assertEquals(3, last.adjustments().size());
        assertEquals("1", last.adjustments().get(1).reason());
        assertEquals(0, new BigDecimal("110").compareTo(last.adjustments().get(1).amount()));
    }

    /** The Blue Cross NC sample is a bare ST..SE without an interchange: wrapped here in ISA/GS so it can be read. */
    @Test
    void blueCrossNorthCarolinaWrappedInAnEnvelope() throws IOException {
        String body = InboundSamples.text("nonx12-or-malformed/edi835parser__blue_cross_nc_sample.txt").strip();
        assertTrue(InboundSamples.readText(body).result().notX12(), "as shipped it is not X12");
        String x12 = "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *110108*1200*^*00501*000000001*0*P*:~"
                + "GS*HP*SENDER*RECEIVER*20110108*1200*1*X*005010X221A1~" + body + "GE*1*1~IEA*1*000000001~";
        InboundFile f = InboundSamples.readText(x12);
        Remittance r = f.remittances().get(0);
        compare(r, rows("blue_cross_nc_sample.csv"));
        assertEquals(0, new BigDecimal("1922.86").compareTo(r.summary().paidTotal()));
        assertEquals(0, new BigDecimal("1922.86").compareTo(r.summary().paymentAmount()));
        // SVC*HC:59426******742*742**1: no charge and no payment; the oracle reads them as empty, we report them
        assertEquals(2, f.issues().stream().filter(i -> i.error() == X12Error.REQUIRED_ELEMENT_MISSING
                && i.position().segmentId().equals("SVC")).count(), f.issues().toString());
    }

    private static void compare(Remittance r, List<Map<String, String>> rows) {
        List<ServicePayment> lines = lines(r);
        assertEquals(rows.size(), lines.size(), "service lines");
        List<ClaimPayment> owners = owners(r);
        for (int k = 0; k < rows.size(); k++) {
            Map<String, String> row = rows.get(k);
            ServicePayment line = lines.get(k);
            String where = "line " + k;
            assertEquals(row.get("marker"), owners.get(k).patientControlNumber(), where);
            assertEquals(row.get("code"), line.procedure().code(), where);
            assertEquals(row.get("qualifier"), line.procedure().qualifier(), where);
            assertEquals(row.get("modifier"), line.procedure().modifiers().isEmpty() ? "" : line.procedure().modifiers().get(0), where);
            amount(row.get("charge_amount"), line.charge(), where + " charge");
            amount(row.get("paid_amount"), line.paid(), where + " paid");
            optional(row.get("allowed_amount"), line.allowedAmount(), where + " allowed");
            optional(row.get("allowed_units"), line.unitsPaid(), where + " SVC05");
            optional(row.get("billed_units"), line.unitsBilled() != null ? line.unitsBilled() : line.unitsPaid(), where + " billed units");
            assertEquals(row.get("payer"), r.header().payer().name(), where);
            assertEquals(LocalDate.parse(row.get("transaction_date")), r.header().payment().date(), where);
            assertEquals(LocalDate.parse(row.get("start_date")), line.serviceDates().from(), where);
            assertEquals(LocalDate.parse(row.get("end_date")), line.serviceDates().to(), where);
            List<Adjustment> byOracleOrder = oracleOrder(line.adjustments());
            for (int a = 0; a < 2; a++) {
                String code = row.getOrDefault("adj_" + a + "_code", "");
                if (code.isEmpty()) {
                    continue;
                }
                Adjustment adj = byOracleOrder.get(a);
                assertEquals(code, adj.reason(), where + " adj " + a);
                assertEquals(row.get("adj_" + a + "_group"), adj.group(), where + " adj " + a);
                amount(row.get("adj_" + a + "_amount"), adj.amount(), where + " adj " + a);
            }
            if (byOracleOrder.isEmpty()) {
                assertEquals("", row.getOrDefault("adj_0_code", ""), where);
            }
            if (!row.getOrDefault("ref_0_qual", "").isEmpty()) {
                assertEquals("6R", row.get("ref_0_qual"));
                assertEquals(row.get("ref_0_value"), line.lineItemControlNumber(), where);
            }
            String remark = row.getOrDefault("rem_0_code", "");
            assertEquals(remark, line.remarks().isEmpty() ? "" : line.remarks().get(0).code(), where);
        }
    }

    /** The oracle keeps the first triple of each CAS segment, in segment order. */
    private static List<Adjustment> oracleOrder(List<Adjustment> all) {
        List<Adjustment> firsts = new ArrayList<>();
        long lastSegment = -1;
        for (Adjustment a : all) {
            if (a.position().segmentIndex() != lastSegment) {
                firsts.add(a);
                lastSegment = a.position().segmentIndex();
            }
        }
        return firsts;
    }

    private static void amount(String expected, BigDecimal actual, String where) {
        if (expected.isEmpty()) {
            assertEquals(0, BigDecimal.ZERO.compareTo(actual), where + ": absent in the file, read as zero and reported");
        } else {
            assertEquals(0, new BigDecimal(expected).compareTo(actual), where + ": " + expected + " vs " + actual);
        }
    }

    private static void optional(String expected, BigDecimal actual, String where) {
        if (expected.isEmpty()) {
            assertNull(actual, where);
        } else {
            assertEquals(0, new BigDecimal(expected).compareTo(actual), where + ": " + expected + " vs " + actual);
        }
    }

    private static List<ServicePayment> lines(Remittance r) {
        List<ServicePayment> out = new ArrayList<>();
        r.claims().forEach(c -> out.addAll(c.lines()));
        return out;
    }

    private static List<ClaimPayment> owners(Remittance r) {
        List<ClaimPayment> out = new ArrayList<>();
        r.claims().forEach(c -> c.lines().forEach(l -> out.add(c)));
        return out;
    }

    private static List<Map<String, String>> rows(String csv) throws IOException {
        List<String> lines = Files.readAllLines(ORACLE.resolve(csv), StandardCharsets.UTF_8);
        String[] header = lines.get(0).split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < cells.length ? cells[i] : "");
            }
            rows.add(row);
        }
        return rows;
    }
}
