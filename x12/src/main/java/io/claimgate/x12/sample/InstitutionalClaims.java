package io.claimgate.x12.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds one generated 837I claim (CHC Institutional Claims v1 JSON): inpatient, outpatient or lab. */
final class InstitutionalClaims {
    private final Pick pick;
    private final Parties parties;
    private final Cob cob;

    InstitutionalClaims(Pick pick) {
        this.pick = pick;
        this.parties = new Parties(pick);
        this.cob = new Cob(pick);
    }

    ObjectNode claim(int index, ClaimShape shape) {
        ObjectNode root = Parties.object();
        Pools.Payer payer = shape.medicare() ? Pools.PAYERS.get(8) : shape.payer();
        root.put("controlNumber", String.format("%09d", index % 999_999_999 + 1));
        root.put("tradingPartnerServiceId", payer.id());
        root.put("tradingPartnerName", payer.name());
        root.put("usageIndicator", "T");
        root.set("submitter", ClaimGenerator.submitter(false));
        root.putObject("receiver").put("organizationName", payer.name());
        ObjectNode subscriber = parties.subscriber(payer, shape.level(), shape.subscriberBirth(), pick.one(Pools.LAST_NAMES));
        root.set("subscriber", subscriber);
        if (shape.dependent()) {
            root.set("dependent", parties.dependent(subscriber, shape.subscriberBirth(), shape.serviceDate()));
        }
        Parties.Organization org = pick.one(Parties.FACILITIES);
        root.set("billing", Parties.billing(org, false));
        root.set("attending", parties.person(null, pick.one("207R00000X", "207Q00000X", "207P00000X", "208M00000X")));

        int r = pick.between(0, 99);
        String facility = r < 35 ? "11" : r < 85 ? "13" : r < 93 ? "14" : "85";
        ObjectNode info = Parties.object();
        info.put("claimFilingCode", payer.institutionalFiling());
        info.put("patientControlNumber", "I" + shape.controlSuffix());
        info.put("claimChargeAmount", "0");
        info.put("placeOfServiceCode", facility);
        info.put("claimFrequencyCode", shape.frequency());
        info.put("planParticipationCode", "A");
        info.put("benefitsAssignmentCertificationIndicator", "Y");
        info.put("releaseInformationCode", "Y");
        if (shape.controlNumberOfOriginal() != null) {
            info.putObject("claimSupplementalInformation").put("claimControlNumber", shape.controlNumberOfOriginal());
        }
        List<ObjectNode> lines = "11".equals(facility) ? inpatient(root, info, shape) : outpatient(info, shape, facility);
        BigDecimal total = BigDecimal.ZERO;
        ArrayNode lineArray = Parties.NODES.arrayNode();
        for (int i = 0; i < lines.size(); i++) {
            ObjectNode line = lines.get(i);
            line.put("lineItemControlNumber", "R" + (i + 1));
            total = total.add(new BigDecimal(line.get("institutionalService").get("lineItemChargeAmount").asText()));
            lineArray.add(line);
        }
        info.put("claimChargeAmount", total.toPlainString());
        if (!shape.priorPayers().isEmpty()) {
            // 837I: otherSubscriberInformation is a single object (one prior payer), adjudicated at claim level.
            Cob.Split s = cob.split(total);
            info.set("otherSubscriberInformation", cob.otherSubscriber(shape.priorPayers().get(0), "P", false, subscriber,
                    s.paid(), Cob.adjustments(s, "claimAdjustmentDetails"), shape.serviceDate().plusDays(pick.between(20, 45))));
        }
        info.set("serviceLines", lineArray);
        root.set("claimInformation", info);
        return root;
    }

