package io.claimgate.x12.ack;

import java.util.List;

/**
 * What an acknowledgment run wrote.
 *
 * @param interchanges    acknowledgment interchanges written (ISA..IEA)
 * @param functionalAcks  999 transaction sets written, one per acknowledged functional group
 * @param interchangeAcks TA1 segments written, one per acknowledged interchange whose envelope is in error
 * @param notAcknowledged the acknowledged interchanges (by ISA13 and position) that got no acknowledgment, or
 *                        only a partial one, with the reason; never holds data of the claims
 */
public record AckSummary(int interchanges, int functionalAcks, int interchangeAcks, List<String> notAcknowledged) {
    public AckSummary {
        notAcknowledged = List.copyOf(notAcknowledged);
    }
}
