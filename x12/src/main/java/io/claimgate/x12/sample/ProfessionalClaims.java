package io.claimgate.x12.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds one generated 837P claim (CHC Professional Claims v3 JSON). */
final class ProfessionalClaims {
    private static final List<String> PLACES_OF_SERVICE = List.of(
            "11", "11", "11", "11", "11", "11", "22", "10", "02", "21", "23", "81", "12", "19", "24");

    private final Pick pick;
    private final Parties parties;
    private final Cob cob;

    ProfessionalClaims(Pick pick) {
        this.pick = pick;
        this.parties = new Parties(pick);
        this.cob = new Cob(pick);
    }

    ObjectNode claim(int index, ClaimShape shape) {
        ObjectNode root = Parties.object();
        Pools.Payer payer = shape.medicare() ? Pools.PAYERS.get(7) : shape.payer();
        root.put("controlNumber", String.format("%09d", index % 999_999_999 + 1));
        root.put("tradingPartnerServiceId", payer.id());
        root.put("tradingPartnerName", payer.name());
        root.put("usageIndicator", "T");
        root.set("submitter", ClaimGenerator.submitter(true));
        root.putObject("receiver").put("organizationName", payer.name());
        ObjectNode subscriber = parties.subscriber(payer, shape.level(), shape.subscriberBirth(), pick.one(Pools.LAST_NAMES));
        root.set("subscriber", subscriber);
        if (shape.dependent()) {
            root.set("dependent", parties.dependent(subscriber, shape.subscriberBirth(), shape.serviceDate()));
        }
        Parties.Organization org = pick.one(Parties.PROFESSIONAL_BILLING);
        root.set("billing", Parties.billing(org, true));
        boolean anesthesia = pick.chance(0.03);
        if (pick.chance(0.75) || anesthesia) {
            root.set("rendering", parties.person("RenderingProvider", anesthesia ? "207L00000X" : org.taxonomy()));
        }
        if (pick.chance(0.15)) {
            root.set("referring", parties.person("ReferringProvider", null));
        }
        if (pick.chance(0.05)) {
            root.set("supervising", parties.person("SupervisingProvider", null));
        }
        if (pick.chance(0.1)) {
            root.set("payToAddress", Parties.address("PO BOX " + pick.between(1000, 99999), org.place(), pick.digits(4)));
        }

        ObjectNode info = Parties.object();
        String pos = anesthesia ? "22" : pick.one(PLACES_OF_SERVICE);
        info.put("claimFilingCode", payer.professionalFiling());
        info.put("patientControlNumber", "P" + shape.controlSuffix());
        info.put("claimChargeAmount", "0");
        info.put("placeOfServiceCode", pos);
        info.put("claimFrequencyCode", shape.frequency());
        info.put("signatureIndicator", "Y");
        info.put("planParticipationCode", "A");
        info.put("benefitsAssignmentCertificationIndicator", "Y");
        info.put("releaseInformationCode", "Y");
        ObjectNode supplemental = Parties.object();
        if (shape.controlNumberOfOriginal() != null) {
            supplemental.put("claimControlNumber", shape.controlNumberOfOriginal());
        }
        if (pick.chance(0.1)) {
            supplemental.put("priorAuthorizationNumber", "PA" + pick.digits(8));
        }
        if (pick.chance(0.05)) {
            supplemental.put("referralNumber", "RF" + pick.digits(7));
        }
        if (!supplemental.isEmpty()) {
            info.set("claimSupplementalInformation", supplemental);
        }
        if (pick.chance(0.03)) {
            info.putArray("relatedCausesCode").add("AA");
            info.put("autoAccidentStateCode", org.place().state());
            info.putObject("claimDateInformation").put("accidentDate", Pick.d8(shape.serviceDate().minusDays(pick.between(1, 20))));
        }

        int dxCount = pick.between(1, 12);
        List<String> diagnoses = pick.distinct(Pools.DIAGNOSES, dxCount);
        ArrayNode hi = info.putArray("healthCareCodeInformation");
        for (int i = 0; i < diagnoses.size(); i++) {
            ObjectNode d = hi.addObject();
            d.put("diagnosisTypeCode", i == 0 ? "ABK" : "ABF");
            d.put("diagnosisCode", diagnoses.get(i));
        }
        if (List.of("21", "22", "23", "24").contains(pos) || pick.chance(0.05)) {
            ObjectNode facility = Parties.object();
            Parties.Organization f = pick.one(Parties.FACILITIES);
            facility.put("organizationName", f.name());
            facility.put("npi", f.npi());
            facility.set("address", Parties.address(f.street(), f.place(), f.plus4()));
            info.set("serviceFacilityLocation", facility);
        }

        int lineCount = anesthesia ? 1 : lineCount();
        ArrayNode lines = Parties.NODES.arrayNode();
        BigDecimal total = BigDecimal.ZERO;
        List<ObjectNode> lineNodes = new ArrayList<>();
        for (int i = 0; i < lineCount; i++) {
            ObjectNode line = anesthesia ? anesthesiaLine(shape.serviceDate(), diagnoses.size())
                    : line(shape.serviceDate().plusDays(lineCount > 4 ? pick.between(0, 6) : 0), diagnoses.size(), pos);
            line.put("providerControlNumber", "L" + (i + 1));
            total = total.add(new BigDecimal(line.get("professionalService").get("lineItemChargeAmount").asText()));
            lineNodes.add(line);
        }
        if (!shape.priorPayers().isEmpty()) {
            addCob(info, subscriber, lineNodes, total, shape);
        }
        lineNodes.forEach(lines::add);
        info.put("claimChargeAmount", total.toPlainString());
        info.set("serviceLines", lines);
        root.set("claimInformation", info);
        return root;
    }