    private List<ObjectNode> inpatient(ObjectNode root, ObjectNode info, ClaimShape shape) {
        LocalDate admit = shape.serviceDate();
        int stay = pick.between(1, 9);
        LocalDate discharge = admit.plusDays(stay);
        ObjectNode dates = info.putObject("claimDateInformation");
        dates.put("admissionDateAndHour", Pick.d8(admit) + String.format("%02d%02d", pick.between(0, 23), pick.one(0, 15, 30, 45)));
        dates.put("statementBeginDate", Pick.d8(admit));
        dates.put("statementEndDate", Pick.d8(discharge));
        dates.put("dischargeHour", String.format("%02d%02d", pick.between(8, 18), pick.one(0, 15, 30, 45)));
        String type = pick.one("1", "1", "2", "3");
        ObjectNode codes = info.putObject("claimCodeInformation");
        codes.put("admissionTypeCode", type);
        codes.put("admissionSourceCode", "3".equals(type) ? pick.one("1", "2") : pick.one("1", "1", "2", "4"));
        codes.put("patientStatusCode", pick.one("01", "01", "01", "06", "03", "62"));

        Pools.InpatientCase c = pick.one(Pools.INPATIENT_CASES);
        ObjectNode principal = info.putObject("principalDiagnosis");
        principal.put("qualifierCode", "ABK");
        principal.put("principalDiagnosisCode", c.principal());
        principal.put("presentOnAdmissionIndicator", "Y");
        ObjectNode admitting = info.putObject("admittingDiagnosis");
        admitting.put("qualifierCode", "ABJ");
        admitting.put("admittingDiagnosisCode", c.admitting());
        List<String> others = pick.distinct(Pools.INPATIENT_OTHER, pick.between(0, 8));
        others.remove(c.principal());
        if (!others.isEmpty()) {
            ArrayNode group = info.putArray("otherDiagnosisInformationList").addArray();
            for (String code : others) {
                ObjectNode d = group.addObject();
                d.put("qualifierCode", "ABF");
                d.put("otherDiagnosisCode", code);
                if (!code.startsWith("Z")) { // Z codes here are POA-exempt: nothing reported
                    d.put("presentOnAdmissionIndicator", pick.one("Y", "Y", "Y", "N", "U", "W"));
                }
            }
        }
        info.putObject("diagnosisRelatedGroupInformation").put("drugRelatedGroupCode", c.drg());
        if (!c.procedures().isEmpty()) {
            LocalDate procedureDate = admit.plusDays(pick.between(0, Math.min(1, stay)));
            ObjectNode p = info.putObject("principalProcedureInformation");
            p.put("qualifierCode", "BBR");
            p.put("principalProcedureCode", c.procedures().get(0));
            p.put("principalProcedureDate", Pick.d8(procedureDate));
            if (c.procedures().size() > 1) {
                ArrayNode group = info.putArray("otherProcedureInformationList").addArray();
                for (String code : c.procedures().subList(1, c.procedures().size())) {
                    ObjectNode o = group.addObject();
                    o.put("qualifierCode", "BBQ");
                    o.put("otherProcedureCode", code);
                    o.put("otherProcedureDate", Pick.d8(procedureDate));
                }
            }
            root.set("operatingPhysician", parties.person(null, null));
        }
        if (pick.chance(0.5)) {
            ObjectNode o = info.putArray("occurrenceInformationList").addArray().addObject();
            o.put("occurrenceSpanCode", "11");
            o.put("occurrenceSpanCodeDate", Pick.d8(admit.minusDays(pick.between(0, 5))));
        }
        if (pick.chance(0.1)) {
            ObjectNode s = info.putArray("occurrenceSpanInformations").addArray().addObject();
            LocalDate priorEnd = admit.minusDays(pick.between(10, 55));
            s.put("occurrenceSpanCode", "71");
            s.put("occurrenceSpanCodeStartDate", Pick.d8(priorEnd.minusDays(pick.between(1, 6))));
            s.put("occurrenceSpanCodeEndDate", Pick.d8(priorEnd));
        }
        ObjectNode covered = info.putArray("valueInformationList").addArray().addObject();
        covered.put("valueCode", "80");
        covered.put("valueCodeAmount", String.valueOf(stay));
        if (shape.medicare() && pick.chance(0.5)) {
            info.putArray("conditionCodesList").addArray().addObject().put("conditionCode", "09");
        }

        List<ObjectNode> lines = new ArrayList<>();
        String room = stay > 4 && pick.chance(0.2) ? "0200" : pick.one("0120", "0121", "0111");
        BigDecimal rate = "0200".equals(room) ? new BigDecimal("4800.00") : new BigDecimal(pick.one("1850.00", "2150.00", "2600.00"));
        ObjectNode roomLine = line(admit, room, null, List.of(), rate.multiply(BigDecimal.valueOf(stay)), String.valueOf(stay), "DA");
        roomLine.put("serviceDateEnd", Pick.d8(discharge));
        lines.add(roomLine);
        for (Pools.RevenueLine l : pick.distinct(Pools.INPATIENT, pick.between(0, 11))) {
            lines.add(line(admit.plusDays(pick.between(0, stay)), l.revenueCode(), l.hcpcs(), List.of(),
                    pick.around(l.charge()), String.valueOf(pick.between(1, 6)), "UN"));
        }
        return lines;
    }

