import textwrap

text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor."
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill(text, 30, initial_indent=">>>>", subsequent_indent=""))
print(textwrap.wrap("a\tb  c", 20, expand_tabs=False))
print(textwrap.wrap("a\tb  c", 20, tabsize=4))
print(textwrap.wrap("a\tb\nc", 20, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("  lots   of   space  ", 8, drop_whitespace=False))
print(textwrap.wrap("  lots   of   space  ", 8))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10, break_long_words=False))
print(textwrap.wrap("x supercalifragilisticexpialidocious", 10, break_long_words=False))
print(textwrap.wrap("Mr. Smith went. He said \"hi.\" Then 'left!' ok? Yes.  Done", 80,
                    fix_sentence_endings=True))
print(textwrap.wrap("Dr. A. B. went home. Next", 80, fix_sentence_endings=True))
w = textwrap.TextWrapper(width=12, initial_indent="- ")
print(w.width, w.initial_indent, repr(w.subsequent_indent), w.expand_tabs, w.replace_whitespace,
      w.fix_sentence_endings, w.break_long_words, w.drop_whitespace, w.break_on_hyphens,
      w.tabsize, w.max_lines, repr(w.placeholder))
print(w.wrap("alpha beta gamma delta epsilon"))
w.width = 20
print(w.fill("alpha beta gamma delta epsilon"))
print(textwrap.TextWrapper.unicode_whitespace_trans == {9: 32, 10: 32, 11: 32, 12: 32, 13: 32, 32: 32})
try:
    textwrap.TextWrapper(5, "", "", True, True, False, True, True, True, 8, 3)
except TypeError as e:
    print(e)
