//! Builtin functions (stage 4 runtime).  `print` lives in the VM because it
//! owns the output buffer; every other builtin is a plain function over the
//! heap.  Methods of builtin types are in methods.rs.
//!
//! Invariants:
//! - Builtin ids are stable small integers (`Value::Builtin(id)`); the
//!   compiler never resolves them -- `LoadGlobal` falls back to
//!   `builtin_lookup` when a global is unbound, exactly like CPython's
//!   builtins dict, so user code may shadow any builtin.
//! - Builtins here never call back into Python code; those that may
//!   (`key=` functions, iteration of generators, dunder methods) are
//!   handled first by the VM (vm_builtins.rs), which hands plain builtin
//!   values on to this module.

use crate::builtins_conv::{builtin_float, builtin_int, builtin_round};
use crate::objects::{err, type_error, ExcKind, Heap, Object, PyErr, Value};
use crate::ops::{binary_op, index_value};
use crate::ast::BinOp;

pub const PRINT: usize = 0;
pub const B_LEN: usize = 1;
pub const B_STR: usize = 2;
pub const B_MIN: usize = 8;
pub const B_MAX: usize = 9;
pub const B_SUM: usize = 10;
pub const B_LIST: usize = 11;
pub const B_TUPLE: usize = 12;
pub const B_DICT: usize = 13;
pub const B_REPR: usize = 14;
pub const B_SORTED: usize = 17;
pub const B_REVERSED: usize = 18;
pub const B_ENUMERATE: usize = 19;
pub const B_ZIP: usize = 20;
pub const B_ANY: usize = 24;
pub const B_ALL: usize = 25;
pub const B_FORMAT: usize = 26;
pub const B_SET: usize = 27;
pub const B_FROZENSET: usize = 28;
pub const B_OBJECT: usize = 29;
pub const B_TYPE: usize = 30;
pub const B_PROPERTY: usize = 31;
pub const B_STATICMETHOD: usize = 32;
pub const B_CLASSMETHOD: usize = 33;
pub const B_SUPER: usize = 34;
pub const B_MAP: usize = 35;
pub const B_FILTER: usize = 36;
pub const B_ISINSTANCE: usize = 37;
pub const B_ISSUBCLASS: usize = 38;
pub const B_ITER: usize = 39;
pub const B_NEXT: usize = 40;
pub const B_GETATTR: usize = 41;
pub const B_SETATTR: usize = 42;
pub const B_HASATTR: usize = 43;
pub const B_DELATTR: usize = 44;
pub const B_CALLABLE: usize = 45;
pub const B_ID: usize = 46;
pub const B_HASH: usize = 47;
pub const B_HEX: usize = 48;
pub const B_OCT: usize = 49;
pub const B_BIN: usize = 50;
/// Slot functions of `object` and `BaseException` (in their class dicts).
pub const B_OBJECT_INIT: usize = 60;
pub const B_OBJECT_STR: usize = 61;
pub const B_OBJECT_REPR: usize = 62;
pub const B_EXC_INIT: usize = 63;
pub const B_EXC_STR: usize = 64;
pub const B_EXC_REPR: usize = 65;
/// The `NotImplemented` singleton (not callable).
pub const B_NOTIMPLEMENTED: usize = 66;
/// The `Ellipsis` singleton (not callable).
pub const B_ELLIPSIS: usize = 69;
/// Marks on the stack after `LoadMethod` (never visible to Python).
pub const MARK_METHOD: usize = 9998;
pub const MARK_NOSELF: usize = 9999;