    private List<ObjectNode> outpatient(ObjectNode info, ClaimShape shape, String facility) {
        LocalDate date = shape.serviceDate();
        boolean series = "13".equals(facility) && pick.chance(0.15);
        LocalDate end = series ? date.plusDays(pick.between(7, 27)) : date;
        ObjectNode dates = info.putObject("claimDateInformation");
        dates.put("statementBeginDate", Pick.d8(date));
        dates.put("statementEndDate", Pick.d8(end));
        ObjectNode codes = info.putObject("claimCodeInformation");
        boolean lab = "14".equals(facility);
        String type = lab ? "9" : pick.one("1", "2", "3");
        codes.put("admissionTypeCode", type);
        if (!lab) {
            codes.put("admissionSourceCode", "3".equals(type) ? "2" : "1");
        }
        codes.put("patientStatusCode", "01");
        List<String> dx = pick.distinct(Pools.DIAGNOSES, pick.between(1, 6));
        ObjectNode principal = info.putObject("principalDiagnosis");
        principal.put("qualifierCode", "ABK");
        principal.put("principalDiagnosisCode", dx.get(0));
        if ("1".equals(type) || "2".equals(type)) {
            ObjectNode reason = info.putArray("patientReasonForVisits").addObject();
            reason.put("qualifierCode", "APR");
            reason.put("patientReasonForVisitCode", dx.get(0));
        }
        if (dx.size() > 1) {
            ArrayNode group = info.putArray("otherDiagnosisInformationList").addArray();
            for (String code : dx.subList(1, dx.size())) {
                group.addObject().put("qualifierCode", "ABF").put("otherDiagnosisCode", code);
            }
        }
        List<Pools.RevenueLine> pool = lab
                ? Pools.OUTPATIENT.stream().filter(l -> l.revenueCode().startsWith("030")).toList()
                : Pools.OUTPATIENT;
        int count = lab ? pick.between(1, 4) : pick.between(1, 12);
        List<ObjectNode> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Pools.RevenueLine l = pick.one(pool);
            List<String> modifiers = !l.modifiers().isEmpty() && pick.chance(0.7) ? List.of(pick.one(l.modifiers())) : List.of();
            LocalDate on = series ? pick.date(date, (int) (end.toEpochDay() - date.toEpochDay())) : date;
            ObjectNode line = line(on, l.revenueCode(), l.hcpcs(), modifiers, pick.around(l.charge()), "1", "UN");
            if ("0636".equals(l.revenueCode()) || pick.chance(0.04) && !lab) {
                addDrug(line);
            }
            lines.add(line);
        }
        return lines;
    }

    private void addDrug(ObjectNode line) {
        Pools.Drug drug = pick.one(Pools.DRUGS);
        ObjectNode svc = (ObjectNode) line.get("institutionalService");
        svc.put("serviceLineRevenueCode", "0636");
        svc.put("procedureIdentifier", "HC");
        svc.put("procedureCode", drug.hcpcs());
        svc.remove("procedureModifiers");
        svc.put("lineItemChargeAmount", drug.unitCharge().multiply(BigDecimal.valueOf(drug.units())).multiply(new BigDecimal("3")).toPlainString());
        svc.put("serviceUnitCount", String.valueOf(drug.units()));
        ObjectNode ndc = line.putObject("drugIdentification");
        ndc.put("serviceIdQualifier", "N4");
        ndc.put("nationalDrugCode", drug.ndc());
        ndc.put("nationalDrugUnitCount", drug.ndcQuantity());
        ndc.put("measurementUnitCode", drug.ndcUnit());
    }

    private static ObjectNode line(LocalDate date, String revenue, String hcpcs, List<String> modifiers, BigDecimal charge,
                                   String units, String unit) {
        ObjectNode line = Parties.object();
        line.put("serviceDate", Pick.d8(date));
        ObjectNode svc = line.putObject("institutionalService");
        svc.put("serviceLineRevenueCode", revenue);
        if (hcpcs != null) {
            svc.put("procedureIdentifier", "HC");
            svc.put("procedureCode", hcpcs);
            if (!modifiers.isEmpty()) {
                ArrayNode m = svc.putArray("procedureModifiers");
                modifiers.forEach(m::add);
            }
        }
        svc.put("lineItemChargeAmount", charge.toPlainString());
        svc.put("measurementUnit", unit);
        svc.put("serviceUnitCount", units);
        return line;
    }
}
