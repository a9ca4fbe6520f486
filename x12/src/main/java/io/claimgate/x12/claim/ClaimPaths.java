package io.claimgate.x12.claim;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JSON field paths of the parts of a bound {@link Claim}, so that a rule over the model names the
 * field the sender wrote ({@code claimInformation.serviceLines[2].professionalService.procedureCode}).
 *
 * <p>Without the JSON tree (a claim built in code) the paths use the canonical spelling of the claim kind:
 * named provider objects, the professional {@code otherSubscriberInformation} array, the institutional
 * arrays of arrays split 12 per inner array. With the tree they follow what was sent: a provider from the
 * legacy {@code providers[]} array, {@code otherSubscriberInformation} as a single object, the line control
 * number's spelling, where each flattened diagnosis or procedure came from.
 */
final class ClaimPaths {
    private static final Map<ProviderRole, String> LINE_PROVIDERS = Map.of(
            ProviderRole.RENDERING, "renderingProvider", ProviderRole.REFERRING, "referringProvider",
            ProviderRole.SUPERVISING, "supervisingProvider", ProviderRole.ORDERING, "orderingProvider",
            ProviderRole.OPERATING, "operatingPhysician", ProviderRole.OTHER_OPERATING, "otherOperatingPhysician");
    private static final String INFO = "claimInformation";

    /** Where one diagnosis or procedure was read from: the object, its qualifier field and its code field. */
    record Slot(String object, String qualifierField, String codeField) {
        String qualifier() {
            return object + "." + qualifierField;
        }

        String code() {
            return object + "." + codeField;
        }
    }

    private final Claim claim;
    private final JsonNode root;
    /** Built on first use: most claims have no issue on a diagnosis or procedure. */
    private List<Slot> diagnoses;
    private List<Slot> procedures;

    private ClaimPaths(Claim claim, JsonNode root) {
        this.claim = claim;
        this.root = root;
    }

    private List<Slot> diagnoses() {
        if (diagnoses == null) {
            ClaimInformation info = claim.claimInformation();
            List<Diagnosis> dx = info == null ? List.of() : info.diagnoses();
            List<Slot> sentDx = root == null ? null : sentDiagnoses();
            diagnoses = sentDx != null && sentDx.size() == dx.size() ? sentDx : canonicalDiagnoses(dx);
        }
        return diagnoses;
    }

    private List<Slot> procedures() {
        if (procedures == null) {
            ClaimInformation info = claim.claimInformation();
            List<Procedure> px = info == null ? List.of() : info.procedures();
            List<Slot> sentPx = root == null ? null : sentProcedures();
            procedures = sentPx != null && sentPx.size() == px.size() ? sentPx : canonicalProcedures(px);
        }
        return procedures;
    }

    /** Paths in the canonical spelling of the claim's kind. */
    static ClaimPaths canonical(Claim claim) {
        return new ClaimPaths(claim, null);
    }

    /** Paths as {@code root}, the JSON the claim was bound from, spells them. */
    static ClaimPaths of(Claim claim, JsonNode root) {
        return new ClaimPaths(claim, root != null && root.isObject() ? root : null);
    }

    static String info(String field) {
        return INFO + "." + field;
    }

    /** The claim-level provider object in {@code role}: {@code billing}, or {@code providers[i]} when sent so. */
    String provider(ProviderRole role) {
        if (root != null && absent(root.get(role.jsonName()))) {
            JsonNode providers = root.get("providers");
            if (providers != null && providers.isArray()) {
                for (int i = 0; i < providers.size(); i++) {
                    if (role.providerType().equals(providers.get(i).path("providerType").asText())) {
                        return "providers[" + i + "]";
                    }
                }
            }
        }
        return role.jsonName();
    }

    static String line(int i) {
        return info("serviceLines[" + i + "]");
    }

    /** The line item control number (REF*6R) of line {@code i} in the spelling sent. */
    String lineControlNumber(int i) {
        JsonNode line = node(line(i));
        if (line != null) {
            for (String name : new String[] {"providerControlNumber", "lineItemControlNumber"}) {
                if (!absent(line.get(name))) {
                    return line(i) + "." + name;
                }
            }
            if (!absent(line.path("serviceLineReferenceInformation").get("providerControlNumber"))) {
                return line(i) + ".serviceLineReferenceInformation.providerControlNumber";
            }
        }
        return line(i) + (claim.kind() == ClaimKind.PROFESSIONAL ? ".providerControlNumber" : ".lineItemControlNumber");
    }

