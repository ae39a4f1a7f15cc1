# re.Scanner parses each phrase on its own and joins the trees: the scanner's flags
# are used as given (a str scanner without re.UNICODE is ASCII-only), global inline
# flags inside phrases other than (?x) are dropped, a phrase's groups are numbered
# from 1 again, and the compiled pattern shows as re.compile(None).
import re

def show(lex, s, flags=0):
    try:
        sc = re.Scanner(lex, flags)
        print(sc.scan(s))
    except Exception as e:
        print(type(e).__name__, e)

show([(r'\w+', 'W'), (r'\s+', None)], 'é ab')
show([(r'\w+', 'W'), (r'\s+', None)], 'é ab', re.U)
show([(r'é', 'W')], 'É', re.I)
show([(r'é', 'W')], 'É', re.I | re.U)
show([(r'(?u)\w', 'W')], 'é')
show([(r'(?u:\w)', 'W')], 'é')
show([('(?i)a', 'A'), ('b', 'B')], 'aAb')
show([('a', 'A'), ('(?i)b', 'B')], 'abB')
show([('(?x) a # c', 'A')], 'a')
show([('(a)\\1', 'A'), ('(b)\\1', 'B')], 'aabb')
show([('(?P<x>a)', 'A'), ('(?P<x>b)', 'B')], 'ab')
show([('(?P<x>a)(?P=x)', 'A')], 'aa')
show([('a|b', 'A'), ('c', 'C')], 'bc')
show([('(?(1)a|b)', 'A')], 'b')
show([(r'(a)|b', lambda s, t: s.match.regs)], 'b')
show([(r'\bx', 'X'), ('.', None)], 'éx')
show([(r'\bx', 'X'), ('.', None)], 'éx', re.U)
show([(rb'\w', 'X')], b'a\xe9')
show([('(', None)], '')
show([('a', None)], 'AAa', re.I)
show([('a', None)], 'a', re.L)
show([(b'a', None)], b'a', re.U)
show([], 'a')
for flags in (0, re.I, re.A, re.I | re.M):
    sc = re.Scanner([('a', 'A'), (r'(?P<n>b)', 'B')], flags).scanner
    print(sc, sc.pattern, sc.flags, sc.groups, sc.groupindex, sc.search('xab'))
print(re.Scanner([(rb'a', 'A')]).scanner)