pub fn builtin_lookup(name: &str) -> Option<usize> {
    let id = match name {
        "print" => 0,
        "len" => 1,
        "str" => 2,
        "int" => 3,
        "float" => 4,
        "bool" => 5,
        "range" => 6,
        "abs" => 7,
        "min" => 8,
        "max" => 9,
        "sum" => 10,
        "list" => 11,
        "tuple" => 12,
        "dict" => 13,
        "repr" => 14,
        "chr" => 15,
        "ord" => 16,
        "sorted" => 17,
        "reversed" => 18,
        "enumerate" => 19,
        "zip" => 20,
        "round" => 21,
        "divmod" => 22,
        "pow" => 23,
        "any" => 24,
        "all" => 25,
        "format" => 26,
        "set" => 27,
        "frozenset" => 28,
        "object" => 29,
        "type" => 30,
        "property" => 31,
        "staticmethod" => 32,
        "classmethod" => 33,
        "super" => 34,
        "map" => 35,
        "filter" => 36,
        "isinstance" => 37,
        "issubclass" => 38,
        "iter" => 39,
        "next" => 40,
        "getattr" => 41,
        "setattr" => 42,
        "hasattr" => 43,
        "delattr" => 44,
        "callable" => 45,
        "id" => 46,
        "hash" => 47,
        "hex" => 48,
        "oct" => 49,
        "bin" => 50,
        "open" => crate::os_mod::OSM_FIRST,
        "__import__" => crate::vm_tbobj::B_IMPORT,
        "eval" | "exec" => return crate::vm_eval::eval_lookup(name),
        "compile" => crate::vm_compile::B_COMPILE,
        "input" => crate::builtin_console::B_INPUT,
        "exit" => crate::builtin_console::B_EXIT,
        "quit" => crate::builtin_console::B_QUIT,
        crate::builtin_console::DISPLAYHOOK => crate::builtin_console::B_DISPLAYHOOK,
        _ => return crate::vm_builtins_more::more_lookup(name),
    };
    Some(id)
}

pub fn builtin_name(id: usize) -> String {
    let s = match id {
        0 => "print",
        1 => "len",
        2 => "str",
        3 => "int",
        4 => "float",
        5 => "bool",
        6 => "range",
        7 => "abs",
        8 => "min",
        9 => "max",
        10 => "sum",
        11 => "list",
        12 => "tuple",
        13 => "dict",
        14 => "repr",
        15 => "chr",
        16 => "ord",
        17 => "sorted",
        18 => "reversed",
        19 => "enumerate",
        20 => "zip",
        21 => "round",
        22 => "divmod",
        23 => "pow",
        24 => "any",
        25 => "all",
        26 => "format",
        27 => "set",
        28 => "frozenset",
        29 => "object",
        30 => "type",
        31 => "property",
        32 => "staticmethod",
        33 => "classmethod",
        34 => "super",
        35 => "map",
        36 => "filter",
        37 => "isinstance",
        38 => "issubclass",
        39 => "iter",
        40 => "next",
        41 => "getattr",
        42 => "setattr",
        43 => "hasattr",
        44 => "delattr",
        45 => "callable",
        46 => "id",
        47 => "hash",
        48 => "hex",
        49 => "oct",
        50 => "bin",
        51..=55 => crate::vm_builtins_more::more_name(id),
        56 => "bytes",
        57 => "bytearray",
        58 => "complex",
        69 => "Ellipsis",
        70..=74 => crate::vm_meta::meta_name(id),
        100..=199 => crate::modules_builtin::module_fn_name(id),
        300..=399 => crate::os_mod::osm_fn_name(id),
        400..=499 => crate::stdlib_mod::std_fn_name(id),
        500..=519 => crate::math_mod::math_fn_name(id),
        crate::vm_tbobj::B_IMPORT => "__import__",
        531..=536 => crate::vm_tbobj::object_cmp_name(id),
        60 | 63 => "__init__",
        61 | 64 => "__str__",
        62 | 65 => "__repr__",
        66 => "NotImplemented",
        67 => "__setattr__",
        68 => "__init_subclass__",
        75 => "__hash__",
        76 => "locals",
        77 => "__getattribute__",
        90 | 91 => crate::vm_eval::eval_name(id),
        92..=95 => crate::builtin_console::console_name(id),
        96 => "compile",
        _ => "?",
    };
    s.to_string()
}

pub fn arg_count(name: &str, args: &Vec<Value>, min: usize, max: usize) -> Result<(), PyErr> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    if min == max && min == 1 {
        return Err(type_error(format!("{}() takes exactly one argument ({} given)", name, n).as_str()));
    }
    if n < min {
        return Err(type_error(format!("{} expected at least {} argument{}, got {}", name, min, plural(min), n).as_str()));
    }
    Err(type_error(format!("{} expected at most {} argument{}, got {}", name, max, plural(max), n).as_str()))
}

fn plural(n: usize) -> String {
    if n == 1 {
        String::new()
    } else {
        "s".to_string()
    }
}

fn no_kwargs(name: &str, kwnames: &Vec<String>) -> Result<(), PyErr> {
    if kwnames.is_empty() {
        return Ok(());
    }
    Err(type_error(format!("{}() takes no keyword arguments", name).as_str()))
}

