import sys

sys.audit('before.hooks', 1)
sys.audit(5)
try:
    sys.audit()
except TypeError as e:
    print('TypeError', e)
seen = []


def hook(event, args):
    if event.startswith('demo.') or event == 'sys.addaudithook':
        seen.append((event, args))


sys.addaudithook(hook)
sys.audit('demo.event', 1, 'two')
sys.audit('demo.none')
try:
    sys.audit(5)
except TypeError as e:
    print('TypeError', e)


def veto(event, args):
    if event == 'sys.addaudithook':
        raise RuntimeError('no more hooks')


sys.addaudithook(veto)
sys.addaudithook(lambda e, a: seen.append(('third', e)))
print(seen)
