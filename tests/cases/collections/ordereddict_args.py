# OrderedDict's C argument messages for move_to_end and fromkeys; keyword arguments.
from collections import OrderedDict
o = OrderedDict.fromkeys('abc')
for f in [lambda: o.move_to_end(), lambda: OrderedDict.fromkeys(), lambda: o.move_to_end(key='zz'),
          lambda: o.move_to_end(key='a', last=False), lambda: OrderedDict.fromkeys(iterable='xy', value=1)]:
    try:
        print(f(), o)
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
