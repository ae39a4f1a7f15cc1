import logging, traceback, linecache, sys, io, ast, tokenize
print(logging.__file__.endswith('python3.12/logging/__init__.py'), traceback.__file__.endswith('python3.12/traceback.py'))
stream = io.StringIO()
logging.basicConfig(stream=stream, level=logging.DEBUG, format='%(levelname)s:%(name)s:%(message)s')
log = logging.getLogger('app.sub')
log.debug('debug %d', 1); log.info('info'); log.warning('warn %s', 'x')
logging.getLogger('app').setLevel(logging.ERROR); log.warning('hidden'); log.error('shown')
print(stream.getvalue(), end='')
print(logging.getLevelName(30), logging.getLevelName('INFO'), log.getEffectiveLevel(), log.parent.name)
def boom():
    return 1 / 0
try:
    boom()
except ZeroDivisionError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.line) for f in tb])
    print(traceback.format_exception_only(type(e), e))
    lines = traceback.format_exception(e)
    print(lines[0], lines[-1], len(lines))
print(traceback.format_list([('f.py', 3, 'fn', 'x = 1')]))
print(repr(linecache.getline(__file__, 1)))
node = ast.BinOp(ast.Constant(1), ast.Add(), ast.Name('x', ast.Load()))
print(ast.dump(node), isinstance(node, ast.expr), ast.BinOp._fields)
print(ast.dump(ast.fix_missing_locations(ast.Expression(body=node)), include_attributes=True)[:60])
class V(ast.NodeVisitor):
    def visit_Name(self, n): print('name', n.id)
V().visit(node); print(len(list(ast.walk(node))), ast.literal_eval(ast.List([ast.Constant(1), ast.Constant(2)], ast.Load())))
print(tokenize.detect_encoding(io.BytesIO(b'# -*- coding: latin-1 -*-\nx = 1\n').readline))
