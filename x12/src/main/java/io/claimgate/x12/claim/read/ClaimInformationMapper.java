package io.claimgate.x12.claim.read;

import io.claimgate.x12.claim.Address;
import io.claimgate.x12.claim.Ambulance;
import io.claimgate.x12.claim.Attachment;
import io.claimgate.x12.claim.ClaimDates;
import io.claimgate.x12.claim.ClaimSupplementalInformation;
import io.claimgate.x12.claim.ConditionIndicator;
import io.claimgate.x12.claim.ContractInformation;
import io.claimgate.x12.claim.Diagnosis;
import io.claimgate.x12.claim.InstitutionalCodes;
import io.claimgate.x12.claim.Note;
import io.claimgate.x12.claim.Occurrence;
import io.claimgate.x12.claim.OccurrenceSpan;
import io.claimgate.x12.claim.Procedure;
import io.claimgate.x12.claim.SpinalManipulation;
import io.claimgate.x12.claim.ValueInformation;
import io.claimgate.x12.syntax.Segment;
import io.claimgate.x12.syntax.X12Error;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maps the claim-level segments of loop 2300 (DTP, PWK, REF, NTE, HI, CL1) to the claim model: the
 * inverse of the renderer's 2300. CLM itself, AMT and CRC are read by {@link Claim837Mapper}, which
 * assembles the claim.
 */
final class ClaimInformationMapper {
    private final Usage usage;
    private final Guide837 guide;

    private final PartyMapper parties;

    ClaimInformationMapper(Usage usage, Guide837 guide) {
        this.parties = new PartyMapper(usage);
        this.usage = usage;
        this.guide = guide;
    }

    // Index of each ClaimDates component, in record order.
    private static final int SYMPTOM = 0, INITIAL_TREATMENT = 1, LAST_SEEN = 2, ACUTE_MANIFESTATION = 3, ACCIDENT = 4,
            LMP = 5, LAST_XRAY = 6, PRESCRIPTION = 7, DISABILITY_BEGIN = 8, DISABILITY_END = 9, LAST_WORKED = 10,
            RETURN_TO_WORK = 11, ADMISSION = 12, DISCHARGE = 13, CARE_BEGIN = 14, CARE_END = 15, FIRST_CONTACT = 16,
            REPRICER_RECEIVED = 17, STATEMENT_BEGIN = 18, STATEMENT_END = 19, ADMISSION_HOUR = 20, DISCHARGE_HOUR = 21;

