package io.claimgate.x12.read;

/**
 * What {@link InboundReader} saw in one input.
 *
 * @param notX12        true when the input does not start with an ISA (nothing was read)
 * @param interchanges  number of ISA segments
 * @param ta1s          number of TA1 segments
 * @param transactions  number of ST segments
 * @param issues        number of issues reported (envelope, content and balancing)
 * @param errors        true when any of them is an error
 */
public record InboundResult(boolean notX12, int interchanges, int ta1s, int transactions, long issues, boolean errors) {
    public InboundResult {
        if (interchanges < 0 || ta1s < 0 || transactions < 0 || issues < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** True when the input was X12 and read without any issue. */
    public boolean clean() {
        return !notX12 && issues == 0;
    }
}
