package io.claimgate.x12.validate;

import io.claimgate.x12.syntax.Position;
import io.claimgate.x12.syntax.Segment;
import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;
import java.util.ArrayList;
import java.util.List;

/**
 * Places each segment of one transaction set in the guide's loop structure, the way a guide-aware parser
 * does: it looks for the segment at or after the current place in the current loop (a loop's trigger
 * segment starts a new repeat of the loop), then in each enclosing loop, closing the loops it leaves and
 * reporting their missing required segments and loops. A segment that fits nowhere is reported and skipped
 * without moving the current place.
 */
final class LoopTracker {
    /** Where a segment landed: its guide definition and the loop (IK303) it is in. */
    record Match(GuideSegment segment, String loopId, GuideLoop loop) {
    }

    private static final class Frame {
        final GuideLoop loop;
        final int[] counts;
        int pos;
        int checked; // children before this index have had their missing-required check

        Frame(GuideLoop loop) {
            this.loop = loop;
            this.counts = new int[loop.children().size()];
        }
    }

    private final GuideLoop root;
    private final IssueSink sink;
    private final List<Frame> stack = new ArrayList<>();

    LoopTracker(GuideLoop root, IssueSink sink) {
        this.root = root;
        this.sink = sink;
        stack.add(new Frame(root));
    }

    /** The id of the innermost open loop (empty in the header). */
    String currentLoopId() {
        return stack.get(stack.size() - 1).loop.id();
    }

    /** Places {@code s}; null when it fits nowhere (already reported). */
    Match accept(Segment s) {
        for (int level = stack.size() - 1; level >= 0; level--) {
            Frame f = stack.get(level);
            int from = Math.max(f.pos, f.loop == root ? 0 : 1);
            int idx = find(f, s, Math.max(runStart(f.loop, from, s.id()), f.loop == root ? 0 : 1));
            if (idx < 0) {
                continue;
            }
            while (stack.size() - 1 > level) {
                close(stack.remove(stack.size() - 1), s);
            }
            GuideNode node = f.loop.children().get(idx);
            if (node instanceof GuideSegment g) {
                if (idx <= f.pos && f.counts[idx] > 0) {
                    f.counts[idx]++;
                    if (f.counts[idx] == (long) g.max() + 1) {
                        sink.add(issue(X12Error.SEGMENT_OVER_MAXIMUM, s.position(), f.loop.id(),
                                s.id() + " (" + g.name() + ") occurs more than " + g.max() + " time(s) in loop " + label(f.loop)));
                    } else if (f.counts[idx] > (long) g.max() + 1) {
                        sink.add(issue(X12Error.SEGMENT_OVER_MAXIMUM, s.position(), f.loop.id(),
                                s.id() + " (" + g.name() + ") occurs more than " + g.max() + " time(s)"));
                    }
                } else if (idx < f.pos) {
                    f.counts[idx] = 1; // an earlier neighbour with the same id: same position, any order
                } else {
                    skipped(f, runStart(f.loop, idx, g.id()), s.position());
                    f.pos = idx;
                    f.counts[idx] = 1;
                }
                notUsed(g, s, f.loop.id());
                return new Match(g, f.loop.id(), f.loop);
            }
            GuideLoop loop = (GuideLoop) node;
            skipped(f, idx, s.position());
            f.pos = idx;
            f.counts[idx]++;
            if (f.counts[idx] > loop.max()) {
                sink.add(issue(X12Error.LOOP_OVER_MAXIMUM, s.position(), loop.id(),
                        "Loop " + loop.id() + " (" + loop.name() + ") occurs more than " + loop.max() + " time(s)"));
            }
            Frame child = new Frame(loop);
            child.counts[0] = 1;
            stack.add(child);
            notUsed(loop.trigger(), s, loop.id());
            return new Match(loop.trigger(), loop.id(), loop);
        }
        unplaced(s);
        return null;
    }

    /** Closes every open loop at the end of the transaction set ({@code at} = SE, or the last segment). */
    void finish(Segment at) {
        while (!stack.isEmpty()) {
            close(stack.remove(stack.size() - 1), at);
        }
    }

    /** Closes every open loop when the transaction ended without SE: missing segments are reported at {@code at}. */
    void finish(Position at) {
        while (!stack.isEmpty()) {
            Frame f = stack.remove(stack.size() - 1);
            missing(f, at);
        }
    }

    private void notUsed(GuideSegment g, Segment s, String loopId) {
        if (g.usage() == Usage.NOT_USED) {
            sink.add(issue(X12Error.SEGMENT_NOT_USED, s.position(), loopId, s.id() + " (" + g.name() + ") is not used in this guide"));
        }
    }

