# except clauses with tuples, base-class catches and first-match ordering
def risky(kind):
    if kind == 0:
        return [][1]
    if kind == 1:
        return {}["k"]
    if kind == 2:
        return 1 / 0
    if kind == 3:
        return int("x")
    if kind == 4:
        return undefined_name
    return "fine"

for k in range(6):
    try:
        print(risky(k))
    except (IndexError, KeyError) as e:
        print("lookup:", type(e).__name__, e)
    except ArithmeticError as e:
        print("arith:", type(e).__name__, e)
    except Exception as e:
        print("other:", type(e).__name__, e)

try:
    [][0]
except LookupError:
    print("LookupError caught IndexError")
except IndexError:
    print("never reached")
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError))
print(issubclass(KeyError, LookupError), issubclass(Exception, BaseException))
