# A small template engine and text cleaner built on sub() with functions.
import re

TEMPLATE = """Dear {{ name | title }},
Your order #{{order}} of {{ count }} item{{ count | plural }} ships on {{ date }}.
Unknown: {{ missing }} / {{ name | upper }}
"""

FILTERS = {
    'title': str.title,
    'upper': str.upper,
    'plural': lambda v: '' if str(v) == '1' else 's',
}

VAR = re.compile(r'\{\{\s*(?P<name>\w+)\s*(?:\|\s*(?P<filter>\w+)\s*)?\}\}')


def render(template, context):
    def replace(m):
        value = context.get(m.group('name'))
        if value is None:
            return m.group(0)
        f = m.group('filter')
        if f:
            value = FILTERS[f](value)
        return str(value)
    return VAR.sub(replace, template)


print(render(TEMPLATE, {'name': 'ada lovelace', 'order': 1815, 'count': 3, 'date': '2024-12-10'}))
print(render(TEMPLATE, {'name': 'bob', 'order': 7, 'count': 1, 'date': 'today'}))

# Markdown-ish inline formatting.
MD = [
    (re.compile(r'\*\*(.+?)\*\*'), r'<b>\1</b>'),
    (re.compile(r'(?<![*\w])\*(?!\*)(.+?)\*'), r'<i>\1</i>'),
    (re.compile(r'`([^`]+)`'), lambda m: '<code>' + m.group(1).replace('<', '&lt;') + '</code>'),
    (re.compile(r'\[([^\]]+)\]\(([^)\s]+)\)'), r'<a href="\2">\1</a>'),
]


def inline(text):
    for pat, repl in MD:
        text = pat.sub(repl, text)
    return text


print(inline('Some **bold**, *italic* and `a<b` code, see [docs](http://x.y/z).'))

# Normalising whitespace and camelCase conversion.
def snake(name):
    s = re.sub(r'(.)([A-Z][a-z]+)', r'\1_\2', name)
    return re.sub(r'([a-z0-9])([A-Z])', r'\1_\2', s).lower()


for n in ['camelCase', 'HTTPResponseCode', 'getHTTPResponse2Code', 'simple']:
    print(n, '->', snake(n))
print(re.sub(r'\s+', ' ', '  lots   of\t\twhitespace \n here  ').strip())
print(re.subn(r'(?i)\bthe\b', lambda m: m.group().upper(), 'The cat and the hat; theme'))

# Counting words with a callback that records state.
counts = {}
def tally(m):
    w = m.group().lower()
    counts[w] = counts.get(w, 0) + 1
    return w
re.sub(r"[A-Za-z']+", tally, "It's the end of the world as we know it, and I feel fine. The END.")
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
