import os
os.environ['HOME'] = '/home/tester'
print(os.path.expanduser('~'), os.path.expanduser('~/x'), os.path.expanduser('a/~'), os.path.expanduser('~root/x'))
os.environ['HOME'] = '/home/tester/'
print(os.path.expanduser('~/y'))
os.environ['TAIPAN_V'] = 'val'
for s in ['$TAIPAN_V', '${TAIPAN_V}/x', '$TAIPAN_V$TAIPAN_V', '$TAIPAN_NOPE', '${TAIPAN_NOPE}', '$', 'a$', '${unclosed', '$$TAIPAN_V', 'no vars']:
    print(repr(s), repr(os.path.expandvars(s)))
