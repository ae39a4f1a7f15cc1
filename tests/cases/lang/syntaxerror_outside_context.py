# SyntaxErrors for return/break/continue/yield/await used outside their allowed context, caught by importing broken helper modules (message only)
names = [
    '_broken_return_outside',
    '_broken_break_outside',
    '_broken_continue_outside',
    '_broken_yield_outside',
    '_broken_yield_in_listcomp',
    '_broken_break_in_class',
    '_broken_return_in_class',
    '_broken_yield_in_class',
    '_broken_break_in_finally_def',
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
