# property, staticmethod and classmethod can be subclassed (abc.abstractclassmethod does).
class acm(classmethod):
    __isabstractmethod__ = True
    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)
class asm(staticmethod):
    pass
class aprop(property):
    __isabstractmethod__ = True
class C:
    @acm
    def make(cls): return cls.__name__
    @asm
    def s(x): return x * 2
    @aprop
    def p(self): return 42
print(C.make(), C().make(), C.s(4), C().p, type(C.__dict__['make']).__name__)
print(C.__dict__['make'].__isabstractmethod__, C.__dict__['make'].__func__.__isabstractmethod__)
print(isinstance(C.__dict__['p'], property))
