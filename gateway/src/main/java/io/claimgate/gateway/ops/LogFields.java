package io.claimgate.gateway.ops;

/**
 * Names of the ids that log events carry as SLF4J key-value pairs or MDC entries, and that the JSON log
 * format writes as fields of their own. Ids only: never a name, member id, birth date or diagnosis.
 */
public final class LogFields {
    public static final String REQUEST_ID = "requestId";
    public static final String SUBMITTER_ID = "submitterId";
    public static final String CLAIM_ID = "claimId";
    public static final String BATCH_ID = "batchId";

    private LogFields() {
    }
}
