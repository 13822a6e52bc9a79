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

#[derive(Clone, PartialEq)]
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
        }
    }
}

#[derive(Clone, PartialEq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Not,
    Invert,
}

#[derive(Clone, PartialEq)]
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

#[derive(Clone)]
pub struct Keyword {
    pub name: String,
    pub value: Expr,
}

#[derive(Clone)]
pub enum ExprKind {
    Int(i64),
    Float(f64),
    Str(String),
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
    /// `[elt for target in iter if cond...]` (single `for` clause):
    /// elt, target, iter, conditions, is_genexp.  Generator expressions
    /// are evaluated eagerly into a list (fine for the consumers Pyrite
    /// supports: join, sum, list, min, max, sorted, any, all, ...).
    ListComp(Box<Expr>, Box<Expr>, Box<Expr>, Vec<Expr>, bool),
}

/// One piece of an f-string.  `conv` is ' ' for a literal (then `expr` is
/// an `ExprKind::Str`), 's' for `{x}`, 'r' for `{x!r}`; `spec` is the text
/// after ':' (format spec), possibly empty.
#[derive(Clone)]
pub struct FPart {
    pub expr: Expr,
    pub conv: char,
    pub spec: String,
}

#[derive(Clone)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone)]
pub struct FunctionDef {
    pub name: String,
    pub params: Vec<String>,
    /// Defaults for the last `defaults.len()` parameters.
    pub defaults: Vec<Expr>,
    pub body: Vec<Stmt>,
}

#[derive(Clone)]
pub enum StmtKind {
    Expr(Expr),
    Assign(Vec<Expr>, Expr),
    AugAssign(Expr, BinOp, Expr),
    /// `target: annotation [= value]` (the annotation is not evaluated).
    AnnAssign(Expr, Option<Expr>),
    If(Expr, Vec<Stmt>, Vec<Stmt>),
    While(Expr, Vec<Stmt>, Vec<Stmt>),
    For(Expr, Expr, Vec<Stmt>, Vec<Stmt>),
    FunctionDef(FunctionDef),
    Return(Option<Expr>),
    Pass,
    Break,
    Continue,
    Global(Vec<String>),
    Del(Vec<Expr>),
    Assert(Expr, Option<Expr>),
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
