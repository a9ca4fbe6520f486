package io.claimgate.x12.render;

import io.claimgate.x12.syntax.X12WriteException;
import io.claimgate.x12.syntax.X12Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the segments of claims through an {@link X12Writer}, turning every refused value into a
 * {@link RenderIssue} that names the claim field (never the value). A refused segment is left out and
 * rendering goes on, so that one pass reports every bad value of every claim.
 *
 * <p>Also holds the segments most loops share: HL, NM1, N3, N4, REF, DTP, AMT, PER, DMG, PRV, NTE.
 */
final class Segments {
    static final Fields NAME = Fields.of("NM103", "lastName", "NM104", "firstName", "NM105", "middleName",
            "NM107", "suffix", "NM109", "npi");
    static final Fields ORGANIZATION = Fields.of("NM103", "organizationName", "NM109", "npi");
    static final Fields ADDRESS = Fields.of("N301", "address1", "N302", "address2", "N401", "city", "N402", "state",
            "N403", "postalCode", "N404", "countryCode", "N407", "countrySubDivisionCode");
    private static final Fields DMG = Fields.of("DMG02", "dateOfBirth", "DMG03", "gender");
    private static final Fields PRV = Fields.of("PRV03", "taxonomyCode");

    private final X12Writer writer;
    private final Seg seg = new Seg();
    private final List<RenderIssue> issues = new ArrayList<>();
    private int claimIndex = -1;

    Segments(X12Writer writer) {
        this.writer = writer;
    }

    X12Writer writer() {
        return writer;
    }

    /** The claim whose values are being written, for issues. */
    void claim(int index) {
        this.claimIndex = index;
    }

    List<RenderIssue> issues() {
        return issues;
    }

    /** The position the next segment will have in its transaction set (ST = 1). */
    int nextPosition() {
        return writer.segmentCount() + 1;
    }

    /** Segments written so far in the transaction set (ST = 1). */
    int position() {
        return writer.segmentCount();
    }

    /** Starts a segment whose values come from the JSON object at {@code path}, element by element as {@code fields} says. */
    Seg seg(String id, String path, Fields fields) {
        seg.start(writer.segment(id), path, fields);
        return seg;
    }

    /** Starts a segment whose values are all from {@code path} (or made by the renderer itself). */
    Seg seg(String id, String path) {
        return seg(id, path, Fields.NONE);
    }

    /** Records a value the claim needs but lacks. */
    void missing(String path, String x12Field, String message) {
        issues.add(new RenderIssue(claimIndex, path, x12Field, message));
    }

    // ---- shared segments ----------------------------------------------------------------------------------------

    /** HL: hierarchical id, parent id (0 = none), level code (20 billing, 22 subscriber, 23 patient), HL04 child code. */
    void hl(int id, int parent, String level, boolean hasChildren) {
        seg("HL", "").e(Integer.toString(id)).e(parent == 0 ? null : Integer.toString(parent)).e(level)
                .e(hasChildren ? "1" : "0").end();
    }

    /**
     * NM1 for a person ({@code NM102} = 1) when {@code lastName} is given and no organization name, else for an
     * organization (2). NM108/NM109 only when {@code id} is given.
     */
    void nm1(String entity, String organizationName, String lastName, String firstName, String middleName,
             String suffix, String idQualifier, String id, String path, String idField) {
        boolean person = isEmpty(organizationName) && !isEmpty(lastName);
        Fields f = person ? NAME : ORGANIZATION;
        Seg s = seg("NM1", path, idField == null ? f : f.with("NM109", idField)).e(entity).e(person ? "1" : "2");
        if (person) {
            s.e(lastName).e(firstName).e(middleName).skip(1).e(suffix);
        } else {
            s.e(organizationName).skip(4);
        }
        if (!isEmpty(id)) {
            s.e(idQualifier).e(id);
        }
        s.end();
    }

    /** NM1 of an entity known only by its entity code (NM1*87*2 for the pay-to address). */
    void nm1(String entity, String entityType) {
        seg("NM1", "").e(entity).e(entityType).end();
    }

    void n3(String address1, String address2, String path) {
        seg("N3", path, ADDRESS).e(address1).e(address2).end();
    }

    /** N4: city, state, postal code, country (only outside the US) and country subdivision. */
    void n4(String city, String state, String postalCode, String countryCode, String subdivision, String path) {
        Seg s = seg("N4", path, ADDRESS).e(city).e(state).e(postalCode);
        if (!isEmpty(countryCode) && !"US".equals(countryCode) && !"USA".equals(countryCode)) {
            s.e(countryCode).skip(2).e(subdivision);
        }
        s.end();
    }

    /** REF with qualifier {@code qualifier}; nothing when {@code value} is empty. */
    void ref(String qualifier, String value, String path, String field) {
        if (!isEmpty(value)) {
            seg("REF", path, Fields.one("REF02", field)).e(qualifier).e(value).end();
        }
    }

    /** DTP with format D8 (one date) or RD8 (from-through); nothing when {@code date} is empty. */
    void dtp(String qualifier, String date, String path, String field) {
        if (!isEmpty(date)) {
            seg("DTP", path, Fields.one("DTP03", field)).e(qualifier).e("D8").e(date).end();
        }
    }

