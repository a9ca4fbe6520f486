package io.claimgate.x12.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.claimgate.x12.syntax.Delimiters;
import org.junit.jupiter.api.Test;

class RenderSettingsTest {
    @Test
    void defaults() {
        RenderSettings s = RenderSettings.builder("ZZ", "SENDER", "30", "RECEIVER").build();
        assertEquals("SENDER", s.applicationSender());
        assertEquals("RECEIVER", s.applicationReceiver());
        assertEquals("SENDER", s.submitterId());
        assertEquals("RECEIVER", s.receiverPrimaryId());
        assertEquals(5000, s.maxClaimsPerTransaction());
        assertEquals(Delimiters.DEFAULT, s.delimiters());
        assertNull(s.production());
        assertNull(s.batchReference());
    }

    @Test
    void refusesWhatCannotBeEnveloped() {
        assertThrows(IllegalArgumentException.class, () -> RenderSettings.builder("ZZZ", "S", "ZZ", "R").build());
        assertThrows(IllegalArgumentException.class, () -> RenderSettings.builder("ZZ", "SIXTEEN-CHARS-ID", "ZZ", "R").build());
        assertThrows(IllegalArgumentException.class, () -> RenderSettings.builder("ZZ", "S", "ZZ", "R").controlNumbers(0, 1, 1).build());
        assertThrows(IllegalArgumentException.class,
                () -> RenderSettings.builder("ZZ", "S", "ZZ", "R").controlNumbers(1, 1_000_000_000L, 1).build());
        assertThrows(IllegalArgumentException.class, () -> RenderSettings.builder("ZZ", "S", "ZZ", "R").maxClaimsPerTransaction(0).build());
        assertThrows(IllegalArgumentException.class,
                () -> RenderSettings.builder("ZZ", "S", "ZZ", "R").applicationCodes("APPLICATIONCODE16", null).build());
    }

    @Test
    void transactionControlNumbersHaveAtLeastFourDigits() {
        assertEquals("0001", TransactionWriter.transactionControlNumber(1));
        assertEquals("0301", TransactionWriter.transactionControlNumber(301));
        assertEquals("12345", TransactionWriter.transactionControlNumber(12345));
        assertEquals("999999999", TransactionWriter.transactionControlNumber(999_999_999));
    }
}
