package io.claimgate.x12.claim.read;

import io.claimgate.x12.claim.Address;
import io.claimgate.x12.claim.AdjustmentGroup;
import io.claimgate.x12.claim.ConditionIndicator;
import io.claimgate.x12.claim.Drug;
import io.claimgate.x12.claim.DurableMedicalEquipment;
import io.claimgate.x12.claim.Facility;
import io.claimgate.x12.claim.InstitutionalService;
import io.claimgate.x12.claim.LineAdjudication;
import io.claimgate.x12.claim.ProfessionalService;
import io.claimgate.x12.claim.Provider;
import io.claimgate.x12.claim.PurchasedService;
import io.claimgate.x12.claim.ReferenceId;
import io.claimgate.x12.claim.ServiceLine;
import io.claimgate.x12.claim.ServiceLineDates;
import io.claimgate.x12.claim.TestResult;
import io.claimgate.x12.syntax.Segment;
import io.claimgate.x12.syntax.X12Error;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maps loop 2400 (LX with SV1 or SV2, DTP, REF, AMT, NTE, PWK) and the loops inside it (2410 drug,
 * 2420x providers, 2430 line adjudication) to a {@link ServiceLine}.
 */
final class ServiceLineMapper {
    private final Usage usage;
    private final PartyMapper parties;
    private final ClaimInformationMapper claimInfo;
    private final OtherSubscriberMapper cob;

    ServiceLineMapper(Usage usage, PartyMapper parties, ClaimInformationMapper claimInfo, OtherSubscriberMapper cob) {
        this.usage = usage;
        this.parties = parties;
        this.claimInfo = claimInfo;
        this.cob = cob;
    }

    ServiceLine line(LoopNode n) {
        Segment lx = n.first("LX");
        String assigned = lx == null ? null : usage.text(lx, 1);
        ProfessionalService sv1 = professional(n.first("SV1"));
        InstitutionalService sv2 = institutional(n.first("SV2"));

        String serviceDate = null;
        String serviceDateEnd = null;
        String[] d = new String[10];
        for (Segment dtp : n.all("DTP")) {
            String q = dtp.element(1);
            if ("472".equals(q)) {
                if (serviceDate != null) {
                    continue; // a second one stays unread and is reported as such
                }
                usage.mark(dtp, 1, 2);
                String v = usage.text(dtp, 3);
                if (v != null && dtp.elementEquals(2, "RD8") && v.indexOf('-') > 0) {
                    serviceDate = v.substring(0, v.indexOf('-'));
                    serviceDateEnd = v.substring(v.indexOf('-') + 1);
                } else {
                    serviceDate = v;
                }
                continue;
            }
            int slot = switch (q) {
                case "471" -> 0;
                case "607" -> 1;
                case "463" -> 2;
                case "461" -> 3;
                case "304" -> 4;
                case "738" -> 5;
                case "739" -> 6;
                case "011" -> 7;
                case "455" -> 8;
                case "454" -> 9;
                default -> -1;
            };
            if (slot >= 0 && d[slot] == null && dtp.elementEquals(2, "D8")) {
                usage.mark(dtp, 1, 2);
                d[slot] = usage.text(dtp, 3);
            }
        }
        ServiceLineDates dates = Arrays.stream(d).allMatch(v -> v == null) ? null
                : new ServiceLineDates(d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], d[8], d[9]);

        String control = null;
        List<ReferenceId> refs = new ArrayList<>();
        for (Segment ref : n.all("REF")) {
            usage.mark(ref, 1);
            if (ref.elementEquals(1, "6R") && control == null) {
                control = usage.text(ref, 2);
            } else {
                refs.add(new ReferenceId(ref.element(1), usage.text(ref, 2)));
            }
        }
        BigDecimal salesTax = usage.amount(n, "T");
        BigDecimal postage = usage.amount(n, "F4");
        BigDecimal serviceTax = usage.amount(n, "GT");
        BigDecimal facilityTax = usage.amount(n, "N8");

