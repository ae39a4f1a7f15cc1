# a tiny stack-based RPN calculator plus infix-to-RPN conversion
class CalcError(Exception):
    pass

OPS = {
    "+": (1, lambda a, b: a + b),
    "-": (1, lambda a, b: a - b),
    "*": (2, lambda a, b: a * b),
    "/": (2, lambda a, b: a // b),
    "^": (3, lambda a, b: a ** b),
}

def eval_rpn(tokens):
    stack = []
    for tok in tokens:
        if tok in OPS:
            if len(stack) < 2:
                raise CalcError("stack underflow at " + repr(tok))
            b, a = stack.pop(), stack.pop()
            if tok == "/" and b == 0:
                raise CalcError("division by zero")
            stack.append(OPS[tok][1](a, b))
        else:
            stack.append(int(tok))
    if len(stack) != 1:
        raise CalcError(f"leftover stack {stack}")
    return stack[0]

def to_rpn(expr):
    out, ops = [], []
    for tok in expr.replace("(", " ( ").replace(")", " ) ").split():
        if tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        elif tok in OPS:
            while ops and ops[-1] != "(" and (OPS[ops[-1]][0] > OPS[tok][0] or (OPS[ops[-1]][0] == OPS[tok][0] and tok != "^")):
                out.append(ops.pop())
            ops.append(tok)
        else:
            out.append(tok)
    while ops:
        out.append(ops.pop())
    return out

for expr in ["3 + 4 * 2", "(3 + 4) * 2", "2 ^ 3 ^ 2", "100 / 7 - 2", "2 ^ 100", "(1 + 2) * (3 + 4) - 5"]:
    rpn = to_rpn(expr)
    print(f"{expr:<24} => {' '.join(rpn):<22} = {eval_rpn(rpn)}")
for bad in [["1", "+"], ["1", "2"], ["4", "0", "/"], ["x"]]:
    try:
        print(eval_rpn(bad))
    except CalcError as e:
        print("CalcError:", e)
    except ValueError as e:
        print("ValueError:", e)
