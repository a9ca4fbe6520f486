package io.claimgate.gateway.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimgate.x12.syntax.X12Issue;

/** An X12 issue as the commands print it. Never carries the offending value, which may be PHI. */
final class X12IssueJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private X12IssueJson() {
    }

    static ObjectNode of(X12Issue i) {
        ObjectNode n = JSON.createObjectNode();
        n.put("level", i.severity().name());
        n.put("ackLevel", i.error().level().name());
        n.put("code", i.error().name());
        n.put("wireCode", i.error().wireCode());
        n.put("segmentIndex", i.position().segmentIndex());
        n.put("segmentInTransaction", i.position().segmentInTransaction());
        n.put("segmentId", i.position().segmentId());
        n.put("element", i.position().element() == 0 ? "" : i.position().reference());
        n.put("loop", i.loopId());
        n.put("dataElement", i.dataElement());
        n.put("message", i.message());
        return n;
    }
}
