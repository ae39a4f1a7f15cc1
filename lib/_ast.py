"""The abstract syntax tree node classes (CPython's _ast module), for Taipan.

The classes, their fields and attributes follow Python 3.12's grammar, so
CPython's ast.py imports and its node-building and visiting code (NodeVisitor,
NodeTransformer, dump, walk, fix_missing_locations, literal_eval of a tree)
works.  Taipan's compiler does not produce these trees: compile() with
PyCF_ONLY_AST (ast.parse) raises NotImplementedError.
"""

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192


class AST:
    """The base of every node: positional and keyword arguments set the fields
    (in _fields order) and attributes."""

    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        fields = self._fields
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError(f"{type(self).__name__} constructor takes at most "
                            f"{n} positional argument{'' if n == 1 else 's'}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), self.__dict__ or None


AST.__module__ = 'ast'


def _node(name, base, fields, attributes, optional):
    ns = {'__module__': 'ast'}
    if fields is not None:
        ns['_fields'] = fields
        ns['__match_args__'] = fields
    if attributes is not None:
        ns['_attributes'] = attributes
    for opt in optional:
        ns[opt] = None
    cls = type(name, (globals()[base],), ns)
    globals()[name] = cls


# (name, base, _fields, _attributes, optional fields defaulting to None);
# None means inherited from the base.
for _row in (
    ('operator', 'AST', (), (), ()),
    ('Add', 'operator', (), None, ()),
    ('boolop', 'AST', (), (), ()),
    ('And', 'boolop', (), None, ()),
    ('stmt', 'AST', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('end_lineno', 'end_col_offset')),
    ('AnnAssign', 'stmt', ('target', 'annotation', 'value', 'simple'), None, ('value',)),
    ('Assert', 'stmt', ('test', 'msg'), None, ('msg',)),
    ('Assign', 'stmt', ('targets', 'value', 'type_comment'), None, ('type_comment',)),
    ('AsyncFor', 'stmt', ('target', 'iter', 'body', 'orelse', 'type_comment'), None, ('type_comment',)),
    ('AsyncFunctionDef', 'stmt', ('name', 'args', 'body', 'decorator_list', 'returns', 'type_comment', 'type_params'), None, ('returns', 'type_comment')),
    ('AsyncWith', 'stmt', ('items', 'body', 'type_comment'), None, ('type_comment',)),
    ('expr', 'AST', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('end_lineno', 'end_col_offset')),
    ('Attribute', 'expr', ('value', 'attr', 'ctx'), None, ()),
    ('AugAssign', 'stmt', ('target', 'op', 'value'), None, ()),
    ('Await', 'expr', ('value',), None, ()),
    ('BinOp', 'expr', ('left', 'op', 'right'), None, ()),
    ('BitAnd', 'operator', (), None, ()),
    ('BitOr', 'operator', (), None, ()),
    ('BitXor', 'operator', (), None, ()),
    ('BoolOp', 'expr', ('op', 'values'), None, ()),
    ('Break', 'stmt', (), None, ()),
    ('Call', 'expr', ('func', 'args', 'keywords'), None, ()),
    ('ClassDef', 'stmt', ('name', 'bases', 'keywords', 'body', 'decorator_list', 'type_params'), None, ()),
    ('Compare', 'expr', ('left', 'ops', 'comparators'), None, ()),
    ('Constant', 'expr', ('value', 'kind'), None, ('kind',)),
    ('Continue', 'stmt', (), None, ()),
    ('expr_context', 'AST', (), (), ()),
    ('Del', 'expr_context', (), None, ()),
    ('Delete', 'stmt', ('targets',), None, ()),
    ('Dict', 'expr', ('keys', 'values'), None, ()),
    ('DictComp', 'expr', ('key', 'value', 'generators'), None, ()),
    ('Div', 'operator', (), None, ()),
    ('cmpop', 'AST', (), (), ()),
    ('Eq', 'cmpop', (), None, ()),
    ('excepthandler', 'AST', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('end_lineno', 'end_col_offset')),
    ('ExceptHandler', 'excepthandler', ('type', 'name', 'body'), None, ('type', 'name')),
    ('Expr', 'stmt', ('value',), None, ()),
    ('mod', 'AST', (), (), ()),
    ('Expression', 'mod', ('body',), None, ()),
    ('FloorDiv', 'operator', (), None, ()),
    ('For', 'stmt', ('target', 'iter', 'body', 'orelse', 'type_comment'), None, ('type_comment',)),
    ('FormattedValue', 'expr', ('value', 'conversion', 'format_spec'), None, ('format_spec',)),
    ('FunctionDef', 'stmt', ('name', 'args', 'body', 'decorator_list', 'returns', 'type_comment', 'type_params'), None, ('returns', 'type_comment')),
    ('FunctionType', 'mod', ('argtypes', 'returns'), None, ()),
    ('GeneratorExp', 'expr', ('elt', 'generators'), None, ()),
    ('Global', 'stmt', ('names',), None, ()),
    ('Gt', 'cmpop', (), None, ()),
    ('GtE', 'cmpop', (), None, ()),
    ('If', 'stmt', ('test', 'body', 'orelse'), None, ()),
    ('IfExp', 'expr', ('test', 'body', 'orelse'), None, ()),
    ('Import', 'stmt', ('names',), None, ()),
    ('ImportFrom', 'stmt', ('module', 'names', 'level'), None, ('module', 'level')),
    ('In', 'cmpop', (), None, ()),
    ('Interactive', 'mod', ('body',), None, ()),
    ('unaryop', 'AST', (), (), ()),
    ('Invert', 'unaryop', (), None, ()),
    ('Is', 'cmpop', (), None, ()),
    ('IsNot', 'cmpop', (), None, ()),
    ('JoinedStr', 'expr', ('values',), None, ()),
    ('LShift', 'operator', (), None, ()),
    ('Lambda', 'expr', ('args', 'body'), None, ()),
    ('List', 'expr', ('elts', 'ctx'), None, ()),
    ('ListComp', 'expr', ('elt', 'generators'), None, ()),
    ('Load', 'expr_context', (), None, ()),
    ('Lt', 'cmpop', (), None, ()),
    ('LtE', 'cmpop', (), None, ()),
    ('MatMult', 'operator', (), None, ()),
    ('Match', 'stmt', ('subject', 'cases'), None, ()),
    ('pattern', 'AST', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('MatchAs', 'pattern', ('pattern', 'name'), None, ('pattern', 'name')),
    ('MatchClass', 'pattern', ('cls', 'patterns', 'kwd_attrs', 'kwd_patterns'), None, ()),
    ('MatchMapping', 'pattern', ('keys', 'patterns', 'rest'), None, ('rest',)),
    ('MatchOr', 'pattern', ('patterns',), None, ()),
    ('MatchSequence', 'pattern', ('patterns',), None, ()),
    ('MatchSingleton', 'pattern', ('value',), None, ()),
    ('MatchStar', 'pattern', ('name',), None, ('name',)),
    ('MatchValue', 'pattern', ('value',), None, ()),
    ('Mod', 'operator', (), None, ()),
    ('Module', 'mod', ('body', 'type_ignores'), None, ()),
    ('Mult', 'operator', (), None, ()),
    ('Name', 'expr', ('id', 'ctx'), None, ()),
    ('NamedExpr', 'expr', ('target', 'value'), None, ()),
    ('Nonlocal', 'stmt', ('names',), None, ()),
    ('Not', 'unaryop', (), None, ()),
    ('NotEq', 'cmpop', (), None, ()),
    ('NotIn', 'cmpop', (), None, ()),
    ('Or', 'boolop', (), None, ()),
    ('type_param', 'AST', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('ParamSpec', 'type_param', ('name',), None, ()),
    ('Pass', 'stmt', (), None, ()),
    ('Pow', 'operator', (), None, ()),
    ('RShift', 'operator', (), None, ()),
    ('Raise', 'stmt', ('exc', 'cause'), None, ('exc', 'cause')),
    ('Return', 'stmt', ('value',), None, ('value',)),
    ('Set', 'expr', ('elts',), None, ()),
    ('SetComp', 'expr', ('elt', 'generators'), None, ()),
    ('Slice', 'expr', ('lower', 'upper', 'step'), None, ('lower', 'upper', 'step')),
    ('Starred', 'expr', ('value', 'ctx'), None, ()),
    ('Store', 'expr_context', (), None, ()),
    ('Sub', 'operator', (), None, ()),
    ('Subscript', 'expr', ('value', 'slice', 'ctx'), None, ()),
    ('Try', 'stmt', ('body', 'handlers', 'orelse', 'finalbody'), None, ()),
    ('TryStar', 'stmt', ('body', 'handlers', 'orelse', 'finalbody'), None, ()),
    ('Tuple', 'expr', ('elts', 'ctx'), None, ()),
    ('TypeAlias', 'stmt', ('name', 'type_params', 'value'), None, ()),
    ('type_ignore', 'AST', (), (), ()),
    ('TypeIgnore', 'type_ignore', ('lineno', 'tag'), None, ()),
    ('TypeVar', 'type_param', ('name', 'bound'), None, ('bound',)),
    ('TypeVarTuple', 'type_param', ('name',), None, ()),
    ('UAdd', 'unaryop', (), None, ()),
    ('USub', 'unaryop', (), None, ()),
    ('UnaryOp', 'expr', ('op', 'operand'), None, ()),
    ('While', 'stmt', ('test', 'body', 'orelse'), None, ()),
    ('With', 'stmt', ('items', 'body', 'type_comment'), None, ('type_comment',)),
    ('Yield', 'expr', ('value',), None, ('value',)),
    ('YieldFrom', 'expr', ('value',), None, ()),
    ('alias', 'AST', ('name', 'asname'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('asname', 'end_lineno', 'end_col_offset')),
    ('arg', 'AST', ('arg', 'annotation', 'type_comment'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('annotation', 'type_comment', 'end_lineno', 'end_col_offset')),
    ('arguments', 'AST', ('posonlyargs', 'args', 'vararg', 'kwonlyargs', 'kw_defaults', 'kwarg', 'defaults'), (), ('vararg', 'kwarg')),
    ('comprehension', 'AST', ('target', 'iter', 'ifs', 'is_async'), (), ()),
    ('keyword', 'AST', ('arg', 'value'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('arg', 'end_lineno', 'end_col_offset')),
    ('match_case', 'AST', ('pattern', 'guard', 'body'), (), ('guard',)),
    ('withitem', 'AST', ('context_expr', 'optional_vars'), (), ('optional_vars',)),
):
    _node(*_row)
del _row
