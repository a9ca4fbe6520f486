package io.claimgate.gateway.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimgate.gateway.store.Caller;
import io.claimgate.gateway.store.ClaimPayment;
import io.claimgate.gateway.store.PaymentAdjustment;
import io.claimgate.gateway.store.PaymentLine;
import io.claimgate.gateway.store.PaymentRemark;
import io.claimgate.gateway.store.Remittance;
import io.claimgate.gateway.store.RemittanceQuery;
import io.claimgate.gateway.store.RemittanceStore;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The remittance endpoints: the claim payments (835 CLP loops) posted for the submitter's claims.
 * <pre>
 * GET /v1/remittances?since=&amp;payer=&amp;checkNumber=|traceNumber=&amp;claimId=&amp;claimStatusCode=&amp;order=&amp;limit=&amp;cursor=
 * GET /v1/remittances/{id}   one payment with its claim-level CAS adjustments, remark codes and service lines
 * </pre>
 * Newest first (or by id, oldest first) with an opaque cursor, as {@code GET /v1/claims}. Another
 * submitter's remittance is 404, as an unknown one is.
 */
final class RemittanceApi {
    private static final Pattern CLAIM_ID = Pattern.compile("clm_[0-9a-z]{1,40}");
    private static final Pattern REMITTANCE_ID = Pattern.compile("rmt_[1-9][0-9]{0,17}");
    private static final ListParams.Cursor CURSOR = new ListParams.Cursor("r1:", REMITTANCE_ID);

    private final RemittanceStore store;

    RemittanceApi(RemittanceStore store) {
        this.store = store;
    }

    ApiResponse list(Caller caller, ApiRequest r) {
        Instant since;
        ListParams.Page asked;
        String check = r.queryParam("checkNumber");
        String trace = r.queryParam("traceNumber");
        String claimId = r.queryParam("claimId");
        try {
            since = ListParams.since(r);
            if (check != null && trace != null && !check.equals(trace)) {
                return ListParams.invalid("checkNumber and traceNumber name the same TRN02; send one");
            }
            if (claimId != null && !CLAIM_ID.matcher(claimId).matches()) {
                return ListParams.invalid("claimId: a claim id (clm_...)");
            }
            asked = ListParams.page(r, RemittanceQuery.MAX_LIMIT, CURSOR);
        } catch (ListParams.Invalid e) {
            return e.response();
        }
        RemittanceStore.Page page = store.list(caller.submitterId(), new RemittanceQuery(since, r.queryParam("payer"),
                check != null ? check : trace, claimId, r.queryParam("claimStatusCode"), asked.newest(), asked.after(),
                asked.limit()));
        ObjectNode body = ApiResponse.JSON.createObjectNode();
        ArrayNode items = body.putArray("remittances");
        for (Remittance rem : page.remittances()) {
            describe(items.addObject(), rem, false);
        }
        if (page.more()) {
            body.put("nextCursor", CURSOR.encode(page.remittances().get(page.remittances().size() - 1).id()));
        } else {
            body.putNull("nextCursor");
        }
        return ApiResponse.json(200, body);
    }

    ApiResponse get(Caller caller, String remittanceId) {
        Optional<Remittance> found = store.find(caller.submitterId(), remittanceId);
        if (found.isEmpty()) {
            return Problems.of(404, "not-found", "Remittance not found", "no remittance with this id");
        }
        ObjectNode body = ApiResponse.JSON.createObjectNode();
        describe(body, found.get(), true);
        return ApiResponse.json(200, body).forClaim(found.get().claimId());
    }

    /** A remittance as the API shows it; with {@code detail}, its adjustments, remark codes and lines too. */
    static void describe(ObjectNode n, Remittance r, boolean detail) {
        n.put("id", r.id());
        n.put("claimId", r.claimId());
        n.put("claimKind", r.claimKind().name().toLowerCase(Locale.ROOT));
        n.put("patientControlNumber", r.patientControlNumber());
        payment(n, r.payment());
        if (detail) {
            ClaimPayment p = r.payment();
            adjustments(n.putArray("adjustments"), p.adjustments());
            remarks(n.putArray("remarkCodes"), p.remarks());
            ArrayNode lines = n.putArray("serviceLines");
            for (PaymentLine l : p.lines()) {
                ObjectNode o = lines.addObject();
                o.put("lineNumber", l.number());
                o.put("procedureQualifier", l.procedureQualifier());
                o.put("procedureCode", l.procedureCode());
                ArrayNode modifiers = o.putArray("modifiers");
                l.modifiers().forEach(modifiers::add);
                o.put("revenueCode", l.revenueCode());
                o.put("chargeAmount", l.chargeAmount());
                o.put("paidAmount", l.paidAmount());
                o.put("unitsPaid", l.unitsPaid());
                o.put("serviceDate", l.serviceDate() == null ? null : l.serviceDate().toString());
                o.put("lineItemControlNumber", l.lineItemControlNumber());
                o.put("allowedAmount", l.allowedAmount());
                adjustments(o.putArray("adjustments"), l.adjustments());
                remarks(o.putArray("remarkCodes"), l.remarks());
            }
        }
    }

    /** The fields of a payment (no detail), as {@code GET /v1/claims/{id}} lists them too. */
    static void payment(ObjectNode n, ClaimPayment p) {
        n.put("claimStatusCode", p.claimStatusCode());
        n.put("chargeAmount", p.chargeAmount());
        n.put("paidAmount", p.paidAmount());
        n.put("patientResponsibility", p.patientResponsibility());
        n.put("payerClaimControlNumber", p.payerClaimControlNumber());
        n.put("traceNumber", p.traceNumber());
        n.put("paymentDate", p.paymentDate() == null ? null : p.paymentDate().toString());
        n.put("paymentMethod", p.paymentMethod());
        n.put("payerId", p.payerId());
        n.put("payerName", p.payerName());
        n.put("filingIndicator", p.filingIndicator());
        n.put("receivedAt", p.receivedAt().toString());
    }

    private static void adjustments(ArrayNode out, List<PaymentAdjustment> adjustments) {
        for (PaymentAdjustment a : adjustments) {
            ObjectNode o = out.addObject();
            o.put("groupCode", a.groupCode());
            o.put("reasonCode", a.reasonCode());
            o.put("amount", a.amount());
            if (a.quantity() != null) {
                o.put("quantity", a.quantity());
            }
        }
    }

    private static void remarks(ArrayNode out, List<PaymentRemark> remarks) {
        for (PaymentRemark r : remarks) {
            out.addObject().put("source", r.source()).put("code", r.code());
        }
    }}
