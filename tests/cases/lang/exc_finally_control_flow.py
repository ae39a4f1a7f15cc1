# finally with return/break/continue: overriding returns, swallowing exceptions, loop control
def ret_override():
    try:
        return "try"
    finally:
        return "finally"
print(ret_override())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 2:
                raise KeyError(i)
            out.append(i)
        finally:
            if i == 2:
                break
    return out
print(loop_break())
def loop_continue():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
print(loop_continue())
def order():
    log = []
    try:
        try:
            log.append("inner try")
            return log
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
print(order())
def value_captured():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_captured())
def mutable_captured():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(mutable_captured())
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("finally", n)
print(while_finally())
