# abstractmethod combined with property, classmethod and staticmethod, and the
# deprecated abstractproperty/abstractclassmethod/abstractstaticmethod helpers.
import abc


class Base(abc.ABC):
    @property
    @abc.abstractmethod
    def name(self):
        ...

    @classmethod
    @abc.abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abc.abstractmethod
    def helper():
        ...

    @abc.abstractproperty
    def old_prop(self):
        ...

    @abc.abstractclassmethod
    def old_cm(cls):
        ...

    @abc.abstractstaticmethod
    def old_sm():
        ...


print(sorted(Base.__abstractmethods__))
d = Base.__dict__
for key in ['name', 'make', 'helper', 'old_prop', 'old_cm', 'old_sm']:
    print(key, type(d[key]).__name__, d[key].__isabstractmethod__)

print(property(lambda self: 1).__isabstractmethod__)
print(classmethod(lambda cls: 1).__isabstractmethod__, staticmethod(len).__isabstractmethod__)


def f(self):
    pass


f.__isabstractmethod__ = True
print(property(None, f).__isabstractmethod__, property(None, None, f).__isabstractmethod__)
print(abc.abstractmethod(f) is f)


class Impl(Base):
    @property
    def name(self):
        return "impl"

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 42

    old_prop = 1
    old_cm = classmethod(lambda cls: cls.__name__)
    old_sm = staticmethod(lambda: 'sm')


i = Impl.make()
print(i.name, Impl.helper(), Impl.old_cm(), Impl.old_sm(), Impl.__abstractmethods__)


class Partial(Base):
    name = property(lambda self: 'x')


try:
    Partial()
except TypeError as e:
    print(e)
