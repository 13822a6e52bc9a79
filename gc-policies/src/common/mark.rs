//! Marking from the roots with an explicit mark stack, setting `MARKED` in the header.
//! Shared by mark-sweep, mark-compact and the generational full collection.

use crate::api::GcError;
use crate::arena::Addr;
use crate::common::core::Core;
use crate::common::header;

/// Mark everything reachable from the roots. `skip_field` (0 = none) is the test-only
/// fault: the n-th pointer field traced is ignored. Returns the marked bytes (bodies
/// plus one header word each).
pub fn mark_from_roots(core: &mut Core, skip_field: usize) -> Result<usize, GcError> {
    let mut stack: Vec<Addr> = Vec::new();
    let mut marked: usize = 0;
    for i in 0..core.roots.count() {
        let r = core.roots.get(i);
        marked += mark_one(core, r, &mut stack)?;
    }
    let mut traced: usize = 0;
    while let Some(obj) = stack.pop() {
        let tid = core.tid_of(obj)?;
        let len = core.length_of(obj, tid)?;
        let n = core.types.ptr_count(tid, len);
        core.work(1 + n as u64);
        for i in 0..n {
            traced += 1;
            if traced == skip_field {
                continue;
            }
            let ofs = core.types.ptr_offset(tid, len, i);
            let v = core.arena.read_ptr(obj, ofs)?;
            marked += mark_one(core, v, &mut stack)?;
        }
    }
    Ok(marked)
}

fn mark_one(core: &mut Core, v: Addr, stack: &mut Vec<Addr>) -> Result<usize, GcError> {
    if v.is_null() {
        return Ok(0);
    }
    let h = core.arena.read_header(v, 0)?;
    if header::has(h, header::MARKED) {
        return Ok(0);
    }
    core.arena.write_header(v, 0, h | header::MARKED)?;
    stack.push(v);
    let tid = header::tid(h);
    let len = core.length_of(v, tid)?;
    Ok(core.body_of(tid, len) + crate::types::WORD)
}

/// Whether an object carries the mark bit.
pub fn is_marked(core: &Core, v: Addr) -> Result<bool, GcError> {
    Ok(header::has(core.arena.read_header(v, 0)?, header::MARKED))
}
