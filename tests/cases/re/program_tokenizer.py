# A tokenizer for a small expression language, as in the re documentation.
import re


class Token:
    __slots__ = ('type', 'value', 'line', 'column')

    def __init__(self, type, value, line, column):
        self.type = type
        self.value = value
        self.line = line
        self.column = column

    def __repr__(self):
        return 'Token(type=%r, value=%r, line=%d, column=%d)' % (
            self.type, self.value, self.line, self.column)


def tokenize(code):
    keywords = {'IF', 'THEN', 'ENDIF', 'FOR', 'NEXT', 'GOSUB', 'RETURN'}
    token_specification = [
        ('NUMBER',   r'\d+(\.\d*)?'),  # Integer or decimal number
        ('ASSIGN',   r':='),           # Assignment operator
        ('END',      r';'),            # Statement terminator
        ('ID',       r'[A-Za-z]+'),    # Identifiers
        ('OP',       r'[+\-*/]'),      # Arithmetic operators
        ('NEWLINE',  r'\n'),           # Line endings
        ('SKIP',     r'[ \t]+'),       # Skip over spaces and tabs
        ('MISMATCH', r'.'),            # Any other character
    ]
    tok_regex = '|'.join('(?P<%s>%s)' % pair for pair in token_specification)
    line_num = 1
    line_start = 0
    for mo in re.finditer(tok_regex, code):
        kind = mo.lastgroup
        value = mo.group()
        column = mo.start() - line_start
        if kind == 'NUMBER':
            value = float(value) if '.' in value else int(value)
        elif kind == 'ID' and value in keywords:
            kind = value
        elif kind == 'NEWLINE':
            line_start = mo.end()
            line_num += 1
            continue
        elif kind == 'SKIP':
            continue
        elif kind == 'MISMATCH':
            raise RuntimeError(f'{value!r} unexpected on line {line_num}')
        yield Token(kind, value, line_num, column)


statements = '''
    IF quantity THEN
        total := total + price * quantity;
        tax := price * 0.05;
    ENDIF;
'''

for token in tokenize(statements):
    print(token)

try:
    list(tokenize('x := 1 ? 2'))
except RuntimeError as e:
    print('RuntimeError:', e)


# A second tokenizer driven by Pattern.match(text, pos), for a JSON-like syntax.
TOKEN = re.compile(r'''
    (?P<ws>\s+)
  | (?P<number>-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)
  | (?P<string>"(?:[^"\\]|\\.)*")
  | (?P<punct>[{}\[\]:,])
  | (?P<word>true|false|null)
''', re.VERBOSE)


def lex(text):
    pos = 0
    out = []
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if m is None:
            raise SyntaxError('bad character %r at %d' % (text[pos], pos))
        if m.lastgroup != 'ws':
            out.append((m.lastgroup, m.group()))
        pos = m.end()
    return out


doc = '{"name": "Taipan \\"py\\"", "n": [1, -2.5e3, 0.25], "ok": true, "x": null, "caf\u00e9": "\u00e9"}'
for tok in lex(doc):
    print(tok)
try:
    lex('[1, @]')
except SyntaxError as e:
    print('SyntaxError:', e)
