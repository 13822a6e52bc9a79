//! Byte layout of IR types, as the C compiler lays out the C backend's declarations for
//! them on a 64-bit little-endian target (the runtime shares structs with generated code).
//!
//! Invariants:
//! - Natural alignment: a scalar of `n` bytes is `n`-aligned; struct fields come in order,
//!   each at the next multiple of its alignment; the size is rounded up to the alignment;
//!   union fields all start at 0.
//! - `Unit` fields take no space and sit at offset 0; a struct or union with no non-unit
//!   field, an array of units and an empty array take one byte (the C backend's
//!   `char pyrc_empty`); `Bool` is one byte.

use pyrite_ir::{LType, Module, StructId, StructKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    pub size: u64,
    pub align: u64,
}

pub struct Layouts<'m> {
    m: &'m Module,
    cache: Vec<Option<(Layout, Vec<u64>)>>,
}

fn align_to(x: u64, a: u64) -> u64 {
    x.div_ceil(a) * a
}

impl<'m> Layouts<'m> {
    pub fn new(m: &'m Module) -> Layouts<'m> {
        Layouts { m, cache: vec![None; m.structs.len()] }
    }

    pub fn of(&mut self, t: &LType) -> Layout {
        let scalar = |n: u64| Layout { size: n, align: n };
        match t {
            LType::Unit => Layout { size: 0, align: 1 },
            LType::Bool => scalar(1),
            LType::Int { bits, .. } => scalar((*bits as u64).div_ceil(8).max(1)),
            LType::F32 => scalar(4),
            LType::F64 | LType::Ptr(_) | LType::FnPtr(_) => scalar(8),
            LType::Struct(id) => self.strukt(*id).0,
            LType::Array(e, n) if e.is_unit() || *n == 0 => scalar(1),
            LType::Array(e, n) => {
                let l = self.of(e);
                Layout { size: l.size * n, align: l.align }
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
        if let Some(l) = &self.cache[i] {
            return l.clone();
        }
        let m = self.m;
        let sd = &m.structs[i];
        let (mut end, mut align, mut offsets, mut any) = (0u64, 1u64, vec![], false);
        for (_, ft) in &sd.fields {
            if ft.is_unit() {
                offsets.push(0);
                continue;
            }
            any = true;
            let l = self.of(ft);
            align = align.max(l.align);
            if sd.kind == StructKind::Union {
                offsets.push(0);
                end = end.max(l.size);
            } else {
                let at = align_to(end, l.align);
                offsets.push(at);
                end = at + l.size;
            }
        }
        let lay = if any { Layout { size: align_to(end, align), align } } else { Layout { size: 1, align: 1 } };
        self.cache[i] = Some((lay, offsets.clone()));
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
        let u8t = LType::int(8, false);
        let fields = |v: Vec<LType>| v.into_iter().enumerate().map(|(k, t)| (format!("f{}", k), t)).collect();
        m.structs.push(StructDef { name: "A".into(), kind: StructKind::Struct, fields: fields(vec![u8t.clone(), LType::int(64, true), LType::Unit, LType::int(16, false)]) });
        m.structs.push(StructDef { name: "U".into(), kind: StructKind::Union, fields: fields(vec![u8t.clone(), LType::F64]) });
        m.structs.push(StructDef { name: "E".into(), kind: StructKind::Struct, fields: fields(vec![LType::Unit]) });
        let mut l = Layouts::new(&m);
        assert_eq!(l.of(&LType::Struct(StructId(0))), Layout { size: 24, align: 8 });
        assert_eq!((0..4).map(|k| l.field_offset(StructId(0), k)).collect::<Vec<_>>(), vec![0, 8, 0, 16]);
        assert_eq!(l.of(&LType::Struct(StructId(1))), Layout { size: 8, align: 8 });
        assert_eq!(l.of(&LType::Struct(StructId(2))), Layout { size: 1, align: 1 });
        assert_eq!(l.of(&LType::Array(Box::new(u8t), 0)), Layout { size: 1, align: 1 });
    }
}