    /** 2300 DTP segments; null when the claim has none the model knows. */
    ClaimDates dates(LoopNode claim) {
        String[] d = new String[22];
        for (Segment dtp : claim.all("DTP")) {
            String q = dtp.element(1);
            String value = dtp.element(3);
            boolean range = dtp.elementEquals(2, "RD8");
            int slot = switch (q) {
                case "431" -> SYMPTOM;
                case "454" -> INITIAL_TREATMENT;
                case "304" -> LAST_SEEN;
                case "453" -> ACUTE_MANIFESTATION;
                case "439" -> ACCIDENT;
                case "484" -> LMP;
                case "455" -> LAST_XRAY;
                case "471" -> PRESCRIPTION;
                case "360" -> DISABILITY_BEGIN;
                case "361" -> DISABILITY_END;
                case "314" -> DISABILITY_BEGIN; // disability period, RD8
                case "297" -> LAST_WORKED;
                case "296" -> RETURN_TO_WORK;
                case "435" -> guide == Guide837.INSTITUTIONAL ? ADMISSION_HOUR : ADMISSION;
                case "096" -> guide == Guide837.INSTITUTIONAL ? DISCHARGE_HOUR : DISCHARGE;
                case "090" -> CARE_BEGIN;
                case "091" -> CARE_END;
                case "444" -> FIRST_CONTACT;
                case "050" -> REPRICER_RECEIVED;
                case "434" -> STATEMENT_BEGIN;
                default -> -1;
            };
            if (slot < 0 || value.isEmpty()) {
                continue;
            }
            if (d[slot] != null) {
                continue; // a second one stays unread and is reported as such
            }
            usage.mark(dtp, 1, 2, 3);
            if (range) {
                int dash = value.indexOf('-');
                String from = dash < 0 ? value : value.substring(0, dash);
                String to = dash < 0 ? null : value.substring(dash + 1);
                d[slot] = from;
                int end = switch (slot) {
                    case STATEMENT_BEGIN -> STATEMENT_END;
                    case DISABILITY_BEGIN -> DISABILITY_END;
                    case CARE_BEGIN -> CARE_END;
                    default -> -1;
                };
                if (end >= 0 && d[end] == null) {
                    d[end] = to;
                } else if (to != null && !to.equals(from)) {
                    usage.problem(dtp, 3, X12Error.ELEMENT_NOT_USED, "The end of this date range has no field in the claim model", "2300");
                }
            } else {
                d[slot] = value;
            }
        }
        if (Arrays.stream(d).allMatch(v -> v == null)) {
            return null;
        }
        return new ClaimDates(d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], d[8], d[9], d[10], d[11], d[12], d[13],
                d[14], d[15], d[16], d[17], d[18], d[19], d[20], d[21]);
    }

    /** PWK segments of a loop as attachments. */
    List<Attachment> attachments(LoopNode n) {
        List<Attachment> out = new ArrayList<>();
        for (Segment pwk : n.all("PWK")) {
            if (pwk.elementEquals(1, "CT")) {
                continue; // 837P 2400 DME certificate of medical necessity: read with the line
            }
            String control = null;
            if (pwk.elementEquals(5, "AC")) {
                usage.mark(pwk, 5);
                control = usage.text(pwk, 6);
            }
            out.add(new Attachment(usage.text(pwk, 1), usage.text(pwk, 2), control, null));
        }
        return out;
    }

    /** 2300 REF segments and PWK attachments; null when there are none. */
    ClaimSupplementalInformation supplemental(LoopNode claim) {
        String[] r = new String[15];
        for (Segment ref : claim.all("REF")) {
            int slot = switch (ref.element(1)) {
                case "G1" -> 0;
                case "9F" -> 1;
                case "F8" -> 2;
                case "EA" -> 3;
                case "X4" -> 4;
                case "9A" -> 5;
                case "9C" -> 6;
                case "LX" -> 7;
                case "D9" -> 8;
                case "EW" -> 9;
                case "F5" -> 10;
                case "1J" -> 11;
                case "P4" -> 12;
                case "4N" -> 13;
                case "G4" -> 14;
                default -> -1;
            };
            if (slot < 0) {
                continue;
            }
            if (r[slot] != null) {
                continue; // a second one stays unread and is reported as such
            }
            usage.mark(ref, 1);
            r[slot] = usage.text(ref, 2);
        }
        List<Attachment> attachments = attachments(claim);
        if (Arrays.stream(r).allMatch(v -> v == null) && attachments.isEmpty()) {
            return null;
        }
        return new ClaimSupplementalInformation(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11],
                r[12], r[13], r[14], null, attachments);
    }

    /** NTE segments of a loop. */
    List<Note> notes(LoopNode n) {
        List<Note> out = new ArrayList<>();
        for (Segment nte : n.all("NTE")) {
            String code = usage.text(nte, 1);
            out.add(new Note(code == null ? "" : code, usage.text(nte, 2)));
        }
        return out;
    }

    /** CN1 contract information of a 2300 or 2400 loop; null when absent. */
    ContractInformation contract(LoopNode n) {
        Segment cn1 = n.first("CN1");
        if (cn1 == null) {
            return null;
        }
        String loop = n.loop().id();
        return new ContractInformation(usage.text(cn1, 1), usage.decimal(cn1, 2, loop), usage.decimal(cn1, 3, loop),
                usage.text(cn1, 4), usage.decimal(cn1, 5, loop), usage.text(cn1, 6));
    }

    /** CRC with CRC01 {@code category}: the indicator and condition codes; null when absent. */
    ConditionIndicator conditions(LoopNode n, String category) {
        Segment crc = n.first("CRC", category);
        return crc == null ? null : condition(crc);
    }

    /**
     * 837P CR1 and CRC*07 of a 2300 or 2400 loop, with the pick-up and drop-off addresses read from its
     * ambulance location loops; null when there is none of them.
     */
    Ambulance ambulance(LoopNode n, Address pickUp, Address dropOff) {
        Segment cr1 = n.first("CR1");
        List<ConditionIndicator> certifications = new ArrayList<>();
        for (Segment crc : n.all("CRC")) {
            if (crc.elementEquals(1, "07")) {
                certifications.add(condition(crc));
            }
        }
        if (cr1 == null) {
            return certifications.isEmpty() && pickUp == null && dropOff == null ? null
                    : new Ambulance(null, null, null, null, null, certifications, pickUp, dropOff);
        }
        usage.mark(cr1, 1, 5);
        String loop = n.loop().id();
        return new Ambulance(usage.decimal(cr1, 2, loop), usage.text(cr1, 4), usage.decimal(cr1, 6, loop),
                usage.text(cr1, 9), usage.text(cr1, 10), certifications, pickUp, dropOff);
    }

    /** The N3/N4 address of an ambulance location loop (NM1*PW pick-up, NM1*45 drop-off); null for another loop. */
    Address ambulanceLocation(LoopNode loop, String entity) {
        Segment nm1 = loop.first("NM1");
        if (nm1 == null || !nm1.elementEquals(1, entity)) {
            return null;
        }
        usage.mark(nm1, 1, 2);
        Address a = parties.address(loop);
        return a == null ? new Address(null, null, null, null, null, null, null) : a;
    }

    private ConditionIndicator condition(Segment crc) {
        usage.mark(crc, 1);
        List<String> codes = new ArrayList<>();
        for (int e = 3; e <= 7; e++) {
            String code = usage.text(crc, e);
            if (code != null) {
                codes.add(code);
            }
        }
        return new ConditionIndicator(usage.text(crc, 2), codes);
    }

    /** 837P 2300 CR2; null when absent. */
    SpinalManipulation spinalManipulation(LoopNode claim) {
        Segment cr2 = claim.first("CR2");
        if (cr2 == null) {
            return null;
        }
        return new SpinalManipulation(usage.text(cr2, 8), usage.text(cr2, 10), usage.text(cr2, 11));
    }

    /** K301 of each K3 file information segment. */
    List<String> fileInformation(LoopNode claim) {
        List<String> out = new ArrayList<>();
        for (Segment k3 : claim.all("K3")) {
            String text = usage.text(k3, 1);
            if (text != null) {
                out.add(text);
            }
        }
        return out;
    }

    /** 837I CL1; null when absent. */
    InstitutionalCodes institutionalCodes(LoopNode claim) {
        Segment cl1 = claim.first("CL1");
        if (cl1 == null) {
            return null;
        }
        return new InstitutionalCodes(usage.text(cl1, 1), usage.text(cl1, 2), usage.text(cl1, 3));
    }

    /** Everything the HI segments carry, sorted by code list qualifier. */
    static final class Codes {
        final List<Diagnosis> diagnoses = new ArrayList<>();
        final List<Procedure> procedures = new ArrayList<>();
        final List<Occurrence> occurrences = new ArrayList<>();
        final List<OccurrenceSpan> spans = new ArrayList<>();
        final List<ValueInformation> values = new ArrayList<>();
        final List<String> conditions = new ArrayList<>();
        String drg;
    }

    /** The HI segments of 2300, composite by composite (HI01-HI12). */
    Codes codes(LoopNode claim) {
        Codes codes = new Codes();
        for (Segment hi : claim.all("HI")) {
            for (int e = 1; e <= Math.min(12, hi.size()); e++) {
                if (!hi.has(e)) {
                    continue;
                }
                String q = hi.component(e, 1);
                switch (q) {
                    case "ABK", "BK", "ABF", "BF", "ABJ", "BJ", "APR", "PR", "ABN", "BN" -> {
                        usage.component(hi, e, 1);
                        String poa = guide == Guide837.INSTITUTIONAL ? usage.component(hi, e, 9) : null;
                        codes.diagnoses.add(new Diagnosis(q, usage.component(hi, e, 2), poa));
                    }
                    case "BBR", "BR", "CAH", "BBQ", "BQ" -> {
                        usage.component(hi, e, 1);
                        usage.component(hi, e, 3);
                        codes.procedures.add(new Procedure(q, usage.component(hi, e, 2), usage.component(hi, e, 4)));
                    }
                    case "BH" -> {
                        usage.component(hi, e, 1);
                        usage.component(hi, e, 3);
                        codes.occurrences.add(new Occurrence(usage.component(hi, e, 2), usage.component(hi, e, 4)));
                    }
                    case "BI" -> {
                        usage.component(hi, e, 1);
                        usage.component(hi, e, 3);
                        String range = usage.component(hi, e, 4);
                        String from = range;
                        String to = null;
                        if (range != null && range.indexOf('-') > 0) {
                            from = range.substring(0, range.indexOf('-'));
                            to = range.substring(range.indexOf('-') + 1);
                        }
                        codes.spans.add(new OccurrenceSpan(usage.component(hi, e, 2), from, to));
                    }
                    case "BE" -> {
                        usage.component(hi, e, 1);
                        codes.values.add(new ValueInformation(usage.component(hi, e, 2), usage.decimal(hi, e, 5, "2300")));
                    }
                    case "BG" -> {
                        usage.component(hi, e, 1);
                        codes.conditions.add(usage.component(hi, e, 2));
                    }
                    case "DR" -> {
                        usage.component(hi, e, 1);
                        if (codes.drg == null) {
                            codes.drg = usage.component(hi, e, 2);
                        }
                    }
                    default -> {
                        // other code lists (anesthesia BP/BO, treatment codes TC, ...) have no model field
                    }
                }
            }
        }
        return codes;
    }
}
