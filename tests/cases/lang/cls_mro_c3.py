# C3 linearisation for diamonds and deeper hierarchies; __mro__ and mro()
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([c.__name__ for c in Z.__mro__])
print([c.__name__ for c in Z.mro()])
print(Z.__bases__ == (K1, K2, K3), O.__bases__)

class Left: 
    def who(self): return "Left"
class Right:
    def who(self): return "Right"
    def only_right(self): return "R only"
class Both(Left, Right): pass
print(Both().who(), Both().only_right())
print([c.__name__ for c in Both.__mro__])
print(object.__mro__, type.__mro__)
print([c.__name__ for c in bool.__mro__])
