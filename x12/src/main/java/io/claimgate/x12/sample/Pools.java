package io.claimgate.x12.sample;

import java.math.BigDecimal;
import java.util.List;

/**
 * The code and name pools the generator draws from: real ICD-10-CM, CPT/HCPCS, ICD-10-PCS, NDC, NUBC
 * revenue codes, and made-up people and organizations (no delimiter characters in any of them).
 */
final class Pools {
    private Pools() {
    }

    /** A professional procedure with its usual charge and the modifiers that commonly go with it. */
    record Procedure(String code, BigDecimal charge, List<String> modifiers) {
        Procedure(String code, String charge, String... modifiers) {
            this(code, new BigDecimal(charge), List.of(modifiers));
        }
    }

    /** A drug billed by HCPCS with its NDC: HCPCS units, NDC quantity and unit (2410 LIN/CTP). */
    record Drug(String hcpcs, BigDecimal unitCharge, int units, String ndc, String ndcQuantity, String ndcUnit) {
        Drug(String hcpcs, String unitCharge, int units, String ndc, String ndcQuantity, String ndcUnit) {
            this(hcpcs, new BigDecimal(unitCharge), units, ndc, ndcQuantity, ndcUnit);
        }
    }

    /** An institutional outpatient line: revenue code, optional HCPCS, charge. */
    record RevenueLine(String revenueCode, String hcpcs, BigDecimal charge, List<String> modifiers) {
        RevenueLine(String revenueCode, String hcpcs, String charge, String... modifiers) {
            this(revenueCode, hcpcs, new BigDecimal(charge), List.of(modifiers));
        }
    }

    /** An inpatient case: principal and admitting diagnoses, MS-DRG, ICD-10-PCS procedures (may be none). */
    record InpatientCase(String principal, String admitting, String drg, List<String> procedures) {
        InpatientCase(String principal, String admitting, String drg, String... procedures) {
            this(principal, admitting, drg, List.of(procedures));
        }
    }

    /** A city with its state and a ZIP+4 prefix of five digits. */
    record Place(String city, String state, String zip5) {
    }

    static final List<String> DIAGNOSES = List.of(
            "E119", "E1165", "E785", "E782", "I10", "I4891", "I2510", "J069", "J029", "J0190", "J189", "J449",
            "J45909", "R0789", "R079", "R051", "R509", "R519", "R1011", "R1084", "M545", "M5416", "M25561",
            "M1711", "M1712", "F411", "F329", "F331", "F4310", "F902", "G43909", "G4733", "K219", "K5900",
            "K8020", "N390", "N1831", "E039", "E559", "D649", "E6601", "L03115", "L309", "H1033", "B349",
            "R42", "R112", "R0602", "I739", "S134XXA", "S93401A", "S52501A", "Z23", "Z1231", "Z1211",
            "Z79899", "Z7984", "Z87891", "Z0000", "Z0001");

    static final List<Procedure> OFFICE = List.of(
            new Procedure("99202", "110.00"), new Procedure("99203", "165.00"), new Procedure("99204", "250.00"),
            new Procedure("99211", "45.00"), new Procedure("99212", "85.00", "25"),
            new Procedure("99213", "130.00", "25"), new Procedure("99214", "195.00", "25"),
            new Procedure("99215", "265.00", "25"), new Procedure("99395", "210.00"),
            new Procedure("99396", "225.00"), new Procedure("90471", "28.00"), new Procedure("90686", "38.00"),
            new Procedure("90715", "52.00"), new Procedure("93000", "65.00"), new Procedure("36415", "18.00"),
            new Procedure("81002", "12.00"), new Procedure("81003", "15.00", "QW"),
            new Procedure("85025", "27.00"), new Procedure("80053", "58.00"), new Procedure("80061", "44.00"),
            new Procedure("83036", "42.00", "QW"), new Procedure("84443", "61.00"),
            new Procedure("87880", "35.00", "QW"), new Procedure("87804", "32.00", "QW"),
            new Procedure("71046", "110.00", "26"), new Procedure("73030", "95.00", "RT", "LT"),
            new Procedure("73562", "120.00", "RT", "LT"), new Procedure("72100", "105.00"),
            new Procedure("97110", "60.00", "GP"), new Procedure("97140", "58.00", "GP", "59"),
            new Procedure("97112", "62.00", "GP"), new Procedure("97530", "65.00", "GP"),
            new Procedure("98941", "85.00", "AT"), new Procedure("90834", "150.00"),
            new Procedure("90837", "195.00"), new Procedure("90791", "220.00"), new Procedure("96372", "40.00"),
            new Procedure("20610", "285.00", "RT", "LT"), new Procedure("11042", "310.00"),
            new Procedure("17110", "145.00"), new Procedure("12002", "245.00"), new Procedure("69210", "95.00", "RT", "LT"),
            new Procedure("G0439", "185.00"), new Procedure("G0444", "28.00"), new Procedure("99406", "35.00"),
            new Procedure("94640", "45.00"), new Procedure("94760", "30.00"), new Procedure("92014", "160.00"),
            new Procedure("29125", "140.00", "RT", "LT"));

