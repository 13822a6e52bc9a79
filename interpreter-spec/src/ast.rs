//! Abstract syntax tree produced by the parser (stage 2) and consumed by the
//! compiler (stage 3).
//!
//! Invariants:
//! - Every node carries a `Span` with CPython's conventions: `line` is
//!   1-based, `col`/`end_col` are 0-based character columns, and the span
//!   covers the first through the last token of the grammar rule that built
//!   the node.  A parenthesised expression `(x)` is the inner node with the
//!   inner span (exactly like CPython), which the traceback caret logic needs.
//! - `ExprKind::Slice` only ever appears directly as the index of a
//!   `Subscript`.
//! - Assignment targets are already validated: Name, Subscript, Attribute,
//!   or Tuple/List of those.

#[derive(Clone)]
pub struct Span {
    pub line: usize,
    pub col: usize,
    pub end_line: usize,
    pub end_col: usize,
}

#[derive(Clone, Copy, PartialEq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    /// `@` (no builtin type implements it)
    MatMul,
}

impl BinOp {
    pub fn symbol(&self) -> &str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::BitAnd => "&",
            BinOp::MatMul => "@",
        }
    }

    /// Symbol used in "unsupported operand type(s) for +=" messages.
    pub fn inplace_symbol(&self) -> &str {
        match self {
            BinOp::Add => "+=",
            BinOp::Sub => "-=",
            BinOp::Mul => "*=",
            BinOp::Div => "/=",
            BinOp::FloorDiv => "//=",
            BinOp::Mod => "%=",
            BinOp::Pow => "**=",
            BinOp::LShift => "<<=",
            BinOp::RShift => ">>=",
            BinOp::BitOr => "|=",
            BinOp::BitXor => "^=",
            BinOp::BitAnd => "&=",
            BinOp::MatMul => "@=",
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Not,
    Invert,
}

#[derive(Clone, Copy, PartialEq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    In,
    NotIn,
    Is,
    IsNot,
}

impl CmpOp {
    pub fn symbol(&self) -> &str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::NotEq => "!=",
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            CmpOp::GtE => ">=",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
        }
    }
}

#[derive(Clone)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

/// A keyword argument `name=value`, or `**value` when `name` is None.
#[derive(Clone)]
pub struct Keyword {
    pub name: Option<String>,
    pub value: Expr,
}

/// One `for target in iter if cond...` clause of a comprehension.
#[derive(Clone)]
pub struct CompFor {
    pub target: Expr,
    pub iter: Expr,
    pub conds: Vec<Expr>,
    /// `async for` (only compiled inside an async function)
    pub is_async: bool,
}

/// Comprehension kinds (`ExprKind::Comp`).
pub const COMP_LIST: u8 = 0;
pub const COMP_GEN: u8 = 1;
pub const COMP_SET: u8 = 2;
pub const COMP_DICT: u8 = 3;

