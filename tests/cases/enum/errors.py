from enum import Enum, IntEnum


class Color(Enum):
    RED = 1
    GREEN = 2


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok", r)


attempt(lambda: Color(3))
attempt(lambda: Color('RED'))
attempt(lambda: Color['BLUE'])
attempt(lambda: Color[1])
attempt(lambda: Color())


def extend():
    class More(Color):
        BLUE = 3


attempt(extend)


def reuse():
    class Bad(Enum):
        RED = 1
        RED = 2


attempt(reuse)


def reuse_method():
    class Bad(Enum):
        RED = 1

        def RED(self):
            pass


attempt(reuse_method)


def sunder():
    class Bad(Enum):
        _foo_ = 1


attempt(sunder)


def reassign():
    Color.RED = 5


attempt(reassign)


def delete():
    del Color.RED


attempt(delete)


def set_value():
    Color.RED.value = 3


attempt(set_value)


def set_name():
    Color.RED.name = 'x'


attempt(set_name)


def mro_name():
    class Bad(Enum):
        mro = 1


attempt(mro_name)


def int_bad():
    class Num(IntEnum):
        A = 'x'


attempt(int_bad)
attempt(lambda: [] in Color)


def mixin_order():
    class Bad(Enum, int):
        A = 1


attempt(mixin_order)


def empty_call():
    class Empty(Enum):
        pass
    return Empty(1)


attempt(empty_call)
attempt(lambda: Color.RED < Color.GREEN)
attempt(lambda: Color.BLUE)
