package io.claimgate.x12.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The implementation-guide tables shipped on the classpath under {@code /mappings/guides/*.guide}, read once
 * on first use, and the code lists under {@code /mappings/codes/*.tsv} they refer to.
 */
public final class Guides {
    private static final String GUIDES = "mappings/guides";
    private static final Map<String, Set<String>> CODE_LISTS = new ConcurrentHashMap<>();
    private static volatile List<GuideTable> all;

    private Guides() {
    }

    /** The table that reads GS08/ST03 value {@code version} (its own version or one it accepts), or null. */
    public static GuideTable forVersion(String version) {
        for (GuideTable t : all()) {
            if (t.reads(version)) {
                return t;
            }
        }
        return null;
    }

    /** Every table on the classpath. */
    public static List<GuideTable> all() {
        List<GuideTable> tables = all;
        if (tables == null) {
            synchronized (Guides.class) {
                if (all == null) {
                    all = load();
                }
                tables = all;
            }
        }
        return tables;
    }

    /** The codes of {@code mappings/codes/NAME.tsv} (first column; '#' lines are comments). */
    static Set<String> codeList(String name) {
        return CODE_LISTS.computeIfAbsent(name, n -> {
            String text = resource("mappings/codes/" + n + ".tsv");
            if (text == null) {
                throw new IllegalArgumentException("code list not found: mappings/codes/" + n + ".tsv");
            }
            Set<String> codes = new LinkedHashSet<>();
            for (String line : text.split("\r?\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                codes.add((tab < 0 ? line : line.substring(0, tab)).trim());
            }
            return Collections.unmodifiableSet(codes);
        });
    }

    private static List<GuideTable> load() {
        List<GuideTable> out = new ArrayList<>();
        for (String file : guideFiles()) {
            String text = resource(GUIDES + "/" + file);
            out.add(GuideTable.parse(file, text));
        }
        return List.copyOf(out);
    }

    private static List<String> guideFiles() {
        URL url = Guides.class.getClassLoader().getResource(GUIDES);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return list(fs.getPath("/" + GUIDES));
                }
            }
            return list(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".guide")).sorted().toList();
        }
    }

    private static String resource(String path) {
        try (InputStream in = Guides.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
