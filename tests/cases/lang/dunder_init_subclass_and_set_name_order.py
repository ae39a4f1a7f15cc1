# class creation order: __set_name__ for each descriptor, then parent's __init_subclass__, then decorators
log = []
class D:
    def __init__(self, tag): self.tag = tag
    def __set_name__(self, owner, name):
        log.append(f"set_name {name} on {owner.__name__}")
class Base:
    def __init_subclass__(cls, **kw):
        log.append(f"init_subclass {cls.__name__} {kw}")
        super().__init_subclass__()
def deco(cls):
    log.append(f"decorator {cls.__name__}")
    return cls
@deco
class Child(Base, extra=1):
    log.append("class body start")
    first = D(1)
    second = D(2)
    log.append("class body end")
for line in log:
    print(line)
print([k for k in Child.__dict__ if not k.startswith("__")])
