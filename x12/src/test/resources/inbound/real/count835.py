#!/usr/bin/env python3
"""Independent 835 totals, written from the X12 envelope rules (not from Claimgate's Java code).

For each file prints one tab-separated line:
    file  transactions  claims  sum(CLP04)  sum(BPR02)  sum(PLB04,06,08,10,12,14)  277-claims  277-lines  277-STC
    999-AK2  999-IK3  999-IK4

"transactions" counts every ST (of any type); the next four count only inside ST*835 ... SE. In a 277 (ST*277 ...
SE) a claim is an HL whose level (HL03) is PT or 23, or 22 unless its HL04 is 1 (then its claims sit under the
dependents' HL 23); lines are SVC segments under such an HL; STC counts every STC under such an HL, claim and line
level. In a 999 the last three count AK2, IK3 and IK4 segments.

Rules used:
- Each interchange starts with "ISA". Its element separator is the character right after "ISA";
  ISA16 (component separator) is the single character after the 16th element separator, and the
  segment terminator is the character after ISA16 (when a line break comes right after the 16th element
  separator, ISA16 was left out and that line break is the terminator; element separators right after ISA16 are
  passed over to find the terminator). Delimiters are re-read at every ISA, so a file
  may hold interchanges with different delimiters. A UTF-8 byte order mark is skipped. A file in UTF-16 (with a
  byte order mark, or starting with "ISA" in UTF-16) is decoded first.
- Carriage returns, line feeds, spaces, tabs, form feeds, vertical tabs, NUL and ^Z (DOS end of file) between a
  terminator and the next segment id are not data (payers add line breaks after or instead of nothing, a page break
  between interchanges). A file cut into fixed-width lines whatever
  the segments ("wrapped": a line break that is not right after a terminator) loses every CR and LF.
- Only segments inside an ST*835 ... SE pair count. Amounts are summed as Decimal.
"""
import sys
from decimal import Decimal, InvalidOperation


def amount(value):
    value = value.strip()
    if not value:
        return Decimal(0)
    try:
        d = Decimal(value)
    except InvalidOperation:
        return Decimal(0)
    return d if d.is_finite() else Decimal(0)  # "NaN", "Infinity" are not amounts


def segments(text):
    """Yields lists of elements, one per segment, re-reading delimiters at each ISA."""
    if text.startswith("\ufeff"):
        text = text[1:]
    pos, n = 0, len(text)
    elem = term = None
    while pos < n:
        while pos < n and text[pos] in "\r\n \t\f\v\x1a\0":
            pos += 1
        if pos >= n:
            break
        if text.startswith("ISA", pos) and pos + 3 < n:
            elem = text[pos + 3]
            seen, i = 0, pos + 3
            while i < n and seen < 16:
                if text[i] == elem:
                    seen += 1
                i += 1
            # i now points at ISA16; the terminator follows it
            if i < n and text[i] in "\r\n":
                # ISA16 left out: the line break right after the 16th separator ends the ISA
                term = text[i]
                yield text[pos:i].split(elem)
                pos = i + 1
                continue
            j = i + 1
            while j < n and j < i + 9 and text[j] == elem:
                j += 1  # element separators after ISA16 (every segment ended with one): the terminator follows
            if j >= n:
                return
            term = text[j]
            yield text[pos:j].split(elem)
            pos = j + 1
            continue
        if term is None:
            return  # not X12: no ISA before the first segment
        end = text.find(term, pos)
        if end < 0:
            end = n
        yield text[pos:end].split(elem)
        pos = end + 1


