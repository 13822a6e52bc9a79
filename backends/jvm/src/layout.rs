//! Memory layout of IR types in the off-heap memory the JVM code addresses.
//!
//! Invariants:
//! - The rules are the C ABI's of 64-bit Linux, as the C and Cranelift backends use them
//!   (so a dump of memory means the same under every backend): an integer, float or
//!   pointer of `n` bytes is `n`-aligned; struct fields come in order at the next multiple
//!   of their alignment and the size rounds up to the largest alignment; union fields all
//!   start at 0; `Unit` fields take no space; a struct without non-unit fields, an array of
//!   units and an empty array take one byte; `Bool` is one byte.
//! - Pointers are 8 bytes: the JVM backend only accepts 64-bit targets.

use pyrite_ir::{LType, Module, StructId, StructKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    pub size: u64,
    pub align: u64,
}

pub struct Layouts<'m> {
    m: &'m Module,
    structs: Vec<Option<(Layout, Vec<u64>)>>,
}

impl<'m> Layouts<'m> {
    pub fn new(m: &'m Module) -> Layouts<'m> {
        Layouts { m, structs: vec![None; m.structs.len()] }
    }

    pub fn of(&mut self, t: &LType) -> Layout {
        match t {
            LType::Unit => Layout { size: 0, align: 1 },
            LType::Bool => Layout { size: 1, align: 1 },
            LType::Int { bits, .. } => {
                let b = (*bits as u64).div_ceil(8).max(1);
                Layout { size: b, align: b }
            }
            LType::F32 => Layout { size: 4, align: 4 },
            LType::F64 | LType::Ptr(_) | LType::FnPtr(_) => Layout { size: 8, align: 8 },
            LType::Struct(id) => self.strukt(*id).0,
            LType::Array(e, n) => {
                if e.is_unit() || *n == 0 {
                    return Layout { size: 1, align: 1 };
                }
                let el = self.of(e);
                Layout { size: el.size * n, align: el.align }
            }
        }
    }

    pub fn size(&mut self, t: &LType) -> u64 {
        self.of(t).size
    }

    pub fn field_offset(&mut self, id: StructId, k: u32) -> u64 {
        self.strukt(id).1[k as usize]
    }

    fn strukt(&mut self, id: StructId) -> (Layout, Vec<u64>) {
        let i = id.0 as usize;
        if let Some(l) = &self.structs[i] {
            return l.clone();
        }
        let m = self.m;
        let sd = &m.structs[i];
        let (mut offsets, mut size, mut align, mut any) = (vec![], 0u64, 1u64, false);
        for (_, ft) in &sd.fields {
            if ft.is_unit() {
                offsets.push(0);
                continue;
            }
            any = true;
            let l = self.of(ft);
            align = align.max(l.align);
            if sd.kind == StructKind::Struct {
                let off = size.div_ceil(l.align) * l.align;
                offsets.push(off);
                size = off + l.size;
            } else {
                offsets.push(0);
                size = size.max(l.size);
            }
        }
        let lay = if any { Layout { size: size.div_ceil(align) * align, align } } else { Layout { size: 1, align: 1 } };
        self.structs[i] = Some((lay, offsets.clone()));
        (lay, offsets)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pyrite_ir::StructDef;

    #[test]
    fn c_rules() {
        let mut m = Module::default();
        let f = |v: Vec<LType>| v.into_iter().enumerate().map(|(k, t)| (format!("f{}", k), t)).collect();
        m.structs.push(StructDef { name: "A".into(), kind: StructKind::Struct, fields: f(vec![LType::int(8, false), LType::int(64, true), LType::int(16, false)]) });
        m.structs.push(StructDef { name: "U".into(), kind: StructKind::Union, fields: f(vec![LType::int(8, false), LType::F64]) });
        let mut l = Layouts::new(&m);
        assert_eq!(l.of(&LType::Struct(StructId(0))), Layout { size: 24, align: 8 });
        assert_eq!(l.field_offset(StructId(0), 2), 16);
        assert_eq!(l.of(&LType::Struct(StructId(1))), Layout { size: 8, align: 8 });
    }
}