    /** DTP with a date range (RD8 {@code from-to}), or D8 when {@code to} is empty or equal to {@code from}. */
    void dtpRange(String qualifier, String from, String to, String path, String fromField, String toField) {
        if (isEmpty(from)) {
            return;
        }
        if (isEmpty(to) || to.equals(from)) {
            dtp(qualifier, from, path, fromField);
        } else {
            seg("DTP", path, Fields.one("DTP03", fromField)).e(qualifier).e("RD8").e(from + "-" + to).end();
        }
    }

    /** AMT; nothing when {@code amount} is null. */
    void amt(String qualifier, BigDecimal amount, String path) {
        if (amount != null) {
            seg("AMT", path).e(qualifier).amt(amount).end();
        }
    }

    /**
     * PER*IC: contact name and up to three communication numbers, in the order telephone (with extension),
     * fax, e-mail; nothing when there is neither a name nor a number.
     */
    void per(String name, String phone, String extension, String fax, String email, String path) {
        if (isEmpty(name) && isEmpty(phone) && isEmpty(fax) && isEmpty(email)) {
            return;
        }
        // which element holds which number depends on which numbers there are
        Fields f = Fields.one("PER02", "name");
        String[] kinds = new String[3];
        String[] values = new String[3];
        int pairs = 0;
        if (!isEmpty(phone)) {
            kinds[pairs] = "TE";
            values[pairs] = phone;
            f = f.with(ref(pairs), "phoneNumber");
            pairs++;
            if (!isEmpty(extension)) {
                kinds[pairs] = "EX";
                values[pairs] = extension;
                f = f.with(ref(pairs), "phoneExtension");
                pairs++;
            }
        }
        if (!isEmpty(fax) && pairs < 3) {
            kinds[pairs] = "FX";
            values[pairs] = fax;
            f = f.with(ref(pairs), "faxNumber");
            pairs++;
        }
        if (!isEmpty(email) && pairs < 3) {
            kinds[pairs] = "EM";
            values[pairs] = email;
            f = f.with(ref(pairs), "email");
            pairs++;
        }
        if (pairs == 0) {
            // PER03/PER04 are required in every PER of the 837: a name alone cannot be written
            missing(path + ".phoneNumber", "PER04", "a contact needs a telephone number, fax number or e-mail address");
            return;
        }
        Seg s = seg("PER", path, f).e("IC").e(name);
        for (int i = 0; i < pairs; i++) {
            s.e(kinds[i]).e(values[i]);
        }
        s.end();
    }

    private static String ref(int pair) {
        return "PER0" + (4 + 2 * pair);
    }

    /**
     * DMG*D8: birth date and gender, both required. Called only where the guide requires the DMG: the patient's
     * (2010BA when the subscriber is the patient, else 2010CA), so a missing value is reported.
     */
    void dmg(String dateOfBirth, String gender, String path) {
        if (isEmpty(dateOfBirth)) {
            missing(path + ".dateOfBirth", "DMG02", "the patient's birth date is required (DMG)");
        }
        if (isEmpty(gender)) {
            missing(path + ".gender", "DMG03", "the patient's gender is required (DMG)");
        }
        if (isEmpty(dateOfBirth) || isEmpty(gender)) {
            return;
        }
        seg("DMG", path, DMG).e(isEmpty(dateOfBirth) ? null : "D8").e(dateOfBirth).e(gender).end();
    }

    /** PRV with the taxonomy code (PXC); nothing when there is no taxonomy. */
    void prv(String providerCode, String taxonomy, String path) {
        if (!isEmpty(taxonomy)) {
            seg("PRV", path, PRV).e(providerCode).e("PXC").e(taxonomy).end();
        }
    }

    /** NTE; nothing when {@code text} is empty. */
    void nte(String code, String text, String path, String field) {
        if (!isEmpty(text)) {
            seg("NTE", path, Fields.one("NTE02", field)).e(code).e(text).end();
        }
    }

    static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }

    /** One segment in the making. After a refused value, the rest of the segment is ignored and it is not written. */
    final class Seg {
        private X12Writer.SegmentBuilder b;
        private String path;
        private Fields fields;
        private boolean refused;

        private void start(X12Writer.SegmentBuilder builder, String jsonPath, Fields f) {
            this.b = builder;
            this.path = jsonPath;
            this.fields = f;
            this.refused = false;
        }

        /** A simple element; null or empty leaves it empty. */
        Seg e(String value) {
            if (!refused) {
                try {
                    b.element(value);
                } catch (X12WriteException ex) {
                    refuse(ex);
                }
            }
            return this;
        }

        /** A composite element; trailing empty components are dropped. */
        Seg c(String... components) {
            if (!refused) {
                try {
                    b.composite(components);
                } catch (X12WriteException ex) {
                    refuse(ex);
                }
            }
            return this;
        }

        /** An amount (X12 type R: no trailing zeros); null leaves it empty. */
        Seg amt(BigDecimal value) {
            if (!refused) {
                b.amount(value);
            }
            return this;
        }

        Seg skip(int n) {
            if (!refused) {
                b.skip(n);
            }
            return this;
        }

        void end() {
            if (!refused) {
                b.end();
            }
        }

        private void refuse(X12WriteException ex) {
            refused = true;
            String message = ex.getMessage();
            String prefix = ex.field() + ": ";
            if (message.startsWith(prefix)) {
                message = message.substring(prefix.length());
            }
            issues.add(new RenderIssue(claimIndex, fields.path(path, ex.field()), ex.field(), message));
        }
    }
}
