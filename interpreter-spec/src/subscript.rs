//! Subscripting (VM stage 4 runtime): `obj[i]`, `obj[a:b:c]`, item and
//! slice assignment and deletion for str, list, tuple, dict and range.
//!
//! Invariants: indices are normalised exactly like CPython (negative
//! indices count from the end; slices are clamped by `slice_indices`, a
//! port of PySlice_AdjustIndices); out-of-range and type errors carry
//! CPython's messages ("list index out of range", ...).

use crate::objects::{err, type_error, ExcKind, Heap, Object, PyErr, Value};
use crate::ops::{index_value, items_of};


/// CPython's PySlice_GetIndicesEx: (start, stop, step, length).
pub fn slice_indices(heap: &Heap, sl: &Value, len: i64) -> Result<(i64, i64, i64, i64), PyErr> {
    let (a, b, c) = match heap.get(sl) {
        Some(Object::Slice(p)) => (heap.unwrap_data(&p[0]), heap.unwrap_data(&p[1]), heap.unwrap_data(&p[2])),
        _ => return Err(type_error("expected a slice")),
    };
    let bad = "slice indices must be integers or None or have an __index__ method";
    let step = match c {
        Value::None => 1,
        _ => match (index_value(&c), &c) {
            (Some(s), _) => s,
            // CPython clamps a big step to the ssize_t range.
            (None, Value::BigInt(b)) => {
                if b.neg {
                    -i64::MAX
                } else {
                    i64::MAX
                }
            }
            _ => return Err(type_error(bad)),
        },
    };
    if step == 0 {
        return Err(err(ExcKind::ValueError, "slice step cannot be zero"));
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let start = slice_bound(&a, if step < 0 { upper } else { lower }, len, lower, upper)?;
    let stop = slice_bound(&b, if step < 0 { lower } else { upper }, len, lower, upper)?;
    let n = if step < 0 {
        if stop < start {
            (start - stop - 1) / (0 - step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok((start, stop, step, n))
}

/// A slice's start or stop: `default` for None, else made non-negative
/// against `len` and clamped to `lower..=upper`.
fn slice_bound(v: &Value, default: i64, len: i64, lower: i64, upper: i64) -> Result<i64, PyErr> {
    let mut x = match (index_value(v), v) {
        (_, Value::None) => return Ok(default),
        (Some(x), _) => x,
        // Big bounds clamp like any out-of-range bound.
        (None, Value::BigInt(b)) => {
            if b.neg {
                -4611686018427387904
            } else {
                4611686018427387904
            }
        }
        _ => return Err(type_error("slice indices must be integers or None or have an __index__ method")),
    };
    if x < 0 {
        x += len;
        if x < 0 {
            x = lower;
        }
    } else if x > upper {
        x = upper;
    }
    Ok(x)
}

fn is_slice(heap: &Heap, v: &Value) -> bool {
    match heap.get(v) {
        Some(Object::Slice(_)) => true,
        _ => false,
    }
}

/// `obj[index]`.
pub fn get_item(heap: &mut Heap, obj: &Value, index: &Value) -> Result<Value, PyErr> {
    if crate::bytes::is_bytes_like(heap, obj) {
        return crate::bytes::get_item(heap, obj, index);
    }
    let h = match obj {
        Value::Ref(h) => *h,
        _ => return Err(type_error(format!("'{}' object is not subscriptable", heap.type_name(obj)).as_str())),
    };
    let kind = match &heap.objs[h] {
        Object::Str(_) => 1,
        Object::List(_) => 2,
        Object::Tuple(_) => 3,
        Object::Dict(_) => 4,
        Object::Range(_, _, _) => 5,
        _ => 0,
    };
    if kind == 0 {
        return Err(type_error(format!("'{}' object is not subscriptable", heap.type_name(obj)).as_str()));
    }
    if kind == 4 {
        if let Some(v) = heap.dict_get_h(h, index)? {
            return Ok(v);
        }
        return Err(crate::objects::err_arg(ExcKind::KeyError, heap.repr(index).as_str(), index.clone()));
    }
    let len = heap.len(obj)?;
    if is_slice(heap, index) {
        let (start, stop, step, n) = slice_indices(heap, index, len)?;
        if kind == 5 {
            // range(a, b, s)[i:j:k] is range(a + i*s, a + j*s, s*k) (i, j adjusted).
            let (a, s) = match &heap.objs[h] {
                Object::Range(a, _, s) => (*a, *s),
                _ => (0, 1),
            };
            let new_step = match s.checked_mul(step) {
                Some(v) => v,
                None => return Err(crate::objects::overflow()),
            };
            let offset = match start.checked_mul(s) {
                Some(v) => v,
                None => return Err(crate::objects::overflow()),
            };
            let new_start = match offset.checked_add(a) {
                Some(v) => v,
                None => return Err(crate::objects::overflow()),
            };
            // CPython: stop * s + a, with the slice's adjusted stop.
            let _ = n;
            let span = match stop.checked_mul(s) {
                Some(v) => v,
                None => return Err(crate::objects::overflow()),
            };
            let new_stop = match span.checked_add(a) {
                Some(v) => v,
                None => return Err(crate::objects::overflow()),
            };
            return Ok(heap.alloc(Object::Range(new_start, new_stop, new_step)));
        }
        if kind == 1 {
            // Copy only the slice's characters, not the whole string.
            let mut out = Vec::new();
            if let Object::Str(s) = &heap.objs[h] {
                for k in 0..n {
                    out.push(s[(start + k * step) as usize]);
                }
            }
            return Ok(heap.new_str(out));
        }
        let mut out = Vec::with_capacity(n as usize);
        if let Object::List(items) | Object::Tuple(items) = &heap.objs[h] {
            for k in 0..n {
                out.push(items[(start + k * step) as usize].clone());
            }
        }
        return Ok(heap.alloc(if kind == 2 { Object::List(out) } else { Object::Tuple(out) }));
    }
    let what = if kind == 1 { "string" } else if kind == 2 { "list" } else if kind == 3 { "tuple" } else { "range object" };
    let mut i = match index_value(index) {
        Some(i) => i,
        None if crate::bigint_ops::is_big(index) => {
            return Err(err(ExcKind::IndexError, "cannot fit 'int' into an index-sized integer"));
        }
        None => {
            let msg = if kind == 1 {
                format!("string indices must be integers, not '{}'", heap.type_name(index))
            } else if kind == 5 {
                format!("range indices must be integers or slices, not {}", heap.type_name(index))
            } else {
                format!("{} indices must be integers or slices, not {}", what, heap.type_name(index))
            };
            return Err(type_error(msg.as_str()));
        }
    };
    if i < 0 {
        i += len;
    }
    if i < 0 || i >= len {
        return Err(err(ExcKind::IndexError, format!("{} index out of range", what).as_str()));
    }
    match &heap.objs[h] {
        Object::Str(s) => {
            let c = s[i as usize];
            Ok(heap.char_str(c))
        }
        Object::List(l) | Object::Tuple(l) => Ok(l[i as usize].clone()),
        Object::Range(a, _, st) => Ok(Value::Int(*a + i * *st)),
        _ => Err(type_error("not subscriptable")),
    }
}

/// `obj[index] = value`.
pub fn set_item(heap: &mut Heap, obj: &Value, index: &Value, value: &Value) -> Result<(), PyErr> {
    if crate::bytes::is_bytes_like(heap, obj) {
        return crate::bytes::set_or_del_item(heap, obj, index, Some(value));
    }
    let h = match obj {
        Value::Ref(h) => *h,
        _ => 0,
    };
    let kind = match heap.get(obj) {
        Some(Object::List(_)) => 2,
        Some(Object::Dict(_)) => 4,
        _ => 0,
    };
    if kind == 0 {
        return Err(type_error(format!("'{}' object does not support item assignment", heap.type_name(obj)).as_str()));
    }
    if kind == 4 {
        return heap.dict_set_h(h, index, value);
    }
    let len = heap.len(obj)?;
    if is_slice(heap, index) {
        let (start, stop, step, n) = slice_indices(heap, index, len)?;
        let new_items = match heap.collect(value) {
            Ok(v) => v,
            Err(e) => {
                if e.kind == ExcKind::TypeError && e.msg.as_str().ends_with("is not iterable") {
                    return Err(type_error(if step == 1 { "can only assign an iterable" } else { "must assign iterable to extended slice" }));
                }
                return Err(e);
            }
        };
        // `new_items` is a copy, so the list is changed in place even when
        // it is also the value assigned (`a[1:] = a`).
        let Object::List(items) = &mut heap.objs[h] else { return Ok(()) };
        if step == 1 {
            let (start, stop) = (start as usize, if stop < start { start } else { stop } as usize);
            if new_items.len() == stop - start {
                let mut k = start;
                for x in new_items.into_iter() {
                    items[k] = x;
                    k += 1;
                }
            } else {
                let mut tail = items.split_off(stop);
                items.truncate(start);
                items.reserve(new_items.len() + tail.len());
                for x in new_items.into_iter() {
                    items.push(x);
                }
                items.append(&mut tail);
            }
            return Ok(());
        }
        if new_items.len() as i64 != n {
            return Err(err(
                ExcKind::ValueError,
                format!("attempt to assign sequence of size {} to extended slice of size {}", new_items.len(), n).as_str(),
            ));
        }
        let mut k = start;
        for x in new_items.into_iter() {
            items[k as usize] = x;
            k += step;
        }
        return Ok(());
    }
    let mut i = match index_value(index) {
        Some(i) => i,
        None if crate::bigint_ops::is_big(index) => {
            return Err(err(ExcKind::IndexError, "cannot fit 'int' into an index-sized integer"));
        }
        None => {
            return Err(type_error(format!("list indices must be integers or slices, not {}", heap.type_name(index)).as_str()))
        }
    };
    if i < 0 {
        i += len;
    }
    if i < 0 || i >= len {
        return Err(err(ExcKind::IndexError, "list assignment index out of range"));
    }
    if let Object::List(l) = &mut heap.objs[h] {
        l[i as usize] = value.clone();
    }
    Ok(())
}

/// `del obj[index]`.
pub fn del_item(heap: &mut Heap, obj: &Value, index: &Value) -> Result<(), PyErr> {
    if crate::bytes::is_bytes_like(heap, obj) {
        return crate::bytes::set_or_del_item(heap, obj, index, None);
    }
    let h = match obj {
        Value::Ref(h) => *h,
        _ => 0,
    };
    let kind = match heap.get(obj) {
        Some(Object::List(_)) => 2,
        Some(Object::Dict(_)) => 4,
        _ => 0,
    };
    if kind == 0 {
        return Err(type_error(format!("'{}' object does not support item deletion", heap.type_name(obj)).as_str()));
    }
    if kind == 4 {
        match heap.dict_remove_h(h, index)? {
            Some(_) => {
                return Ok(());
            }
            None => return Err(crate::objects::err_arg(ExcKind::KeyError, heap.repr(index).as_str(), index.clone())),
        }
    }
    let len = heap.len(obj)?;
    if is_slice(heap, index) {
        let (start, _, step, n) = slice_indices(heap, index, len)?;
        let items = items_of(heap, obj);
        let mut out = Vec::new();
        for k in 0..len {
            let mut removed = false;
            if n > 0 {
                let off = k - start;
                if off % step == 0 && off / step >= 0 && off / step < n {
                    removed = true;
                }
            }
            if !removed {
                out.push(items[k as usize].clone());
            }
        }
        heap.objs[h] = Object::List(out);
        return Ok(());
    }
    let mut i = match index_value(index) {
        Some(i) => i,
        None if crate::bigint_ops::is_big(index) => {
            return Err(err(ExcKind::IndexError, "cannot fit 'int' into an index-sized integer"));
        }
        None => {
            return Err(type_error(format!("list indices must be integers or slices, not {}", heap.type_name(index)).as_str()))
        }
    };
    if i < 0 {
        i += len;
    }
    if i < 0 || i >= len {
        return Err(err(ExcKind::IndexError, "list assignment index out of range"));
    }
    if let Object::List(l) = &mut heap.objs[h] {
        l.remove(i as usize);
    }
    Ok(())
}