    private int lineCount() {
        double r = pick.between(0, 99);
        if (r < 40) {
            return 1;
        }
        if (r < 65) {
            return 2;
        }
        if (r < 85) {
            return pick.between(3, 4);
        }
        return pick.between(5, 12);
    }

    private ObjectNode line(LocalDate date, int diagnosisCount, String pos) {
        ObjectNode line = Parties.object();
        line.put("serviceDate", Pick.d8(date));
        ObjectNode svc = line.putObject("professionalService");
        svc.put("procedureIdentifier", "HC");
        BigDecimal charge;
        String units = "1";
        if (pick.chance(0.08)) {
            Pools.Drug drug = pick.one(Pools.DRUGS);
            svc.put("procedureCode", drug.hcpcs());
            units = String.valueOf(drug.units());
            charge = drug.unitCharge().multiply(BigDecimal.valueOf(drug.units()));
            ObjectNode ndc = line.putObject("drugIdentification");
            ndc.put("serviceIdQualifier", "N4");
            ndc.put("nationalDrugCode", drug.ndc());
            ndc.put("nationalDrugUnitCount", drug.ndcQuantity());
            ndc.put("measurementUnitCode", drug.ndcUnit());
        } else {
            Pools.Procedure p = pick.one(Pools.OFFICE);
            svc.put("procedureCode", p.code());
            List<String> modifiers = new ArrayList<>();
            if (!p.modifiers().isEmpty() && pick.chance(0.6)) {
                modifiers.add(pick.one(p.modifiers()));
            }
            if (("10".equals(pos) || "02".equals(pos)) && pick.chance(0.5)) {
                modifiers.add("95");
            }
            if (pick.chance(0.05) && !modifiers.contains("59")) {
                modifiers.add("XS");
            }
            if (!modifiers.isEmpty()) {
                ArrayNode m = svc.putArray("procedureModifiers");
                modifiers.forEach(m::add);
            }
            if (p.code().startsWith("97") && pick.chance(0.5)) {
                units = String.valueOf(pick.between(2, 4));
            }
            charge = pick.around(p.charge()).multiply(new BigDecimal(units));
        }
        svc.put("lineItemChargeAmount", charge.toPlainString());
        svc.put("measurementUnit", "UN");
        svc.put("serviceUnitCount", units);
        pointers(svc, diagnosisCount);
        return line;
    }

