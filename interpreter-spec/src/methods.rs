//! Methods of builtin types: str, list, tuple, dict (stage 4 runtime).
//!
//! Invariants:
//! - `has_method` and `call_method` agree on the set of (type, name) pairs;
//!   the VM's `LoadMethod` uses `has_method` to raise CPython's
//!   AttributeError at the attribute's location before arguments are
//!   evaluated.
//! - Mutating methods replace/modify the arena object in place, so every
//!   handle to the same list/dict observes the change.
//! - Case mapping and character classes are ASCII-only for now.

use crate::builtins::int_arg;
use crate::builtins_conv::{reverse_in_place, sort_values};
use crate::objects::{err, type_error, ExcKind, Heap, Object, PyErr, Value};
use crate::suggestions::{dir_of, suggest};

fn kind_of(heap: &Heap, v: &Value) -> u8 {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => return 9,
        Value::Float(_) => return 11,
        _ => {}
    }
    match heap.get(v) {
        Some(Object::Str(_)) => 1,
        Some(Object::List(_)) => 2,
        Some(Object::Tuple(_)) => 3,
        Some(Object::Dict(_)) => 4,
        Some(Object::Set(_)) => 5,
        Some(Object::FrozenSet(_)) => 6,
        Some(Object::Generator(_)) => 7,
        Some(Object::Property(_)) => 8,
        Some(Object::Slice(_)) => 10,
        Some(Object::Bytes(_)) => 12,
        Some(Object::ByteArray(_)) => 13,
        Some(Object::Complex(_, _)) => 14,
        Some(Object::Range(_, _, _)) => 15,
        Some(Object::SeqIter(_, _, _)) | Some(Object::RangeIter(_, _, _)) | Some(Object::DictIter(_, _, _, _)) | Some(Object::SetIter(_, _)) => 16,
        Some(Object::Enumerate(_, _)) | Some(Object::Zip(_, _)) | Some(Object::Map(_, _)) | Some(Object::Filter(_, _)) => 16,
        Some(Object::CallIter(_, _)) | Some(Object::GetItemIter(_, _)) => 16,
        Some(Object::DictView(_, k)) if *k != 1 => 17,
        _ => 0,
    }
}

pub fn has_method(heap: &Heap, recv: &Value, name: &str) -> bool {
    if method_exists(kind_of(heap, recv), name) {
        return true;
    }
    if is_protocol_dunder(heap, recv, name) {
        return true;
    }
    // Dunders of the builtin data types (`(5).__add__`, builtin_sub.rs).
    if name.starts_with("__") && name.ends_with("__") {
        if let Some(t) = heap.data_kind_of_value(recv) {
            return heap.data_dunder_exists(t, name);
        }
    }
    false
}

/// `__iter__`/`__len__`/`__contains__` of ranges, bytes and dict views
/// (called through the VM's protocols, vm_builtins.rs).
pub fn is_protocol_dunder(heap: &Heap, recv: &Value, name: &str) -> bool {
    if name != "__iter__" && name != "__len__" && name != "__contains__" {
        return false;
    }
    match heap.get(recv) {
        Some(Object::Range(_, _, _)) | Some(Object::Bytes(_)) | Some(Object::ByteArray(_)) | Some(Object::DictView(_, _)) => true,
        _ => false,
    }
}

/// Method kind (as in `kind_of`) of instances of builtin class `cls`.
pub fn kind_of_class(heap: &Heap, cls: usize) -> u8 {
    let t = &heap.types;
    if cls == t[crate::classes::T_STR] {
        1
    } else if cls == t[crate::classes::T_LIST] {
        2
    } else if cls == t[crate::classes::T_TUPLE] {
        3
    } else if cls == t[crate::classes::T_DICT] {
        4
    } else if cls == t[crate::classes::T_SET] {
        5
    } else if cls == t[crate::classes::T_FROZENSET] {
        6
    } else if cls == t[crate::classes::T_INT] {
        9
    } else if cls == t[crate::classes::T_FLOAT] {
        11
    } else if cls == t[crate::classes::T_BYTES] {
        12
    } else if cls == t[crate::classes::T_BYTEARRAY] {
        13
    } else if cls == t[crate::classes::T_COMPLEX] {
        14
    } else {
        0
    }
}