    static final List<Drug> DRUGS = List.of(
            new Drug("J1100", "2.50", 10, "63323016501", "1", "ML"),
            new Drug("J3301", "9.00", 4, "00003029305", "1", "ML"),
            new Drug("J1885", "4.00", 2, "00409379501", "1", "ML"),
            new Drug("J0696", "6.50", 4, "00409733701", "1", "UN"),
            new Drug("J2001", "2.40", 5, "63323049227", "5", "ML"),
            new Drug("J1040", "22.00", 1, "00009330603", "1", "ML"),
            new Drug("J7030", "45.00", 1, "00338004904", "1000", "ML"),
            new Drug("J2405", "9.50", 4, "00409475503", "2", "ML"));

    /** Anesthesia base codes; the line is billed in minutes (SV103 MJ) with AA. */
    static final List<String> ANESTHESIA = List.of("00790", "00840", "01402", "00400", "00731", "00812", "01480");

    static final List<RevenueLine> OUTPATIENT = List.of(
            new RevenueLine("0450", "99283", "950.00", "25"), new RevenueLine("0450", "99284", "1650.00", "25"),
            new RevenueLine("0450", "99285", "2650.00", "25"), new RevenueLine("0300", "85025", "142.00"),
            new RevenueLine("0301", "80048", "118.00"), new RevenueLine("0301", "80053", "160.00"),
            new RevenueLine("0302", "84484", "165.00"), new RevenueLine("0305", "85610", "60.00"),
            new RevenueLine("0324", "71046", "310.00"), new RevenueLine("0350", "70450", "1450.00"),
            new RevenueLine("0352", "74177", "2800.00"), new RevenueLine("0402", "76700", "780.00"),
            new RevenueLine("0730", "93005", "225.00"), new RevenueLine("0250", null, "85.00"),
            new RevenueLine("0270", null, "140.00"), new RevenueLine("0360", "29881", "5200.00", "RT", "LT"),
            new RevenueLine("0420", "97110", "140.00", "GP"), new RevenueLine("0424", "97163", "210.00", "GP"),
            new RevenueLine("0510", "G0463", "280.00"), new RevenueLine("0260", "96365", "410.00"),
            new RevenueLine("0761", "96374", "320.00"));

    /** Inpatient ancillary lines (the room and board line is added separately). */
    static final List<RevenueLine> INPATIENT = List.of(
            new RevenueLine("0250", null, "1250.00"), new RevenueLine("0258", null, "310.00"),
            new RevenueLine("0260", null, "620.00"), new RevenueLine("0270", null, "880.00"),
            new RevenueLine("0300", null, "960.00"), new RevenueLine("0320", null, "540.00"),
            new RevenueLine("0360", null, "4800.00"), new RevenueLine("0370", null, "1350.00"),
            new RevenueLine("0410", null, "720.00"), new RevenueLine("0450", "99284", "2100.00"),
            new RevenueLine("0710", null, "690.00"), new RevenueLine("0730", null, "225.00"),
            new RevenueLine("0636", null, "410.00"), new RevenueLine("0402", null, "780.00"));

    static final List<InpatientCase> INPATIENT_CASES = List.of(
            new InpatientCase("K8000", "R1011", "418", "0FT44ZZ"),
            new InpatientCase("J189", "R0602", "194"),
            new InpatientCase("I214", "R079", "247", "02703DZ", "B2111ZZ"),
            new InpatientCase("N390", "R509", "690"),
            new InpatientCase("A419", "R6520", "872"),
            new InpatientCase("M1711", "M1711", "470", "0SRC0J9"),
            new InpatientCase("I5023", "R0602", "292"),
            new InpatientCase("K3580", "R1031", "343", "0DTJ4ZZ"));

