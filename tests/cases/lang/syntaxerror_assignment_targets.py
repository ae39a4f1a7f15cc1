# SyntaxErrors for invalid assignment, deletion and augmented-assignment targets, caught by importing broken helper modules (message only)
names = [
    '_broken_assign_none_kw',
    '_broken_star_alone',
    '_broken_two_stars',
    '_broken_star_expr',
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