pub fn method_exists(kind: u8, name: &str) -> bool {
    match (kind, name) {
        (1, "upper") | (1, "lower") | (1, "strip") | (1, "lstrip") | (1, "rstrip") | (1, "split") | (1, "join")
        | (1, "replace") | (1, "startswith") | (1, "endswith") | (1, "find") | (1, "index") | (1, "count")
        | (1, "isdigit") | (1, "isalpha") | (1, "isalnum") | (1, "isspace") | (1, "isupper") | (1, "islower")
        | (1, "title") | (1, "capitalize") | (1, "format") | (1, "center") | (1, "ljust") | (1, "rjust")
        | (1, "zfill") | (1, "swapcase") | (1, "partition") | (1, "rpartition") | (1, "rfind") | (1, "rindex")
        | (1, "rsplit") | (1, "splitlines") | (1, "removeprefix") | (1, "removesuffix") | (1, "casefold")
        | (1, "isdecimal") | (1, "isnumeric") | (1, "expandtabs") | (1, "istitle") | (1, "isidentifier")
        | (1, "isascii") | (1, "isprintable") | (1, "format_map") => true,
        (2, "append") | (2, "pop") | (2, "insert") | (2, "extend") | (2, "index") | (2, "count") | (2, "remove")
        | (2, "reverse") | (2, "sort") | (2, "copy") | (2, "clear") => true,
        (3, "count") | (3, "index") => true,
        (4, "get") | (4, "keys") | (4, "values") | (4, "items") | (4, "pop") | (4, "setdefault") | (4, "update")
        | (4, "copy") | (4, "clear") | (4, "popitem") => true,
        (5, "add") | (5, "remove") | (5, "discard") | (5, "pop") | (5, "clear") | (5, "update")
        | (5, "intersection_update") | (5, "difference_update") | (5, "symmetric_difference_update") => true,
        (5, "copy") | (5, "union") | (5, "intersection") | (5, "difference") | (5, "symmetric_difference") | (5, "issubset")
        | (5, "issuperset") | (5, "isdisjoint") => true,
        (6, "copy") | (6, "union") | (6, "intersection") | (6, "difference") | (6, "symmetric_difference") | (6, "issubset")
        | (6, "issuperset") | (6, "isdisjoint") => true,
        (7, "send") | (7, "close") | (7, "__next__") | (7, "throw") => true,
        (7, "__await__") | (7, "_agsend") | (7, "_agthrow") => true,
        (16, "__next__") | (16, "__iter__") | (16, "__length_hint__") => true,
        (17, "isdisjoint") => true,
        (8, "setter") | (8, "getter") | (8, "deleter") => true,
        (9, "bit_length") | (9, "bit_count") => true,
        (10, "indices") => true,
        (11, "is_integer") => true,
        (12, _) => crate::bytes_methods::method_exists(false, name),
        (13, _) => crate::bytes_methods::method_exists(true, name),
        (14, "conjugate") => true,
        (15, "index") | (15, "count") => true,
        (1, "encode") | (1, "translate") => true,
        (9, "conjugate") | (11, "conjugate") => true,
        (9, "to_bytes") | (9, "as_integer_ratio") | (11, "as_integer_ratio") | (11, "hex") => true,
        _ => false,
    }
}

/// CPython's AttributeError for a missing attribute, with its
/// "Did you mean" suggestion from `dir()` of the type.
pub fn no_attribute(heap: &Heap, recv: &Value, name: &str) -> PyErr {
    let tname = heap.type_name(recv);
    let mut msg = format!("'{}' object has no attribute '{}'", tname, name);
    if let Some(s) = suggest(name, &dir_of(tname.as_str())) {
        msg.push_str(format!(". Did you mean: '{}'?", s).as_str());
    }
    err(ExcKind::AttributeError, msg.as_str())
}

pub fn nargs(tname: &str, name: &str, args: &Vec<Value>, min: usize, max: usize) -> Result<(), PyErr> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    if max == 0 {
        return Err(type_error(format!("{}.{}() takes no arguments ({} given)", tname, name, n).as_str()));
    }
    if min == 1 && max == 1 {
        return Err(type_error(format!("{}.{}() takes exactly one argument ({} given)", tname, name, n).as_str()));
    }
    if n < min {
        return Err(type_error(format!("{} expected at least {} argument{}, got {}", name, min, if min == 1 { "" } else { "s" }, n).as_str()));
    }
    Err(type_error(format!("{} expected at most {} argument{}, got {}", name, max, if max == 1 { "" } else { "s" }, n).as_str()))
}

