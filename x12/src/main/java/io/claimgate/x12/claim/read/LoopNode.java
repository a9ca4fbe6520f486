package io.claimgate.x12.claim.read;

import io.claimgate.x12.syntax.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One occurrence of an 837 loop: its segments in file order (copies, valid after the reader moved on)
 * and the loops inside it. A 2300 node holds the CLM and the claim-level segments, with its 2310x, 2320
 * and 2400 occurrences as children; a 2400 node holds LX and the line segments with its 2410, 2420x,
 * 2430 and 2440 children.
 *
 * @param loop     which loop
 * @param segments the loop's own segments, first the one that started it
 * @param children the loops inside this occurrence, in file order
 */
public record LoopNode(Loop837 loop, List<Segment> segments, List<LoopNode> children) {
    public LoopNode {
        Objects.requireNonNull(loop, "loop");
        segments = List.copyOf(segments);
        children = List.copyOf(children);
    }

    /** The first segment with id {@code id}, or null. */
    public Segment first(String id) {
        for (Segment s : segments) {
            if (s.is(id)) {
                return s;
            }
        }
        return null;
    }

    /** The first segment with id {@code id} whose element 1 is {@code qualifier}, or null. */
    public Segment first(String id, String qualifier) {
        for (Segment s : segments) {
            if (s.is(id) && s.elementEquals(1, qualifier)) {
                return s;
            }
        }
        return null;
    }

    /** Every segment with id {@code id}, in file order. */
    public List<Segment> all(String id) {
        List<Segment> out = new ArrayList<>();
        for (Segment s : segments) {
            if (s.is(id)) {
                out.add(s);
            }
        }
        return out;
    }

    /** The first child occurrence of {@code child}, or null. */
    public LoopNode child(Loop837 child) {
        for (LoopNode n : children) {
            if (n.loop == child) {
                return n;
            }
        }
        return null;
    }

    /** Every child occurrence of {@code child}, in file order. */
    public List<LoopNode> children(Loop837 child) {
        List<LoopNode> out = new ArrayList<>();
        for (LoopNode n : children) {
            if (n.loop == child) {
                out.add(n);
            }
        }
        return out;
    }

    /** Number of segments in this occurrence and all loops inside it. */
    public int segmentCount() {
        int n = segments.size();
        for (LoopNode c : children) {
            n += c.segmentCount();
        }
        return n;
    }

    /** Builds a node as segments arrive; {@link #build()} freezes it. */
    static final class Builder {
        final Loop837 loop;
        private final List<Segment> segments = new ArrayList<>();
        private final List<Builder> children = new ArrayList<>();
        private LoopNode built;

        Builder(Loop837 loop) {
            this.loop = loop;
        }

        void add(Segment copy) {
            segments.add(copy);
            built = null;
        }

        Builder open(Loop837 child) {
            Builder b = new Builder(child);
            children.add(b);
            built = null;
            return b;
        }

        /** The frozen node; built once and reused until something is added. */
        LoopNode build() {
            boolean stale = built == null;
            List<LoopNode> kids = new ArrayList<>(children.size());
            for (Builder c : children) {
                LoopNode k = c.build();
                kids.add(k);
                if (!stale && k != built.children.get(kids.size() - 1)) {
                    stale = true;
                }
            }
            if (stale) {
                built = new LoopNode(loop, segments, kids);
            }
            return built;
        }
    }
}