    /** The 2420x provider object of line {@code i} in {@code role}. */
    static String lineProvider(int i, ProviderRole role) {
        return line(i) + "." + LINE_PROVIDERS.getOrDefault(role, role.jsonName());
    }

    /** The 2310C/2310E service facility's NPI: {@code npi}, or the institutional {@code identificationCode}. */
    String facilityNpi() {
        String base = info("serviceFacilityLocation");
        JsonNode facility = node(base);
        if (facility != null) {
            if (!absent(facility.get("npi"))) {
                return base + ".npi";
            }
            if (!absent(facility.get("identificationCode"))) {
                return base + ".identificationCode";
            }
        }
        return base + (claim.kind() == ClaimKind.PROFESSIONAL ? ".npi" : ".identificationCode");
    }

    /** The 2320 object of the {@code i}th other payer. */
    String otherSubscriber(int i) {
        String base = info("otherSubscriberInformation");
        JsonNode cob = node(base);
        if (cob != null && cob.isObject() && i == 0) {
            return base;
        }
        return base + "[" + i + "]";
    }

    /** The claim-level CAS detail {@code d} of group {@code g} of other payer {@code i}. */
    String claimAdjustment(int i, int g, int d) {
        String group = otherSubscriber(i) + ".claimLevelAdjustments[" + g + "]";
        return group + "." + detailsName(group) + "[" + d + "]";
    }

    /** The 2430 object {@code j} of line {@code i} (professional array, or institutional lineAdjustmentInformation). */
    String lineAdjudication(int i, int j) {
        List<String> sent = entries(line(i), true, "lineAdjudicationInformation", "lineAdjustmentInformation");
        return j < sent.size() ? sent.get(j) : line(i) + ".lineAdjudicationInformation[" + j + "]";
    }

    /** The CAS detail {@code d} of group {@code g} of 2430 object {@code j} of line {@code i}. */
    String lineAdjustment(int i, int j, int g, int d) {
        String adjudication = lineAdjudication(i, j);
        List<String> groups = entries(adjudication, true, "claimAdjustmentInformation", "lineAdjustment",
                "claimAdjustment");
        String group = g < groups.size() ? groups.get(g) : adjudication + ".claimAdjustmentInformation[" + g + "]";
        return group + "." + detailsName(group) + "[" + d + "]";
    }

    /** Where the {@code i}th diagnosis of {@link ClaimInformation#diagnoses()} was sent. */
    Slot diagnosis(int i) {
        return diagnoses().get(i);
    }

    /** Where the {@code i}th procedure of {@link ClaimInformation#procedures()} was sent (837I). */
    Slot procedure(int i) {
        return procedures().get(i);
    }

    private String detailsName(String group) {
        JsonNode g = node(group);
        if (g != null && !absent(g.get("claimAdjustmentDetails"))) {
            return "claimAdjustmentDetails";
        }
        if (g != null && !absent(g.get("adjustmentDetails"))) {
            return "adjustmentDetails";
        }
        return claim.kind() == ClaimKind.PROFESSIONAL ? "adjustmentDetails" : "claimAdjustmentDetails";
    }

    private List<Slot> canonicalDiagnoses(List<Diagnosis> dx) {
        List<Slot> out = new ArrayList<>();
        int reason = 0;
        int external = 0;
        int other = 0;
        for (int i = 0; i < dx.size(); i++) {
            Diagnosis d = dx.get(i);
            if (claim.kind() == ClaimKind.PROFESSIONAL) {
                out.add(new Slot(info("healthCareCodeInformation[" + i + "]"), "diagnosisTypeCode", "diagnosisCode"));
            } else if (d.isPrincipal()) {
                out.add(new Slot(info("principalDiagnosis"), "qualifierCode", "principalDiagnosisCode"));
            } else if (d.isAdmitting()) {
                out.add(new Slot(info("admittingDiagnosis"), "qualifierCode", "admittingDiagnosisCode"));
            } else if (d.isReasonForVisit()) {
                out.add(new Slot(info("patientReasonForVisits[" + reason++ + "]"), "qualifierCode",
                        "patientReasonForVisitCode"));
            } else if (d.isExternalCause()) {
                out.add(new Slot(info("externalCauseOfInjuries[" + external++ + "]"), "qualifierCode",
                        "externalCauseOfInjury"));
            } else {
                out.add(new Slot(info("otherDiagnosisInformationList[" + other / 12 + "][" + other % 12 + "]"),
                        "qualifierCode", "otherDiagnosisCode"));
                other++;
            }
        }
        return out;
    }