pub fn call_method(heap: &mut Heap, recv: &Value, name: &str, args: &Vec<Value>, kwnames: &Vec<String>, kwvalues: &Vec<Value>) -> Result<Value, PyErr> {
    let kind = kind_of(heap, recv);
    if kind == 12 || kind == 13 {
        return crate::bytes_methods::bytes_method(heap, recv, name, args, kwnames, kwvalues);
    }
    if kind == 1 && name == "encode" {
        return crate::bytes::str_encode(heap, recv, args, kwnames, kwvalues);
    }
    if kind == 1 && name == "translate" && kwnames.is_empty() {
        return crate::methods_more::str_translate(heap, recv, args);
    }
    if (kind == 9 || kind == 11) && (name == "to_bytes" || name == "as_integer_ratio" || name == "hex" || name == "conjugate") {
        return crate::methods_more::number_method(heap, recv, name, args, kwnames, kwvalues);
    }
    if kind == 14 {
        return crate::complex::complex_method(heap, recv, name, args);
    }
    if !kwnames.is_empty() && !(kind == 2 && name == "sort") && !(kind == 1 && (name == "format" || name == "split" || name == "rsplit" || name == "splitlines" || name == "expandtabs")) {
        return Err(type_error(format!("{}.{}() takes no keyword arguments", heap.type_name(recv), name).as_str()));
    }
    match kind {
        1 if crate::methods_str_ext::is_ext(name, args.len(), kwnames.len()) => {
            crate::methods_str_ext::str_method_ext(heap, recv, name, args, kwnames, kwvalues)
        }
        1 => crate::methods_str::str_method(heap, recv, name, args, kwnames, kwvalues),
        2 => list_method(heap, recv, name, args, kwnames, kwvalues),
        3 => tuple_method(heap, recv, name, args),
        4 => dict_method(heap, recv, name, args),
        9 => int_method(heap, recv, name, args),
        10 => crate::vm_builtins_more::slice_indices_method(heap, recv, args),
        15 => range_method(heap, recv, name, args),
        11 => {
            nargs("float", name, args, 0, 0)?;
            let f = match recv {
                Value::Float(f) => *f,
                _ => 0.0,
            };
            Ok(Value::Bool(f - f == 0.0 && crate::ops::float_floor(f) == f))
        }
        _ => Err(no_attribute(heap, recv, name)),
    }
}

/// `range.index(x)` and `range.count(x)` (ints and bools; other values
/// are never in a range).
fn range_method(heap: &Heap, recv: &Value, name: &str, args: &Vec<Value>) -> Result<Value, PyErr> {
    nargs("range", name, args, 1, 1)?;
    let (a, b, st) = match heap.get(recv) {
        Some(Object::Range(a, b, st)) => (*a, *b, *st),
        _ => (0, 0, 1),
    };
    let x = match &args[0] {
        Value::Int(i) => Some(*i),
        Value::Bool(v) => Some(*v as i64),
        Value::Float(f) if *f == (*f as i64) as f64 => Some(*f as i64),
        _ => None,
    };
    let mut pos: Option<i64> = None;
    if let Some(x) = x {
        let inside = if st > 0 { x >= a && x < b } else { x <= a && x > b };
        if inside && (x - a) % st == 0 {
            pos = Some((x - a) / st);
        }
    }
    if name == "count" {
        return Ok(Value::Int(if pos.is_some() { 1 } else { 0 }));
    }
    match (pos, x) {
        (Some(p), _) => Ok(Value::Int(p)),
        (None, Some(_)) if !matches!(args[0], Value::Float(_)) => {
            Err(err(ExcKind::ValueError, format!("{} is not in range", heap.repr(&args[0])).as_str()))
        }
        _ => Err(err(ExcKind::ValueError, "sequence.index(x): x not in sequence")),
    }
}

