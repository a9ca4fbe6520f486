package io.claimgate.x12.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CodeSetTest {
    @Test
    void readsCodesAndDescriptionsSkippingComments() throws IOException {
        CodeSet set = CodeSet.read("t", new StringReader("# Source: test\n\n1\tEmergency\n# more\n2\tUrgent \n"));
        assertEquals(2, set.size());
        assertTrue(set.contains("1"));
        assertTrue(set.contains("2"));
        assertFalse(set.contains("3"));
        assertFalse(set.contains(null));
        assertEquals("Urgent", set.description("2"));
        assertNull(set.description("3"));
        assertEquals(List.of("1", "2"), List.copyOf(set.codes()));
        assertThrows(UnsupportedOperationException.class, () -> set.codes().add("9"));
    }

    @Test
    void malformedLinesFailWithTheLineNumber() {
        IllegalStateException noTab = assertThrows(IllegalStateException.class,
                () -> CodeSet.read("t", new StringReader("# s\n1\tA\n2\n")));
        assertTrue(noTab.getMessage().contains("line 3"), noTab.getMessage());
        IllegalStateException duplicate = assertThrows(IllegalStateException.class,
                () -> CodeSet.read("t", new StringReader("1\tA\n1\tB\n")));
        assertTrue(duplicate.getMessage().contains("duplicate"), duplicate.getMessage());
        assertThrows(IllegalStateException.class, () -> CodeSet.read("t", new StringReader("1\t\n")));
        assertThrows(IllegalStateException.class, () -> CodeSet.read("t", new StringReader(" 1\tA\n")));
        assertThrows(IllegalStateException.class, () -> CodeSet.read("t", new StringReader("# only comments\n")));
    }

    @Test
    void namedReadsFromTheClasspathOnce() {
        CodeSet pos = CodeSet.named("place-of-service");
        assertSame(pos, CodeSet.named("place-of-service"));
        assertEquals("Office", pos.description("11"));
        assertTrue(CodeSet.exists("us-states"));
        assertFalse(CodeSet.exists("no-such-table"));
        assertFalse(CodeSet.exists("../codes/us-states"));
        assertThrows(IllegalArgumentException.class, () -> CodeSet.named("no-such-table"));
        assertThrows(IllegalArgumentException.class, () -> CodeSet.named("../guides/FORMAT"));
    }

    @Test
    void everyShippedTableLoadsAndNamesItsSource() throws IOException, URISyntaxException {
        Path dir = Path.of(CodeSetTest.class.getResource("/mappings/codes/README.md").toURI()).getParent();
        List<Path> tables;
        try (Stream<Path> files = Files.list(dir)) {
            tables = files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        }
        assertTrue(tables.size() >= 10, tables.toString());
        String readme = Files.readString(dir.resolve("README.md"), StandardCharsets.UTF_8);
        for (Path table : tables) {
            String file = table.getFileName().toString();
            String name = file.substring(0, file.length() - 4);
            List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
            assertTrue(lines.get(0).startsWith("# Source: "), file + " starts with its source");
            assertTrue(CodeSet.named(name).size() > 0, file);
            assertTrue(readme.contains("`" + file + "`"), file + " is described in README.md");
        }
    }

    @Test
    void currentPlaceOfServiceCodes() {
        CodeSet pos = CodeSet.named("place-of-service");
        for (String code : new String[] {"01", "02", "10", "11", "12", "19", "21", "22", "23", "27", "31", "81", "99"}) {
            assertTrue(pos.contains(code), code);
        }
        for (String code : new String[] {"00", "28", "30", "40", "59", "98", "1", "011"}) {
            assertFalse(pos.contains(code), code);
        }
    }
}