    private ObjectNode anesthesiaLine(LocalDate date, int diagnosisCount) {
        ObjectNode line = Parties.object();
        line.put("serviceDate", Pick.d8(date));
        ObjectNode svc = line.putObject("professionalService");
        svc.put("procedureIdentifier", "HC");
        svc.put("procedureCode", pick.one(Pools.ANESTHESIA));
        svc.putArray("procedureModifiers").add("AA").add(pick.one("P1", "P2", "P3"));
        int minutes = pick.between(25, 240);
        svc.put("lineItemChargeAmount", BigDecimal.valueOf(minutes).multiply(new BigDecimal("15.50")).toPlainString());
        svc.put("measurementUnit", "MJ");
        svc.put("serviceUnitCount", String.valueOf(minutes));
        pointers(svc, diagnosisCount);
        return line;
    }

    private void pointers(ObjectNode svc, int diagnosisCount) {
        List<String> all = new ArrayList<>();
        for (int i = 1; i <= diagnosisCount; i++) {
            all.add(String.valueOf(i));
        }
        List<String> chosen = new ArrayList<>(List.of("1"));
        chosen.addAll(pick.distinct(all.subList(1, all.size()), pick.between(0, Math.min(3, diagnosisCount - 1))));
        if (pick.chance(0.3)) {
            chosen.remove(0);
            if (chosen.isEmpty()) {
                chosen.add("1");
            }
        }
        ArrayNode p = svc.putObject("compositeDiagnosisCodePointers").putArray("diagnosisCodePointers");
        chosen.forEach(p::add);
    }

    /** Secondary/tertiary: prior payers adjudicated at claim level, or (secondary only) line by line. */
    private void addCob(ObjectNode info, ObjectNode subscriber, List<ObjectNode> lines, BigDecimal total,
                        ClaimShape shape) {
        ArrayNode others = info.putArray("otherSubscriberInformation");
        LocalDate paidDate = shape.serviceDate().plusDays(pick.between(14, 40));
        List<Pools.Payer> priors = shape.priorPayers();
        boolean lineLevel = priors.size() == 1 && pick.chance(0.5);
        if (lineLevel) {
            Pools.Payer prior = priors.get(0);
            BigDecimal paidTotal = BigDecimal.ZERO;
            for (ObjectNode line : lines) {
                ObjectNode svc = (ObjectNode) line.get("professionalService");
                Cob.Split s = cob.split(new BigDecimal(svc.get("lineItemChargeAmount").asText()));
                paidTotal = paidTotal.add(s.paid());
                line.putArray("lineAdjudicationInformation").add(Cob.lineAdjudication(prior.id(),
                        svc.get("procedureCode").asText(), svc.get("serviceUnitCount").asText(), s, paidDate));
            }
            others.add(cob.otherSubscriber(prior, "P", true, subscriber, paidTotal, null, paidDate));
            return;
        }
        String[] levels = {"P", "S"};
        BigDecimal remaining = total;
        for (int i = 0; i < priors.size(); i++) {
            Cob.Split s = cob.split(remaining);
            BigDecimal priorPaid = total.subtract(remaining);
            ArrayNode cas = Cob.adjustments(s, "adjustmentDetails");
            if (priorPaid.signum() > 0) {
                cas.add(Cob.group("OA", "23", priorPaid, "adjustmentDetails"));
            }
            others.add(cob.otherSubscriber(priors.get(i), levels[i], true, subscriber, s.paid(), cas,
                    paidDate.plusDays(i * 14L)));
            remaining = remaining.subtract(s.paid());
        }
    }
}
