package io.claimgate.gateway.xml;

import java.util.Optional;

/**
 * The transaction sets the X12-to-XML bridge converts, keyed by ST01: each has its own DFDL schema
 * ({@code /mappings/dfdl/x12-<name>.dfdl.xsd}) and Smooks configuration ({@code /mappings/smooks/}).
 */
public enum X12Type {
    /** 999 implementation acknowledgment (005010X231A1). */
    ACK_999("999", "999"),
    /** 277CA health care claim acknowledgment (005010X214). */
    CLAIM_ACK_277CA("277", "277ca"),
    /** 835 health care claim payment/advice (005010X221A1). */
    REMITTANCE_835("835", "835");

    private final String st01;
    private final String name;

    X12Type(String st01, String name) {
        this.st01 = st01;
        this.name = name;
    }

    /** The transaction set identifier code (ST01). */
    public String st01() {
        return st01;
    }

    /** Classpath location of the DFDL schema. */
    public String schema() {
        return "/mappings/dfdl/x12-" + name + ".dfdl.xsd";
    }

    /** Classpath location of the Smooks configuration template. */
    public String smooksConfig() {
        return "/mappings/smooks/x12-" + name + ".smooks.xml";
    }

    /** The type whose ST01 is {@code st01}, if the bridge converts it. */
    public static Optional<X12Type> ofSt01(String st01) {
        for (X12Type t : values()) {
            if (t.st01.equals(st01)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
