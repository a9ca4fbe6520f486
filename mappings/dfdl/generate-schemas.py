# Regenerates the DFDL schemas in this folder: python3 mappings/dfdl/generate-schemas.py
# Edit the segment table and loop layouts here rather than the .xsd files.
import os
OUT = os.path.dirname(os.path.abspath(__file__))
# segment id -> (element count, {element index: component count})
SEGS = {
 'ISA': (16, {}), 'GS': (8, {}), 'ST': (3, {}), 'SE': (2, {}), 'GE': (2, {}), 'IEA': (2, {}),
 'AK1': (3, {}), 'AK2': (3, {}), 'IK3': (4, {3: 0}), 'CTX': (6, {1: 2, 5: 3, 6: 2}), 'IK4': (4, {1: 3}),
 'IK5': (6, {}), 'AK9': (9, {}),
 'BHT': (6, {}), 'HL': (4, {}), 'NM1': (12, {}), 'TRN': (4, {}), 'STC': (12, {1: 4, 10: 4, 11: 4}),
 'QTY': (4, {3: 3}), 'AMT': (3, {}), 'DTP': (3, {}), 'REF': (4, {4: 6}), 'SVC': (7, {1: 8, 6: 8}),
 'BPR': (21, {}), 'CUR': (21, {}), 'DTM': (6, {}), 'N1': (6, {}), 'N3': (2, {}), 'N4': (7, {}),
 'PER': (9, {}), 'RDM': (5, {4: 6, 5: 6}), 'LX': (1, {}), 'TS3': (24, {}), 'TS2': (19, {}),
 'CLP': (14, {}), 'CAS': (19, {}), 'MIA': (24, {}), 'MOA': (9, {}), 'LQ': (2, {}),
 'PLB': (14, {3: 2, 5: 2, 7: 2, 9: 2, 11: 2, 13: 2}),
}
for s in SEGS.values():
    for k in list(s[1]):
        if s[1][k] == 0: del s[1][k]

HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<!-- {comment} -->
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:dfdl="http://www.ogf.org/dfdl/dfdl-1.0/"
            xmlns:ibmEdiFmt="http://www.ibm.com/dfdl/EDI/Format">
  <xsd:import namespace="http://www.ibm.com/dfdl/EDI/Format" schemaLocation="/EDIFACT-Common/IBM_EDI_Format.dfdl.xsd"/>
{include}  <xsd:annotation><xsd:appinfo source="http://www.ogf.org/dfdl/">
    <dfdl:format ref="ibmEdiFmt:EDIFormat" escapeSchemeRef=""/>
  </xsd:appinfo></xsd:annotation>
