package io.claimgate.gateway.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimgate.gateway.intake.ClaimIntakeService;
import io.claimgate.gateway.intake.IntakeResult;
import io.claimgate.gateway.store.Caller;
import io.claimgate.x12.claim.Claim;
import io.claimgate.x12.claim.ClaimIssue;
import io.claimgate.x12.claim.ClaimKind;
import io.claimgate.x12.claim.ServiceLine;
import java.io.IOException;
import java.time.Clock;
import java.util.List;

/**
 * Drop-in endpoints for clients of the Change Healthcare claims API (Professional Claims v3,
 * Institutional Claims v1, as Stedi also serves them): {@code .../submission} validates and stores,
 * {@code .../validation} only validates. Answers in that API's response shape
 * ({@code ClaimsSubmissionResponseContent}), so a client's parser reads ours unchanged:
 * <ul>
 * <li>200: {@code status} SUCCESS, {@code httpStatusCode} "200 OK", {@code controlNumber},
 *     {@code tradingPartnerServiceId}, {@code claimReference} (our claim id as {@code correlationId},
 *     {@code rhclaimNumber} and {@code customerClaimNumber}; {@code patientControlNumber}, {@code payerId},
 *     {@code claimType} PRO or INS, {@code formatVersion} 5010, {@code timeOfResponse},
 *     {@code serviceLines[].lineItemControlNumber}), {@code payer} {payerName, payerId}, {@code meta}
 *     {submitterId, traceId}, {@code editStatus}, an empty {@code errors[]} and {@code warnings[]}
 *     {code, description, field, location}.</li>
 * <li>400 (the claim fails the edits): {@code status} ERROR, {@code httpStatusCode} "400 BAD_REQUEST",
 *     {@code code} INVALID_CLAIM, {@code message}, and {@code errors[]} of {field, value, code, description, followupAction, location}
 *     where {@code field} and {@code location} are the JSON path (CHC put the path in {@code field}, Stedi
 *     in {@code location}) and {@code value} the offending value as sent, when there is one. Warnings stay
 *     out of {@code errors[]} (a client treats any entry there as a rejection).</li>
 * <li>409 (another original claim with this patient control number and other content, beyond what intake
 *     repairs): the same shape with {@code code} DUPLICATE_CLAIM, {@code followupAction} "Resubmission Not
 *     Allowed", and in {@code field}/{@code location} the path of a field that differs.</li>
 * </ul>
 */
final class ChangeHealthcareApi {
    private static final String CORRECT_AND_RESUBMIT = "Please Correct and Resubmit";

    private final ClaimIntakeService intake;
    private final Clock clock;

    ChangeHealthcareApi(ClaimIntakeService intake, Clock clock) {
        this.intake = intake;
        this.clock = clock;
    }

    ApiResponse submit(Caller caller, ClaimKind kind, ApiRequest request) {
        IntakeResult r = intake.submit(caller.submitterId(), kind, request.body(), ClaimApi.cause(request, caller));
        if (r instanceof IntakeResult.Invalid invalid) {
            return errors(request, caller, invalid.issues());
        }
        if (r instanceof IntakeResult.Conflict conflict) {
            JsonNode tree = tree(request);
            ObjectNode body = errorBody(tree, request, caller, "409 CONFLICT", "DUPLICATE_CLAIM");
            String description = "An original claim with this patient control number and other content "
                    + where(conflict.field()) + "was already received; send a replacement (frequency 7) or void (8).";
            body.put("message", description);
            // The field that differs from the original (the patient control number when the kind differs).
            String field = conflict.field().isEmpty() ? "claimInformation.patientControlNumber" : conflict.field();
            ObjectNode e = body.putArray("errors").addObject();
            e.put("field", field);
            JsonNode value = valueAt(tree, field);
            if (value != null && value.isValueNode()) {
                e.put("value", value.asText());
            }
            e.put("code", "DUPLICATE_CLAIM");
            e.put("description", description);
            e.put("followupAction", "Resubmission Not Allowed");
            e.put("location", field);
            body.putArray("warnings");
            return ApiResponse.json(409, body).forClaim(conflict.existingClaimId());
        }
        IntakeResult.Stored stored = (IntakeResult.Stored) r;
        ObjectNode body = success(kind, stored.claim(), stored.stored().id(), request, caller, stored.warnings());
        return ApiResponse.json(200, body).forClaim(stored.stored().id());
    }

    /** "(at {field}) " naming where a resend differs from the original, "(of the other kind) " for "". */
    static String where(String field) {
        return field.isEmpty() ? "(of the other claim kind) " : "(at " + field + ") ";
    }

    ApiResponse validate(Caller caller, ClaimKind kind, ApiRequest request) {
        IntakeResult r = intake.validate(kind, request.body());
        if (r instanceof IntakeResult.Invalid invalid) {
            return errors(request, caller, invalid.issues());
        }
        IntakeResult.Valid valid = (IntakeResult.Valid) r;
        return ApiResponse.json(200, success(kind, valid.claim(), null, request, caller, valid.warnings()));
    }