    /**
     * The first index of the run of neighbouring guide segments with id {@code id} that holds {@code at}, or
     * {@code at} when the child there is not such a segment. Guide segments with the same id written next to each
     * other (REF*1K, REF*D9, REF*BLT) stand at one position of the standard transaction set, so they may come in
     * any order.
     */
    private static int runStart(GuideLoop loop, int at, String id) {
        List<GuideNode> kids = loop.children();
        if (at >= kids.size() || !isSegment(kids.get(at), id)) {
            return at;
        }
        int i = at;
        while (i > 0 && isSegment(kids.get(i - 1), id)) {
            i--;
        }
        return i;
    }

    private static boolean isSegment(GuideNode n, String id) {
        return n instanceof GuideSegment g && g.id().equals(id);
    }

    /** Index of the first child at or after {@code from} that {@code s} fits, preferring a qualified match. */
    private static int find(Frame f, Segment s, int from) {
        List<GuideNode> kids = f.loop.children();
        for (int i = from; i < kids.size(); i++) {
            GuideNode n = kids.get(i);
            GuideSegment g = n instanceof GuideSegment seg ? seg : ((GuideLoop) n).trigger();
            if (!g.matches(s)) {
                continue;
            }
            if (g.qualifiers().isEmpty()) {
                // A catch-all (PWK) may be followed by a qualified neighbour (PWK*CT) that fits better.
                for (int j = i + 1; j < kids.size(); j++) {
                    GuideNode m = kids.get(j);
                    GuideSegment h = m instanceof GuideSegment seg2 ? seg2 : ((GuideLoop) m).trigger();
                    if (!h.id().equals(g.id())) {
                        break;
                    }
                    if (!h.qualifiers().isEmpty() && h.matches(s)) {
                        return j;
                    }
                }
            }
            return i;
        }
        return -1;
    }

    private void unplaced(Segment s) {
        Frame top = stack.get(stack.size() - 1);
        String loopId = top.loop.id();
        if (!validId(s.id())) {
            return; // the reader has reported the malformed id
        }
        for (int level = stack.size() - 1; level >= 0; level--) {
            Frame f = stack.get(level);
            int earlier = find(f, s, f.loop == root ? 0 : 1);
            if (earlier >= 0 && earlier < f.pos) {
                sink.add(issue(X12Error.SEGMENT_OUT_OF_SEQUENCE, s.position(), loopId,
                        s.id() + " is out of order in loop " + label(f.loop)));
                return;
            }
        }
        if (known(root, s.id())) {
            sink.add(issue(X12Error.UNEXPECTED_SEGMENT, s.position(), loopId,
                    s.id() + " is not expected here (loop " + label(top.loop) + ") or its qualifier is not one the guide allows"));
        } else {
            sink.add(issue(X12Error.SEGMENT_NOT_IN_TRANSACTION, s.position(), loopId, s.id() + " is not a segment of this transaction set"));
        }
    }

    private static boolean known(GuideLoop loop, String id) {
        for (GuideNode n : loop.children()) {
            if (n instanceof GuideSegment g ? g.id().equals(id) : known((GuideLoop) n, id)) {
                return true;
            }
        }
        return false;
    }

    private void close(Frame f, Segment at) {
        missing(f, at.position());
    }

    /** Reports the required children the current place moved past without seeing (they cannot come later). */
    private void skipped(Frame f, int to, Position at) {
        missing(f, at, to);
    }

    private void missing(Frame f, Position at) {
        missing(f, at, f.loop.children().size());
    }

    private void missing(Frame f, Position at, int to) {
        List<GuideNode> kids = f.loop.children();
        int from = f.checked;
        f.checked = Math.max(f.checked, to);
        for (int i = from; i < to; i++) {
            GuideNode n = kids.get(i);
            if (n.usage() != Usage.REQUIRED || f.counts[i] > 0) {
                continue;
            }
            if (n instanceof GuideSegment g) {
                Position p = new Position(at.segmentIndex(), at.segmentInTransaction(), g.id(), 0, 0, 0, at.byteOffset());
                sink.add(issue(X12Error.REQUIRED_SEGMENT_MISSING, p, f.loop.id(),
                        "Required segment " + g.id() + " (" + g.name() + ") missing in loop " + label(f.loop)));
            } else {
                GuideLoop l = (GuideLoop) n;
                Position p = new Position(at.segmentIndex(), at.segmentInTransaction(), l.trigger().id(), 0, 0, 0, at.byteOffset());
                sink.add(issue(X12Error.REQUIRED_SEGMENT_MISSING, p, l.id(),
                        "Required loop " + l.id() + " (" + l.name() + ") missing in loop " + label(f.loop)));
            }
        }
    }

    private static String label(GuideLoop l) {
        return l.id().isEmpty() ? "header" : l.id();
    }

    private static X12Issue issue(X12Error e, Position p, String loopId, String message) {
        return X12Issue.error(e, p, message).in(loopId, "");
    }

    static boolean validId(String id) {
        int n = id.length();
        if (n < 2 || n > 3 || id.charAt(0) < 'A') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = id.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }
}
