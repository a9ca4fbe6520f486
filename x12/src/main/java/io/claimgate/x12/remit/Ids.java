package io.claimgate.x12.remit;

/**
 * The 835 segment ids as {@link io.claimgate.x12.syntax.Segment#idCode()} gives them (the id's bytes packed into
 * an int), so the readers dispatch with an int {@code switch} rather than comparing Strings.
 */
final class Ids {
    static final int AMT = 'A' << 16 | 'M' << 8 | 'T';
    static final int BPR = 'B' << 16 | 'P' << 8 | 'R';
    static final int CAS = 'C' << 16 | 'A' << 8 | 'S';
    static final int CLP = 'C' << 16 | 'L' << 8 | 'P';
    static final int CUR = 'C' << 16 | 'U' << 8 | 'R';
    static final int DTM = 'D' << 16 | 'T' << 8 | 'M';
    static final int LQ = 'L' << 16 | 'Q' << 8;
    static final int LX = 'L' << 16 | 'X' << 8;
    static final int MIA = 'M' << 16 | 'I' << 8 | 'A';
    static final int MOA = 'M' << 16 | 'O' << 8 | 'A';
    static final int N1 = 'N' << 16 | '1' << 8;
    static final int N3 = 'N' << 16 | '3' << 8;
    static final int N4 = 'N' << 16 | '4' << 8;
    static final int NM1 = 'N' << 16 | 'M' << 8 | '1';
    static final int PER = 'P' << 16 | 'E' << 8 | 'R';
    static final int PLB = 'P' << 16 | 'L' << 8 | 'B';
    static final int QTY = 'Q' << 16 | 'T' << 8 | 'Y';
    static final int RDM = 'R' << 16 | 'D' << 8 | 'M';
    static final int REF = 'R' << 16 | 'E' << 8 | 'F';
    static final int SVC = 'S' << 16 | 'V' << 8 | 'C';
    static final int TRN = 'T' << 16 | 'R' << 8 | 'N';
    static final int TS2 = 'T' << 16 | 'S' << 8 | '2';
    static final int TS3 = 'T' << 16 | 'S' << 8 | '3';

    private Ids() {
    }
}
