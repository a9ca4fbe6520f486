package io.claimgate.x12.validate;

import io.claimgate.x12.syntax.Segment;
import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The HL hierarchy of any guide whose levels are loops started by HL (837 2000A/2000B/2000C, 277CA
 * 2000A/2000B/2000C/2000D): HL02 (parent id) must be the HL01 of the level the guide nests this one in, the
 * nearest enclosing loop that starts with HL. Which level is the parent comes from the table, not from Java.
 */
final class HierarchyRules {
    private final IssueSink sink;
    private final Map<GuideLoop, GuideLoop> parents = new IdentityHashMap<>();
    private final Map<GuideLoop, String> lastId = new IdentityHashMap<>();

    HierarchyRules(GuideLoop root, IssueSink sink) {
        this.sink = sink;
        index(root, null);
    }

    private void index(GuideLoop loop, GuideLoop enclosingLevel) {
        for (GuideNode n : loop.children()) {
            if (n instanceof GuideLoop child) {
                boolean level = child.trigger().id().equals("HL");
                if (level) {
                    parents.put(child, enclosingLevel);
                }
                index(child, level ? child : enclosingLevel);
            }
        }
    }

    /** Looks at a placed segment; only an HL that starts a level loop matters. */
    void accept(Segment s, LoopTracker.Match m) {
        if (!s.is("HL") || !parents.containsKey(m.loop()) || m.loop().trigger() != m.segment()) {
            return;
        }
        GuideLoop parent = parents.get(m.loop());
        String hlParent = s.element(2);
        if (parent != null && !hlParent.isEmpty()) {
            String expected = lastId.get(parent);
            if (!hlParent.equals(expected)) {
                sink.add(X12Issue.error(X12Error.INVALID_CODE, s.position(2), "HL02 must name the HL01 of the enclosing level "
                        + parent.id() + " (" + parent.name() + ") this level is under", hlParent).in(m.loopId(), "734"));
            }
        }
        lastId.put(m.loop(), s.element(1));
    }
}
