package io.claimgate.x12.validate;

/** A child of a guide loop: a segment or a nested loop, in guide order. */
public sealed interface GuideNode permits GuideSegment, GuideLoop {
    /** Segment id or loop id. */
    String id();

    Usage usage();

    /** Maximum uses (segment) or repeats (loop) in one instance of the enclosing loop; {@link Integer#MAX_VALUE} = unbounded. */
    int max();

    String name();
}
