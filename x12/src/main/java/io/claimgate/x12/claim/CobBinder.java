package io.claimgate.x12.claim;

import java.util.ArrayList;
import java.util.List;

/**
 * Binds {@code otherSubscriberInformation} (loop 2320 and its 2330 loops), in either shape: the
 * professional array of objects or the institutional single object.
 */
final class CobBinder {
    private CobBinder() {
    }

    static OtherSubscriber otherSubscriber(JsonFields f) {
        f.notUsed("medicareInpatientAdjudication");
        String group = f.has("insuranceGroupOrPolicyNumber") ? f.text("insuranceGroupOrPolicyNumber")
                : f.text("groupNumber", "policyNumber");
        f.ignore("insuranceGroupOrPolicyNumber", "groupNumber", "policyNumber");
        List<OtherPayerProvider> providers = new ArrayList<>();
        otherPayerProviders(f, providers, "otherPayerBillingProvider", ProviderRole.BILLING);
        otherPayerProviders(f, providers, "otherPayerRenderingProvider", ProviderRole.RENDERING);
        otherPayerProviders(f, providers, "otherPayerReferringProvider", ProviderRole.REFERRING);
        otherPayerProviders(f, providers, "otherPayerSupervisingProvider", ProviderRole.SUPERVISING);
        otherPayerProviders(f, providers, "otherPayerAttendingProvider", ProviderRole.ATTENDING);
        otherPayerProviders(f, providers, "otherPayerOperatingPhysician", ProviderRole.OPERATING);
        otherPayerProviders(f, providers, "otherPayerOtherOperatingPhysician", ProviderRole.OTHER_OPERATING);
        otherPayerProviders(f, providers, "otherPayerServiceFacilityLocation", null);
        return new OtherSubscriber(f.text("paymentResponsibilityLevelCode"), f.text("individualRelationshipCode"),
                group, f.text("otherInsuredGroupName"), f.text("insuranceTypeCode"),
                f.text("claimFilingIndicatorCode"), f.objects("claimLevelAdjustments", false, CobBinder::adjustmentGroup),
                f.decimal("payerPaidAmount"), f.decimal("nonCoveredChargeAmount"), f.decimal("remainingPatientLiability"),
                f.text("benefitsAssignmentCertificationIndicator"), f.bool("patientSignatureGeneratedForPatient"),
                f.text("releaseOfInformationCode"), f.object("medicareOutpatientAdjudication", CobBinder::moa),
                f.object("otherSubscriberName", CobBinder::otherSubscriberName),
                f.object("otherPayerName", CobBinder::otherPayer), providers);
    }

    /** One CAS group; details as {@code adjustmentDetails} (professional) or {@code claimAdjustmentDetails}. */
    static AdjustmentGroup adjustmentGroup(JsonFields g) {
        List<Adjustment> details = new ArrayList<>(g.objects("adjustmentDetails", false, CobBinder::adjustment));
        details.addAll(g.objects("claimAdjustmentDetails", false, CobBinder::adjustment));
        return new AdjustmentGroup(g.text("adjustmentGroupCode"), details);
    }

    static Adjustment adjustment(JsonFields g) {
        return new Adjustment(g.text("adjustmentReasonCode"), g.decimal("adjustmentAmount"),
                g.decimal("adjustmentQuantity"));
    }

    private static MedicareOutpatientAdjudication moa(JsonFields g) {
        return new MedicareOutpatientAdjudication(g.decimal("reimbursementRate"), g.decimal("hcpcsPayableAmount"),
                g.texts("claimPaymentRemarkCode"), g.decimal("endStageRenalDiseasePaymentAmount"),
                g.decimal("nonPayableProfessionalComponentBilledAmount"));
    }

    private static OtherSubscriberName otherSubscriberName(JsonFields g) {
        return new OtherSubscriberName(g.text("otherInsuredQualifier"), g.text("otherInsuredLastName"),
                g.text("otherInsuredFirstName", "firstName"), g.text("otherInsuredMiddleName"),
                g.text("otherInsuredNameSuffix", "otherInsuredSuffix"), g.text("otherInsuredIdentifierTypeCode"),
                g.text("otherInsuredIdentifier"), addressOf(g, "otherInsuredAddress", "address"),
                g.texts("otherInsuredAdditionalIdentifier"));
    }

    private static Address addressOf(JsonFields g, String name, String alias) {
        Address a = g.object(name, PartyBinder::address);
        Address b = g.object(alias, PartyBinder::address);
        return a != null ? a : b;
    }

    private static OtherPayer otherPayer(JsonFields g) {
        g.notUsed("otherInsuredAdditionalIdentifier");
        return new OtherPayer(g.text("otherPayerOrganizationName"), g.text("otherPayerIdentifierTypeCode"),
                g.text("otherPayerIdentifier"), g.object("otherPayerAddress", PartyBinder::address),
                g.text("otherPayerAdjudicationOrPaymentDate"),
                g.objects("otherPayerSecondaryIdentifier", false, PartyBinder::referenceId),
                g.text("otherPayerPriorAuthorizationNumber"), g.text("otherPayerPriorAuthorizationOrReferralNumber"),
                g.bool("otherPayerClaimAdjustmentIndicator"), g.text("otherPayerClaimControlNumber"));
    }

    /** 2330C-I: arrays in the professional JSON, single objects in the institutional. */
    private static void otherPayerProviders(JsonFields f, List<OtherPayerProvider> out, String name, ProviderRole role) {
        out.addAll(f.objects(name, true, g -> {
            List<ReferenceId> ids = new ArrayList<>(g.objects(name + "Identifier", false, PartyBinder::referenceId));
            ids.addAll(g.objects(name + "SecondaryIdentifier", false, PartyBinder::referenceId));
            return new OtherPayerProvider(role, role == null, g.text("entityTypeQualifier"), ids);
        }));
    }
}
