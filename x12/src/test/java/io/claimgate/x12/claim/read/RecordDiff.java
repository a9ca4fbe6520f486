package io.claimgate.x12.claim.read;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Field-by-field differences between two records (nested records and lists included), as readable paths. */
final class RecordDiff {
    private RecordDiff() {
    }

    static List<String> diff(Object expected, Object actual) {
        List<String> out = new ArrayList<>();
        diff("", expected, actual, out);
        return out;
    }

    private static void diff(String path, Object e, Object a, List<String> out) {
        if (e == null || a == null) {
            if (e != a) {
                out.add(path + ": expected " + e + " but read " + a);
            }
            return;
        }
        if (e instanceof BigDecimal be && a instanceof BigDecimal ba) {
            if (be.compareTo(ba) != 0) {
                out.add(path + ": expected " + be + " but read " + ba);
            }
            return;
        }
        if (e instanceof List<?> le && a instanceof List<?> la) {
            if (le.size() != la.size()) {
                out.add(path + ": expected " + le.size() + " entries but read " + la.size() + " " + le + " / " + la);
                return;
            }
            for (int i = 0; i < le.size(); i++) {
                diff(path + "[" + i + "]", le.get(i), la.get(i), out);
            }
            return;
        }
        if (e.getClass().isRecord() && e.getClass() == a.getClass()) {
            for (RecordComponent rc : e.getClass().getRecordComponents()) {
                try {
                    diff(path + "." + rc.getName(), rc.getAccessor().invoke(e), rc.getAccessor().invoke(a), out);
                } catch (ReflectiveOperationException x) {
                    throw new IllegalStateException(x);
                }
            }
            return;
        }
        if (!e.equals(a)) {
            out.add(path + ": expected " + e + " but read " + a);
        }
    }
}