def unwrap(text):
    """Drops every CR and LF when the file is wrapped into fixed-width lines.

    Some payers cut the byte stream into lines of a fixed width (80 is common) without regard to segments, so
    line breaks fall inside elements. A file is taken as wrapped when its terminator is not a line break and
    any of its line breaks before the next ISA does not come right after a terminator (or right after another
    line break). All of them are looked at: a file cut every 106 characters has its first break right after the
    ISA by chance. (Like the reader, this asks about the first interchange only.)
    """
    start = text.find("ISA")
    if start < 0 or start + 3 >= len(text):
        return text
    flat = text[:start] + text[start:].replace("\r", "").replace("\n", "")
    elem, seen, i = text[start + 3], 0, start + 3
    inner_break = False
    while i < len(text) and seen < 16:
        if text[i] in "\r\n":
            inner_break = True
        if text[i] == elem:
            seen += 1
        i += 1
    if inner_break:
        # i is at ISA16 (or at the line break that stands for a left-out ISA16)
        after = i if i < len(text) and text[i] in "\r\n" else i + 1
        rest = text[after:].lstrip("\r\n")
        if after < len(text) and text[after] in "\r\n" and rest[:1].isalpha() and rest[:1].isupper():
            # a hand-trimmed ISA with a line break inside, in a file of one segment a line: the breaks inside the
            # ISA go, the line breaks after it are the terminators
            isa = text[start:i].replace("\r", "").replace("\n", "")
            return text[:start] + isa + text[i:]
        return flat  # a line break inside the ISA: wrapped
    if i + 1 >= len(text) or text[i] in "\r\n":
        return text  # too short, or ISA16 left out and a line break ends the ISA
    term = text[i + 1]
    if term in "\r\n":
        return text
    for m in range(i + 2, len(text)):
        if text[m] in "\r\n" and text[m - 1] not in ("\r", "\n", term):
            return flat  # a line break that does not end a segment
        if text.startswith("ISA", m) and text[m - 1] in ("\r", "\n", term):
            return text  # the next interchange (it may have other delimiters)
    return text


def count(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text = data.decode("utf-16", errors="replace")  # the mark says which end comes first; it is dropped
    elif data[:6] == b"I\0S\0A\0":
        text = data.decode("utf-16-le", errors="replace")
    elif data[:6] == b"\0I\0S\0A":
        text = data.decode("utf-16-be", errors="replace")
    else:
        text = data.decode("latin-1")
    if text.startswith("\xef\xbb\xbf"):
        text = text[3:]
    text = unwrap(text)
    in835 = in277 = in999 = claim277 = False
    st = claims = 0
    clp = bpr = plb = Decimal(0)
    c277 = {"claims": 0, "lines": 0, "stc": 0}
    c999 = {"AK2": 0, "IK3": 0, "IK4": 0}
    for e in segments(text):
        sid = e[0].upper()
        if sid == "ST":
            kind = e[1] if len(e) > 1 else ""
            in835, in277, in999 = kind == "835", kind == "277", kind == "999"
            claim277 = False
            st += 1
        elif sid == "SE":
            in835 = in277 = in999 = False
        elif in277:
            if sid == "HL":
                level = e[3] if len(e) > 3 else ""
                children = e[4] if len(e) > 4 else ""
                claim277 = level in ("PT", "23") or (level == "22" and children != "1")
                c277["claims"] += 1 if claim277 else 0
            elif sid == "SVC" and claim277:
                c277["lines"] += 1
            elif sid == "STC" and claim277:
                c277["stc"] += 1
            continue
        elif in999:
            if sid in c999:
                c999[sid] += 1
            continue
        elif not in835:
            continue
        elif sid == "CLP":
            claims += 1
            clp += amount(e[4]) if len(e) > 4 else 0
        elif sid == "BPR":
            bpr += amount(e[2]) if len(e) > 2 else 0
        elif sid == "PLB":
            for i in range(4, 15, 2):
                if len(e) > i:
                    plb += amount(e[i])
    return st, claims, clp, bpr, plb, c277, c999


def plain(d):
    """Decimal without exponent or trailing zeros, as in the reader's summary."""
    d = d.normalize()
    s = format(d, "f")
    return "0" if s in ("-0", "0") else s


if __name__ == "__main__":
    for p in sys.argv[1:]:
        st, claims, clp, bpr, plb, c277, c999 = count(p)
        print("\t".join([p.rsplit("/", 1)[-1], str(st), str(claims), plain(clp), plain(bpr), plain(plb)]
                        + [str(v) for v in c277.values()] + [str(v) for v in c999.values()]))