    private ObjectNode success(ClaimKind kind, Claim claim, String claimId, ApiRequest request, Caller caller,
                               List<ClaimIssue> warnings) {
        ObjectNode body = ApiResponse.JSON.createObjectNode();
        body.put("status", "SUCCESS");
        body.put("httpStatusCode", "200 OK");
        putIfPresent(body, "controlNumber", claim.controlNumber());
        body.put("tradingPartnerServiceId", claim.tradingPartnerServiceId());
        ObjectNode ref = body.putObject("claimReference");
        if (claimId != null) {
            ref.put("correlationId", claimId);
            ref.put("rhclaimNumber", claimId);
            ref.put("customerClaimNumber", claimId);
        }
        ref.put("submitterId", caller.submitterId());
        ref.put("patientControlNumber", claim.claimInformation().patientControlNumber());
        ref.put("timeOfResponse", clock.instant().toString());
        ref.put("claimType", kind == ClaimKind.PROFESSIONAL ? "PRO" : "INS");
        ref.put("formatVersion", "5010");
        ref.put("payerId", claim.tradingPartnerServiceId());
        ref.put("payerID", claim.tradingPartnerServiceId());
        ArrayNode lines = ref.putArray("serviceLines");
        for (ServiceLine line : claim.claimInformation().serviceLines()) {
            ObjectNode l = lines.addObject();
            putIfPresent(l, "lineItemControlNumber", line.lineItemControlNumber());
        }
        ObjectNode payer = body.putObject("payer");
        putIfPresent(payer, "payerName", claim.tradingPartnerName());
        payer.put("payerId", claim.tradingPartnerServiceId());
        payer.put("payerID", claim.tradingPartnerServiceId());
        meta(body, request, caller);
        body.put("editStatus", "SUCCESS");
        body.putArray("errors");
        warnings(body.putArray("warnings"), warnings);
        return body;
    }

    private static ApiResponse errors(ApiRequest request, Caller caller, List<ClaimIssue> issues) {
        JsonNode tree = tree(request);
        ObjectNode body = errorBody(tree, request, caller, "400 BAD_REQUEST", "INVALID_CLAIM");
        List<ClaimIssue> errors = issues.stream().filter(i -> i.severity() == ClaimIssue.Severity.ERROR).toList();
        List<ClaimIssue> warnings = issues.stream().filter(i -> i.severity() != ClaimIssue.Severity.ERROR).toList();
        body.put("message", summary(errors));
        errors(body.putArray("errors"), errors, tree);
        warnings(body.putArray("warnings"), warnings);
        return ApiResponse.json(400, body);
    }

    /**
     * The fields every error answer carries: status, the HTTP status as text, what the request named, and the
     * top-level {@code code} every CHC-shaped error has ({@link ChangeHealthcareErrors}: the /v1 problem type
     * in capitals, {@code INVALID_CLAIM} for the edits, {@code DUPLICATE_CLAIM} for the conflict).
     */
    private static ObjectNode errorBody(JsonNode tree, ApiRequest request, Caller caller, String statusText,
                                        String code) {
        ObjectNode body = ApiResponse.JSON.createObjectNode();
        body.put("status", "ERROR");
        body.put("httpStatusCode", statusText);
        for (String field : new String[] {"controlNumber", "tradingPartnerServiceId"}) {
            JsonNode v = tree == null ? null : tree.get(field);
            if (v != null && v.isValueNode() && !v.isNull()) {
                body.put(field, v.asText());
            }
        }
        body.put("code", code);
        meta(body, request, caller);
        body.put("editStatus", "ERROR");
        return body;
    }

    private static void meta(ObjectNode body, ApiRequest request, Caller caller) {
        ObjectNode meta = body.putObject("meta");
        meta.put("submitterId", caller.submitterId());
        meta.put("traceId", request.requestId());
    }

    /**
     * One entry per error. {@code value} is the value the client sent at the issue's path (scalars only); it
     * goes back to the same client in the answer and is never logged.
     */
    private static void errors(ArrayNode out, List<ClaimIssue> errors, JsonNode tree) {
        for (ClaimIssue i : errors) {
            ObjectNode e = out.addObject();
            e.put("field", i.path());
            JsonNode v = valueAt(tree, i.path());
            if (v != null) {
                e.put("value", v.isNumber() && v.isBigDecimal() ? v.decimalValue().toPlainString() : v.asText());
            }
            e.put("code", i.code().name());
            e.put("description", i.message());
            e.put("followupAction", CORRECT_AND_RESUBMIT);
            e.put("location", i.path());
        }
    }

    /** Warnings as the API's {@code ClaimsWarning} {code, description}, with the path as field and location. */
    private static void warnings(ArrayNode out, List<ClaimIssue> warnings) {
        for (ClaimIssue i : warnings) {
            ObjectNode w = out.addObject();
            w.put("field", i.path());
            w.put("code", i.code().name());
            w.put("description", i.message());
            w.put("location", i.path());
        }
    }

    private static String summary(List<ClaimIssue> errors) {
        if (errors.isEmpty()) {
            return "the claim was not accepted";
        }
        ClaimIssue first = errors.get(0);
        String where = first.path().isEmpty() ? "" : first.path() + ": ";
        return errors.size() + (errors.size() == 1 ? " error: " : " errors, the first: ") + where + first.message();
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    /** The request body as JSON, or null when it is not JSON (the issues say so). */
    private static JsonNode tree(ApiRequest request) {
        try {
            return request.body().length == 0 ? null : ApiResponse.JSON.readTree(request.body());
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The scalar at a claim issue path ({@code claimInformation.serviceLines[0].professionalService.procedureCode},
     * {@code ...otherDiagnosisInformationList[0][1].otherDiagnosisCode}), or null when absent or not a scalar.
     */
    static JsonNode valueAt(JsonNode root, String path) {
        if (root == null || path == null || path.isEmpty()) {
            return null;
        }
        JsonNode n = root;
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            n = n.get(bracket < 0 ? part : part.substring(0, bracket));
            while (n != null && bracket >= 0) {
                int close = part.indexOf(']', bracket);
                if (close < 0) {
                    return null;
                }
                try {
                    n = n.get(Integer.parseInt(part.substring(bracket + 1, close)));
                } catch (NumberFormatException e) {
                    return null;
                }
                bracket = part.indexOf('[', close);
            }
            if (n == null) {
                return null;
            }
        }
        return n.isValueNode() && !n.isNull() ? n : null;
    }
}
