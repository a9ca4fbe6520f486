package io.claimgate.x12.validate;

import java.util.List;
import java.util.Objects;

/**
 * An implementation-guide loop ({@code 2300 Claim Information}). Its first child is its trigger segment:
 * that segment appearing again starts a new repeat of the loop.
 *
 * @param id       loop id as the guide writes it (IK303), e.g. {@code 2010AA}; empty for the transaction set itself
 * @param usage    R or S
 * @param max      maximum repeats within one instance of the parent loop
 * @param name     the guide's name for the loop
 * @param children segments and loops in guide order
 */
public record GuideLoop(String id, Usage usage, int max, String name, List<GuideNode> children) implements GuideNode {
    public GuideLoop {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(usage, "usage");
        children = List.copyOf(children);
    }

    /** The segment that starts the loop. */
    public GuideSegment trigger() {
        if (children.isEmpty() || !(children.get(0) instanceof GuideSegment s)) {
            throw new IllegalStateException("loop " + id + " does not start with a segment");
        }
        return s;
    }
}
