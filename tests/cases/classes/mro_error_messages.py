# MRO errors: duplicate base, CPython's list of conflicting heads.
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Bad(XY, YX): pass
except TypeError as e: print(e)
try:
    class Dup(X, X): pass
except TypeError as e: print(e)
class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e: print(e)
