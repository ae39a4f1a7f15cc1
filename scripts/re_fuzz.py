#!/usr/bin/env python3
# A differential fuzzer for the re module: generates random (deterministic per
# seed) patterns, flags and subjects, runs the same probe program under
# CPython 3.12 and Taipan, and reports the cases whose output differs.
#
# Usage: PYENV_VERSION=3.12.1 python3 scripts/re_fuzz.py [--seed N] [--cases N]
#            [--taipan PATH] [--show N] [--bytes]
# A development tool: not run in CI.
import argparse
import os
import random
import subprocess
import sys
import tempfile

WIDE_MODE = BYTES_MODE = ERRORS_MODE = False
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

LITS = 'abcAB1_ -\n'
SUBJ = 'abcAB1_ -\nxé'
# --wide: case-folding corner characters (Kelvin sign, long s, dotted I, sharp s, Greek sigmas)
WIDE = 'aAkKsS\u212a\u017f\u0130\u0131iI\xdf\u1e9e\u03c3\u03c2\u03a3\xe9\xc9\u0345\u03b9\u1fbe'


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.ngroups = 0
        self.names = []

    def lit(self):
        c = self.r.choice(LITS)
        if WIDE_MODE and self.r.random() < 0.6:
            c = self.r.choice(WIDE)
        if c in '.^$*+?{}[]\\|()':
            return '\\' + c
        if c == '\n':
            return self.r.choice(['\\n', '\n'])
        return c

    def cls(self):
        r = self.r
        items = []
        for _ in range(r.randint(1, 3)):
            k = r.random()
            if k < 0.4:
                items.append(r.choice(WIDE if WIDE_MODE else 'abcAB1_- é'))
            elif k < 0.7:
                items.append(r.choice(['a-c', 'A-Z', '0-9', 'a-b', 'B-b']))
            else:
                items.append(r.choice(['\\d', '\\w', '\\s', '\\D', '\\W', '\\S', '\\n', '\\x41']))
        neg = '^' if r.random() < 0.3 else ''
        s = ''.join(items)
        if s.startswith('-') or (neg == '' and s.startswith('^')):
            s = 'x' + s
        return '[' + neg + s + ']'

    def atom(self, depth):
        r = self.r
        k = r.random()
        if depth > 3 or k < 0.35:
            return self.lit()
        if k < 0.45:
            return self.r.choice(['.', '\\d', '\\w', '\\s', '\\W', '\\b', '\\B', '^', '$', '\\A', '\\Z'])
        if k < 0.55:
            return self.cls()
        if k < 0.65:
            self.ngroups += 1
            return '(' + self.alt(depth + 1) + ')'
        if k < 0.70:
            self.ngroups += 1
            name = 'g%d' % self.ngroups
            self.names.append(name)
            return '(?P<%s>%s)' % (name, self.alt(depth + 1))
        if k < 0.75:
            return '(?:' + self.alt(depth + 1) + ')'
        if k < 0.80:
            return r.choice(['(?=', '(?!']) + self.alt(depth + 1) + ')'
        if k < 0.84:
            body = ''.join(self.lit() for _ in range(r.randint(1, 2)))
            return r.choice(['(?<=', '(?<!']) + body + ')'
        if k < 0.88 and self.ngroups:
            g = r.randint(1, self.ngroups)
            if self.names and r.random() < 0.3:
                return '(?P=%s)' % r.choice(self.names)
            return '\\%d' % g if g < 10 else '(?:\\%d)' % g
        if k < 0.91:
            return '(?>' + self.alt(depth + 1) + ')'
        if k < 0.94 and self.ngroups:
            g = r.randint(1, self.ngroups)
            return '(?(%d)%s|%s)' % (g, self.seq(depth + 1), self.seq(depth + 1))
        if k < 0.97:
            return '(?%s:%s)' % (r.choice(['i', 's', 'm', '-i', 'x', 'a']), self.alt(depth + 1))
        return self.lit()

    def quant(self, a):
        r = self.r
        if r.random() < 0.65 or a in ('^', '$', '\\A', '\\Z', '\\b', '\\B'):
            return a
        q = r.choice(['*', '+', '?', '{2}', '{1,3}', '{,2}', '{2,}', '{0}'])
        m = r.random()
        if m < 0.25:
            q += '?'
        elif m < 0.35:
            q += '+'
        return a + q

    def seq(self, depth):
        return ''.join(self.quant(self.atom(depth)) for _ in range(self.r.randint(0, 4)))

    def alt(self, depth):
        parts = [self.seq(depth)]
        while self.r.random() < 0.25:
            parts.append(self.seq(depth))
        return '|'.join(parts)


def mutate(rng, p):
    # Break a pattern to probe the error paths.
    ops = ['(', ')', '[', ']', '{', '}', '?', '*', '\\', '(?', '(?P<', '(?<', '\\g', '{1,', '(?i', 'x{2,1}', '\\9', '(?P=zz)', '[z-a]', '(?#', '\\u12', '\\N{', '(?x)']
    i = rng.randint(0, len(p))
    return p[:i] + rng.choice(ops) + p[i:]


