package io.claimgate.x12.claim;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hand-written pattern tests agree with the regexes of {@link SchemaRules} they stand in for. */
class SchemaShapesTest {
    private static final String DATE = SchemaRules.DATE.pattern();
    private static final List<Pattern> PATTERNS = List.of(SchemaRules.DATE, SchemaRules.AMOUNT,
            SchemaRules.SIGNED_AMOUNT, SchemaRules.QUANTITY, Pattern.compile("\\d{10}"), Pattern.compile("\\d{9}"),
            Pattern.compile("\\d{5}"), Pattern.compile("\\d{1,6}"), Pattern.compile("[A-Za-z0-9]{10}"),
            Pattern.compile("[1-9]|1[0-2]"), Pattern.compile(DATE + "(([01]\\d|2[0-3])[0-5]\\d)?"),
            Pattern.compile(DATE + "(-" + DATE + ")?"), Pattern.compile("([01]\\d|2[0-3])[0-5]\\d"),
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"));

    @Test
    void everyShapeMatchesWhatItsRegexMatches() {
        List<String> values = new ArrayList<>(List.of("", "-", ".", "-.5", "0", "00", "1", "9", "10", "12", "13", "012",
                "1.", "1.5", "1.55", "1.555", "-1.55", "-1.555", "123456789012345", "1234567890123456",
                "123456789012345.123", "1.1234", "20240229", "20240001", "20241301", "20241231", "20240132",
                "20240100", "20240230", "202402291200", "202402292400", "202402292360", "202402291959",
                "20240101-20241231", "20240101-2024123", "20240101+20241231", "2359", "2400", "1960", "0000",
                "1234567890", "123456789", "12345", "123456", "1234567", "A1b2C3d4E5", "A1b2C3d4E_",
                "3fa85f64-5717-4562-b3fc-2c963f66afa6", "١٢٣٤٥", "12٣45", "1e5", " 1", "1 "));
        Random random = new Random(7);
        String alphabet = "0123456789-.1203aZ: ";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(19); n > 0; n--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            values.add(b.toString());
            values.add("2024" + String.format("%02d%02d", random.nextInt(14), random.nextInt(33)));
        }
        for (Pattern p : PATTERNS) {
            for (String v : values) {
                assertEquals(p.matcher(v).matches(), SchemaShapes.matches(p, v), p.pattern() + " on '" + v + "'");
            }
        }
    }

    @Test
    void numbersAndDelimitersAgreeWithTheirRegexes() {
        Pattern number = Pattern.compile("-?\\d+(\\.\\d+)?");
        Pattern delimiters = Pattern.compile("[~*:^\\r\\n]");
        for (String v : List.of("", "-", "1", "-1", "1.", "1.0", "-0.000001", "1.2.3", "a", "12a", "~", "a*b", "x:y",
                "^", "a\rb", "a\nb", "plain text", "#$%&")) {
            assertEquals(number.matcher(v).matches(), SchemaShapes.number(v), v);
            assertEquals(delimiters.matcher(v).find(), SchemaShapes.hasDelimiter(v), v);
        }
    }
}
