#!/usr/bin/env python3
"""Field coverage of the claim JSON binder against the CHC/Stedi request schemas.

The schemas are not in this repository (Stedi's healthcare.json is proprietary): fetch the public
Stedi/openApi repository and pass its healthcare.json.

  python3 chc_coverage.py SPEC OUT          # OUT/{prof,inst}.tsv: every field path, type, required, enum
                                            # OUT/{prof,inst}-max.json: one claim with every field filled
                                            # OUT/var/{prof,inst}-K.json: the same with the K-th enum value
  java -cp x12/target/classes:<jackson jars>:. Probe PROFESSIONAL OUT/prof-max.json > OUT/prof-issues.txt
  java ... Probe INSTITUTIONAL OUT/inst-max.json > OUT/inst-issues.txt
  python3 chc_coverage.py --count OUT       # field paths under FIELD_NOT_USED (or UNSUPPORTED_FIELD) roots

Probing OUT/var/*.json shows any enum value of the schemas that the binder's code lists refuse.
Values the generator invents for fields without enum or pattern ("AB") may fail checks; read those.
"""
import json
import os
import re
import sys

SCHEMAS = {'prof': 'ClaimsSubmissionRequestContent', 'inst': 'InstitutionalClaimsSubmissionRequestContent'}


def load(spec):
    return json.load(open(spec))['components']['schemas']


def res(S, s):
    while '$ref' in s:
        s = S[s['$ref'].split('/')[-1]]
    return s


def paths(S, s, path, out, stack=frozenset()):
    s = res(S, s)
    for comb in ('allOf', 'oneOf', 'anyOf'):
        for sub in s.get(comb, []):
            paths(S, sub, path, out, stack)
    if s.get('type') == 'array' or 'items' in s:
        paths(S, s['items'], path + '[]', out, stack)
        return
    for k, v in s.get('properties', {}).items():
        p = (path + '.' if path else '') + k
        rv = res(S, v)
        typ = rv.get('type', 'object' if 'properties' in rv else '?')
        out[p] = (typ, k in s.get('required', []), rv.get('enum'))
        if id(rv) not in stack:
            paths(S, v, p, out, stack | {id(rv)})


def value(name, s, k):
    if s.get('enum'):
        return s['enum'][k % len(s['enum'])]
    t = s.get('type')
    if t == 'boolean':
        return True
    if t in ('integer', 'number'):
        return 1
    pat = s.get('pattern', '')
    if 'Date' in name and 'Hour' not in name:
        return '20240105'
    if name.endswith('Hour'):
        return '1200'
    if 'Amount' in name or 'Liability' in name:
        return '10'
    if 'Count' in name or 'Quantity' in name:
        return '1'
    for needle, v in (('\\d{10}', '1234567893'), ('\\d{9}', '123456789'), ('\\d{5}', '12345'),
                      ('[0-9a-fA-F]{8}', '123e4567-e89b-12d3-a456-426614174000'), ('A-Za-z0-9]{10}', '207Q00000X')):
        if needle in pat:
            return v
    if pat.startswith('^\\d+'):
        return '123456789'
    v = 'A' * max(2, s.get('minLength', 0))
    return v[:s['maxLength']] if s.get('maxLength') else v


def build(S, s, name, k, depth=0):
    s = res(S, s)
    if 'allOf' in s:
        out = {}
        for sub in s['allOf']:
            v = build(S, sub, name, k, depth)
            if isinstance(v, dict):
                out.update(v)
        return out
    for comb in ('oneOf', 'anyOf'):
        if comb in s:
            return build(S, s[comb][0], name, k, depth)
    if s.get('type') == 'array' or 'items' in s:
        return [build(S, s['items'], name, k, depth + 1)]
    if s.get('type') == 'object' or 'properties' in s:
        return {} if depth > 12 else {p: build(S, v, p, k, depth + 1) for p, v in s.get('properties', {}).items()}
    return value(name, s, k)


def generate(spec, out):
    S = load(spec)
    os.makedirs(os.path.join(out, 'var'), exist_ok=True)
    for kind, name in SCHEMAS.items():
        fields = {}
        paths(S, S[name], '', fields)
        with open(os.path.join(out, kind + '.tsv'), 'w') as f:
            for p in sorted(fields):
                t, r, e = fields[p]
                f.write('\t'.join([p, t, 'req' if r else '', '|'.join(e) if e else '']) + '\n')
        json.dump(build(S, S[name], '', 0), open(os.path.join(out, kind + '-max.json'), 'w'), indent=1)
        longest = max((len(e) for _, _, e in fields.values() if e), default=1)
        for k in range(longest):
            json.dump(build(S, S[name], '', k), open(os.path.join(out, 'var', '%s-%d.json' % (kind, k)), 'w'))


def count(out):
    for kind in SCHEMAS:
        all_paths = [line.split('\t')[0] for line in open(os.path.join(out, kind + '.tsv'))]
        roots = set()
        for line in open(os.path.join(out, kind + '-issues.txt')):
            parts = line.rstrip('\n').split('\t')
            if len(parts) >= 3 and parts[1] in ('FIELD_NOT_USED', 'UNSUPPORTED_FIELD'):
                roots.add(re.sub(r'\[\d+\]', '[]', parts[2]))
        under = [p for p in all_paths if any(p == r or p.startswith(r + '.') or p.startswith(r + '[]') for r in roots)]
        print('%s: %d field paths, %d under %d not-rendered roots, %d bound' % (
            kind, len(all_paths), len(under), len(roots), len(all_paths) - len(under)))


if __name__ == '__main__':
    if sys.argv[1] == '--count':
        count(sys.argv[2])
    else:
        generate(sys.argv[1], sys.argv[2])
