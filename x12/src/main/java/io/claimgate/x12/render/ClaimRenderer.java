package io.claimgate.x12.render;

import io.claimgate.x12.claim.Claim;
import io.claimgate.x12.claim.ClaimKind;
import io.claimgate.x12.syntax.GroupHeader;
import io.claimgate.x12.syntax.InterchangeHeader;
import io.claimgate.x12.syntax.X12Writer;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Renders claims into one X12 interchange: 837P (005010X222A1) for professional claims and 837I
 * (005010X223A2) for institutional ones, each kind in its own functional group (GS01 HC).
 *
 * <p>Inside a group, claims sharing submitter and receiver go into transaction sets of at most
 * {@link RenderSettings#maxClaimsPerTransaction()} claims. Inside a transaction set there is one 2000A
 * per billing provider (and pay-to), one 2000B per subscriber and payer, one 2000C per patient who is not
 * the subscriber. Envelope counts (SE01, GE01, IEA01) are computed by {@link X12Writer}.
 *
 * <p>Claims should have been read without errors (see {@code io.claimgate.x12.claim}). Values that cannot
 * be written (a delimiter character, a line break, a missing required value) come back as
 * {@link RenderIssue}s naming the JSON field; the bytes are then unusable. The result says where every
 * claim landed (ISA13, GS06, ST02, BHT03, CLM segment position), which is how 999 and 277CA responses are
 * matched back to claims. Stateless and thread-safe; one instance can serve every caller.
 */
public final class ClaimRenderer {

    /**
     * Writes one interchange holding {@code claims} to {@code out} (flushed, not closed).
     *
     * @throws IllegalArgumentException when {@code claims} is empty
     * @throws java.io.UncheckedIOException when writing fails
     */
    public RenderResult render(List<Claim> claims, RenderSettings settings, OutputStream out) {
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(out, "out");
        if (claims.isEmpty()) {
            throw new IllegalArgumentException("claims: at least one claim is needed for an interchange");
        }
        List<Integer> professional = new ArrayList<>();
        List<Integer> institutional = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            Claim c = Objects.requireNonNull(claims.get(i), "claims[" + i + "]");
            (c.kind() == ClaimKind.INSTITUTIONAL ? institutional : professional).add(i);
        }
        List<ClaimFormat> formats = new ArrayList<>(2);
        List<List<BatchPlan.Transaction>> plans = new ArrayList<>(2);
        int transactionCount = 0;
        if (!professional.isEmpty()) {
            ClaimFormat f = new ProfessionalFormat(claims, settings);
            formats.add(f);
            plans.add(BatchPlan.plan(professional, f, settings.maxClaimsPerTransaction()));
        }
        if (!institutional.isEmpty()) {
            ClaimFormat f = new InstitutionalFormat(claims, settings);
            formats.add(f);
            plans.add(BatchPlan.plan(institutional, f, settings.maxClaimsPerTransaction()));
        }
        for (List<BatchPlan.Transaction> p : plans) {
            transactionCount += p.size();
        }

        X12Writer writer = new X12Writer(out, settings.delimiters(), settings.lineBreaks());
        Segments segments = new Segments(writer);
        ClaimPlacement[] placements = new ClaimPlacement[claims.size()];
        TransactionWriter transactions = new TransactionWriter(segments, settings, placements, transactionCount > 1);
        writer.beginInterchange(new InterchangeHeader(settings.senderQualifier(), settings.senderId(),
                settings.receiverQualifier(), settings.receiverId(), settings.timestamp(),
                settings.interchangeControlNumber(), settings.acknowledgmentRequested(), production(claims, settings)));
        long groupControl = settings.firstGroupControlNumber();
        for (int g = 0; g < formats.size(); g++) {
            ClaimFormat f = formats.get(g);
            writer.beginGroup(new GroupHeader("HC", settings.applicationSender(), settings.applicationReceiver(),
                    settings.timestamp(), groupControl, f.version()));
            transactions.write(f, plans.get(g), groupControl);
            writer.endGroup();
            groupControl++;
        }
        writer.endInterchange();
        writer.flush();
        return new RenderResult(Arrays.asList(placements), segments.issues(), transactionCount, formats.size());
    }

    /** ISA15: the setting, else P only when every claim asks for production. */
    static boolean production(List<Claim> claims, RenderSettings settings) {
        if (settings.production() != null) {
            return settings.production();
        }
        for (Claim c : claims) {
            if (!"P".equals(c.usageIndicator())) {
                return false;
            }
        }
        return true;
    }
}
