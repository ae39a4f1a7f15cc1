//! The symbol table pass: which names each scope binds, and whether every name a scope uses
//! is local, global (explicit or implicit), free (from an enclosing function) or a cell
//! (local but captured by an inner scope). Runs over the whole module before codegen.
//!
//! Scopes are found again by codegen through `ScopeKey`, the node kind plus its source
//! range, so the AST needs no annotations.

use crate::error::{CompileError, ErrorKind};
use crate::parse::ast::{self, Expr, Stmt};
use ruff_text_size::Ranged;
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

/// Where a name lives, once resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

const DEF_LOCAL: u8 = 1;
const DEF_PARAM: u8 = 2;
const DEF_GLOBAL: u8 = 4;
const DEF_NONLOCAL: u8 = 8;
const USE: u8 = 16;
/// Bound as a comprehension's iteration variable (walrus may not rebind it).
const DEF_COMP_ITER: u8 = 32;

/// Identifies a scope-creating node: (kind tag, start offset, end offset).
pub type ScopeKey = (u8, u32, u32);

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Names in first-seen order with their flags.
    flags: Vec<(String, u8)>,
    index: HashMap<String, usize>,
    pub resolved: HashMap<String, NameScope>,
    /// Parameters in order (they become the first varnames).
    pub params: Vec<String>,
    pub children: Vec<usize>,
    pub parent: Option<usize>,
    pub is_generator: bool,
    /// `async def`, or a comprehension that awaits or iterates asynchronously: its code is
    /// a coroutine (an async generator when it also yields).
    pub is_async: bool,
    /// A list/set/dict comprehension compiled into its parent's code (PEP 709): no
    /// generator, no cells, and only inlined comprehensions nested inside.
    pub inlined: bool,
    /// The class scope needs a `__class__` cell (a method uses super() or __class__).
    pub needs_class_cell: bool,
    /// Free variables in first-use order.
    pub freevars: Vec<String>,
    pub cellvars: Vec<String>,
    /// Inside a comprehension's iterable expression (walrus is not allowed there).
    comp_iter_expr: u32,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<usize>) -> Self {
        Scope {
            kind,
            name: name.to_string(),
            flags: Vec::new(),
            index: HashMap::new(),
            resolved: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            parent,
            is_generator: false,
            is_async: false,
            inlined: false,
            needs_class_cell: false,
            freevars: Vec::new(),
            cellvars: Vec::new(),
            comp_iter_expr: 0,
        }
    }

    fn add(&mut self, name: &str, flag: u8) -> u8 {
        match self.index.get(name) {
            Some(&i) => {
                let old = self.flags[i].1;
                self.flags[i].1 |= flag;
                old
            }
            None => {
                self.index.insert(name.to_string(), self.flags.len());
                self.flags.push((name.to_string(), flag));
                0
            }
        }
    }

    pub fn lookup(&self, name: &str) -> NameScope {
        self.resolved.get(name).copied().unwrap_or(match self.kind {
            ScopeKind::Module | ScopeKind::Class => NameScope::GlobalImplicit,
            _ => NameScope::GlobalImplicit,
        })
    }

    /// Locals that are not parameters, in first-binding order.
    pub fn local_names(&self) -> impl Iterator<Item = &str> {
        self.flags
            .iter()
            .filter(|(n, f)| {
                f & DEF_PARAM == 0
                    && matches!(
                        self.resolved.get(n),
                        Some(NameScope::Local | NameScope::Cell)
                    )
            })
            .map(|(n, _)| n.as_str())
    }

    pub fn is_function_like(&self) -> bool {
        matches!(
            self.kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    pub by_key: HashMap<ScopeKey, usize>,
}

pub const KEY_FUNCTION: u8 = 0;
pub const KEY_CLASS: u8 = 1;
pub const KEY_LAMBDA: u8 = 2;
pub const KEY_COMP: u8 = 3;
/// The annotation scope of a generic function, class or type alias (PEP 695).
pub const KEY_TYPE_PARAMS: u8 = 4;
/// A type parameter's bound or constraints, or a type alias's value: evaluated lazily.
pub const KEY_LAZY: u8 = 5;

pub fn key(tag: u8, range: ruff_text_size::TextRange) -> ScopeKey {
    (tag, u32::from(range.start()), u32::from(range.end()))
}

struct Builder<'a> {
    scopes: Vec<Scope>,
    by_key: HashMap<ScopeKey, usize>,
    current: usize,
    filename: &'a str,
    lines: &'a crate::parse::LineIndex,
    source: &'a str,
    depth: u32,
}

