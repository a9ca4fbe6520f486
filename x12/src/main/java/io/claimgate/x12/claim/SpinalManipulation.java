package io.claimgate.x12.claim;

/**
 * 837P 2300 CR2 spinal manipulation service information (JSON
 * {@code claimInformation.spinalManipulationServiceInformation}): CR208 {@code patientConditionCode} (A acute,
 * C chronic, D non-acute, E non-life threatening, F routine, G symptomatic, M acute manifestation of a
 * chronic condition), CR210 / CR211 {@code patientConditionDescription1} / {@code 2}.
 */
public record SpinalManipulation(String patientConditionCode, String patientConditionDescription1,
                                 String patientConditionDescription2) {
}
