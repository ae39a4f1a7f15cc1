# UnicodeEncodeError from ascii and latin-1: the message, and the attributes.
def show(f):
    try:
        print(repr(f()))
    except UnicodeEncodeError as e:
        print(type(e).__name__, '|', e, '|', e.encoding, repr(e.object), e.start, e.end, e.reason)
        print(e.args, repr(e))
show(lambda: 'café'.encode('ascii'))
show(lambda: 'aé€😀b'.encode('ascii'))
show(lambda: 'aé€😀b'.encode('latin-1'))
show(lambda: '\u20ac'.encode('latin1'))
show(lambda: '😀'.encode('iso-8859-1'))
show(lambda: 'ok'.encode('ascii'))
show(lambda: 'é'.encode('latin-1'))
