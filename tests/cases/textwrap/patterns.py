# TextWrapper's regular expressions, and subclasses that replace them.
import re
import textwrap

W = textwrap.TextWrapper
for s in ["hello-world--foo bar-baz", "a--b ---c d-- --e", "well-known e-mail", "x  y\tz"]:
    print([c for c in W.wordsep_re.split(s) if c])
    print([c for c in W.wordsep_simple_re.split(s) if c])
print(bool(W.sentence_end_re.search("end.")), bool(W.sentence_end_re.search("End.\"")),
      bool(W.sentence_end_re.search("E.")))


class Commas(textwrap.TextWrapper):
    wordsep_simple_re = re.compile(r"(,)")


print(Commas(width=6, break_on_hyphens=False).wrap("aa,bb,cc,dd,ee"))
