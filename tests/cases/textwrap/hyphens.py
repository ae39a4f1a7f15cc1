import textwrap

samples = [
    "this-is-a-very-long-hyphenated-word that wraps",
    "well-known state-of-the-art e-mail x-ray re-entry",
    "Hello there--how are you--fine, thanks---and you?",
    "a--b ---c d-- --e",
    "look, goodbye-- and then--",
    "ab-c a-bc ab-cd 1-2 abc-123 under_score-word",
    "Python-3.12-release--notes-are here",
    "-----",
    "--leading dashes and trailing--",
]
for s in samples:
    for width in (4, 8, 12, 20):
        print(width, textwrap.wrap(s, width))
        print(width, textwrap.wrap(s, width, break_on_hyphens=False))
print(textwrap.TextWrapper()._split("hello-world--foo bar-baz"))
print(textwrap.TextWrapper(break_on_hyphens=False)._split("hello-world--foo bar-baz"))
