package io.claimgate.x12.claim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A JSON object of {@link ClaimJsonParser}'s trees: an {@link ObjectNode} like any other, its fields kept
 * in two arrays in document order instead of a LinkedHashMap. A claim object has a few to a few dozen
 * fields whose names the parser interns, so a scan by identity finds a field faster than hashing, adding a
 * field allocates nothing but the occasional larger array, and {@link JsonFields} can mark the fields it read
 * by position ({@link Fields#indexOf}).
 */
final class ClaimObjectNode extends ObjectNode {
    private static final long serialVersionUID = 1L;

    private final transient Fields fields;

    private ClaimObjectNode(JsonNodeFactory nodes, Fields fields) {
        super(nodes, fields);
        this.fields = fields;
    }

    static ClaimObjectNode create(JsonNodeFactory nodes) {
        return new ClaimObjectNode(nodes, new Fields());
    }

    Fields fieldsByPosition() {
        return fields;
    }

    /** The field map: insertion order, lookups by identity then by hash and equality. */
    static final class Fields extends AbstractMap<String, JsonNode> {
        private String[] keys = new String[8];
        private JsonNode[] values = new JsonNode[8];
        private int size;
        /** Bit {@code hash & 63} of every key: most absent names (the binder asks for many) need no scan. */
        private long hashBits;
        /** Where the next identity scan starts; only a hint, any value is correct. */
        private int hint;

        /** The fields of any JSON object, in its order (a tree of another mapper, for {@link JsonFields}). */
        static Fields copyOf(JsonNode object) {
            if (object instanceof ClaimObjectNode o) {
                return o.fields;
            }
            Fields f = new Fields();
            Iterator<Map.Entry<String, JsonNode>> entries = object.fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> e = entries.next();
                f.append(e.getKey(), e.getValue());
            }
            return f;
        }

        /** The position of {@code key}, or -1. */
        int indexOf(Object key) {
            if (!(key instanceof String s)) {
                return -1;
            }
            int h = s.hashCode();
            if ((hashBits & 1L << h) == 0) {
                return -1;
            }
            // Readers mostly ask for the fields in the order they were sent: start after the last one found.
            String[] k = keys;
            int n = size;
            int i = hint < n ? hint : 0;
            for (int j = 0; j < n; j++, i++) {
                if (i == n) {
                    i = 0;
                }
                if (k[i] == key) {
                    hint = i + 1;
                    return i;
                }
            }
            for (int j = 0; j < n; j++) {
                if (k[j].hashCode() == h && k[j].equals(s)) {
                    return j;
                }
            }
            return -1;
        }

        String key(int i) {
            return keys[i];
        }

        JsonNode value(int i) {
            return values[i];
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public JsonNode get(Object key) {
            int i = indexOf(key);
            return i < 0 ? null : values[i];
        }

        @Override
        public boolean containsKey(Object key) {
            return indexOf(key) >= 0;
        }

        @Override
        public JsonNode put(String key, JsonNode value) {
            int i = indexOf(key);
            if (i >= 0) {
                JsonNode old = values[i];
                values[i] = value;
                return old;
            }
            append(key, value);
            return null;
        }

        /** Adds a field known to be new. */
        private void append(String key, JsonNode value) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            keys[size] = key;
            values[size++] = value;
            hashBits |= 1L << key.hashCode();
        }

        @Override
        public JsonNode remove(Object key) {
            int i = indexOf(key);
            if (i < 0) {
                return null;
            }
            JsonNode old = values[i];
            removeAt(i);
            return old;
        }

        private void removeAt(int i) {
            System.arraycopy(keys, i + 1, keys, i, size - i - 1);
            System.arraycopy(values, i + 1, values, i, size - i - 1);
            size--;
            keys[size] = null;
            values[size] = null;
            hashBits = 0;
            for (int k = 0; k < size; k++) {
                hashBits |= 1L << keys[k].hashCode();
            }
        }

        @Override
        public void clear() {
            Arrays.fill(keys, 0, size, null);
            Arrays.fill(values, 0, size, null);
            size = 0;
            hashBits = 0;
        }

        @Override
        public Set<Map.Entry<String, JsonNode>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return size;
                }

                @Override
                public Iterator<Map.Entry<String, JsonNode>> iterator() {
                    return new Iterator<>() {
                        private int next;
                        private int last = -1;

                        @Override
                        public boolean hasNext() {
                            return next < size;
                        }

                        @Override
                        public Map.Entry<String, JsonNode> next() {
                            if (next >= size) {
                                throw new NoSuchElementException();
                            }
                            last = next++;
                            return new Entry(last);
                        }

                        @Override
                        public void remove() {
                            if (last < 0) {
                                throw new IllegalStateException();
                            }
                            removeAt(last);
                            next = last;
                            last = -1;
                        }
                    };
                }
            };
        }

        /** An entry that writes through to its position, as a HashMap entry writes through to the map. */
        private final class Entry implements Map.Entry<String, JsonNode> {
            private final String key;
            private final int index;

            Entry(int index) {
                this.key = keys[index];
                this.index = index;
            }

            @Override
            public String getKey() {
                return key;
            }

            @Override
            public JsonNode getValue() {
                return values[index];
            }

            @Override
            public JsonNode setValue(JsonNode value) {
                JsonNode old = values[index];
                values[index] = value;
                return old;
            }

            @Override
            public boolean equals(Object o) {
                return o instanceof Map.Entry<?, ?> e && key.equals(e.getKey()) && getValue().equals(e.getValue());
            }

            @Override
            public int hashCode() {
                return key.hashCode() ^ getValue().hashCode();
            }
        }
    }
}
