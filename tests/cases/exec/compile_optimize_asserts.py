# Under optimize=1 an assert compiles to nothing: its test and message are never
# evaluated, including walrus targets and calls with side effects inside them.
def run(src, opt):
    g = {"calls": []}
    try:
        exec(compile(src, "<assert>", "exec", optimize=opt), g)
        print(opt, "ok", g["calls"], sorted(k for k in g if k not in ("calls", "__builtins__")))
    except Exception as e:
        print(opt, type(e).__name__, e)

SOURCES = [
    "assert (y := 0), 'walrus'\n",
    "assert calls.append(1), calls.append(2)\n",
    "assert (lambda: False)(), 'lambda'\n",
    "assert [x for x in ()], 'comprehension'\n",
    "for i in range(3):\n    assert i < 2, f'i={i}'\n    calls.append(i)\n",
    "def f(n):\n    assert n > 0, 'positive'\n    return n\nr = f(-1)\n",
    "class K:\n    assert False, 'class body'\n",
    "try:\n    assert False\nexcept AssertionError:\n    calls.append('caught')\nelse:\n    calls.append('else')\n",
    "if __debug__:\n    calls.append('debug')\nelse:\n    calls.append('optimized')\n",
    "while not __debug__:\n    calls.append('loop')\n    break\n",
    "d = __debug__ and 'yes' or 'no'\n",
    "async def co():\n    assert False\n",
]

for src in SOURCES:
    for opt in (0, 1):
        run(src, opt)
