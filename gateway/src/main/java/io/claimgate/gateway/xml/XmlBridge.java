package io.claimgate.gateway.xml;

import io.claimgate.x12.syntax.Delimiters;
import io.claimgate.x12.syntax.X12Reader;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smooks.Smooks;
import org.smooks.api.SmooksException;
import org.smooks.cartridges.dfdl.DataProcessorFactory;
import org.smooks.io.sink.StreamSink;
import org.smooks.io.source.StreamSource;
import org.xml.sax.SAXException;

/**
 * Converts a 999, 277CA or 835 to XML through Smooks' EDI cartridge (Apache Daffodil driven by the DFDL
 * schemas in {@code /mappings/dfdl/}). The XML has one element per segment, named by its id ({@code CLP}),
 * holding one element per data element named by position ({@code CLP01}); composites hold their components
 * ({@code SVC01-1}); loops are wrapper elements ({@code Loop2100}); the envelope is
 * {@code Interchange/FunctionalGroup/TransactionSet}.
 *
 * <p>This is an integration path for partners who want XML, not the reader of record
 * ({@link X12Reader} and the typed readers are): Daffodil parses X12 at well under 1 MB/s and holds the
 * whole infoset in memory, so keep files through here small and off the request path.
 *
 * <p>The cartridge takes the delimiters as fixed attributes of its parser configuration, while X12 carries
 * them in each file's ISA. The bridge therefore keeps one Smooks instance per (transaction type, delimiter
 * set), built on first use from the template in {@code /mappings/smooks/} with the file's delimiters filled
 * in. The delimiters reach Daffodil as external variables, so the compiled schema does not depend on them:
 * all instances share one compiled-schema cache, and a schema is compiled (10-30 s) once per bridge whatever
 * the number of delimiter sets. Rewriting each file to standard delimiters instead was rejected: a value may
 * legitimately contain a character that is a delimiter in the standard set (a {@code :} in a file whose
 * component separator is {@code |}), and rewriting it would change the data.
 *
 * <p>Build one bridge, share it between threads (Smooks instances are thread-safe once built) and close it:
 * an unclosed Smooks keeps the JVM alive for about a minute.
 */
public final class XmlBridge implements Closeable {
    private static final Pattern BYTE_POSITION = Pattern.compile("byte (\\d+)");

    private record Key(X12Type type, Delimiters delimiters) {
    }

    private final Map<Key, Smooks> instances = new ConcurrentHashMap<>();
    /** Compiled DFDL schemas by schema name, shared by every Smooks instance of this bridge. */
    private final Map<String, Object> compiledSchemas = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /**
     * Converts the X12 file read from {@code x12} to XML written to {@code xml}. The input is read whole
     * into memory (Daffodil holds the whole infoset anyway).
     *
     * @throws XmlConversionException when the input is not X12, is not a 999/277/835, or Smooks cannot
     *     parse it (with the segment where it stopped, when known)
     */
    public void toXml(InputStream x12, OutputStream xml) throws IOException, XmlConversionException {
        toXml(x12.readAllBytes(), xml);
    }

    /** As {@link #toXml(InputStream, OutputStream)}, from bytes. */
    public void toXml(byte[] x12, OutputStream xml) throws IOException, XmlConversionException {
        Objects.requireNonNull(xml, "xml");
        Head head = head(x12);
        Smooks smooks = smooks(head.type(), head.delimiters());
        try {
            smooks.filterSource(new StreamSource<>(new ByteArrayInputStream(x12)), new StreamSink<>(xml));
        } catch (SmooksException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            long segment = segmentAt(x12, head.delimiters(), e);
            throw new XmlConversionException(XmlConversionException.Kind.PARSE_FAILED,
                    "Smooks could not parse the " + head.type().st01()
                            + (segment > 0 ? " at segment " + segment + " (" + segmentId(x12, head.delimiters(), segment) + ")" : "")
                            + ": " + daffodilReason(e),
                    segment, e);
        }
    }

    /** The transaction type (from the first ST01) and the delimiters (from the ISA) of an X12 file. */
    public record Head(X12Type type, Delimiters delimiters) {
    }

