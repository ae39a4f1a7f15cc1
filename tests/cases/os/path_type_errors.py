import os.path as p
for f, args in [(p.join, ('a', b'b')), (p.join, (b'a', 'b')), (p.join, (1,)), (p.join, ('a', 1)),
                (p.basename, (None,)), (p.relpath, ('a', b'b')), (p.commonpath, (['a', b'b'],))]:
    try:
        f(*args)
    except TypeError as e:
        print(f.__name__, e)
