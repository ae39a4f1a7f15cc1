# error messages raised by common string misuse
def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("index", lambda: "abc"[5])
attempt("neg index", lambda: "abc"[-4])
attempt("none attr", lambda: None.upper())
attempt("int parse", lambda: int("12.5"))
attempt("float parse", lambda: float("1,5"))
attempt("no attr", lambda: "abc".foo)
attempt("find ok", lambda: "abc".find("c"))
attempt("index miss", lambda: "abc".index("d"))
attempt("join ints", lambda: "".join([1]))
attempt("mul float", lambda: "ab" * 1.5)
attempt("ord long", lambda: ord("ab"))
attempt("chr neg", lambda: chr(-1))
attempt("sub", lambda: "abc" - "a")
attempt("str+None", lambda: "a" + None)