#[derive(Clone)]
pub enum ExprKind {
    Int(i64),
    /// An int literal outside the i64 range, as decimal digits.
    BigInt(String),
    Float(f64),
    Str(String),
    /// A bytes literal.
    Bytes(Vec<u8>),
    /// An imaginary literal (`2j`).
    Imag(f64),
    /// `...`
    Ellipsis,
    Bool(bool),
    NoneLit,
    Name(String),
    BinOp(BinOp, Box<Expr>, Box<Expr>),
    Unary(UnaryOp, Box<Expr>),
    /// `is_and`, operands (at least two).
    BoolOp(bool, Vec<Expr>),
    Compare(Box<Expr>, Vec<CmpOp>, Vec<Expr>),
    Call(Box<Expr>, Vec<Expr>, Vec<Keyword>),
    Attribute(Box<Expr>, String),
    Subscript(Box<Expr>, Box<Expr>),
    Slice(Option<Box<Expr>>, Option<Box<Expr>>, Option<Box<Expr>>),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    /// keys, values (same length).
    Dict(Vec<Expr>, Vec<Expr>),
    /// test, body, orelse
    IfExp(Box<Expr>, Box<Expr>, Box<Expr>),
    /// f-string: the parts are formatted and concatenated.
    FString(Vec<FPart>),
    /// A comprehension: kind (COMP_*), element (the key for dicts),
    /// the dict value, and the `for` clauses (at least one).  List, set
    /// and dict comprehensions are compiled inline; generator expressions
    /// become generator functions, like CPython.
    Comp(u8, Box<Expr>, Option<Box<Expr>>, Vec<CompFor>),
    Set(Vec<Expr>),
    /// `*x` in a call, display or assignment target.
    Starred(Box<Expr>),
    Lambda(Box<FunctionDef>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    /// `await x` (vm_async.rs)
    Await(Box<Expr>),
    /// `name := value`
    NamedExpr(String, Box<Expr>),
}

/// One piece of an f-string.  `conv` is ' ' for a literal (then `expr` is
/// an `ExprKind::Str`), 'f' for `{x}`, 's'/'r'/'a' for `{x!s}`/`{x!r}`/
/// `{x!a}`; `spec` is the text after ':' (format spec), possibly empty,
/// unless the spec has nested fields: then they are in `spec_parts`.
#[derive(Clone)]
pub struct FPart {
    pub expr: Expr,
    pub conv: char,
    pub spec: String,
    pub spec_parts: Vec<FPart>,
}

#[derive(Clone)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone)]
pub struct FunctionDef {
    pub name: String,
    /// Positional parameters (the first `posonly` are positional-only).
    pub params: Vec<String>,
    pub posonly: usize,
    /// Defaults for the last `defaults.len()` positional parameters.
    pub defaults: Vec<Expr>,
    pub vararg: Option<String>,
    pub kwonly: Vec<String>,
    /// One entry per keyword-only parameter.
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<String>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub is_lambda: bool,
    /// `async def`
    pub is_async: bool,
    /// Parameter annotations and `return`, in source order.
    pub annotations: Vec<(String, Expr)>,
}

#[derive(Clone)]
pub struct ClassDef {
    pub name: String,
    pub bases: Vec<Expr>,
    /// `class C(Base, key=value)`: passed to `__init_subclass__`.
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
}

/// `except [type [as name]]: body`
#[derive(Clone)]
pub struct Handler {
    /// `except*`
    pub star: bool,
    pub typ: Option<Expr>,
    pub name: Option<String>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone)]
pub enum StmtKind {
    Expr(Expr),
    Assign(Vec<Expr>, Expr),
    AugAssign(Expr, BinOp, Expr),
    /// `target: annotation [= value]` (the annotation is not evaluated).
    /// target, annotation, value
    AnnAssign(Expr, Expr, Option<Expr>),
    If(Expr, Vec<Stmt>, Vec<Stmt>),
    While(Expr, Vec<Stmt>, Vec<Stmt>),
    /// target, iterable, body, orelse, is `async for`
    For(Expr, Expr, Vec<Stmt>, Vec<Stmt>, bool),
    FunctionDef(FunctionDef),
    ClassDef(ClassDef),
    Return(Option<Expr>),
    /// body, handlers, orelse, finalbody
    Try(Vec<Stmt>, Vec<Handler>, Vec<Stmt>, Vec<Stmt>),
    /// exception, cause
    Raise(Option<Expr>, Option<Expr>),
    Nonlocal(Vec<String>),
    /// context expression, optional target, body, is `async with`
    With(Expr, Option<Expr>, Vec<Stmt>, bool),
    Pass,
    Break,
    Continue,
    Global(Vec<String>),
    Del(Vec<Expr>),
    Assert(Expr, Option<Expr>),
    /// `import a.b as c, d`
    Import(Vec<ImportAlias>),
    /// `from [dots]module import names` (module may be empty; a single
    /// name "*" is a star import), level = number of dots
    ImportFrom(String, Vec<ImportAlias>, usize),
    /// subject, cases (pattern.rs)
    Match(Expr, Vec<crate::pattern::MatchCase>),
}

/// One `name [as asname]` of an import statement (name may be dotted).
#[derive(Clone)]
pub struct ImportAlias {
    pub name: String,
    pub asname: Option<String>,
}

impl ImportAlias {
    /// The name the import binds: `as` name, else the first component
    /// (`import a.b` binds `a`).
    pub fn bound(&self) -> String {
        match &self.asname {
            Some(a) => a.clone(),
            None => {
                let mut out = String::new();
                for c in self.name.chars() {
                    if c == '.' {
                        break;
                    }
                    out.push(c);
                }
                out
            }
        }
    }
}

/// A syntax error found by the lexer, parser or compiler.  Printed like
/// CPython: file/line header, source line, caret line, message.
pub struct SyntaxErr {
    pub msg: String,
    pub is_indent: bool,
    pub line: usize,
    pub col: usize,
    pub end_col: usize,
    pub show_caret: bool,
}

impl SyntaxErr {
    pub fn new(msg: &str, line: usize, col: usize, end_col: usize) -> SyntaxErr {
        SyntaxErr {
            msg: msg.to_string(),
            is_indent: false,
            line: line,
            col: col,
            end_col: end_col,
            show_caret: true,
        }
    }
}
