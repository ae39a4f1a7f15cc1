# A frame kept alive by a traceback stays valid after its function is gone.
def work(n):
    total = 0
    for i in range(n):
        total += i
    try:
        raise RuntimeError(total)
    except RuntimeError as e:
        return e

def outer():
    return work(4)

err = outer()
frame = err.__traceback__.tb_frame
print(frame.f_code.co_name)
print(sorted(frame.f_locals.items()))
print(frame.f_lineno)
print(frame.f_back.f_code.co_name)
print(frame.f_back.f_lineno)
print(frame.f_back.f_back.f_code.co_name)
print(frame.f_globals is globals())
