package io.claimgate.x12.remit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The BPR (financial information) of an 835: how much is paid, how and when.
 *
 * @param handling             BPR01 transaction handling code ({@code C} payment accompanies remittance, {@code D}
 *                             make payment only, {@code H} notification only, {@code I} remittance information only,
 *                             {@code P} prenotification, {@code X} handling split)
 * @param amount               BPR02 total actual provider payment amount (zero when missing or unreadable, then reported)
 * @param creditDebit          BPR03 ({@code C} credit, {@code D} debit)
 * @param method               BPR04 payment method ({@code ACH}, {@code BOP}, {@code CHK}, {@code FWT}, {@code NON})
 * @param format               BPR05 payment format ({@code CCP}, {@code CTX}), may be empty
 * @param senderDfiQualifier   BPR06 ({@code 01} ABA routing number, {@code 04} Canadian bank branch)
 * @param senderDfi            BPR07 originating bank routing number
 * @param senderAccountQualifier BPR08 ({@code DA} demand deposit)
 * @param senderAccount        BPR09 payer's account number
 * @param originatingCompanyId BPR10 payer identifier (1 + tax id)
 * @param originatingCompanyCode BPR11 originating company supplemental code
 * @param receiverDfiQualifier BPR12
 * @param receiverDfi          BPR13 provider's bank routing number
 * @param receiverAccountQualifier BPR14
 * @param receiverAccount      BPR15 provider's account number
 * @param date                 BPR16 check issue or EFT effective date, null when absent or unreadable
 */
public record Payment(String handling, BigDecimal amount, String creditDebit, String method, String format,
                      String senderDfiQualifier, String senderDfi, String senderAccountQualifier, String senderAccount,
                      String originatingCompanyId, String originatingCompanyCode, String receiverDfiQualifier,
                      String receiverDfi, String receiverAccountQualifier, String receiverAccount, LocalDate date) {
    public Payment {
        Objects.requireNonNull(handling, "handling");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(creditDebit, "creditDebit");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(senderDfiQualifier, "senderDfiQualifier");
        Objects.requireNonNull(senderDfi, "senderDfi");
        Objects.requireNonNull(senderAccountQualifier, "senderAccountQualifier");
        Objects.requireNonNull(senderAccount, "senderAccount");
        Objects.requireNonNull(originatingCompanyId, "originatingCompanyId");
        Objects.requireNonNull(originatingCompanyCode, "originatingCompanyCode");
        Objects.requireNonNull(receiverDfiQualifier, "receiverDfiQualifier");
        Objects.requireNonNull(receiverDfi, "receiverDfi");
        Objects.requireNonNull(receiverAccountQualifier, "receiverAccountQualifier");
        Objects.requireNonNull(receiverAccount, "receiverAccount");
    }

    /** The amount moved to the provider: BPR02, negative when BPR03 = D (debit). */
    public BigDecimal signedAmount() {
        return creditDebit.equals("D") ? amount.negate() : amount;
    }
}