type R = Result<(), CompileError>;

/// Nesting limit for the recursive walk: deeper source is a RecursionError, not a crash.
const MAX_NESTING: u32 = 3000;
pub(crate) const TOO_DEEP: &str = "maximum recursion depth exceeded during compilation";

pub fn build(
    module: &ast::ModModule,
    filename: &str,
    source: &str,
    lines: &crate::parse::LineIndex,
) -> Result<SymbolTable, CompileError> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "top", None)],
        by_key: HashMap::new(),
        current: 0,
        filename,
        lines,
        source,
        depth: 0,
    };
    for s in &module.body {
        b.stmt(s)?;
    }
    b.analyze(0, &[])?;
    Ok(SymbolTable {
        scopes: b.scopes,
        by_key: b.by_key,
    })
}

impl Builder<'_> {
    /// A SyntaxError at `at`: a position (one caret) or, as CPython reports most of
    /// these, the offending node's range.
    fn error(&self, msg: String, at: impl Into<Span>) -> CompileError {
        let Span(start, end) = at.into();
        let (line, col) = self.lines.position(self.source, start);
        let (end_line, end_col) = self.lines.position(self.source, end);
        CompileError {
            kind: ErrorKind::SyntaxError,
            msg,
            filename: self.filename.to_string(),
            line,
            col,
            end_line,
            end_col: if end_line == line {
                end_col.max(col)
            } else {
                col
            },
            text: self.lines.line_text(self.source, line),
        }
    }

    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.current]
    }

    fn def(&mut self, name: &str, at: ruff_text_size::TextSize) -> R {
        if name == "__debug__" {
            return Err(self.error("cannot assign to __debug__".into(), at));
        }
        self.scope().add(name, DEF_LOCAL);
        Ok(())
    }

    fn use_name(&mut self, name: &str) {
        self.scope().add(name, USE);
    }

    fn push(&mut self, kind: ScopeKind, name: &str, key: ScopeKey) -> usize {
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, name, Some(self.current)));
        self.scopes[self.current].children.push(id);
        self.by_key.insert(key, id);
        let prev = self.current;
        self.current = id;
        prev
    }

    fn enter(&mut self) -> R {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            let mut e = self.error(TOO_DEEP.into(), ruff_text_size::TextSize::from(0));
            e.kind = ErrorKind::RecursionError;
            return Err(e);
        }
        Ok(())
    }

    fn stmts(&mut self, body: &[Stmt]) -> R {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn params(&mut self, p: &ast::Parameters) -> R {
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            self.param(&a.parameter.name)?;
        }
        for a in p.kwonlyargs.iter() {
            self.param(&a.parameter.name)?;
        }
        // CPython orders varnames: positional, keyword-only, *args, **kwargs.
        let mut order: Vec<String> = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .map(|a| a.parameter.name.id.to_string())
            .collect();
        order.extend(p.kwonlyargs.iter().map(|a| a.parameter.name.id.to_string()));
        if let Some(v) = &p.vararg {
            self.param(&v.name)?;
            order.push(v.name.id.to_string());
        }
        if let Some(k) = &p.kwarg {
            self.param(&k.name)?;
            order.push(k.name.id.to_string());
        }
        self.scope().params = order;
        Ok(())
    }

    fn param(&mut self, name: &ast::Identifier) -> R {
        if name.id.as_str() == "__debug__" {
            return Err(self.error("cannot assign to __debug__".into(), name.range));
        }
        let old = self.scope().add(name.id.as_str(), DEF_PARAM | DEF_LOCAL);
        if old & DEF_PARAM != 0 {
            return Err(self.error(
                format!("duplicate argument '{}' in function definition", name.id),
                name.range,
            ));
        }
        Ok(())
    }

    /// Defaults, annotations and decorators are evaluated in the enclosing scope.
    fn param_defaults(&mut self, p: &ast::Parameters) -> R {
        self.defaults_only(p)?;
        self.param_annotations(p)
    }

    fn defaults_only(&mut self, p: &ast::Parameters) -> R {
        for a in p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
        {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    fn param_annotations(&mut self, p: &ast::Parameters) -> R {
        for a in p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
        {
            if let Some(an) = &a.parameter.annotation {
                self.expr(an)?;
            }
        }
        for v in p.vararg.iter().chain(p.kwarg.iter()) {
            if let Some(an) = &v.annotation {
                self.expr(an)?;
            }
        }
        Ok(())
    }

    /// Enters the annotation scope of a generic definition (PEP 695) and binds its type
    /// parameters there; `hidden` are the scope's own parameters (`.defaults`...).
    fn type_params_scope(
        &mut self,
        tp: &ast::TypeParams,
        name: &str,
        range: ruff_text_size::TextRange,
        hidden: &[&str],
    ) -> Result<usize, CompileError> {
        let prev = self.push(
            ScopeKind::Function,
            &format!("<generic parameters of {name}>"),
            key(KEY_TYPE_PARAMS, range),
        );
        self.scope().params = hidden.iter().map(|s| s.to_string()).collect();
        for h in hidden {
            self.scope().add(h, DEF_PARAM | DEF_LOCAL);
        }
        for p in &tp.type_params {
            let (n, bound) = match p {
                ast::TypeParam::TypeVar(t) => (&t.name, t.bound.as_deref()),
                ast::TypeParam::ParamSpec(t) => (&t.name, None),
                ast::TypeParam::TypeVarTuple(t) => (&t.name, None),
            };
            let old = self.scope().add(n.id.as_str(), DEF_LOCAL);
            if old & DEF_LOCAL != 0 {
                return Err(self.error(format!("duplicate type parameter '{}'", n.id), n.range));
            }
            if let Some(b) = bound {
                self.lazy_scope(n.id.as_str(), b)?;
            }
        }
        self.scope().add(".type_params", DEF_LOCAL);
        Ok(prev)
    }

    /// A lazily evaluated expression (a bound, constraints, an alias's value): a function
    /// of no arguments nested in the current scope.
    fn lazy_scope(&mut self, name: &str, e: &Expr) -> R {
        let prev = self.push(ScopeKind::Function, name, key(KEY_LAZY, e.range()));
        self.expr(e)?;
        self.current = prev;
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> R {
        self.enter()?;
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(&d.expression)?;
                }
                let outer = match &f.type_params {
                    Some(tp) => {
                        // Defaults in the enclosing scope, annotations in the annotation
                        // scope (they may name the type parameters).
                        self.defaults_only(&f.parameters)?;
                        self.def(&f.name.id, f.name.range.start())?;
                        let hidden = [".defaults", ".kwdefaults"];
                        let prev = self.type_params_scope(tp, &f.name.id, f.range, &hidden)?;
                        self.param_annotations(&f.parameters)?;
                        Some(prev)
                    }
                    None => {
                        self.param_defaults(&f.parameters)?;
                        self.def(&f.name.id, f.name.range.start())?;
                        None
                    }
                };
                if let Some(r) = &f.returns {
                    self.expr(r)?;
                }
                let prev = self.push(ScopeKind::Function, &f.name.id, key(KEY_FUNCTION, f.range));
                self.scope().is_async = f.is_async;
                self.params(&f.parameters)?;
                self.stmts(&f.body)?;
                self.current = outer.unwrap_or(prev);
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(&d.expression)?;
                }
                let outer = match &c.type_params {
                    Some(tp) => {
                        self.def(&c.name.id, c.name.range.start())?;
                        Some(self.type_params_scope(tp, &c.name.id, c.range, &[])?)
                    }
                    None => None,
                };
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.expr(a)?;
                    }
                    for k in args.keywords.iter() {
                        self.expr(&k.value)?;
                    }
                }
                if outer.is_none() {
                    self.def(&c.name.id, c.name.range.start())?;
                }
                let prev = self.push(ScopeKind::Class, &c.name.id, key(KEY_CLASS, c.range));
                self.stmts(&c.body)?;
                self.current = outer.unwrap_or(prev);
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.target(t)?;
                }
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for t in &a.targets {
                    self.target(t)?;
                }
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value)?;
                if let Expr::Name(n) = &*a.target {
                    self.use_name(&n.id);
                }
                self.target(&a.target)?;
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                }
                self.expr(&a.annotation)?;
                self.target(&a.target)?;
            }
            Stmt::For(f) => {
                self.expr(&f.iter)?;
                self.target(&f.target)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(t)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.target(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            Stmt::Match(m) => {
                self.expr(&m.subject)?;
                for case in &m.cases {
                    self.pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&case.body)?;
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.expr(c)?;
                }
            }
            Stmt::Try(t) => {
                self.stmts(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.def(&n.id, n.range.start())?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(&t.orelse)?;
                self.stmts(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.id.to_string(),
                        None => a.name.id.split('.').next().unwrap_or("").to_string(),
                    };
                    self.def(&bound, a.range.start())?;
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.id.as_str() == "*" {
                        if self.scopes[self.current].kind != ScopeKind::Module {
                            return Err(
                                self.error("import * only allowed at module level".into(), i.range)
                            );
                        }
                        continue;
                    }
                    let bound = a.asname.as_ref().unwrap_or(&a.name);
                    self.def(&bound.id, a.range.start())?;
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let old = self.scope().add(&n.id, DEF_GLOBAL);
                    if old & DEF_PARAM != 0 {
                        return Err(
                            self.error(format!("name '{}' is parameter and global", n.id), n.range)
                        );
                    }
                    if old & DEF_LOCAL != 0 {
                        return Err(self.error(
                            format!("name '{}' is assigned to before global declaration", n.id),
                            g.range,
                        ));
                    }
                    if old & USE != 0 {
                        return Err(self.error(
                            format!("name '{}' is used prior to global declaration", n.id),
                            g.range,
                        ));
                    }
                }
            }
            Stmt::Nonlocal(g) => {
                if self.scopes[self.current].kind == ScopeKind::Module {
                    return Err(self.error(
                        "nonlocal declaration not allowed at module level".into(),
                        g.range,
                    ));
                }
                for n in &g.names {
                    let old = self.scope().add(&n.id, DEF_NONLOCAL);
                    if old & DEF_PARAM != 0 {
                        return Err(self.error(
                            format!("name '{}' is parameter and nonlocal", n.id),
                            n.range,
                        ));
                    }
                    if old & DEF_LOCAL != 0 {
                        return Err(self.error(
                            format!("name '{}' is assigned to before nonlocal declaration", n.id),
                            g.range,
                        ));
                    }
                    if old & USE != 0 {
                        return Err(self.error(
                            format!("name '{}' is used prior to nonlocal declaration", n.id),
                            g.range,
                        ));
                    }
                }
            }
            Stmt::Expr(e) => self.expr(&e.value)?,
            Stmt::TypeAlias(t) => {
                let Expr::Name(n) = &*t.name else {
                    return Err(self.error("invalid syntax".into(), t.range));
                };
                self.def(&n.id, n.range.start())?;
                let outer = match &t.type_params {
                    Some(tp) => Some(self.type_params_scope(tp, &n.id, t.range, &[])?),
                    None => None,
                };
                self.lazy_scope(&n.id, &t.value)?;
                if let Some(prev) = outer {
                    self.current = prev;
                }
            }
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) | Stmt::IpyEscapeCommand(_) => {}
        }
        self.depth -= 1;
        Ok(())
    }

    /// A `case` pattern: captures bind names, value patterns, class names and mapping
    /// keys are expressions.
    fn pattern(&mut self, p: &ast::Pattern) -> R {
        use ast::Pattern as P;
        self.enter()?;
        match p {
            P::MatchValue(v) => self.expr(&v.value)?,
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => {
                for sub in &s.patterns {
                    self.pattern(sub)?;
                }
            }
            P::MatchMapping(m) => {
                for k in &m.keys {
                    self.expr(k)?;
                }
                for sub in &m.patterns {
                    self.pattern(sub)?;
                }
                if let Some(r) = &m.rest {
                    self.def(&r.id, r.range.start())?;
                }
            }
            P::MatchClass(c) => {
                self.expr(&c.cls)?;
                for sub in &c.arguments.patterns {
                    self.pattern(sub)?;
                }
                for k in &c.arguments.keywords {
                    self.pattern(&k.pattern)?;
                }
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.def(&n.id, n.range.start())?;
                }
            }
            P::MatchAs(a) => {
                if let Some(sub) = &a.pattern {
                    self.pattern(sub)?;
                }
                if let Some(n) = &a.name {
                    self.def(&n.id, n.range.start())?;
                }
            }
            P::MatchOr(o) => {
                for sub in &o.patterns {
                    self.pattern(sub)?;
                }
            }
        }
        self.depth -= 1;
        Ok(())
    }

    fn target(&mut self, t: &Expr) -> R {
        match t {
            Expr::Name(n) => self.def(&n.id, n.range.start()),
            Expr::Tuple(tu) => {
                for e in &tu.elts {
                    self.target(e)?;
                }
                Ok(())
            }
            Expr::List(l) => {
                for e in &l.elts {
                    self.target(e)?;
                }
                Ok(())
            }
            Expr::Starred(s) => self.target(&s.value),
            other => self.expr(other),
        }
    }

    fn comprehension(
        &mut self,
        tag_range: ruff_text_size::TextRange,
        name: &str,
        gens: &[ast::Comprehension],
        elts: &[&Expr],
        is_gen: bool,
    ) -> R {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = gens.first() {
            self.iter_expr(&first.iter)?;
        }
        let prev = self.push(ScopeKind::Comprehension, name, key(KEY_COMP, tag_range));
        self.scope().params = vec![".0".to_string()];
        self.scope().add(".0", DEF_PARAM | DEF_LOCAL);
        if is_gen {
            self.scope().is_generator = true;
        }
        if gens.iter().any(|g| g.is_async) {
            self.mark_async(tag_range.start(), true)?;
        }
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.iter_expr(&g.iter)?;
            }
            self.target(&g.target)?;
            let mut names = Vec::new();
            target_names(&g.target, &mut names);
            for n in names {
                self.scope().add(&n, DEF_COMP_ITER);
            }
            for cond in &g.ifs {
                self.expr(cond)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.current = prev;
        Ok(())
    }

    /// A comprehension's iterable, where assignment expressions are not allowed.
    fn iter_expr(&mut self, e: &Expr) -> R {
        self.scope().comp_iter_expr += 1;
        let r = self.expr(e);
        self.scope().comp_iter_expr -= 1;
        r
    }

    /// CPython's checks on `target := ...` inside comprehensions.
    fn check_named_target(&mut self, name: &str, at: ruff_text_size::TextSize) -> R {
        // Also through a lambda written inside the iterable.
        let mut in_iter = false;
        let mut id = Some(self.current);
        while let Some(i) = id {
            in_iter |= self.scopes[i].comp_iter_expr > 0;
            id = self.scopes[i].parent;
        }
        if in_iter {
            return Err(self.error(
                "assignment expression cannot be used in a comprehension iterable expression"
                    .into(),
                at,
            ));
        }
        let mut id = self.current;
        while self.scopes[id].kind == ScopeKind::Comprehension {
            let s = &self.scopes[id];
            if s.index
                .get(name)
                .is_some_and(|&i| s.flags[i].1 & DEF_COMP_ITER != 0)
            {
                return Err(self.error(
                    format!("assignment expression cannot rebind comprehension iteration variable '{name}'"),
                    at,
                ));
            }
            match s.parent {
                Some(p) => id = p,
                None => break,
            }
        }
        if id != self.current && self.scopes[id].kind == ScopeKind::Class {
            return Err(self.error(
                "assignment expression within a comprehension cannot be used in a class body"
                    .into(),
                at,
            ));
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> R {
        self.enter()?;
        match e {
            Expr::Name(n) => match n.ctx {
                ast::ExprContext::Load => {
                    self.use_name(&n.id);
                    if n.id.as_str() == "super" {
                        self.note_class_use();
                    }
                }
                _ => self.def(&n.id, n.range.start())?,
            },
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.param_defaults(p)?;
                }
                let prev = self.push(ScopeKind::Lambda, "<lambda>", key(KEY_LAMBDA, l.range));
                if let Some(p) = &l.parameters {
                    self.params(p)?;
                }
                self.expr(&l.body)?;
                self.current = prev;
            }
            Expr::ListComp(c) => {
                self.comprehension(c.range, "<listcomp>", &c.generators, &[&c.elt], false)?
            }
            Expr::SetComp(c) => {
                self.comprehension(c.range, "<setcomp>", &c.generators, &[&c.elt], false)?
            }
            Expr::Generator(c) => {
                self.comprehension(c.range, "<genexpr>", &c.generators, &[&c.elt], true)?
            }
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = Vec::new();
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                elts.push(&c.value);
                self.comprehension(c.range, "<dictcomp>", &c.generators, &elts, false)?
            }
            Expr::Yield(y) => {
                self.mark_generator(y.range.start())?;
                if let Some(v) = &y.value {
                    self.expr(v)?;
                }
            }
            Expr::YieldFrom(y) => {
                self.mark_generator(y.range.start())?;
                if self.scopes[self.current].is_async {
                    return Err(self.error("'yield from' inside async function".into(), y.range));
                }
                self.expr(&y.value)?;
            }
            Expr::Await(a) => {
                self.mark_async(a.range.start(), false)?;
                self.expr(&a.value)?;
            }
            Expr::Named(n) => {
                if let Expr::Name(name) = &*n.target {
                    self.check_named_target(&name.id, n.range.start())?;
                }
                self.expr(&n.value)?;
                // A walrus in a comprehension binds in the enclosing function scope.
                let mut target_scope = self.current;
                while self.scopes[target_scope].kind == ScopeKind::Comprehension {
                    target_scope = self.scopes[target_scope].parent.unwrap_or(0);
                }
                if let Expr::Name(name) = &*n.target {
                    if target_scope != self.current {
                        self.scopes[target_scope].add(&name.id, DEF_LOCAL);
                        // Inside the comprehension it is nonlocal (or global at module level).
                        let flag = if self.scopes[target_scope].kind == ScopeKind::Module {
                            DEF_GLOBAL
                        } else {
                            DEF_NONLOCAL
                        };
                        self.scope().add(&name.id, flag);
                    } else {
                        self.def(&name.id, name.range.start())?;
                    }
                }
            }
            _ => {
                let mut result = Ok(());
                walk_children(e, &mut |child| {
                    if result.is_ok() {
                        result = self.expr(child);
                    }
                });
                result?;
            }
        }
        self.depth -= 1;
        Ok(())
    }

    fn mark_generator(&mut self, at: ruff_text_size::TextSize) -> R {
        let s = &mut self.scopes[self.current];
        match s.kind {
            ScopeKind::Function | ScopeKind::Lambda => {
                s.is_generator = true;
                Ok(())
            }
            ScopeKind::Comprehension => {
                Err(self.error("'yield' inside list comprehension".into(), at))
            }
            _ => Err(self.error("'yield' outside function".into(), at)),
        }
    }

    /// `await` (or `async for` in a comprehension, `comp`) in the current scope: legal in
    /// an async function and in comprehensions nested in one; a generator expression
    /// becomes an async generator expression wherever it is.
    fn mark_async(&mut self, at: ruff_text_size::TextSize, comp: bool) -> R {
        let mut id = self.current;
        loop {
            let s = &self.scopes[id];
            match s.kind {
                ScopeKind::Function if s.is_async => break,
                ScopeKind::Comprehension if s.is_generator => break,
                ScopeKind::Comprehension => match s.parent {
                    Some(p) => id = p,
                    None => break,
                },
                kind => {
                    let msg = if comp {
                        "asynchronous comprehension outside of an asynchronous function"
                    } else if matches!(kind, ScopeKind::Function | ScopeKind::Lambda) {
                        "'await' outside async function"
                    } else {
                        "'await' outside function"
                    };
                    return Err(self.error(msg.into(), at));
                }
            }
        }
        // Every comprehension between here and that scope runs asynchronously too.
        let mut id = self.current;
        while self.scopes[id].kind == ScopeKind::Comprehension {
            self.scopes[id].is_async = true;
            if self.scopes[id].is_generator {
                break;
            }
            match self.scopes[id].parent {
                Some(p) => id = p,
                None => break,
            }
        }
        Ok(())
    }

    /// `super` or `__class__` in a function nested in a class makes `__class__` free here.
    fn note_class_use(&mut self) {
        if self.scopes[self.current].is_function_like() {
            self.scope().add("__class__", USE);
        }
    }

    /// Resolves every name of scope `id`. `enclosing` holds the names bound in enclosing
    /// function scopes (what a free variable may refer to).
    fn analyze(&mut self, id: usize, enclosing: &[String]) -> R {
        let kind = self.scopes[id].kind;
        let mut resolved = HashMap::new();
        for (name, f) in &self.scopes[id].flags {
            if f & DEF_GLOBAL != 0 && f & DEF_NONLOCAL != 0 {
                return Err(self.error(
                    format!("name '{name}' is nonlocal and global"),
                    ruff_text_size::TextSize::from(0),
                ));
            }
            let scope = if f & DEF_GLOBAL != 0 {
                NameScope::GlobalExplicit
            } else if f & DEF_NONLOCAL != 0 {
                if !enclosing.iter().any(|n| n == name) {
                    return Err(self.error(
                        format!("no binding for nonlocal '{name}' found"),
                        ruff_text_size::TextSize::from(0),
                    ));
                }
                NameScope::Free
            } else if f & (DEF_LOCAL | DEF_PARAM) != 0 {
                if kind == ScopeKind::Module {
                    NameScope::GlobalImplicit
                } else {
                    NameScope::Local
                }
            } else if kind != ScopeKind::Module && enclosing.iter().any(|n| n == name) {
                NameScope::Free
            } else {
                NameScope::GlobalImplicit
            };
            resolved.insert(name.clone(), scope);
        }
        // Names visible to children as free variables.
        let mut child_enclosing: Vec<String> = enclosing.to_vec();
        if self.scopes[id].is_function_like() {
            for (name, s) in &resolved {
                if matches!(s, NameScope::Local) && !child_enclosing.contains(name) {
                    child_enclosing.push(name.clone());
                }
            }
        }
        if kind == ScopeKind::Class {
            child_enclosing.push("__class__".to_string());
        }
        // Explicit globals shadow enclosing bindings for children.
        for (name, s) in &resolved {
            if *s == NameScope::GlobalExplicit {
                child_enclosing.retain(|n| n != name);
            }
        }
        self.scopes[id].resolved = resolved;
        let children = self.scopes[id].children.clone();
        for c in children {
            self.analyze(c, &child_enclosing)?;
            let inline = {
                let s = &self.scopes[c];
                // An asynchronous comprehension keeps its own (coroutine) frame: its
                // END_ASYNC_FOR handler needs the exact stack depth, which codegen does
                // not track for temporaries of an enclosing expression.
                s.kind == ScopeKind::Comprehension
                    && !s.is_generator
                    && !s.is_async
                    && s.cellvars.is_empty()
                    && s.children.iter().all(|g| self.scopes[*g].inlined)
            };
            self.scopes[c].inlined = inline;
            let child_free = self.scopes[c].freevars.clone();
            for name in child_free {
                let here = self.scopes[id].resolved.get(&name).copied();
                match (kind, here) {
                    (ScopeKind::Class, _) if name == "__class__" => {
                        self.scopes[id].needs_class_cell = true;
                    }
                    // An inlined comprehension reads the parent's slot directly.
                    (_, Some(NameScope::Local)) if inline && kind != ScopeKind::Class => {}
                    (_, Some(NameScope::Local)) if kind != ScopeKind::Class => {
                        self.scopes[id]
                            .resolved
                            .insert(name.clone(), NameScope::Cell);
                    }
                    (_, Some(NameScope::Cell)) => {}
                    (ScopeKind::Class, Some(NameScope::Local))
                    | (_, None)
                    | (_, Some(NameScope::GlobalImplicit)) => {
                        // Passes through this scope as a free variable of its own. In a class
                        // body that also binds it locally, the class reads it via its dict.
                        if here == Some(NameScope::Local) && kind == ScopeKind::Class {
                            if !self.scopes[id].freevars.contains(&name) {
                                self.scopes[id].freevars.push(name.clone());
                            }
                        } else {
                            self.scopes[id]
                                .resolved
                                .insert(name.clone(), NameScope::Free);
                        }
                    }
                    _ => {}
                }
            }
        }
        // Collect this scope's cell and free variables in a stable order.
        let mut cells = Vec::new();
        let mut frees = std::mem::take(&mut self.scopes[id].freevars);
        for (name, _) in &self.scopes[id].flags {
            match self.scopes[id].resolved.get(name) {
                Some(NameScope::Cell) => cells.push(name.clone()),
                Some(NameScope::Free) if !frees.contains(name) => frees.push(name.clone()),
                _ => {}
            }
        }
        for (name, s) in &self.scopes[id].resolved {
            if *s == NameScope::Free && !frees.contains(name) {
                frees.push(name.clone());
            }
        }
        if self.scopes[id].needs_class_cell {
            cells.push("__class__".to_string());
        }
        cells.sort();
        frees.sort();
        self.scopes[id].cellvars = cells;
        self.scopes[id].freevars = frees;
        Ok(())
    }
}

