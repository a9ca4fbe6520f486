package io.claimgate.x12.codes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {
    private static final Clock MID_MARCH = Clock.fixed(Instant.parse("2024-03-15T10:00:00Z"), ZoneOffset.UTC);

    /** Each name with one value it accepts and one it refuses. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "npi              | 1234567893        | 1234567890",
        "icd10cm          | E119              | E11.9",
        "icd10pcs         | 0DTJ4ZZ           | 0DTJ4ZO",
        "cpt              | 99213             | J1100",
        "hcpcs            | J1100             | 99213",
        "cpt-hcpcs        | 0001U             | 0001X",
        "modifier         | 25                | 2",
        "place-of-service | 11                | 30",
        "revenue-code     | 0450              | 450",
        "facility-type    | 13                | 17",
        "type-of-bill     | 0131              | 0171",
        "claim-frequency  | 7                 | F",
        "admission-type   | 3                 | 7",
        "admission-source | 2                 | 3",
        "patient-status   | 01                | 1",
        "state            | TX                | TT",
        "zip              | 75001             | 7500",
        "zip9             | 750011234         | 75001",
        "date             | 20240229          | 20230229",
        "date-range       | 20240101-20240131 | 20240131-20240101",
        "date-time        | 202403150800      | 202403152400",
        "date-not-future  | 20240315          | 20240316",
        "ndc              | 00002143380       | 0002-1433-80",
        "taxonomy         | 207Q00000X        | 207Q000000",
        "claim-filing     | CI                | XX",
        "relationship     | 18                | 02",
        "gender           | F                 | X",
    })
    void eachNameReachesItsCheck(String name, String good, String bad) {
        assertTrue(Formats.valid(name, good, MID_MARCH), name + " accepts " + good);
        assertFalse(Formats.valid(name, bad, MID_MARCH), name + " refuses " + bad);
        assertFalse(Formats.valid(name, "", MID_MARCH), name + " refuses the empty value");
        assertFalse(Formats.valid(name, null, MID_MARCH), name + " refuses null");
    }

    @Test
    void theNamesTheGuideTablesUseAreKnown() {
        for (String name : List.of("npi", "icd10cm", "icd10pcs", "cpt-hcpcs", "modifier", "place-of-service", "revenue-code",
                "facility-type", "type-of-bill", "claim-frequency", "state", "zip", "zip9", "date", "date-not-future",
                "date-range", "ndc", "taxonomy", "admission-type", "admission-source", "patient-status")) {
            assertTrue(Formats.known(name), name);
        }
        assertFalse(Formats.known("NPI"));
        assertFalse(Formats.known("zip5"));
        assertThrows(IllegalArgumentException.class, () -> Formats.valid("nip", "1234567893"));
    }

    @Test
    void everyNameInTheReadmeIsKnown() throws IOException, URISyntaxException {
        Path readme = Path.of(FormatsTest.class.getResource("/mappings/codes/README.md").toURI());
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        String section = text.substring(text.indexOf("## Format check names"), text.indexOf("## Not checked yet"));
        Matcher row = Pattern.compile("(?m)^\\| `([a-z0-9-]+)` \\|").matcher(section);
        List<String> names = new ArrayList<>();
        while (row.find()) {
            names.add(row.group(1));
        }
        assertTrue(names.size() >= 21, names.toString());
        for (String name : names) {
            assertTrue(Formats.known(name), name + " in README.md is a Formats name");
        }
    }

    @Test
    void twoArgumentFormUsesTheSystemClock() {
        assertTrue(Formats.valid("date-not-future", "20000101"));
        assertFalse(Formats.valid("date-not-future", "99991231"));
    }
}
