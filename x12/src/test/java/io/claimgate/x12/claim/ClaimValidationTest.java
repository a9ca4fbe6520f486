package io.claimgate.x12.claim;

import org.junit.jupiter.api.Test;

import static io.claimgate.x12.claim.ClaimFixtures.*;

class ClaimValidationTest {
    @Test
    void examplesPass() {
        assertIssues(professional(professional()));
        assertIssues(institutional(institutional()));
        assertIssues(professional(tree("professional-providers-array.json")));
    }
}
