/**
 * Prints every issue ClaimValidation.check reports for claim JSON files, one per line:
 * severity, code, path, message. Used with chc_coverage.py (see there); not part of the build.
 */
import io.claimgate.x12.claim.*;
import java.nio.file.*;
import java.time.Clock;
import java.util.*;
public class Probe {
    public static void main(String[] a) throws Exception {
        ClaimKind kind = ClaimKind.valueOf(a[0]);
        for (int i = 1; i < a.length; i++) {
            String json = Files.readString(Path.of(a[i]));
            ValidatedClaim v = ClaimValidation.check(kind, json, Clock.systemUTC());
            System.out.println("== " + a[i]);
            for (ClaimIssue is : v.issues()) {
                System.out.println(is.severity() + "\t" + is.code() + "\t" + is.path() + "\t" + is.message());
            }
        }
    }
}