/// Calls `f` on each direct sub-expression of `e` (for the node kinds with no scope effect).
pub fn walk_children<'a>(e: &'a Expr, f: &mut dyn FnMut(&'a Expr)) {
    match e {
        Expr::BoolOp(b) => b.values.iter().for_each(f),
        Expr::BinOp(b) => {
            f(&b.left);
            f(&b.right);
        }
        Expr::UnaryOp(u) => f(&u.operand),
        Expr::If(i) => {
            f(&i.test);
            f(&i.body);
            f(&i.orelse);
        }
        Expr::Dict(d) => {
            for item in &d.items {
                if let Some(k) = &item.key {
                    f(k);
                }
                f(&item.value);
            }
        }
        Expr::Set(s) => s.elts.iter().for_each(f),
        Expr::Compare(c) => {
            f(&c.left);
            c.comparators.iter().for_each(f);
        }
        Expr::Call(c) => {
            f(&c.func);
            c.arguments.args.iter().for_each(&mut *f);
            for k in c.arguments.keywords.iter() {
                f(&k.value);
            }
        }
        Expr::FString(fs) => {
            for el in fs.value.elements() {
                walk_fstring_element(el, f);
            }
        }
        Expr::Attribute(a) => f(&a.value),
        Expr::Subscript(s) => {
            f(&s.value);
            f(&s.slice);
        }
        Expr::Starred(s) => f(&s.value),
        Expr::List(l) => l.elts.iter().for_each(f),
        Expr::Tuple(t) => t.elts.iter().for_each(f),
        Expr::Slice(s) => {
            for x in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                f(x);
            }
        }
        _ => {}
    }
}