/// `int.bit_length()` and `int.bit_count()`.
fn int_method(heap: &Heap, recv: &Value, name: &str, args: &Vec<Value>) -> Result<Value, PyErr> {
    nargs("int", name, args, 0, 0)?;
    let b = match crate::bigint_ops::to_big(recv) {
        Some(b) => b,
        None => return Err(no_attribute(heap, recv, name)),
    };
    if name == "bit_length" {
        return Ok(Value::Int(b.bit_length() as i64));
    }
    let mut count: i64 = 0;
    for limb in b.mag.iter() {
        count += limb.count_ones() as i64;
    }
    Ok(Value::Int(count))
}

fn list_items(heap: &Heap, h: usize) -> Vec<Value> {
    match &heap.objs[h] {
        Object::List(l) | Object::Tuple(l) => l.clone(),
        _ => Vec::new(),
    }
}

fn list_method(heap: &mut Heap, recv: &Value, name: &str, args: &Vec<Value>, kwnames: &Vec<String>, kwvalues: &Vec<Value>) -> Result<Value, PyErr> {
    let h = match recv {
        Value::Ref(h) => *h,
        _ => 0,
    };
    match name {
        "append" => {
            nargs("list", name, args, 1, 1)?;
            if let Object::List(l) = &mut heap.objs[h] {
                l.push(args[0].clone());
            }
            Ok(Value::None)
        }
        "pop" => {
            nargs("list", name, args, 0, 1)?;
            let len = heap.len(recv)?;
            if len == 0 {
                return Err(err(ExcKind::IndexError, "pop from empty list"));
            }
            let mut i = if args.is_empty() { len - 1 } else { int_arg(heap, &args[0])? };
            if i < 0 {
                i += len;
            }
            if i < 0 || i >= len {
                return Err(err(ExcKind::IndexError, "pop index out of range"));
            }
            if let Object::List(l) = &mut heap.objs[h] {
                return Ok(l.remove(i as usize));
            }
            Ok(Value::None)
        }
        "insert" => {
            nargs("list", name, args, 2, 2)?;
            let len = heap.len(recv)?;
            let mut i = int_arg(heap, &args[0])?;
            if i < 0 {
                i += len;
                if i < 0 {
                    i = 0;
                }
            }
            if i > len {
                i = len;
            }
            if let Object::List(l) = &mut heap.objs[h] {
                l.insert(i as usize, args[1].clone());
            }
            Ok(Value::None)
        }
        "extend" => {
            nargs("list", name, args, 1, 1)?;
            let more = heap.collect(&args[0])?;
            if let Object::List(l) = &mut heap.objs[h] {
                for x in more.iter() {
                    l.push(x.clone());
                }
            }
            Ok(Value::None)
        }
        "index" | "count" | "remove" => {
            nargs("list", name, args, 1, if name == "index" { 3 } else { 1 })?;
            let items = list_items(heap, h);
            let (lo, hi) = crate::methods_str_ext::index_window(heap, args, items.len())?;
            let mut count = 0;
            for k in lo..hi {
                if crate::ops::is_same(&items[k], &args[0]) || heap.eq(&items[k], &args[0]) {
                    if name == "index" {
                        return Ok(Value::Int(k as i64));
                    }
                    if name == "remove" {
                        if let Object::List(l) = &mut heap.objs[h] {
                            l.remove(k);
                        }
                        return Ok(Value::None);
                    }
                    count += 1;
                }
            }
            if name == "index" {
                return Err(err(ExcKind::ValueError, format!("{} is not in list", heap.repr(&args[0])).as_str()));
            }
            if name == "remove" {
                return Err(err(ExcKind::ValueError, "list.remove(x): x not in list"));
            }
            Ok(Value::Int(count))
        }
        "reverse" => {
            nargs("list", name, args, 0, 0)?;
            if let Object::List(l) = &mut heap.objs[h] {
                reverse_in_place(l);
            }
            Ok(Value::None)
        }
        "sort" => {
            nargs("list", name, args, 0, 0)?;
            let mut reverse = false;
            for i in 0..kwnames.len() {
                if kwnames[i].as_str() == "reverse" {
                    reverse = heap.truthy(&kwvalues[i]);
                } else {
                    return Err(err(ExcKind::NotImplementedError, "Pyrite's list.sort() only supports reverse="));
                }
            }
            let mut items = list_items(heap, h);
            sort_values(heap, &mut items, reverse)?;
            heap.objs[h] = Object::List(items);
            Ok(Value::None)
        }
        "copy" => {
            nargs("list", name, args, 0, 0)?;
            let items = list_items(heap, h);
            Ok(heap.alloc(Object::List(items)))
        }
        _ => {
            nargs("list", name, args, 0, 0)?;
            heap.objs[h] = Object::List(Vec::new());
            Ok(Value::None)
        }
    }
}

