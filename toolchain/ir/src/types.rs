//! Low-level types: what a backend must be able to represent.

use std::fmt;

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum LType {
    /// No value at all (`()` and `!` after lowering).
    Unit,
    Bool,
    Int { bits: u8, signed: bool },
    F32,
    F64,
    /// A pointer to a value of the given type; `Ptr(Unit)` is an untyped data pointer.
    Ptr(Box<LType>),
    Struct(StructId),
    Array(Box<LType>, u64),
    FnPtr(Box<Sig>),
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Sig {
    pub params: Vec<LType>,
    pub ret: LType,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct StructId(pub u32);

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum StructKind {
    /// Fields laid out one after another.
    Struct,
    /// Fields overlap; used for the payload of tagged unions.
    Union,
}

#[derive(Clone, Debug)]
pub struct StructDef {
    /// A readable name for dumps and generated code; unique within a module.
    pub name: String,
    pub kind: StructKind,
    pub fields: Vec<(String, LType)>,
}

impl LType {
    pub fn int(bits: u8, signed: bool) -> LType {
        LType::Int { bits, signed }
    }
    pub fn ptr(to: LType) -> LType {
        LType::Ptr(Box::new(to))
    }
    pub fn void_ptr() -> LType {
        LType::Ptr(Box::new(LType::Unit))
    }
    pub fn is_unit(&self) -> bool {
        matches!(self, LType::Unit)
    }
    pub fn pointee(&self) -> Option<&LType> {
        match self {
            LType::Ptr(t) => Some(t),
            _ => None,
        }
    }
}

impl fmt::Display for LType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LType::Unit => write!(f, "unit"),
            LType::Bool => write!(f, "bool"),
            LType::Int { bits, signed } => write!(f, "{}{}", if *signed { "i" } else { "u" }, bits),
            LType::F32 => write!(f, "f32"),
            LType::F64 => write!(f, "f64"),
            LType::Ptr(t) => write!(f, "*{}", t),
            LType::Struct(id) => write!(f, "%s{}", id.0),
            LType::Array(t, n) => write!(f, "[{}; {}]", t, n),
            LType::FnPtr(sig) => {
                write!(f, "fn(")?;
                for (i, p) in sig.params.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{}", p)?;
                }
                write!(f, ") -> {}", sig.ret)
            }
        }
    }
}
