# abc.update_abstractmethods recomputes the set after methods change (what class
# decorators such as dataclasses/total_ordering rely on).
import abc


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        ...

    @abc.abstractmethod
    def stop(self):
        ...


class Impl(Base):
    pass


print(sorted(Impl.__abstractmethods__))
Impl.run = lambda self: 'running'
print(sorted(Impl.__abstractmethods__))
print(abc.update_abstractmethods(Impl) is Impl)
print(sorted(Impl.__abstractmethods__))
Impl.stop = lambda self: 'stopped'
abc.update_abstractmethods(Impl)
print(Impl.__abstractmethods__, Impl().run(), Impl().stop())

# New abstract methods are picked up too.
Impl.extra = abc.abstractmethod(lambda self: None)
abc.update_abstractmethods(Impl)
print(sorted(Impl.__abstractmethods__))
try:
    Impl()
except TypeError as e:
    print(e)


# A class that never had __abstractmethods__ is returned unchanged.
class Plain:
    x = abc.abstractmethod(lambda self: None)


print(abc.update_abstractmethods(Plain) is Plain, hasattr(Plain, '__abstractmethods__'))
print(type(Plain()).__name__)
