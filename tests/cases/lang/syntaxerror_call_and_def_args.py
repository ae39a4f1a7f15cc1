# SyntaxErrors in call arguments and function parameter lists, caught by importing broken helper modules (message only)
names = [
    '_broken_dup_param',
    '_broken_lambda_dup',
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
