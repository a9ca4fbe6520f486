package io.claimgate.x12.claim.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.x12.claim.Claim;
import io.claimgate.x12.claim.ClaimInformation;
import io.claimgate.x12.claim.ClaimKind;
import io.claimgate.x12.claim.Diagnosis;
import io.claimgate.x12.claim.LineAdjudication;
import io.claimgate.x12.claim.OtherSubscriber;
import io.claimgate.x12.claim.ProviderRole;
import io.claimgate.x12.claim.ServiceLine;
import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reads real 837P and 837I files written by other software into the claim model. */
class Claim837ReaderTest {
    static final Path SAMPLES = Paths.get("src/test/resources/samples");

    record Read(ReadSummary summary, List<ReadClaim> claims) {
        ReadClaim only() {
            assertEquals(1, claims.size());
            return claims.get(0);
        }
    }

    static Read read(Path file) throws IOException {
        List<ReadClaim> claims = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            ReadSummary summary = Claim837Reader.read(in, claims::add);
            return new Read(summary, claims);
        }
    }

    static Read read(String x12) throws IOException {
        List<ReadClaim> claims = new ArrayList<>();
        ReadSummary summary = Claim837Reader.read(new java.io.ByteArrayInputStream(x12.getBytes(StandardCharsets.UTF_8)), claims::add);
        return new Read(summary, claims);
    }

    static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    @Test
    void professionalWithPatientAndFourLines() throws IOException {
        ReadClaim r = read(SAMPLES.resolve("837P/LFH__837_005010X222A2_demo.example1.837")).only();
        Claim c = r.claim();
        assertEquals(ClaimKind.PROFESSIONAL, c.kind());
        ClaimInformation ci = c.claimInformation();
        assertEquals("26463774", ci.patientControlNumber());
        assertEquals(bd("100.00"), ci.claimChargeAmount());
        assertEquals("11", ci.placeOfServiceCode());
        assertEquals("1", ci.claimFrequencyCode());
        assertEquals("CI", ci.claimFilingCode());
        assertEquals("17312345600006351", ci.claimSupplementalInformation().claimNumber());
        assertEquals(List.of(new Diagnosis("BK", "0340", null), new Diagnosis("BF", "V7389", null)), ci.diagnoses());
        assertEquals(4, ci.serviceLines().size());
        ServiceLine third = ci.serviceLines().get(2);
        assertEquals("3", third.assignedNumber());
        assertEquals("99214", third.professionalService().procedureCode());
        assertEquals(bd("35.00"), third.professionalService().lineItemChargeAmount());
        assertEquals(bd("1.00"), third.professionalService().serviceUnitCount());
        assertEquals(List.of("2"), third.professionalService().diagnosisCodePointers());
        assertEquals("20061010", third.serviceDate());
        assertEquals(0, ci.claimChargeAmount().compareTo(ci.serviceLineChargeTotal()));
        assertEquals("1912301953", c.billing().npi());
        assertEquals("203BF0100Y", c.billing().taxonomyCode());
        assertEquals("587654321", c.billing().employerId());
        assertEquals("MIAMI", c.payToAddress().city());
        assertEquals("JS00111223333", c.subscriber().memberId());
        assertEquals("999996666", c.tradingPartnerServiceId());
        assertEquals("TED", c.dependent().firstName());
        assertEquals("19", c.dependent().relationshipToSubscriberCode());
        assertEquals("TGJ23", c.submitter().submitterIdentification());
        assertEquals("231", c.submitter().contactInformation().phoneExtension());
        assertEquals("244579", c.controlNumber());
        assertEquals("T", c.usageIndicator());
        assertTrue(r.issues().isEmpty(), r.issues().toString());
        assertEquals("000000907", r.envelope().interchangeControlNumber());
        assertEquals("0021", r.envelope().transactionControlNumber());
    }

    @Test
    void autoAccidentWithClaimProvidersAndFacility() throws IOException {
        ReadClaim r = read(SAMPLES.resolve("837P/LFH__837_005010X222A2_demo.autoaccident.837")).only();
        ClaimInformation ci = r.claim().claimInformation();
        assertEquals("900000032", ci.patientControlNumber());
        assertEquals(bd("185.00"), ci.claimChargeAmount());
        assertEquals(List.of("AA"), ci.relatedCausesCode());
        assertEquals("CA", ci.autoAccidentStateCode());
        assertEquals("20051031", ci.claimDateInformation().accidentDate());
        assertEquals("20051031", ci.claimDateInformation().firstContactDate());
        assertEquals("32323232", ci.propertyCasualtyClaimNumber());
        assertEquals("2366552595", r.claim().provider(ProviderRole.RENDERING).orElseThrow().npi());
        assertEquals("208D00000X", r.claim().provider(ProviderRole.RENDERING).orElseThrow().taxonomyCode());
        assertEquals("1235767887", ci.serviceFacilityLocation().npi());
        assertEquals("3425557987", ci.serviceFacilityLocation().phoneNumber());
        assertEquals("Y", ci.serviceLines().get(1).professionalService().emergencyIndicator());
        assertEquals("8157665902", r.claim().dependent().contactInformation().phoneNumber());
        assertTrue(r.issues().isEmpty(), r.issues().toString());
    }

    @Test
    void coordinationOfBenefitsAndLineAdjudication() throws IOException {
        ReadClaim r = read(SAMPLES.resolve("837P/LFH__837_005010X222A2_demo.cob.example3.C.837")).only();
        ClaimInformation ci = r.claim().claimInformation();
        assertEquals("26407789", ci.patientControlNumber());
        assertEquals(bd("79.04"), ci.claimChargeAmount());
        assertEquals(Boolean.TRUE, ci.patientSignatureSourceCode());
        assertEquals(4, ci.diagnoses().size());
        OtherSubscriber other = ci.otherSubscribers().get(0);
        assertEquals("P", other.paymentResponsibilityLevelCode());
        assertEquals("01", other.individualRelationshipCode());
        assertEquals("12", other.claimFilingIndicatorCode());
        assertEquals(bd("39.15"), other.payerPaidAmount());
        assertEquals(bd("36.89"), other.remainingPatientLiability());
        assertEquals("PR", other.claimLevelAdjustments().get(0).groupCode());
        assertEquals(2, other.claimLevelAdjustments().get(0).adjustments().size());
        assertEquals(bd("21.89"), other.claimLevelAdjustments().get(0).adjustments().get(0).amount());
        assertEquals("2", other.claimLevelAdjustments().get(0).adjustments().get(1).reasonCode());
        assertEquals(Boolean.TRUE, other.patientSignatureGeneratedForPatient());
        assertEquals("JS00111223333", other.otherSubscriberName().identifier());
        assertEquals("999996666", other.otherPayerName().identifier());
        assertEquals(ProviderRole.RENDERING, other.otherPayerProviders().get(0).role());
        assertEquals("PBS3334", other.otherPayerProviders().get(0).identifiers().get(0).identifier());
        assertEquals(3, ci.serviceLines().size());
        LineAdjudication adj = ci.serviceLines().get(0).lineAdjudications().get(0);
        assertEquals("999996666", adj.otherPayerPrimaryIdentifier());
        assertEquals(bd("40.00"), adj.serviceLinePaidAmount());
        assertEquals("99213", adj.procedureCode());
        assertEquals("20051015", adj.adjudicationOrPaymentDate());
        assertEquals("CO", adj.adjustments().get(0).groupCode());
        assertEquals(List.of("1", "2", "3", "4"), ci.serviceLines().get(0).professionalService().diagnosisCodePointers());
    }

    @Test
    void drugIdentificationAndOrderingProvider() throws IOException {
        ReadClaim r = read(SAMPLES.resolve("837P/LFH__837_005010X222A2_demo.drug.example10.2.837")).only();
        ClaimInformation ci = r.claim().claimInformation();
        assertEquals("CLMNO12345", ci.patientControlNumber());
        assertEquals(bd("2232.93"), ci.claimChargeAmount());
        assertEquals(6, ci.serviceLines().size());
        ServiceLine second = ci.serviceLines().get(1);
        assertEquals("20040201", second.serviceDate());
        assertEquals("20040207", second.serviceDateEnd());
        assertEquals("20040130", second.dates().prescriptionDate());
        assertEquals("N4", second.drugIdentification().serviceIdQualifier());
        assertEquals("00004196501", second.drugIdentification().nationalDrugCode());
        assertEquals(bd("7.00"), second.drugIdentification().unitCount());
        assertEquals("UN", second.drugIdentification().measurementUnitCode());
        assertEquals("2530001", second.drugIdentification().pharmacyPrescriptionNumber());
        assertEquals("1112223338", second.provider(ProviderRole.ORDERING).orElseThrow().npi());
        assertEquals("12", second.professionalService().placeOfServiceCode());
        assertNull(r.claim().dependent());
        assertTrue(r.claim().patientIsSubscriber());
    }

    @Test
    void uhinClaimWithIcd10() throws IOException {
        ReadClaim r = read(SAMPLES.resolve("837P/UHIN__837.edi")).only();
        ClaimInformation ci = r.claim().claimInformation();
        assertEquals("1606", ci.patientControlNumber());
        assertEquals(bd("2"), ci.claimChargeAmount());
        assertEquals(List.of(new Diagnosis("ABK", "R69", null)), ci.diagnoses());
        assertEquals("20240815", ci.serviceLines().get(0).serviceDate());
        assertEquals("20240820", ci.serviceLines().get(0).serviceDateEnd());
        assertEquals("1245319599", r.claim().billing().npi());
        assertEquals("test@UHIN.ORG", r.claim().submitter().contactInformation().email());
        assertEquals("800000372", r.envelope().interchangeControlNumber());
        assertEquals("800000372", r.envelope().groupControlNumber());
        assertEquals("005010X222A1", r.envelope().implementationReference());
        assertTrue(r.issues().isEmpty(), r.issues().toString());
    }

    @Test
    void institutionalClaim() throws IOException {
        ReadClaim r = read(SAMPLES.resolve("837I/LFH__837_005010X223A3_institutional-claim.837i")).only();
        Claim c = r.claim();
        assertEquals(ClaimKind.INSTITUTIONAL, c.kind());
        assertEquals("9876540809", c.billing().npi());
        assertEquals("00435", c.tradingPartnerServiceId());
        assertEquals("MEDICARE B", c.tradingPartnerName());
        assertEquals("030005074A", c.subscriber().memberId());
        assertTrue(r.envelope().implementationReference().startsWith("005010X223"));
    }

    @Test
    void institutionalClaimsUnderTwoSubscribers() throws IOException {
        Read read = read(SAMPLES.resolve("837I/LFH__837_005010X223A3_two-claims-single-provider.837i"));
        assertEquals(2, read.claims().size());
        ClaimInformation first = read.claims().get(0).claim().claimInformation();
        assertEquals("756048Q", first.patientControlNumber());
        assertEquals(bd("89.95"), first.claimChargeAmount());
        assertEquals("13", first.placeOfServiceCode());
        assertEquals("20050315", first.claimDateInformation().statementBeginDate());
        assertEquals("20050315", first.claimDateInformation().statementEndDate());
        assertEquals("1", first.institutionalCodes().admissionTypeCode());
        assertEquals("01", first.institutionalCodes().patientStatusCode());
        assertEquals(List.of("BK", "BF", "BF"), first.diagnoses().stream().map(Diagnosis::qualifier).toList());
        assertEquals("3669", first.diagnoses().get(0).code());
        assertEquals("1122334455", read.claims().get(0).claim().provider(ProviderRole.ATTENDING).orElseThrow().npi());
        assertEquals("U12345", read.claims().get(0).claim().provider(ProviderRole.ATTENDING).orElseThrow().providerUpinNumber());
        assertEquals(2, first.serviceLines().size());
        ServiceLine second = first.serviceLines().get(1);
        assertEquals("0730", second.institutionalService().serviceLineRevenueCode());
        assertEquals("93005", second.institutionalService().procedureCode());
        assertEquals(bd("76.56"), second.institutionalService().lineItemChargeAmount());
        assertEquals(bd("3.00"), second.institutionalService().serviceUnitCount());
        assertEquals("123405074", read.claims().get(1).claim().subscriber().memberId());
        assertEquals(2, read.claims().get(1).envelope().claimNumberInTransaction());
    }

    @Test
    void institutionalWithOtherPayersAndAdmission() throws IOException {
        ReadClaim r = read(SAMPLES.resolve("837I/imsweb__837_5010_x223-test.txt")).only();
        ClaimInformation ci = r.claim().claimInformation();
        assertEquals("A37YH556", ci.patientControlNumber());
        assertEquals(bd("500"), ci.claimChargeAmount());
        assertEquals("20150330", ci.claimDateInformation().admissionDateAndHour());
        assertEquals("7", ci.institutionalCodes().admissionSourceCode());
        assertEquals("1122334", ci.claimSupplementalInformation().medicalRecordNumber());
        assertEquals(2, ci.otherSubscribers().size());
        assertEquals("S", ci.otherSubscribers().get(0).paymentResponsibilityLevelCode());
        assertEquals("AETNA", ci.otherSubscribers().get(0).otherPayerName().organizationName());
        assertEquals("T", ci.otherSubscribers().get(1).paymentResponsibilityLevelCode());
        // the file's SE01 is wrong: reported in the summary, the claim is still read
        assertTrue(r.issues().stream().noneMatch(X12Issue::isError), r.issues().toString());
    }

    @Test
    void severalInterchangesGroupsAndTransactionsWithDependents() throws IOException {
        Read gs = read(SAMPLES.resolve("837P/imsweb__837_5010_x12_multiple_gs.txt"));
        assertEquals(6, gs.claims().size());
        assertEquals(3, gs.summary().transactions());
        assertEquals(List.of("A37YH556", "A37YH667", "A37YH556", "A37YH667", "A37YH556", "A37YH667"),
                gs.claims().stream().map(c -> c.claim().claimInformation().patientControlNumber()).toList());
        Read isa = read(SAMPLES.resolve("837P/imsweb__837_5010_x12_multiple_isa.txt"));
        assertEquals(2, isa.summary().interchanges());
        assertEquals(2, isa.claims().stream().map(c -> c.envelope().interchangeNumber()).distinct().count());

        Read complex = read(SAMPLES.resolve("837P/imsweb__837_5010_x12_complex.txt"));
        Claim underDependent = complex.claims().get(1).claim();
        assertEquals("A37YH667", underDependent.claimInformation().patientControlNumber());
        assertEquals("STEVEN", underDependent.dependent().firstName());
        assertEquals("01", underDependent.dependent().relationshipToSubscriberCode());
        assertEquals("DAVID", underDependent.subscriber().firstName());
        assertEquals("A37YH668", complex.claims().get(2).claim().claimInformation().patientControlNumber());
        assertEquals("STEVEN", complex.claims().get(2).claim().dependent().firstName());
        // every line provider role of an 837P, and what the model has no field for comes back as positioned warnings
        ServiceLine line = underDependent.claimInformation().serviceLines().get(0);
        assertEquals(List.of(ProviderRole.RENDERING, ProviderRole.REFERRING, ProviderRole.SUPERVISING, ProviderRole.ORDERING),
                line.providers().stream().map(p -> p.role()).toList());
        assertEquals("2420C", line.serviceFacilityLocation().organizationName());
        assertEquals(bd("55"), line.lineAdjudications().get(0).serviceLinePaidAmount());
        // ambulance pick-up / drop-off locations of the claim (2310E/F) and of the line (2420G/H)
        assertEquals("2310E STREET 1", underDependent.claimInformation().ambulance().pickUpLocation().address1());
        assertEquals("2310F STREET 1", underDependent.claimInformation().ambulance().dropOffLocation().address1());
        assertEquals("2420G STREET 1", line.ambulance().pickUpLocation().address1());
        assertEquals("2420H STREET 1", line.ambulance().dropOffLocation().address1());
        List<X12Issue> unread = complex.claims().get(1).issues();
        assertTrue(unread.stream().noneMatch(i -> i.loopId().equals("2420G")), unread.toString());
        X12Issue form = unread.stream().filter(i -> i.loopId().equals("2440")).findFirst().orElseThrow();
        assertEquals(X12Error.SEGMENT_NOT_USED, form.error());
        assertEquals(X12Issue.Severity.WARNING, form.severity());
        assertEquals("LQ", form.position().segmentId());
    }

    @Test
    void manyClaimsStreamOneAtATime() throws IOException {
        long[] count = {0};
        BigDecimal[] total = {BigDecimal.ZERO};
        try (InputStream in = Files.newInputStream(SAMPLES.resolve("837P/imsweb__837_5010_x12_multiple_transactions.txt"))) {
            ReadSummary summary = Claim837Reader.read(in, c -> {
                count[0]++;
                total[0] = total[0].add(c.claim().claimInformation().claimChargeAmount());
            });
            assertEquals(summary.claims(), count[0]);
            assertEquals(312, summary.transactions());
        }
        assertTrue(count[0] >= 312);
        assertTrue(total[0].signum() > 0);
    }

    @Test
    void malformedFileGivesPositionedIssuesAndNoException() throws IOException {
        String x12 = """
                ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *240101*1200*^*00501*000000001*0*T*:~
                GS*HC*S*R*20240101*1200*1*X*005010X222A1~
                ST*837*0001*005010X222A1~
                BHT*0019*00*B1*20240101*1200*CH~
                NM1*41*2*SUB*****46*S1~
                NM1*40*2*REC*****46*R1~
                HL*1**20*1~
                NM1*85*2*BILLING*****XX*1234567893~
                HL*2*1*22*0~
                SBR*P*18*******CI~
                NM1*IL*1*DOE*JANE****MI*M1~
                NM1*PR*2*PAYER*****PI*P1~
                CLM*PCN1*1O.00***11:B:1*Y*A*Y*Y~
                HI*ABK:R69~
                LX*1~
                SV1*HC:99213*ten*UN*1***1~
                SVD*P1*5~
                LX*2~
                SE*16*0001~
                GE*1*1~
                IEA*1*000000001~
                """;
        Read r = read(x12);
        ReadClaim c = r.only();
        assertEquals("PCN1", c.claim().claimInformation().patientControlNumber());
        assertNull(c.claim().claimInformation().claimChargeAmount());
        assertFalse(c.ok());
        X12Issue charge = c.issues().get(0);
        assertEquals(X12Error.INVALID_CHARACTER, charge.error());
        assertEquals(13, charge.position().segmentIndex());
        assertEquals(11, charge.position().segmentInTransaction());
        assertEquals("CLM02", charge.position().reference());
        X12Issue lineCharge = c.issues().get(1);
        assertEquals("SV102", lineCharge.position().reference());
        assertEquals(16, lineCharge.position().segmentIndex());
        assertEquals(2, c.claim().claimInformation().serviceLines().size());
        assertNotNull(c.claim().claimInformation().serviceLines().get(0).lineAdjudications().get(0));
        // SE01 is wrong too: that is the file's problem, in the summary
        assertTrue(r.summary().issues().stream().anyMatch(i -> i.error() == X12Error.TRANSACTION_COUNT_MISMATCH));
    }

    @Test
    void claimWithoutLevelsIsReportedNotThrown() throws IOException {
        String x12 = """
                ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *240101*1200*^*00501*000000001*0*T*:~
                GS*HC*S*R*20240101*1200*1*X*005010X222A1~
                ST*837*0001*005010X222A1~
                BHT*0019*00*B1*20240101*1200*CH~
                CLM*PCN1*10***11:B:1*Y*A*Y*Y~
                LX*1~
                SV1*HC:99213*10*UN*1***1~
                SE*6*0001~
                GE*1*1~
                IEA*1*000000001~
                """;
        Read r = read(x12);
        ReadClaim c = r.only();
        assertNull(c.claim().billing());
        assertNull(c.claim().subscriber());
        assertTrue(c.issues().stream().anyMatch(i -> i.error() == X12Error.REQUIRED_SEGMENT_MISSING && i.message().contains("2010AA")));
        assertTrue(c.issues().stream().anyMatch(i -> i.error() == X12Error.REQUIRED_SEGMENT_MISSING && i.message().contains("2000B")));
        assertTrue(r.summary().issues().stream().anyMatch(i -> i.error() == X12Error.SEGMENT_OUT_OF_SEQUENCE
                && i.position().segmentIndex() == 5));
    }

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().endsWith(".tsv") && !p.toString().endsWith(".md"))
                    .sorted().toList().stream();
        }
    }

    /** Every sample (broken ones, 835s and non-X12 included) is read without an exception escaping. */
    @ParameterizedTest
    @MethodSource("samples")
    void everySampleReadsWithoutThrowing(Path file) throws IOException {
        Read r = read(file);
        for (ReadClaim c : r.claims()) {
            assertNotNull(c.claim().claimInformation());
            for (X12Issue i : c.issues()) {
                assertTrue(i.position().segmentIndex() > 0 || i.position() != null);
            }
        }
        String name = file.toString();
        if (name.contains("837P") && !name.contains("bad_first_line") && !name.contains("sample837-") && !name.contains("header-ref-only")) {
            assertFalse(r.claims().isEmpty(), file.toString());
        }
    }
}
