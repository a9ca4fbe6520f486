package io.claimgate.x12.claim;

import java.util.Objects;

/**
 * A problem found while reading claim JSON: severity, code, the JSON field path (e.g.
 * {@code claimInformation.serviceLines[2].professionalService.procedureCode}; empty for the whole
 * document) and a message. Messages never contain the field's value (it may be PHI).
 */
public record ClaimIssue(Severity severity, Code code, String path, String message) {
    public ClaimIssue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    static ClaimIssue error(Code code, String path, String message) {
        return new ClaimIssue(Severity.ERROR, code, path, message);
    }

    static ClaimIssue warning(Code code, String path, String message) {
        return new ClaimIssue(Severity.WARNING, code, path, message);
    }

    public enum Severity {
        /** The claim must not be rendered. */
        ERROR,
        /** The claim can be rendered; something was normalized or ignored. */
        WARNING
    }

    public enum Code {
        /** The document is not JSON, or not a JSON object. */
        MALFORMED_JSON,
        /** An object where a string was expected, a string where an object or array was expected, ... */
        WRONG_TYPE,
        /**
         * Warning: a field name neither schema knows. The claim is accepted without it (as a clearinghouse
         * ignores members its schema lacks); the stored JSON keeps it. Usually a misspelling.
         */
        UNKNOWN_FIELD,
        /**
         * Warning: a field of the CHC schema this gateway does not render into the 837 (ambulance, DME,
         * repricing, ...). The claim is accepted and the stored JSON keeps the field.
         */
        FIELD_NOT_USED,
        /**
         * Warning: credentials sent in the claim body (a top-level {@code headers} object, as some Change
         * Healthcare clients send their CHC submitter id, user name and password, or a top-level member named
         * like a password or client secret). The claim is accepted; the member is dropped from the stored JSON.
         */
        CREDENTIALS_NOT_STORED,
        /**
         * Warning: a value rewritten into the form the 837 needs, the rest of the claim as sent: a 3-digit
         * revenue code ({@code 450}) left-padded to NUBC's 4 digits ({@code 0450}). The stored JSON keeps
         * the value as sent; the 837 carries the rewritten one.
         */
        NORMALIZED,
        /**
         * Warning: a field of the other claim kind (e.g. {@code attending} on a professional claim), left
         * out of the 837; an error when it is a {@code providers[].providerType} value (the role would be wrong).
         */
        FIELD_NOT_FOR_KIND,
        /** The same provider role given twice (named object and {@code providers[]}, or twice in the array). */
        DUPLICATE_PROVIDER,
        /** Two spellings of the same field with different values. */
        CONFLICTING_FIELDS,
        /** A required field is absent or null. */
        MISSING_REQUIRED,
        /** A value outside the field's enumeration. */
        INVALID_CODE,
        /** A value that does not match the field's pattern (dates, amounts, NPI, ...). */
        INVALID_FORMAT,
        /** Longer than the field's maxLength. */
        TOO_LONG,
        /** Shorter than the field's minLength. */
        TOO_SHORT,
        /** An array with more entries than allowed. */
        TOO_MANY,
        /** A value holding an X12 delimiter (~ * : ^) or a line break. */
        DELIMITER_CHARACTER,

        // Business rules over the bound claim ({@link ClaimValidation}); WEDI SNIP level in snipLevel().

