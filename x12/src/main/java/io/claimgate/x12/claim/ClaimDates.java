package io.claimgate.x12.claim;

/**
 * 2300 DTP dates, CCYYMMDD strings as sent (JSON {@code claimInformation.claimDateInformation}).
 * Professional: DTP*431 symptom (onset), 454 initial treatment, 304 last seen, 453 acute manifestation,
 * 439 accident, 484 last menstrual period, 455 last x-ray, 471 hearing/vision prescription, 360/361
 * disability begin/end, 297 last worked, 296 authorized return to work, 435 admission, 096 discharge,
 * 090/091 assumed and relinquished care, 444 first contact, 050 repricer received.
 * Institutional: DTP*434 RD8 statement begin-end, DTP*435 admission ({@code admissionDateAndHour},
 * CCYYMMDDHHMM as DT or CCYYMMDD as D8), DTP*096 TM discharge hour, 050 repricer received.
 */
public record ClaimDates(String symptomDate, String initialTreatmentDate, String lastSeenDate,
                         String acuteManifestationDate, String accidentDate, String lastMenstrualPeriodDate,
                         String lastXRayDate, String hearingAndVisionPrescriptionDate, String disabilityBeginDate,
                         String disabilityEndDate, String lastWorkedDate, String authorizedReturnToWorkDate,
                         String admissionDate, String dischargeDate, String assumedAndRelinquishedCareBeginDate,
                         String assumedAndRelinquishedCareEndDate, String firstContactDate,
                         String repricerReceivedDate, String statementBeginDate, String statementEndDate,
                         String admissionDateAndHour, String dischargeHour) {
}
