# A variable-width look-behind is an error even inside a repeat that can never run
# ({0}), and also under an alternation or an optional repeat.
import re
for p in [r'(?<=1?b){0}', r'(?<=1?b){0}?', r'x(?<=1?b){0}', r'(?:(?<=1?b)){0}', r'(?<=1?b)', r'(?:x(?<=1?b)y){0}', r'(?<=1?b)?', r'(?<=1?b){0,1}', r'(?:)|(?<=1?b)', r'(?<=a|bc){0}']:
    try:
        re.compile(p); print(p, 'ok')
    except re.error as e:
        print(p, e, e.pos)
