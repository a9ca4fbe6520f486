package io.claimgate.x12.claim;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Loop 2400 service line. Exactly one of {@code professionalService} (837P SV1) and
 * {@code institutionalService} (837I SV2) is set for a claim that bound without errors.
 *
 * <p>LX01 {@code assignedNumber} (the renderer numbers lines 1..n; the JSON value is carried). DTP*472
 * {@code serviceDate} (D8, or RD8 with {@code serviceDateEnd}). REF*6R {@code lineItemControlNumber}
 * (professional JSON {@code providerControlNumber}, institutional {@code lineItemControlNumber}).
 * {@code references}: other 2400 REFs by qualifier (G1 prior authorization, 9F referral, X4 CLIA, F4
 * referring CLIA, EW mammography, BT immunization batch, 9B repriced, 9D adjusted repriced line item).
 * AMT*T {@code salesTaxAmount}, AMT*F4 {@code postageTaxAmount} (837P), AMT*GT {@code serviceTaxAmount},
 * AMT*N8 {@code facilityTaxAmount} (837I). NTE {@code notes}. PWK {@code attachments}. 2410
 * {@code drugIdentification}. 2420x {@code providers} (rendering, referring, supervising, ordering,
 * operating, other operating) and {@code serviceFacilityLocation}. 2430 {@code lineAdjudications}.
 * 837P only: CRC*70 {@code hospiceEmployeeIndicator} (CRC02 Y or N), QTY*PT {@code ambulancePatientCount},
 * QTY*FL {@code obstetricAnesthesiaAdditionalUnits}, MEA {@code testResults}, CN1
 * {@code contractInformation} (JSON {@code contractInformation}), PWK*CT / CR3 / CRC*09
 * {@code durableMedicalEquipment}, PS1 {@code purchasedService}, CR1 / CRC*07 / 2420G / 2420H {@code ambulance}.
 */
public record ServiceLine(String assignedNumber, String lineItemControlNumber, String serviceDate,
                          String serviceDateEnd, ProfessionalService professionalService,
                          InstitutionalService institutionalService, Drug drugIdentification,
                          List<Provider> providers, Facility serviceFacilityLocation,
                          List<LineAdjudication> lineAdjudications, ServiceLineDates dates,
                          List<ReferenceId> references, List<Note> notes, List<Attachment> attachments,
                          BigDecimal salesTaxAmount, BigDecimal postageTaxAmount, BigDecimal serviceTaxAmount,
                          BigDecimal facilityTaxAmount, Boolean hospiceEmployeeIndicator,
                          BigDecimal ambulancePatientCount, BigDecimal obstetricAnesthesiaAdditionalUnits,
                          List<TestResult> testResults, ContractInformation contractInformation,
                          DurableMedicalEquipment durableMedicalEquipment, PurchasedService purchasedService,
                          Ambulance ambulance) {
    public ServiceLine {
        providers = Lists.copy(providers);
        lineAdjudications = Lists.copy(lineAdjudications);
        references = Lists.copy(references);
        notes = Lists.copy(notes);
        attachments = Lists.copy(attachments);
        testResults = Lists.copy(testResults);
    }

    /** SV102 / SV203: the line charge, whichever service kind this line carries (null when absent). */
    public BigDecimal lineItemChargeAmount() {
        if (professionalService != null) {
            return professionalService.lineItemChargeAmount();
        }
        return institutionalService == null ? null : institutionalService.lineItemChargeAmount();
    }

    /** The line-level provider in {@code role}, if any. */
    public Optional<Provider> provider(ProviderRole role) {
        return providers.stream().filter(p -> p.role() == role).findFirst();
    }
}