    /** Secondary inpatient diagnoses (POA is reported on the ones not exempt). */
    static final List<String> INPATIENT_OTHER = List.of(
            "E119", "I10", "E871", "E6601", "N179", "E785", "I4891", "J449", "D649", "F329", "Z87891", "Z7984");

    static final List<String> FIRST_NAMES = List.of(
            "JAMES", "MARY", "ROBERT", "PATRICIA", "JOHN", "JENNIFER", "MICHAEL", "LINDA", "DAVID", "ELIZABETH",
            "WILLIAM", "BARBARA", "RICHARD", "SUSAN", "JOSEPH", "JESSICA", "THOMAS", "SARAH", "CARLOS", "KAREN",
            "DANIEL", "LISA", "MATTHEW", "NANCY", "ANTHONY", "BETTY", "MARK", "SANDRA", "MINH", "ASHLEY",
            "KEVIN", "EMILY", "BRIAN", "DONNA", "ANDRE", "MICHELLE", "LUIS", "CAROL", "RAVI", "AMANDA");
    static final List<String> LAST_NAMES = List.of(
            "SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "GARCIA", "MILLER", "DAVIS", "RODRIGUEZ", "MARTINEZ",
            "HERNANDEZ", "LOPEZ", "GONZALEZ", "WILSON", "ANDERSON", "THOMAS", "TAYLOR", "MOORE", "JACKSON", "MARTIN",
            "LEE", "PEREZ", "THOMPSON", "WHITE", "HARRIS", "SANCHEZ", "CLARK", "RAMIREZ", "NGUYEN", "O'BRIEN",
            "WRIGHT", "SCOTT", "PATEL", "KIM", "YOUNG", "ALLEN", "KING", "HILL", "FLORES", "GREEN");
    static final List<String> STREETS = List.of(
            "MAIN ST", "OAK AVE", "PINE ST", "MAPLE DR", "CEDAR LN", "ELM ST", "WASHINGTON BLVD", "LAKE RD",
            "HILLSIDE AVE", "RIVER RD", "PARK PL", "SUNSET BLVD", "MADISON AVE", "CHESTNUT ST", "BROADWAY");
    static final List<Place> PLACES = List.of(
            new Place("PORTLAND", "OR", "97215"), new Place("SALEM", "OR", "97301"), new Place("EUGENE", "OR", "97401"),
            new Place("SEATTLE", "WA", "98122"), new Place("SPOKANE", "WA", "99202"), new Place("TACOMA", "WA", "98405"),
            new Place("BOISE", "ID", "83702"), new Place("SACRAMENTO", "CA", "95814"), new Place("RENO", "NV", "89501"),
            new Place("PHOENIX", "AZ", "85004"), new Place("DENVER", "CO", "80203"), new Place("AUSTIN", "TX", "78701"),
            new Place("CHICAGO", "IL", "60614"), new Place("COLUMBUS", "OH", "43215"), new Place("ATLANTA", "GA", "30309"));

    /** A payer: id (2010BB NM109), name, claim filing code (SBR09) for 837P and 837I. */
    record Payer(String id, String name, String professionalFiling, String institutionalFiling, boolean medicare) {
    }

    static final List<Payer> PAYERS = List.of(
            new Payer("60054", "AETNA", "CI", "CI", false),
            new Payer("87726", "UNITEDHEALTHCARE", "CI", "CI", false),
            new Payer("62308", "CIGNA", "CI", "CI", false),
            new Payer("00851", "REGENCE BLUECROSS BLUESHIELD", "BL", "BL", false),
            new Payer("61101", "HUMANA", "HM", "HM", false),
            new Payer("93221", "MODA HEALTH", "CI", "CI", false),
            new Payer("OHP01", "OREGON HEALTH PLAN", "MC", "MC", false),
            new Payer("02402", "NORIDIAN JF PART B", "MB", "MA", true),
            new Payer("02401", "NORIDIAN JF PART A", "MB", "MA", true));
}
