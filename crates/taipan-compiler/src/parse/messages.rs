//! CPython's wording for the syntax errors ruff's parser reports with its own types:
//! invalid assignment and deletion targets, argument order, missing colons or commas.

use ruff_python_ast::token::TokenKind;
use ruff_python_ast::Expr;
use ruff_python_parser::ParseErrorType;
use ruff_text_size::TextRange;

/// CPython's `_PyPegen_get_expr_name`: how an expression is named in messages.
pub(crate) fn expr_name(e: &Expr) -> &'static str {
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) => "f-string expression",
        Expr::NoneLiteral(_) => "None",
        Expr::BooleanLiteral(b) if b.value => "True",
        Expr::BooleanLiteral(_) => "False",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        _ => "literal",
    }
}

/// The expression written at `range`, parsed on its own.
fn expr_at(source: &str, range: TextRange) -> Option<Expr> {
    let text = source.get(usize::from(range.start())..usize::from(range.end()))?;
    let parsed = ruff_python_parser::parse_expression(text).ok()?;
    Some(parsed.into_syntax().body.as_ref().clone())
}

/// A better message than "invalid syntax" for `err`, when CPython has one.
pub(crate) fn message(err: &ParseErrorType, source: &str, range: TextRange) -> Option<String> {
    let at = usize::from(range.start());
    let after = source.get(usize::from(range.end())..).unwrap_or("");
    Some(match err {
        ParseErrorType::InvalidAssignmentTarget => {
            let e = expr_at(source, range)?;
            let name = expr_name(&e);
            if matches!(e, Expr::NoneLiteral(_) | Expr::BooleanLiteral(_)) {
                format!("cannot assign to {name}")
            } else {
                // `x = ...` with an invalid x: CPython suspects a comparison.
                let rest = after.trim_start_matches([' ', '\t']);
                if rest.starts_with('=') && !rest.starts_with("==") && !is_for_or_with(source, at) {
                    format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?")
                } else {
                    format!("cannot assign to {name}")
                }
            }
        }
        ParseErrorType::InvalidDeleteTarget => {
            format!("cannot delete {}", expr_name(&expr_at(source, range)?))
        }
        ParseErrorType::InvalidAugmentedAssignmentTarget => {
            let e = expr_at(source, range)?;
            format!(
                "'{}' is an illegal expression for augmented assignment",
                expr_name(&e)
            )
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => {
            "parameter without a default follows parameter with a default".into()
        }
        ParseErrorType::PositionalAfterKeywordArgument => {
            "positional argument follows keyword argument".into()
        }
        ParseErrorType::PositionalAfterKeywordUnpacking => {
            "positional argument follows keyword argument unpacking".into()
        }
        ParseErrorType::InvalidArgumentUnpackingOrder => {
            "iterable argument unpacking follows keyword argument unpacking".into()
        }
        ParseErrorType::UnparenthesizedGeneratorExpression => {
            "Generator expression must be parenthesized".into()
        }
        ParseErrorType::ExpectedKeywordParam => "named arguments must follow bare *".into(),
        ParseErrorType::ExpectedToken { expected, found } => match (expected, found) {
            (TokenKind::Colon, TokenKind::Equal) => {
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".into()
            }
            (TokenKind::Colon, _) => "expected ':'".into(),
            // `a, b += 1`: the tuple is the target of an augmented assignment.
            (TokenKind::Comma, f) if is_augmented(*f) => {
                "'tuple' is an illegal expression for augmented assignment".into()
            }
            (
                TokenKind::Comma,
                TokenKind::Int
                | TokenKind::Float
                | TokenKind::String
                | TokenKind::Name
                | TokenKind::Lpar
                | TokenKind::Lsqb
                | TokenKind::Lbrace,
            ) if inside_brackets(source, at) => {
                "invalid syntax. Perhaps you forgot a comma?".into()
            }
            _ => return None,
        },
        ParseErrorType::SimpleStatementsOnSameLine => {
            let line_start = source[..at.min(source.len())]
                .rfind('\n')
                .map_or(0, |i| i + 1);
            let stmt = source[line_start..].trim_start();
            let before = source[..at.min(source.len())].chars().last();
            let here = source[at.min(source.len())..].chars().next();
            if before.is_some_and(|c| c.is_ascii_digit()) && here.is_some_and(char::is_alphabetic) {
                "invalid decimal literal".into()
            } else if stmt.starts_with("print ") {
                "Missing parentheses in call to 'print'. Did you mean print(...)?".into()
            } else if stmt.starts_with("exec ") {
                "Missing parentheses in call to 'exec'. Did you mean exec(...)?".into()
            } else {
                return None;
            }
        }
        ParseErrorType::FStringError(e) => {
            use ruff_python_parser::InterpolatedStringErrorType as F;
            match e {
                F::UnclosedLbrace => "f-string: expecting '}'".into(),
                F::SingleRbrace => "f-string: single '}' is not allowed".into(),
                F::InvalidConversionFlag => {
                    let rest = source.get(at..).unwrap_or("");
                    let c = rest.trim_start_matches('!').chars().next();
                    match c {
                        Some(c) if c != '}' && c != ':' => format!(
                            "f-string: invalid conversion character '{c}': expected 's', 'r', or 'a'"
                        ),
                        _ => "f-string: missing conversion character".into(),
                    }
                }
                F::LambdaWithoutParentheses => {
                    "f-string: lambda expressions are not allowed without parentheses".into()
                }
                _ => return None,
            }
        }
        _ => return None,
    })
}

fn is_augmented(t: TokenKind) -> bool {
    matches!(
        t,
        TokenKind::PlusEqual
            | TokenKind::MinusEqual
            | TokenKind::StarEqual
            | TokenKind::SlashEqual
            | TokenKind::DoubleSlashEqual
            | TokenKind::PercentEqual
            | TokenKind::AtEqual
            | TokenKind::AmperEqual
            | TokenKind::VbarEqual
            | TokenKind::CircumflexEqual
            | TokenKind::LeftShiftEqual
            | TokenKind::RightShiftEqual
            | TokenKind::DoubleStarEqual
    )
}

/// Whether the target at `at` follows `for` or `as` (a for/with target, not `x = ...`).
fn is_for_or_with(source: &str, at: usize) -> bool {
    let before = source[..at.min(source.len())].trim_end();
    before.ends_with(" as")
        || before.ends_with(" for")
        || before == "for"
        || before.ends_with("\nfor")
}

/// Whether `at` is inside an open bracket of its statement (a rough scan that skips
/// string literals).
fn inside_brackets(source: &str, at: usize) -> bool {
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    let mut comment = false;
    for c in source[..at.min(source.len())].chars() {
        if c == '\n' {
            // Comments and (single-line) strings end at the line's end.
            comment = false;
            quote = None;
            if depth <= 0 {
                depth = 0;
            }
            continue;
        }
        if comment {
            continue;
        }
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None => match c {
                '#' => comment = true,
                '\'' | '"' => quote = Some(c),
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' => depth -= 1,
                _ => {}
            },
        }
    }
    depth > 0
}
