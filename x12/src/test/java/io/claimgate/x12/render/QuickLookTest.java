package io.claimgate.x12.render;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuickLookTest {
    @Test
    void look() {
        var r = RenderFixtures.render(List.of(RenderFixtures.claim("prof-basic.json"), RenderFixtures.claim("inst-inpatient.json")),
                RenderFixtures.settings().build());
        System.out.println(r.text());
        System.out.println(r.result());
        RenderFixtures.keep("quick.837", r.text());
    }
}