    private static List<Slot> canonicalProcedures(List<Procedure> px) {
        List<Slot> out = new ArrayList<>();
        int other = 0;
        for (Procedure p : px) {
            if (p.isPrincipal() && out.isEmpty()) {
                out.add(new Slot(info("principalProcedureInformation"), "qualifierCode", "principalProcedureCode"));
            } else {
                out.add(new Slot(info("otherProcedureInformationList[" + other / 12 + "][" + other % 12 + "]"),
                        "qualifierCode", "otherProcedureCode"));
                other++;
            }
        }
        return out;
    }

    /** The slots in the order the binder flattens them; entries without a qualifier are not bound. */
    private List<Slot> sentDiagnoses() {
        List<Slot> out = new ArrayList<>();
        if (claim.kind() == ClaimKind.PROFESSIONAL) {
            slots(out, "healthCareCodeInformation", false, "diagnosisTypeCode", "diagnosisCode");
        } else {
            slots(out, "principalDiagnosis", true, "qualifierCode", "principalDiagnosisCode");
            slots(out, "admittingDiagnosis", true, "qualifierCode", "admittingDiagnosisCode");
            slots(out, "patientReasonForVisits", false, "qualifierCode", "patientReasonForVisitCode");
            slots(out, "externalCauseOfInjuries", false, "qualifierCode", "externalCauseOfInjury");
            slots(out, "otherDiagnosisInformationList", false, "qualifierCode", "otherDiagnosisCode");
        }
        return out;
    }

    private List<Slot> sentProcedures() {
        List<Slot> out = new ArrayList<>();
        if (claim.kind() == ClaimKind.INSTITUTIONAL) {
            slots(out, "principalProcedureInformation", true, "qualifierCode", "principalProcedureCode");
            slots(out, "otherProcedureInformationList", false, "qualifierCode", "otherProcedureCode");
        }
        return out;
    }

    private void slots(List<Slot> out, String name, boolean single, String qualifierField, String codeField) {
        for (String p : entries(INFO, single, name)) {
            JsonNode q = node(p).get(qualifierField);
            if (q != null && q.isValueNode() && !q.isNull()) {
                out.add(new Slot(p, qualifierField, codeField));
            }
        }
    }

    /**
     * The paths of the objects the binder reads from fields {@code names} of the object at {@code parent}:
     * a lone object (when {@code single}), array entries, and entries of inner arrays, as JsonFields does.
     */
    private List<String> entries(String parent, boolean single, String... names) {
        List<String> out = new ArrayList<>();
        JsonNode p = node(parent);
        if (p == null) {
            return out;
        }
        for (String name : names) {
            JsonNode v = p.get(name);
            String base = parent + "." + name;
            if (v == null) {
                continue;
            }
            if (v.isObject() && single) {
                out.add(base);
            } else if (v.isArray()) {
                for (int i = 0; i < v.size(); i++) {
                    JsonNode e = v.get(i);
                    if (e.isArray()) {
                        for (int j = 0; j < e.size(); j++) {
                            if (e.get(j).isObject()) {
                                out.add(base + "[" + i + "][" + j + "]");
                            }
                        }
                    } else if (e.isObject()) {
                        out.add(base + "[" + i + "]");
                    }
                }
            }
        }
        return out;
    }

    /** The node at a path of this class's own making (names and [i] indexes), or null. */
    private JsonNode node(String path) {
        if (root == null) {
            return null;
        }
        JsonNode n = root;
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            String name = bracket < 0 ? part : part.substring(0, bracket);
            n = n.get(name);
            while (n != null && bracket >= 0) {
                int close = part.indexOf(']', bracket);
                n = n.get(Integer.parseInt(part.substring(bracket + 1, close)));
                bracket = part.indexOf('[', close);
            }
            if (n == null) {
                return null;
            }
        }
        return n;
    }

    private static boolean absent(JsonNode v) {
        return v == null || v.isNull();
    }
}