def make_cases(seed, n):
    rng = random.Random(seed)
    cases = []
    for _ in range(n):
        g = Gen(rng)
        p = g.alt(0)
        if rng.random() < (0.9 if ERRORS_MODE else 0.12):
            p = mutate(rng, p)
            if ERRORS_MODE and rng.random() < 0.5:
                p = mutate(rng, p)
        flags = 0
        for f in (2, 8, 16, 256):  # I M S A
            if rng.random() < 0.15:
                flags |= f
        if rng.random() < 0.05:
            flags |= 64
        if WIDE_MODE and rng.random() < 0.5:
            flags |= 2
        subjects = [''.join(rng.choice(WIDE + ' ' if WIDE_MODE else SUBJ) for _ in range(rng.randint(0, 12))) for _ in range(3)]
        ng = max(g.ngroups, 1)
        if ERRORS_MODE:
            tmpl = mutate(rng, rng.choice(['\\1', '\\g<1>', 'ab', '\\g<g1>', '\\0']))
        else:
          tmpl = rng.choice(['<\\g<0>>', '[\\1]', '\\g<%d>' % rng.randint(0, ng), '-', '\\n', '\\g<g1>', 'x\\\\y'])
        if BYTES_MODE:
            flags &= ~256
            p = p.encode('latin-1', 'replace')
            subjects = [x.encode('latin-1', 'replace') for x in subjects]
            tmpl = tmpl.encode('latin-1', 'replace')
        cases.append((p, flags, subjects, tmpl))
    return cases


PROBE = r'''
import re, sys
CASES = %r

def show(x):
    return repr(x)

def run(i, p, flags, subjects, tmpl):
    out = []
    try:
        c = re.compile(p, flags)
    except Exception as e:
        print(i, 'compile', type(e).__name__, e, getattr(e, 'pos', None))
        return
    out.append('groups=%%d gi=%%r' %% (c.groups, sorted(c.groupindex.items())))
    for s in subjects:
        for name, f in (
            ('search', lambda: (lambda m: m and (m.span(), m.groups(), m.lastindex, m.lastgroup, [m.span(k) for k in range(c.groups + 1)]))(c.search(s))),
            ('match', lambda: (lambda m: m and (m.span(), m.groups()))(c.match(s))),
            ('fullmatch', lambda: (lambda m: m and (m.span(), m.groups()))(c.fullmatch(s))),
            ('posend', lambda: (lambda m: m and (m.span(), m.groups()))(c.search(s, 1, len(s) - 1))),
            ('findall', lambda: c.findall(s)),
            ('finditer', lambda: [m.span() for m in c.finditer(s)]),
            ('split', lambda: c.split(s)),
            ('split1', lambda: c.split(s, 1)),
            ('sub', lambda: c.sub(tmpl, s)),
            ('subn', lambda: c.subn(lambda m: m.group()[::-1], s, 2)),
            ('expand', lambda: (lambda m: m and m.expand(tmpl))(c.search(s))),
        ):
            try:
                r = f()
            except Exception as e:
                r = '!%%s: %%s' %% (type(e).__name__, e)
            out.append('%%s(%%r)=%%s' %% (name, s, show(r)))
    print(i, ' '.join(out))

for i, case in enumerate(CASES):
    run(i, *case)
    sys.stdout.flush()
'''


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--cases', type=int, default=500)
    ap.add_argument('--taipan', default=os.path.join(ROOT, 'target', 'release', 'taipan'))
    ap.add_argument('--show', type=int, default=10)
    ap.add_argument('--bytes', action='store_true', help='bytes patterns and subjects')
    ap.add_argument('--errors', action='store_true', help='mostly broken patterns and templates')
    ap.add_argument('--wide', action='store_true', help='case-folding corner characters')
    args = ap.parse_args()
    global WIDE_MODE
    WIDE_MODE = args.wide
    global BYTES_MODE, ERRORS_MODE
    BYTES_MODE = args.bytes
    ERRORS_MODE = args.errors
    if sys.version_info[:2] != (3, 12):
        sys.exit('run me with CPython 3.12 (PYENV_VERSION=3.12.1 python3 ...)')
    cases = make_cases(args.seed, args.cases)
    with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False) as f:
        f.write(PROBE % (cases,))
        prog = f.name
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    ref = subprocess.run([sys.executable, '-I', prog], capture_output=True, text=True, env=env, timeout=300)
    try:
        got = subprocess.run([args.taipan, prog], capture_output=True, text=True, env=env, timeout=300)
    except subprocess.TimeoutExpired:
        sys.exit('taipan timed out on %s' % prog)
    a = ref.stdout.splitlines()
    b = got.stdout.splitlines()
    bad = 0
    for i in range(max(len(a), len(b))):
        la = a[i] if i < len(a) else '<missing>'
        lb = b[i] if i < len(b) else '<missing>'
        if la != lb:
            bad += 1
            if bad <= args.show:
                idx = int(la.split(' ', 1)[0]) if la[:1].isdigit() else i
                p, flags, subjects, tmpl = cases[idx] if idx < len(cases) else ('?', 0, [], '')
                print('--- case %d: pattern=%r flags=%d subjects=%r tmpl=%r' % (idx, p, flags, subjects, tmpl))
                k = next((j for j in range(min(len(la), len(lb))) if la[j] != lb[j]), min(len(la), len(lb)))
                k = max(0, la.rfind(' ', 0, max(0, k - 40)))
                print('  cpython: ...', la[k:k + 300])
                print('  taipan:  ...', lb[k:k + 300])
    if got.returncode != 0:
        print('taipan exited with', got.returncode, got.stderr[-2000:])
    print('%d cases, %d differ (seed %d); program %s' % (len(cases), bad, args.seed, prog))
    sys.exit(1 if bad or got.returncode else 0)


if __name__ == '__main__':
    main()