fn walk_fstring_element<'a>(el: &'a ast::InterpolatedStringElement, f: &mut dyn FnMut(&'a Expr)) {
    if let ast::InterpolatedStringElement::Interpolation(i) = el {
        f(&i.expression);
        if let Some(spec) = &i.format_spec {
            for inner in spec.elements.iter() {
                walk_fstring_element(inner, f);
            }
        }
    }
}

/// The names a comprehension target binds.
fn target_names(t: &Expr, out: &mut Vec<String>) {
    match t {
        Expr::Name(n) => out.push(n.id.to_string()),
        Expr::Tuple(tu) => tu.elts.iter().for_each(|e| target_names(e, out)),
        Expr::List(l) => l.elts.iter().for_each(|e| target_names(e, out)),
        Expr::Starred(s) => target_names(&s.value, out),
        _ => {}
    }
}

/// Where a symbol-table error is: a position or a range.
struct Span(ruff_text_size::TextSize, ruff_text_size::TextSize);

impl From<ruff_text_size::TextSize> for Span {
    fn from(at: ruff_text_size::TextSize) -> Span {
        Span(at, at)
    }
}

impl From<ruff_text_size::TextRange> for Span {
    fn from(r: ruff_text_size::TextRange) -> Span {
        Span(r.start(), r.end())
    }
}
