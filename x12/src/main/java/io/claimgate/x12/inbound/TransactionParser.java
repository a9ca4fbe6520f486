package io.claimgate.x12.inbound;

import io.claimgate.x12.syntax.Segment;

/**
 * Reads the body of one transaction set, segment by segment, as the streaming reader hands them out. Made by
 * the inbound dispatcher when it meets an ST; it hands its results to the listener it was made with.
 */
public interface TransactionParser {
    /** A segment after ST and before SE; a view valid only during the call. */
    void segment(Segment s);

    /** The transaction set ended: {@code se} is its SE, or null when it ended without one (the reader reports that). */
    void end(Segment se);
}
