# BaseExceptionGroup/ExceptionGroup: construction checks, message/exceptions, split/subgroup/derive.
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
print(eg, repr(eg))
print(eg.message, eg.exceptions)
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
m, r = eg.split(ValueError)
print(repr(m)); print(repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.subgroup(Exception) is eg)
print(repr(eg.split((TypeError, KeyError))))
for bad in [(1, []), ("m", []), ("m", 5), ("m", [1])]:
    try: ExceptionGroup(*bad)
    except Exception as e: print(type(e).__name__, e)
try: ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e: print(e)
try: eg.split(5)
except TypeError as e: print(e)
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup), ExceptionGroup.__mro__)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
e = MyEG("mine", [ValueError(1), TypeError(2)])
print(repr(e.split(ValueError)))
print(str(ExceptionGroup("one", [ValueError()])))
