package io.claimgate.x12.claim;

/**
 * 837P 2400 DTP dates other than the service date (JSON {@code serviceLineDateInformation}), CCYYMMDD:
 * DTP*471 prescription, 607 certification revision, 463 begin therapy, 461 last certification, 304
 * treatment or therapy (last seen), 738/739 hemoglobin / serum creatinine test, 011 shipped, 455 last
 * x-ray, 454 initial treatment.
 */
public record ServiceLineDates(String prescriptionDate, String certificationRevisionOrRecertificationDate,
                               String beginTherapyDate, String lastCertificationDate, String treatmentOrTherapyDate,
                               String hemoglobinTestDate, String serumCreatineTestDate, String shippedDate,
                               String lastXRayDate, String initialTreatmentDate) {
}
