package io.claimgate.gateway.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimgate.gateway.intake.ClaimIntakeService;
import io.claimgate.gateway.intake.IntakeResult;
import io.claimgate.gateway.store.Caller;
import io.claimgate.x12.claim.Claim;
import io.claimgate.x12.claim.ClaimIssue;
import io.claimgate.x12.claim.ClaimKind;
import java.time.Clock;
import java.util.List;

/**
 * Drop-in endpoints for clients of the Change Healthcare claims API (Professional Claims v3,
 * Institutional Claims v1): {@code .../submission} validates and stores, {@code .../validation} only
 * validates. Answers in that API's shape: {@code status} (SUCCESS or ERROR), {@code controlNumber},
 * {@code tradingPartnerServiceId}, {@code claimReference} (our claim id as {@code correlationId} and
 * {@code rhclaimNumber}, the patient control number, {@code claimType} PRO or INS), {@code payer}, and
 * {@code errors[]} of {field, code, description, followupAction, location}.
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
            return errors(400, invalid.issues());
        }
        if (r instanceof IntakeResult.Conflict conflict) {
            ObjectNode body = ApiResponse.JSON.createObjectNode();
            body.put("status", "ERROR");
            ArrayNode errors = body.putArray("errors");
            ObjectNode e = errors.addObject();
            e.put("field", "claimInformation.patientControlNumber");
            e.put("code", "DUPLICATE_CLAIM");
            e.put("description", "An original claim with this patient control number and other content was already "
                    + "received; send a replacement (frequency 7) or void (8).");
            e.put("followupAction", "Resubmission Not Allowed");
            e.put("location", "claimInformation.patientControlNumber");
            return ApiResponse.json(409, body).forClaim(conflict.existingClaimId());
        }
        IntakeResult.Stored stored = (IntakeResult.Stored) r;
        ObjectNode body = success(kind, stored.claim(), stored.stored().id(), caller.submitterId(), stored.warnings());
        return ApiResponse.json(200, body).forClaim(stored.stored().id());
    }

    ApiResponse validate(Caller caller, ClaimKind kind, ApiRequest request) {
        IntakeResult r = intake.validate(kind, request.body());
        if (r instanceof IntakeResult.Invalid invalid) {
            return errors(400, invalid.issues());
        }
        IntakeResult.Valid valid = (IntakeResult.Valid) r;
        return ApiResponse.json(200, success(kind, valid.claim(), null, caller.submitterId(), valid.warnings()));
    }

    private ObjectNode success(ClaimKind kind, Claim claim, String claimId, String submitterId, List<ClaimIssue> warnings) {
        ObjectNode body = ApiResponse.JSON.createObjectNode();
        body.put("status", "SUCCESS");
        body.put("controlNumber", claim.controlNumber());
        body.put("tradingPartnerServiceId", claim.tradingPartnerServiceId());
        ObjectNode ref = body.putObject("claimReference");
        if (claimId != null) {
            ref.put("correlationId", claimId);
            ref.put("rhclaimNumber", claimId);
        }
        ref.put("submitterId", submitterId);
        ref.put("customerClaimNumber", claim.claimInformation().patientControlNumber());
        ref.put("patientControlNumber", claim.claimInformation().patientControlNumber());
        ref.put("timeOfResponse", clock.instant().toString());
        ref.put("claimType", kind == ClaimKind.PROFESSIONAL ? "PRO" : "INS");
        ref.put("formatVersion", "5010");
        ObjectNode payer = body.putObject("payer");
        payer.put("payerName", claim.tradingPartnerName());
        payer.put("payerID", claim.tradingPartnerServiceId());
        body.put("editStatus", "SUCCESS");
        body.putArray("errors");
        ArrayNode w = body.putArray("warnings");
        for (ClaimIssue i : warnings) {
            ObjectNode n = w.addObject();
            n.put("field", i.path());
            n.put("code", i.code().name());
            n.put("description", i.message());
        }
        return body;
    }

    private static ApiResponse errors(int status, List<ClaimIssue> issues) {
        ObjectNode body = ApiResponse.JSON.createObjectNode();
        body.put("status", "ERROR");
        body.put("editStatus", "ERROR");
        ArrayNode errors = body.putArray("errors");
        for (ClaimIssue i : issues) {
            ObjectNode e = errors.addObject();
            e.put("field", fieldName(i.path()));
            e.put("code", i.code().name());
            e.put("description", i.message());
            e.put("followupAction", i.severity() == ClaimIssue.Severity.ERROR ? CORRECT_AND_RESUBMIT : "None");
            e.put("location", i.path());
        }
        return ApiResponse.json(status, body);
    }

    /** The last name in a path: {@code claimInformation.serviceLines[0].procedureCode} -> {@code procedureCode}. */
    private static String fieldName(String path) {
        String p = path.replaceAll("\\[\\d+]$", "");
        int dot = p.lastIndexOf('.');
        return dot < 0 ? p : p.substring(dot + 1);
    }
}