        /** SNIP 3: CLM02 differs from the sum of the service line charges (SV102 / SV203). */
        CHARGE_TOTAL_MISMATCH,
        /** SNIP 3: 2320 AMT*D differs from the sum of that payer's 2430 SVD02 paid amounts. */
        COB_PAID_TOTAL_MISMATCH,
        /** SNIP 3: a 2430 line adjudication where the line charge is not SVD02 plus the line's CAS amounts. */
        LINE_ADJUDICATION_UNBALANCED,
        /** SNIP 3: a negative amount where the guide allows none. */
        NEGATIVE_AMOUNT,
        /** SNIP 3: an amount with more than 2 decimals. */
        AMOUNT_PRECISION,
        /** SNIP 4: frequency 7 or 8 without the original's payer claim control number (REF*F8). */
        CLAIM_CONTROL_NUMBER_REQUIRED,
        /** SNIP 4: frequency 1 (original) with a payer claim control number (REF*F8). */
        CLAIM_CONTROL_NUMBER_NOT_ALLOWED,
        /** SNIP 4: a professional line without diagnosis pointers, or more than 4 (SV107). */
        DIAGNOSIS_POINTER_COUNT,
        /** SNIP 4: a diagnosis pointer that names no {@code healthCareCodeInformation} entry. */
        DIAGNOSIS_POINTER_INVALID,
        /** SNIP 4: the same diagnosis pointer twice on one line. */
        DIAGNOSIS_POINTER_DUPLICATE,
        /** SNIP 4: no principal diagnosis (HI*ABK / BK). */
        PRINCIPAL_DIAGNOSIS_MISSING,
        /** SNIP 4: a principal diagnosis qualifier on an entry other than the first. */
        PRINCIPAL_DIAGNOSIS_NOT_FIRST,
        /** SNIP 4: a 2000C patient whose relationship is 18 (self): a self patient is the subscriber. */
        DEPENDENT_IS_SELF,
        /** SNIP 4: patient demographics (DMG, NM1*QC name) the guide requires for the patient. */
        PATIENT_DEMOGRAPHICS_REQUIRED,
        /** SNIP 4: an 837I service date (DTP*472) outside the statement period (DTP*434). */
        SERVICE_DATE_OUTSIDE_STATEMENT,
        /** SNIP 4: an end date before its begin date (statement period, service date range). */
        DATE_RANGE_REVERSED,
        /** SNIP 4: two service lines with the same line item control number (REF*6R). */
        DUPLICATE_LINE_CONTROL_NUMBER,
        /** SNIP 4: a 2320 payer responsibility sequence (SBR01) equal to the subscriber's (2000B SBR01). */
        PAYER_SEQUENCE_NOT_DISTINCT,
        /** SNIP 4: related cause AA (auto accident) without the accident state (CLM11-4). */
        AUTO_ACCIDENT_STATE_REQUIRED,
        /** SNIP 4: inpatient type of bill without the admission date (DTP*435). */
        ADMISSION_DATE_REQUIRED,
        /** SNIP 4: inpatient type of bill without the admission type code (CL101). */
        ADMISSION_TYPE_REQUIRED,
        /** SNIP 4: an institutional line without its revenue code (SV201). */
        REVENUE_CODE_REQUIRED,
        /** SNIP 4: 2410 drug identification without N4 qualifier, NDC, quantity or unit. */
        DRUG_IDENTIFICATION_INCOMPLETE,
        /** SNIP 5: an NPI whose check digit fails (Luhn over 80840 + the first 9 digits). */
        INVALID_NPI,
        /** SNIP 5: not an ICD-10-CM code shape. */
        INVALID_DIAGNOSIS_CODE,
        /** SNIP 5: an ICD-10 code sent with its dot (X12 carries it without). */
        DIAGNOSIS_CODE_WITH_DOT,
        /** SNIP 5: not a CPT/HCPCS shape (SV101-2 / SV202-2 with HC) or not ICD-10-PCS (837I HI*BBR/BBQ). */
        INVALID_PROCEDURE_CODE,
        /** SNIP 5: a procedure modifier that is not 2 letters/digits. */
        INVALID_MODIFIER,
        /** SNIP 5: an 837P place of service not in the CMS list (CLM05-1, SV105). */
        INVALID_PLACE_OF_SERVICE,
        /** SNIP 5: an 837I facility type code not in the NUBC list (CLM05-1). */
        INVALID_FACILITY_TYPE,
        /** SNIP 5: a claim frequency code not in the NUBC list (CLM05-3). */
        INVALID_CLAIM_FREQUENCY,
        /** SNIP 5: a revenue code outside the NUBC ranges (SV201). */
        INVALID_REVENUE_CODE,
        /** SNIP 5: a state code not in USPS Publication 28 (N402). */
        INVALID_STATE,
        /** SNIP 5: a ZIP code that is not 5 or 9 digits (N403). */
        INVALID_POSTAL_CODE,
        /** SNIP 5: a 2010AA billing provider ZIP without the +4 (the guide requires 9 digits). */
        BILLING_ZIP_NOT_ZIP4,
        /** SNIP 5: a provider taxonomy code that is not 9 letters/digits and X (PRV03). */
        INVALID_TAXONOMY,
        /** SNIP 5: an NDC that is not 11 digits (LIN03 with N4). */
        INVALID_NDC,
        /** SNIP 5: a date that does not exist on the calendar (e.g. 20230229). */
        INVALID_DATE,
        /** SNIP 5: a service, statement, admission or birth date after today. */
        FUTURE_DATE;

        /**
         * The WEDI SNIP level a problem of this code belongs to: 1 (not JSON), 2 (the schema: required
         * fields, code lists, patterns, lengths), 3 (balancing), 4 (situational rules between fields) or
         * 5 (external code sets).
         */
        public int snipLevel() {
            return switch (this) {
                case MALFORMED_JSON -> 1;
                case CHARGE_TOTAL_MISMATCH, COB_PAID_TOTAL_MISMATCH, LINE_ADJUDICATION_UNBALANCED, NEGATIVE_AMOUNT,
                        AMOUNT_PRECISION -> 3;
                case CLAIM_CONTROL_NUMBER_REQUIRED, CLAIM_CONTROL_NUMBER_NOT_ALLOWED, DIAGNOSIS_POINTER_COUNT,
                        DIAGNOSIS_POINTER_INVALID, DIAGNOSIS_POINTER_DUPLICATE, PRINCIPAL_DIAGNOSIS_MISSING,
                        PRINCIPAL_DIAGNOSIS_NOT_FIRST, DEPENDENT_IS_SELF, PATIENT_DEMOGRAPHICS_REQUIRED,
                        SERVICE_DATE_OUTSIDE_STATEMENT, DATE_RANGE_REVERSED, DUPLICATE_LINE_CONTROL_NUMBER,
                        PAYER_SEQUENCE_NOT_DISTINCT, AUTO_ACCIDENT_STATE_REQUIRED, ADMISSION_DATE_REQUIRED,
                        ADMISSION_TYPE_REQUIRED, REVENUE_CODE_REQUIRED, DRUG_IDENTIFICATION_INCOMPLETE -> 4;
                case INVALID_NPI, INVALID_DIAGNOSIS_CODE, DIAGNOSIS_CODE_WITH_DOT, INVALID_PROCEDURE_CODE,
                        INVALID_MODIFIER, INVALID_PLACE_OF_SERVICE, INVALID_FACILITY_TYPE, INVALID_CLAIM_FREQUENCY,
                        INVALID_REVENUE_CODE, INVALID_STATE, INVALID_POSTAL_CODE, BILLING_ZIP_NOT_ZIP4,
                        INVALID_TAXONOMY, INVALID_NDC, INVALID_DATE, FUTURE_DATE -> 5;
                default -> 2;
            };
        }
    }
}