/// An int argument (ints and bools), else CPython's TypeError.
pub fn int_arg(heap: &Heap, v: &Value) -> Result<i64, PyErr> {
    match index_value(v) {
        Some(i) => Ok(i),
        None if crate::bigint_ops::is_big(v) => {
            Err(err(ExcKind::OverflowError, "Python int too large to convert to C ssize_t"))
        }
        None => Err(type_error(format!("'{}' object cannot be interpreted as an integer", heap.type_name(v)).as_str())),
    }
}

pub fn call_builtin(heap: &mut Heap, id: usize, args: &Vec<Value>, kwnames: &Vec<String>, kwvalues: &Vec<Value>) -> Result<Value, PyErr> {
    let name = builtin_name(id);
    if id != 13 {
        no_kwargs(name.as_str(), kwnames)?;
    }
    match id {
        2 => {
            arg_count("str", args, 0, 1)?;
            if args.is_empty() {
                return Ok(heap.str_from(""));
            }
            if heap.is_str(&args[0]) {
                return Ok(args[0].clone());
            }
            let s = heap.to_str(&args[0]);
            Ok(heap.str_from(s.as_str()))
        }
        3 => builtin_int(heap, args),
        4 => builtin_float(heap, args),
        5 => {
            arg_count("bool", args, 0, 1)?;
            Ok(Value::Bool(!args.is_empty() && heap.truthy(&args[0])))
        }
        6 => {
            arg_count("range", args, 1, 3)?;
            let (a, b, s) = if args.len() == 1 {
                (0, int_arg(heap, &args[0])?, 1)
            } else if args.len() == 2 {
                (int_arg(heap, &args[0])?, int_arg(heap, &args[1])?, 1)
            } else {
                (int_arg(heap, &args[0])?, int_arg(heap, &args[1])?, int_arg(heap, &args[2])?)
            };
            if s == 0 {
                return Err(err(ExcKind::ValueError, "range() arg 3 must not be zero"));
            }
            Ok(heap.alloc(Object::Range(a, b, s)))
        }
        7 => {
            arg_count("abs", args, 1, 1)?;
            match &args[0] {
                Value::Int(i) => match (0 as i64).checked_sub(*i) {
                    Some(n) => Ok(Value::Int(if *i < 0 { n } else { *i })),
                    None => Ok(crate::bigint_ops::big_value(crate::bigint::BigInt::from_i64(*i).abs())),
                },
                Value::BigInt(b) => Ok(crate::bigint_ops::big_value(b.abs())),
                Value::Bool(b) => Ok(Value::Int(if *b { 1 } else { 0 })),
                Value::Float(f) => Ok(Value::Float(if *f < 0.0 || (*f == 0.0 && 1.0 / *f < 0.0) { -*f } else { *f })),
                other if crate::complex::complex_of(heap, other).is_some() => {
                    let (r, i) = crate::complex::complex_of(heap, other).unwrap();
                    Ok(Value::Float(crate::complex::c_abs(r, i)?))
                }
                other => Err(type_error(format!("bad operand type for abs(): '{}'", heap.type_name(other)).as_str())),
            }
        }
        13 => {
            arg_count("dict", args, 0, 1)?;
            let mut d = crate::dict::DictObj::new();
            if args.len() == 1 {
                let src = match heap.get(&args[0]) {
                    Some(Object::Dict(s)) => Some(s.clone()),
                    _ => None,
                };
                match src {
                    Some(s) => d = *s,
                    None => {
                        let pairs = heap.collect(&args[0])?;
                        for p in pairs.iter() {
                            let kv = heap.collect(p)?;
                            if kv.len() != 2 {
                                return Err(err(ExcKind::ValueError, "dictionary update sequence element has wrong length"));
                            }
                            heap.dict_insert(&mut d, &kv[0], &kv[1])?;
                        }
                    }
                }
            }
            for i in 0..kwnames.len() {
                let k = heap.str_from(kwnames[i].as_str());
                heap.dict_insert(&mut d, &k, &kwvalues[i])?;
            }
            Ok(heap.alloc(Object::Dict(Box::new(d))))
        }
        15 => {
            arg_count("chr", args, 1, 1)?;
            let i = int_arg(heap, &args[0])?;
            if i < 0 || i > 0x10ffff {
                return Err(err(ExcKind::ValueError, "chr() arg not in range(0x110000)"));
            }
            match crate::lexer::char_from_code(i as u32) {
                Some(c) => Ok(heap.char_str(c)),
                None => Err(err(ExcKind::ValueError, "Pyrite cannot represent surrogate code points")),
            }
        }
        16 => {
            arg_count("ord", args, 1, 1)?;
            match heap.str_chars(&args[0]) {
                Some(cs) => {
                    if cs.len() != 1 {
                        return Err(type_error(
                            format!("ord() expected a character, but string of length {} found", cs.len()).as_str(),
                        ));
                    }
                    Ok(Value::Int(cs[0] as u32 as i64))
                }
                None => Err(type_error(
                    format!("ord() expected string of length 1, but {} found", heap.type_name(&args[0])).as_str(),
                )),
            }
        }
        18 => {
            arg_count("reversed", args, 1, 1)?;
            let rs = match heap.get(&args[0]) {
                Some(Object::Str(_)) | Some(Object::List(_)) | Some(Object::Tuple(_)) | Some(Object::Range(_, _, _)) => true,
                Some(Object::Bytes(_)) | Some(Object::ByteArray(_)) => true,
                Some(Object::Dict(_)) | Some(Object::DictView(_, _)) => true,
                _ => false,
            };
            if !rs {
                return Err(type_error(format!("'{}' object is not reversible", heap.type_name(&args[0])).as_str()));
            }
            if let Some(Object::Range(a, b, st)) = heap.get(&args[0]) {
                // A range_iterator running backwards, without the items.
                let (a, st) = (*a, *st);
                let n = crate::objects::range_len(a, *b, st);
                if n == 0 {
                    return Ok(heap.alloc(Object::RangeIter(0, 0, 1)));
                }
                let last = a + (n - 1) * st;
                // The exclusive stop one step before the first item; past
                // i64 a saturated one does (the step beyond overflows,
                // which ends the iterator), unless the first item is the
                // extreme itself (then the items are collected below).
                let stop = match a.checked_sub(st) {
                    Some(v) => Some(v),
                    None => {
                        let sat = if st > 0 { i64::MIN } else { i64::MAX };
                        if a == sat { None } else { Some(sat) }
                    }
                };
                if let Some(stop) = stop {
                    return Ok(heap.alloc(Object::RangeIter(last, stop, 0 - st)));
                }
            }
            let kind = match heap.get(&args[0]) {
                Some(Object::List(_)) => crate::objects::ITER_LIST_REVERSE,
                Some(Object::Dict(_)) | Some(Object::DictView(_, 0)) => crate::objects::ITER_DICT_REVERSE_KEYS,
                Some(Object::DictView(_, 1)) => crate::objects::ITER_DICT_REVERSE_VALUES,
                Some(Object::DictView(_, _)) => crate::objects::ITER_DICT_REVERSE_ITEMS,
                _ => crate::objects::ITER_REVERSED,
            };
            let items = heap.collect(&args[0])?;
            let mut rev = Vec::new();
            let mut k = items.len();
            while k > 0 {
                k -= 1;
                rev.push(items[k].clone());
            }
            Ok(heap.snapshot_iter(rev, kind))
        }
        21 => builtin_round(heap, args),
        22 => {
            arg_count("divmod", args, 2, 2)?;
            let q = match binary_op(heap, &BinOp::FloorDiv, &args[0], &args[1], false) {
                Ok(q) => q,
                Err(e) => {
                    if e.kind == ExcKind::TypeError && e.msg.as_str().starts_with("unsupported operand") {
                        return Err(type_error(
                            format!("unsupported operand type(s) for divmod(): '{}' and '{}'", heap.type_name(&args[0]), heap.type_name(&args[1])).as_str(),
                        ));
                    }
                    if e.kind == ExcKind::ZeroDivisionError && e.msg.as_str().starts_with("float ") {
                        return Err(err(ExcKind::ZeroDivisionError, "float divmod()"));
                    }
                    return Err(e);
                }
            };
            let r = binary_op(heap, &BinOp::Mod, &args[0], &args[1], false)?;
            Ok(heap.alloc(Object::Tuple(vec![q, r])))
        }
        23 => {
            arg_count("pow", args, 2, 3)?;
            if args.len() == 3 {
                if let Value::None = &args[2] {
                } else {
                    return crate::bigint_ops::pow_mod(&args[0], &args[1], &args[2]);
                }
            }
            binary_op(heap, &BinOp::Pow, &args[0], &args[1], false)
        }
        _ => Err(err(ExcKind::NotImplementedError, "unknown builtin")),
    }
}