'''

def segment(sid):
    n, comps = SEGS[sid]
    out = [f'  <xsd:element name="{sid}" dfdl:initiator="{sid}" dfdl:ref="ibmEdiFmt:EDISegmentFormat">',
           '    <xsd:complexType><xsd:sequence dfdl:ref="ibmEdiFmt:EDISegmentSequenceFormat">']
    for i in range(1, n + 1):
        name = f'{sid}{i:02d}'
        if i in comps:
            out.append(f'      <xsd:element name="{name}" minOccurs="0"><xsd:complexType>'
                       '<xsd:sequence dfdl:ref="ibmEdiFmt:EDICompositeSequenceFormat" dfdl:separatorSuppressionPolicy="trailingEmpty">')
            for c in range(1, comps[i] + 1):
                out.append(f'        <xsd:element name="{name}-{c}" type="xsd:string" minOccurs="0"/>')
            out.append('      </xsd:sequence></xsd:complexType></xsd:element>')
        else:
            out.append(f'      <xsd:element name="{name}" type="xsd:string" minOccurs="0"/>')
    out.append('    </xsd:sequence></xsd:complexType>')
    out.append('  </xsd:element>')
    return '\n'.join(out)

def ref(sid, lo=1, hi=1):
    return f'<xsd:element ref="{sid}"{occ(lo, hi)}/>'

def occ(lo, hi):
    s = ''
    if lo != 1: s += f' minOccurs="{lo}"'
    if hi != 1: s += f' maxOccurs="{hi}"'
    return s

def loop(name, body, lo=0, hi='unbounded', indent=8):
    pad = ' ' * indent
    inner = '\n'.join(pad + '    ' + b for b in body)
    ic = '' if any('<xsd:element name=' in b for b in body) else ' dfdl:initiatedContent="yes"'
    return (f'<xsd:element name="{name}"{occ(lo, hi)}><xsd:complexType>'
            f'<xsd:sequence{ic}>\n{inner}\n{pad}</xsd:sequence></xsd:complexType></xsd:element>')

def flatten(items, indent):
    res = []
    for it in items:
        if isinstance(it, tuple) and it[0] == 'loop':
            _, name, body, lo, hi = it
            res.append(loop(name, flatten(body, indent + 4), lo, hi, indent))
        else:
            res.append(it)
    return res

def L(name, body, lo=0, hi='unbounded'):
    return ('loop', name, body, lo, hi)

U = 'unbounded'
TYPES = {
 '999': ('ST01 999, implementation acknowledgment (005010X231A1)', [
    ref('ST'), ref('AK1'),
    L('Loop2000', [ref('AK2'),
        L('Loop2100', [ref('IK3'), ref('CTX', 0, U), L('Loop2110', [ref('IK4'), ref('CTX', 0, U)])]),
        ref('IK5')]),
    ref('AK9'), ref('SE')]),
 '277ca': ('ST01 277, health care claim acknowledgment (005010X214). The HL levels (20 payer, 21 receiver, 19 provider, PT patient) share one loop element whose optional segments are the union of the levels\' segments in guide order.', [
    ref('ST'), ref('BHT'),
    L('Loop2000', [ref('HL'), ref('NM1', 0), ref('TRN', 0), ref('STC', 0, U), ref('REF', 0, U), ref('QTY', 0, U),
        ref('AMT', 0, U), ref('DTP', 0, U),
        L('Loop2220', [ref('SVC'), ref('STC', 0, U), ref('REF', 0, U), ref('DTP', 0, U)])], 1),
    ref('SE')]),
 '835': ('ST01 835, health care claim payment/advice (005010X221A1). Loop1000 holds the payer (N1*PR) and the payee (N1*PE) identification loops.', [
    ref('ST'), ref('BPR'), ref('TRN'), ref('CUR', 0), ref('REF', 0, U), ref('DTM', 0, U),
    L('Loop1000', [ref('N1'), ref('N3', 0), ref('N4', 0), ref('REF', 0, U), ref('PER', 0, U), ref('RDM', 0)], 1, 2),
    L('Loop2000', [ref('LX'), ref('TS3', 0), ref('TS2', 0),
        L('Loop2100', [ref('CLP'), ref('CAS', 0, U), ref('NM1', 0, U), ref('MIA', 0), ref('MOA', 0), ref('REF', 0, U),
            ref('DTM', 0, U), ref('PER', 0, U), ref('AMT', 0, U), ref('QTY', 0, U),
            L('Loop2110', [ref('SVC'), ref('DTM', 0, U), ref('CAS', 0, U), ref('REF', 0, U), ref('AMT', 0, U),
                ref('QTY', 0, U), ref('LQ', 0, U)])], 1)]),
    ref('PLB', 0, U), ref('SE')]),
}

ENVELOPE = ['ISA', 'GS', 'ST', 'SE', 'GE', 'IEA']
with open(f'{OUT}/x12-envelope.dfdl.xsd', 'w') as f:
    f.write(HEAD.format(comment='X12 5010 envelope segments (ISA, GS, ST, SE, GE, IEA) shared by the transaction schemas. Written by generate-schemas.py. Layout: one element per segment, its data elements named by position (GS01), composites as elements with components (SVC01-1).', include=''))
    for s in ENVELOPE:
        f.write(segment(s) + '\n')
    f.write('</xsd:schema>\n')

for t, (comment, body) in TYPES.items():
    used = set()
    def collect(items):
        for it in items:
            if isinstance(it, tuple): collect(it[2])
            else: used.add(it.split('"')[1])
    collect(body)
    with open(f'{OUT}/x12-{t}.dfdl.xsd', 'w') as f:
        f.write(HEAD.format(comment=comment, include='  <xsd:include schemaLocation="/mappings/dfdl/x12-envelope.dfdl.xsd"/>\n'))
        tx = '\n'.join('            ' + b for b in flatten(body, 12))
        f.write(f'''  <xsd:element name="Interchange">
    <xsd:complexType><xsd:sequence>
      <xsd:element ref="ISA"/>
      <xsd:element name="FunctionalGroup" maxOccurs="unbounded"><xsd:complexType><xsd:sequence>
        <xsd:element ref="GS"/>
        <xsd:element name="TransactionSet" maxOccurs="unbounded"><xsd:complexType>
          <xsd:sequence>
{tx}
          </xsd:sequence></xsd:complexType></xsd:element>
        <xsd:element ref="GE"/>
      </xsd:sequence></xsd:complexType></xsd:element>
      <xsd:element ref="IEA"/>
    </xsd:sequence></xsd:complexType>
  </xsd:element>
''')
        for s in sorted(used - set(ENVELOPE)):
            f.write(segment(s) + '\n')
        f.write('</xsd:schema>\n')

