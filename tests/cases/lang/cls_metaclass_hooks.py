# metaclass __new__/__init__/__call__ order (__call__ builds the instance by hand), __prepare__ returning a dict, class kwargs to metaclass
log = []
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(("prepare", name, sorted(kw)))
        return {"injected": "from prepare"}
    def __new__(mcls, name, bases, ns, **kw):
        log.append(("new", name, sorted(k for k in ns if not k.startswith("__"))))
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        log.append(("init", name))
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        log.append(("call", cls.__name__, args))
        inst = cls.__new__(cls)
        inst.__init__(*args, **kwargs)
        inst.made_by_meta = True
        return inst

class Widget(metaclass=Meta, tag="w"):
    size = 1
    def __init__(self, n):
        log.append(("Widget.__init__", n))
        self.n = n

for entry in log:
    print(entry)
log.clear()
w = Widget(3)
print(log)
print(w.n, w.made_by_meta, Widget.tag, Widget.injected, type(Widget).__name__)

class Sub(Widget):
    pass
print(log[-2:], type(Sub) is Meta, Sub.tag)
print(isinstance(Widget, type), isinstance(Widget, Meta), issubclass(Meta, type))