    /** Reads the ISA and the first ST of {@code x12}. */
    public static Head head(byte[] x12) throws XmlConversionException {
        try (X12Reader reader = X12Reader.of(x12)) {
            while (reader.next()) {
                if (reader.segment().is("ST")) {
                    String st01 = reader.segment().element(1);
                    Delimiters d = reader.delimiters();
                    return X12Type.ofSt01(st01).map(t -> new Head(t, d)).orElseThrow(() -> new XmlConversionException(
                            XmlConversionException.Kind.UNSUPPORTED_TYPE,
                            "transaction set " + st01 + " is not converted to XML (999, 277 and 835 are)", 0, null));
                }
            }
            if (reader.notX12()) {
                throw new XmlConversionException(XmlConversionException.Kind.NOT_X12,
                        "not X12: it does not start with an ISA segment", 0, null);
            }
            throw new XmlConversionException(XmlConversionException.Kind.NOT_X12, "no ST segment in the file", 0, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array reader does no I/O
        }
    }

    /**
     * The Smooks instance for a transaction type and delimiter set, built (and its schema compiled, the
     * first time) on first use. Call it ahead of time to keep the compile off a caller's path.
     */
    public Smooks smooks(X12Type type, Delimiters delimiters) {
        if (closed) {
            throw new IllegalStateException("XmlBridge is closed");
        }
        return instances.computeIfAbsent(new Key(type, delimiters), this::build);
    }

    private Smooks build(Key key) {
        String config = template(key.type())
                .replace("${segmentTerminator}", dfdlLiteral(key.delimiters().segment()) + "%WSP*;")
                .replace("${dataElementSeparator}", dfdlLiteral(key.delimiters().element()))
                .replace("${compositeDataElementSeparator}", dfdlLiteral(key.delimiters().component()))
                .replace("${repetitionSeparator}", dfdlLiteral(key.delimiters().repetition()));
        Smooks smooks = new Smooks();
        try {
            // The cartridge caches compiled schemas in the application context's registry under this key;
            // registering one map in every instance lets them share compilations.
            smooks.getApplicationContext().getRegistry().registerObject(DataProcessorFactory.class, compiledSchemas);
            smooks.addResourceConfigs(new ByteArrayInputStream(config.getBytes(StandardCharsets.UTF_8)));
            return smooks;
        } catch (IOException | SAXException | RuntimeException e) {
            smooks.close();
            throw new IllegalStateException("cannot build the Smooks instance for " + key.type().st01(), e);
        }
    }

    private static String template(X12Type type) {
        try (InputStream in = XmlBridge.class.getResourceAsStream(type.smooksConfig())) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + type.smooksConfig());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A delimiter as a DFDL string literal: {@code %} doubled, whitespace and controls as entities. */
    static String dfdlLiteral(char c) {
        if (c == '%') {
            return "%%";
        }
        if (c <= ' ' || c == 0x7f || c == '"' || c == '&' || c == '<' || c == '>' || c == '\'') {
            return "%#x" + Integer.toHexString(c).toUpperCase() + ";";
        }
        return String.valueOf(c);
    }

    /** 1-based index of the segment holding the byte Daffodil reported, or 0 when it did not say. */
    private static long segmentAt(byte[] x12, Delimiters d, Throwable e) {
        long offset = -1;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                Matcher m = BYTE_POSITION.matcher(t.getMessage());
                while (m.find()) {
                    offset = Long.parseLong(m.group(1));
                }
                if (offset >= 0) {
                    break;
                }
            }
        }
        if (offset < 0) {
            return 0;
        }
        long segment = 1;
        for (int i = 0; i < x12.length && i < offset; i++) {
            if (x12[i] == d.segment()) {
                segment++;
            }
        }
        return segment;
    }

    private static String segmentId(byte[] x12, Delimiters d, long segment) {
        long n = 1;
        int start = 0;
        for (int i = 0; i < x12.length && n < segment; i++) {
            if (x12[i] == d.segment()) {
                n++;
                start = i + 1;
            }
        }
        while (start < x12.length && Character.isWhitespace(x12[start])) {
            start++;
        }
        int end = start;
        while (end < x12.length && end - start < 3 && x12[end] != d.element() && x12[end] != d.segment()) {
            end++;
        }
        return new String(x12, start, end - start, StandardCharsets.ISO_8859_1);
    }

    /** Daffodil's first diagnostic line (it names schema elements and offsets, and may quote data). */
    private static String daffodilReason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = String.valueOf(root.getMessage());
        int nl = m.indexOf('\n');
        return nl > 0 ? m.substring(0, nl) : m;
    }

    /** Closes every Smooks instance; the bridge cannot be used afterwards. */
    @Override
    public void close() {
        closed = true;
        for (Smooks s : instances.values()) {
            s.close();
        }
        instances.clear();
        compiledSchemas.clear();
    }
}
