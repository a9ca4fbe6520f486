package io.claimgate.x12.codes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.io.InputStreamReader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An external code list (WEDI SNIP level 5) read from {@code /mappings/codes/NAME.tsv} on the
 * classpath: place of service, NUBC admission type / point of origin / patient status, USPS state
 * codes, and so on. The implementation-guide tables refer to one with {@code = @NAME}.
 *
 * <p>File format: one code a line, a tab, its description; {@code #} starts a comment line; blank
 * lines are ignored. Each file starts with a comment naming where the list comes from. A malformed
 * or duplicate line is a bug in the shipped data and fails the load with the file and line number.
 *
 * <p>Instances are immutable and safe to share between threads; {@link #named} reads each file once.
 */
public final class CodeSet {
    private static final Map<String, CodeSet> LOADED = new ConcurrentHashMap<>();

    private final String name;
    private final Map<String, String> descriptions;

    private CodeSet(String name, Map<String, String> descriptions) {
        this.name = name;
        this.descriptions = Collections.unmodifiableMap(descriptions);
    }

    /**
     * The code set {@code /mappings/codes/NAME.tsv}, read from the classpath on first use and kept.
     *
     * @throws IllegalArgumentException when the name is not a plain lower-case table name or no such table ships
     */
    public static CodeSet named(String name) {
        CodeSet set = LOADED.get(name);
        return set != null ? set : LOADED.computeIfAbsent(name, CodeSet::load);
    }

    /** True when a table {@code /mappings/codes/NAME.tsv} ships with the library. */
    public static boolean exists(String name) {
        return LOADED.containsKey(name) || validName(name) && CodeSet.class.getResource(path(name)) != null;
    }

    /** Reads a code set in the TSV format from {@code in}; {@code name} is used in error messages. */
    public static CodeSet read(String name, Reader in) throws IOException {
        Objects.requireNonNull(name, "name");
        Map<String, String> codes = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(in);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            String code = tab < 0 ? line : line.substring(0, tab);
            String description = tab < 0 ? "" : line.substring(tab + 1).strip();
            if (code.isEmpty() || !code.strip().equals(code) || description.isEmpty()) {
                throw new IllegalStateException(name + ".tsv line " + number + ": expected CODE<tab>DESCRIPTION");
            }
            if (codes.putIfAbsent(code, description) != null) {
                throw new IllegalStateException(name + ".tsv line " + number + ": duplicate code " + code);
            }
        }
        if (codes.isEmpty()) {
            throw new IllegalStateException(name + ".tsv holds no codes");
        }
        return new CodeSet(name, codes);
    }

    private static CodeSet load(String name) {
        if (!validName(name)) {
            throw new IllegalArgumentException("not a code set name: " + name);
        }
        InputStream in = CodeSet.class.getResourceAsStream(path(name));
        if (in == null) {
            throw new IllegalArgumentException("no code set " + path(name) + " on the classpath");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(name, reader);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + path(name), e);
        }
    }

    private static String path(String name) {
        return "/mappings/codes/" + name + ".tsv";
    }

    private static boolean validName(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || Chars.digit(c) || c == '-' && i > 0)) {
                return false;
            }
        }
        return true;
    }

    /** The table name ({@code place-of-service} for {@code place-of-service.tsv}). */
    public String name() {
        return name;
    }

    /** True when {@code code} is in the list (exact, case-sensitive match). */
    public boolean contains(String code) {
        return code != null && descriptions.containsKey(code);
    }

    /** The description of {@code code}, or null when it is not in the list. */
    public String description(String code) {
        return code == null ? null : descriptions.get(code);
    }

    /** Every code, in file order. */
    public Set<String> codes() {
        return descriptions.keySet();
    }

    public int size() {
        return descriptions.size();
    }

    @Override
    public String toString() {
        return "CodeSet[" + name + ", " + descriptions.size() + " codes]";
    }
}