fn tuple_method(heap: &mut Heap, recv: &Value, name: &str, args: &Vec<Value>) -> Result<Value, PyErr> {
    nargs("tuple", name, args, 1, if name == "index" { 3 } else { 1 })?;
    let h = match recv {
        Value::Ref(h) => *h,
        _ => 0,
    };
    let items = list_items(heap, h);
    let (lo, hi) = crate::methods_str_ext::index_window(heap, args, items.len())?;
    let mut count = 0;
    for k in lo..hi {
        if crate::ops::is_same(&items[k], &args[0]) || heap.eq(&items[k], &args[0]) {
            if name == "index" {
                return Ok(Value::Int(k as i64));
            }
            count += 1;
        }
    }
    if name == "index" {
        return Err(err(ExcKind::ValueError, "tuple.index(x): x not in tuple"));
    }
    Ok(Value::Int(count))
}

fn dict_method(heap: &mut Heap, recv: &Value, name: &str, args: &Vec<Value>) -> Result<Value, PyErr> {
    let h = match recv {
        Value::Ref(h) => *h,
        _ => 0,
    };
    match name {
        "keys" | "values" | "items" => {
            nargs("dict", name, args, 0, 0)?;
            let kind = if name == "keys" { 0 } else if name == "values" { 1 } else { 2 };
            Ok(heap.alloc(Object::DictView(h, kind)))
        }
        "get" | "setdefault" => {
            nargs("dict", name, args, 1, 2)?;
            let default = if args.len() == 2 { args[1].clone() } else { Value::None };
            match heap.dict_get_h(h, &args[0])? {
                Some(v) => Ok(v),
                None => {
                    if name == "setdefault" {
                        heap.dict_set_h(h, &args[0], &default)?;
                    }
                    Ok(default)
                }
            }
        }
        "pop" => {
            nargs("dict", name, args, 1, 2)?;
            match heap.dict_remove_h(h, &args[0])? {
                Some(v) => Ok(v),
                None => {
                    if args.len() == 2 {
                        return Ok(args[1].clone());
                    }
                    Err(crate::objects::err_arg(ExcKind::KeyError, heap.repr(&args[0]).as_str(), args[0].clone()))
                }
            }
        }
        "update" => {
            nargs("dict", name, args, 1, 1)?;
            let src = match heap.get(&args[0]) {
                Some(Object::Dict(s)) => s.clone(),
                _ => return Err(err(ExcKind::NotImplementedError, "Pyrite's dict.update() only accepts a dict")),
            };
            let mut d = match &mut heap.objs[h] {
                Object::Dict(d) => *std::mem::replace(d, Box::new(crate::dict::DictObj::new())),
                _ => crate::dict::DictObj::new(),
            };
            heap.dict_merge(&mut d, &src);
            heap.objs[h] = Object::Dict(Box::new(d));
            Ok(Value::None)
        }
        "copy" => {
            nargs("dict", name, args, 0, 0)?;
            let d = match &heap.objs[h] {
                Object::Dict(d) => (**d).clone(),
                _ => crate::dict::DictObj::new(),
            };
            Ok(heap.alloc(Object::Dict(Box::new(d))))
        }
        "popitem" => {
            nargs("dict", name, args, 0, 0)?;
            let last = match &mut heap.objs[h] {
                Object::Dict(d) => d.pop_last(),
                _ => None,
            };
            match last {
                Some((k, v)) => Ok(heap.alloc(Object::Tuple(vec![k, v]))),
                None => {
                    let m = heap.str_from("popitem(): dictionary is empty");
                    Err(crate::objects::err_arg(ExcKind::KeyError, "", m))
                }
            }
        }
        _ => {
            nargs("dict", name, args, 0, 0)?;
            if let Object::Dict(d) = &mut heap.objs[h] {
                d.clear();
            }
            Ok(Value::None)
        }
    }
}
