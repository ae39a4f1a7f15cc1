# SyntaxErrors from the tokenizer and bracket matching, caught by importing broken helper modules (message only)
names = [
    '_broken_unterminated_str',
    '_broken_unmatched_paren',
    '_broken_mismatch_bracket',
    '_broken_never_closed',
    '_broken_else_without_if',
    '_broken_def_no_body',
    '_broken_unindent',
]
for name in names:
    try:
        __import__(name)
    except SyntaxError as e:
        print(f"{name:34} {type(e).__name__}: {e.args[0]}")
    except Exception as e:
        print(f"{name:34} imported, then {type(e).__name__}")
    else:
        print(f"{name:34} imported?!")