        Drug drug = null;
        LoopNode lin = n.child(Loop837.L2410);
        if (lin != null) {
            drug = drug(lin);
        }
        List<Provider> providers = new ArrayList<>();
        Facility facility = null;
        List<LineAdjudication> adjudications = new ArrayList<>();
        Address pickUp = null;
        Address dropOff = null;
        for (LoopNode child : n.children()) {
            switch (child.loop()) {
                case L2410 -> {
                    // only the first drug loop is read; another stays unread and is reported
                }
                case L2430 -> adjudications.add(adjudication(child));
                case L2440 -> {
                    // form identification has no model field: reported as unread
                }
                default -> {
                    Address up = pickUp == null ? claimInfo.ambulanceLocation(child, "PW") : null;
                    Address off = up == null && dropOff == null ? claimInfo.ambulanceLocation(child, "45") : null;
                    if (up != null) {
                        pickUp = up;
                    } else if (off != null) {
                        dropOff = off;
                    } else {
                        facility = parties.nameLoop(child, providers, facility);
                    }
                }
            }
        }
        providers.sort(java.util.Comparator.comparingInt((Provider p) -> p.role().ordinal()));
        Boolean hospiceEmployee = null;
        Segment hospice = n.first("CRC", "70");
        if (hospice != null) {
            usage.mark(hospice, 1, 3);
            hospiceEmployee = "Y".equals(usage.text(hospice, 2));
        }
        List<TestResult> tests = new ArrayList<>();
        for (Segment mea : n.all("MEA")) {
            tests.add(new TestResult(usage.text(mea, 1), usage.text(mea, 2), usage.decimal(mea, 3, n.loop().id())));
        }
        return new ServiceLine(assigned, control, serviceDate, serviceDateEnd, sv1, sv2, drug, providers, facility,
                adjudications, dates, refs, claimInfo.notes(n), claimInfo.attachments(n), salesTax, postage, serviceTax,
                facilityTax, hospiceEmployee, quantity(n, "PT"), quantity(n, "FL"), tests, claimInfo.contract(n),
                durableMedicalEquipment(n), purchasedService(n), claimInfo.ambulance(n, pickUp, dropOff));
    }

    /** 837P PWK*CT, CR3 and CRC*09; null when the line has none. */
    private DurableMedicalEquipment durableMedicalEquipment(LoopNode n) {
        Segment cmn = n.first("PWK", "CT");
        String transmission = null;
        if (cmn != null) {
            usage.mark(cmn, 1);
            transmission = usage.text(cmn, 2);
        }
        Segment cr3 = n.first("CR3");
        String type = null;
        BigDecimal months = null;
        if (cr3 != null) {
            usage.mark(cr3, 2);
            type = usage.text(cr3, 1);
            months = usage.decimal(cr3, 3, n.loop().id());
        }
        ConditionIndicator condition = claimInfo.conditions(n, "09");
        if (cmn == null && cr3 == null && condition == null) {
            return null;
        }
        return new DurableMedicalEquipment(transmission, type, months, condition);
    }

    /** 837P PS1; null when absent. */
    private PurchasedService purchasedService(LoopNode n) {
        Segment ps1 = n.first("PS1");
        return ps1 == null ? null : new PurchasedService(usage.text(ps1, 1), usage.decimal(ps1, 2, n.loop().id()));
    }

    /** QTY02 of the 2400 QTY with QTY01 {@code qualifier}; null when absent. */
    private BigDecimal quantity(LoopNode n, String qualifier) {
        Segment qty = n.first("QTY", qualifier);
        if (qty == null) {
            return null;
        }
        usage.mark(qty, 1);
        return usage.decimal(qty, 2, n.loop().id());
    }

    /** 837P SV1. */
    private ProfessionalService professional(Segment sv1) {
        if (sv1 == null) {
            return null;
        }
        List<String> pointers = new ArrayList<>();
        for (int c = 1; c <= 4; c++) {
            String p = usage.component(sv1, 7, c);
            if (p != null) {
                pointers.add(p);
            }
        }
        return new ProfessionalService(usage.component(sv1, 1, 1), usage.component(sv1, 1, 2), modifiers(sv1, 1),
                usage.component(sv1, 1, 7), usage.decimal(sv1, 2, "2400"), usage.text(sv1, 3), usage.decimal(sv1, 4, "2400"),
                usage.text(sv1, 5), pointers, usage.text(sv1, 9), usage.text(sv1, 11), usage.text(sv1, 12),
                usage.text(sv1, 15));
    }

    /** 837I SV2. */
    private InstitutionalService institutional(Segment sv2) {
        if (sv2 == null) {
            return null;
        }
        return new InstitutionalService(usage.text(sv2, 1), usage.component(sv2, 2, 1), usage.component(sv2, 2, 2),
                modifiers(sv2, 2), usage.component(sv2, 2, 7), usage.decimal(sv2, 3, "2400"), usage.text(sv2, 4),
                usage.decimal(sv2, 5, "2400"), usage.decimal(sv2, 7, "2400"));
    }

    /** Components 3-6 of a procedure composite: the modifiers, in order. */
    private List<String> modifiers(Segment s, int element) {
        List<String> out = new ArrayList<>();
        for (int c = 3; c <= 6; c++) {
            String m = usage.component(s, element, c);
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }

    /** 2410: LIN, CTP, REF*VY / REF*XZ. */
    private Drug drug(LoopNode n) {
        Segment lin = n.first("LIN");
        Segment ctp = n.first("CTP");
        String link = null;
        String rx = null;
        for (Segment ref : n.all("REF")) {
            usage.mark(ref, 1);
            if (ref.elementEquals(1, "VY")) {
                link = usage.text(ref, 2);
            } else if (ref.elementEquals(1, "XZ")) {
                rx = usage.text(ref, 2);
            }
        }
        return new Drug(usage.text(lin, 2), usage.text(lin, 3), ctp == null ? null : usage.decimal(ctp, 4, "2410"),
                ctp == null ? null : usage.component(ctp, 5, 1), link, rx);
    }

    /** 2430: SVD, CAS, DTP*573, AMT*EAF. */
    private LineAdjudication adjudication(LoopNode n) {
        Segment svd = n.first("SVD");
        List<AdjustmentGroup> cas = cob.adjustments(n);
        String paid = null;
        Segment dtp = n.first("DTP", "573");
        if (dtp != null) {
            usage.mark(dtp, 1, 2);
            paid = usage.text(dtp, 3);
        }
        return new LineAdjudication(usage.text(svd, 1), usage.decimal(svd, 2, "2430"), usage.component(svd, 3, 1),
                usage.component(svd, 3, 2), modifiers(svd, 3), usage.component(svd, 3, 7), usage.text(svd, 4),
                usage.decimal(svd, 5, "2430"), usage.text(svd, 6), cas, paid, usage.amount(n, "EAF"));
    }
}
