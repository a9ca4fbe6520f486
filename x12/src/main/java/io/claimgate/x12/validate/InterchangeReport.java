package io.claimgate.x12.validate;

import io.claimgate.x12.syntax.X12Issue;
import java.util.List;

/**
 * What validation found in one interchange (ISA..IEA): the source of a TA1, and of one 999 per group.
 *
 * @param controlNumber    ISA13
 * @param senderQualifier  ISA05
 * @param senderId         ISA06 (trimmed)
 * @param receiverQualifier ISA07
 * @param receiverId       ISA08 (trimmed)
 * @param date             ISA09
 * @param time             ISA10
 * @param usage            ISA15
 * @param issues           interchange-level issues (TA105 codes)
 * @param groups           one report per GS
 */
public record InterchangeReport(String controlNumber, String senderQualifier, String senderId, String receiverQualifier,
                                String receiverId, String date, String time, String usage, List<X12Issue> issues,
                                List<GroupReport> groups) {
    public InterchangeReport {
        issues = List.copyOf(issues);
        groups = List.copyOf(groups);
    }
}
