package io.claimgate.x12.claim;

/** 837I 2300 CL1: CL101 admission type, CL102 admission source, CL103 patient status. */
public record InstitutionalCodes(String admissionTypeCode, String admissionSourceCode, String patientStatusCode) {
}
