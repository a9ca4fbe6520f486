package io.claimgate.x12.sample;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimgate.x12.claim.ClaimKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Generates varied, valid claim JSON for benchmarks, demos and tests, reproducibly from a seed.
 *
 * <p>About 70% professional (837P) and 30% institutional (837I: inpatient type of bill 11x with admission,
 * DRG, ICD-10-PCS procedures, POA, occurrence, value and condition codes; outpatient 13x and 85x with SV2
 * HCPCS lines; non-patient lab 14x). Claims vary in line count (1 to 12), diagnoses (1 to 12 on an 837P),
 * modifiers and diagnosis pointers, drug lines with NDC (2410), anesthesia minutes (SV103 MJ), dependents
 * (2000C), rendering/referring/supervising providers, pay-to address, prior authorization and referral
 * numbers, auto accidents, secondary claims with balanced claim-level or line-level adjudication
 * (2320/2430), tertiary claims, replacements (frequency 7) and voids (8) with the original's payer claim
 * control number.
 *
 * <p>Every claim is valid: NPIs carry their Luhn check digit, codes have the right shape (real ICD-10-CM,
 * CPT/HCPCS, ICD-10-PCS, NDC, NUBC codes), billing ZIPs have nine digits, all dates are in 2024 or early
 * 2025 (never in the future), the claim charge is the sum of the line charges and the COB amounts balance.
 * All names and identifiers are made up.
 *
 * <p>Claim {@code i} depends only on {@code seed} and {@code i}: the same seed always gives the same
 * claims, and the first {@code n} claims of a longer run are those of a run of {@code n}.
 */
public final class ClaimGenerator {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate FIRST_SERVICE_DATE = LocalDate.of(2024, 1, 2);
    private static final int SERVICE_DATE_SPAN_DAYS = 400;

    private ClaimGenerator() {
    }

    /** {@code count} claims from {@code seed}, generated lazily in order. */
    public static Stream<GeneratedClaim> generate(long seed, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        return IntStream.range(0, count).mapToObj(i -> build(seed, i));
    }

    /** Claim number {@code index} of the sequence of {@code seed}. */
    public static GeneratedClaim claim(long seed, int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative, was " + index);
        }
        return build(seed, index);
    }

    private static GeneratedClaim build(long seed, int index) {
        Pick pick = new Pick(mix(seed, index));
        boolean institutional = pick.chance(0.3);
        ClaimShape shape = shape(pick, seed, index);
        ObjectNode claim = institutional
                ? new InstitutionalClaims(pick).claim(index, shape)
                : new ProfessionalClaims(pick).claim(index, shape);
        try {
            return new GeneratedClaim(index, institutional ? ClaimKind.INSTITUTIONAL : ClaimKind.PROFESSIONAL,
                    JSON.writeValueAsString(claim));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a generated claim could not be written as JSON", e);
        }
    }

    private static ClaimShape shape(Pick pick, long seed, int index) {
        boolean medicare = pick.chance(0.2);
        Pools.Payer payer = medicare ? Pools.PAYERS.get(7) : pick.one(Pools.PAYERS.subList(0, 7));
        LocalDate service = pick.date(FIRST_SERVICE_DATE, SERVICE_DATE_SPAN_DAYS);
        LocalDate birth = medicare
                ? service.minusYears(pick.between(65, 92)).minusDays(pick.between(0, 364))
                : service.minusYears(pick.between(19, 64)).minusDays(pick.between(0, 364));
        List<Pools.Payer> priors = new ArrayList<>();
        String level = "P";
        if (pick.chance(0.15)) {
            level = "S";
            priors.add(medicare ? pick.one(Pools.PAYERS.subList(0, 6)) : Pools.PAYERS.get(7));
            if (pick.chance(0.15)) {
                level = "T";
                Pools.Payer second;
                do {
                    second = pick.one(Pools.PAYERS.subList(0, 6));
                } while (second.equals(priors.get(0)) || second.equals(payer));
                priors.add(second);
            }
            if (!medicare && priors.get(0).medicare()) {
                // a Medicare primary makes this patient a beneficiary of 65 or more
                birth = service.minusYears(pick.between(65, 90)).minusDays(pick.between(0, 364));
            }
        }
        boolean dependent = !medicare && !priors.stream().anyMatch(Pools.Payer::medicare) && pick.chance(0.25);
        int f = pick.between(0, 99);
        String frequency = f < 5 ? "7" : f < 7 ? "8" : "1";
        String original = "1".equals(frequency) ? null : pick.digits(13);
        String suffix = Long.toString(seed & 0xFFFFFL, 36).toUpperCase() + "-" + index;
        return new ClaimShape(payer, medicare, level, priors, dependent, frequency, original, service, birth,
                suffix.length() > 19 ? suffix.substring(suffix.length() - 19) : suffix);
    }

    /** The submitter (1000A) of generated claims; institutional needs the tax id. */
    static ObjectNode submitter(boolean professional) {
        ObjectNode s = Parties.object();
        s.put("organizationName", "CLAIMGATE DEMO BILLING");
        if (professional) {
            s.put("submitterIdentification", "CGDEMO01");
        } else {
            s.put("taxId", "990000001");
        }
        ObjectNode contact = s.putObject("contactInformation");
        contact.put("name", "DEMO BILLING DESK");
        contact.put("phoneNumber", "5035550100");
        return s;
    }

    private static long mix(long seed, int index) {
        long z = seed * 0x9E3779B97F4A7C15L + index + 1;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
