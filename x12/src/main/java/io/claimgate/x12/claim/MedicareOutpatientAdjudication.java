package io.claimgate.x12.claim;

import java.math.BigDecimal;
import java.util.List;

/** 2320 MOA: MOA01 reimbursement rate, MOA02 HCPCS payable, MOA03-07 remark codes, MOA08 ESRD, MOA09 non-payable professional component. */
public record MedicareOutpatientAdjudication(BigDecimal reimbursementRate, BigDecimal hcpcsPayableAmount,
                                             List<String> claimPaymentRemarkCodes,
                                             BigDecimal endStageRenalDiseasePaymentAmount,
                                             BigDecimal nonPayableProfessionalComponentBilledAmount) {
    public MedicareOutpatientAdjudication {
        claimPaymentRemarkCodes = Lists.copy(claimPaymentRemarkCodes);
    }
}
