//! Object model shared by the VM (stage 4) and the builtins.
//!
//! Invariants:
//! - A Python value is a `Value`.  None, bools, ints (i64, or a boxed
//!   `BigInt` outside that range), floats and builtin functions are
//!   immediate; everything else is `Value::Ref(h)`, a
//!   handle into the VM-owned arena `Heap::objs`.  Python-level references
//!   are always handles, never Rust references, so mutable shared objects
//!   (lists, dicts) behave like Python's.
//! - A handle stays valid while its object is reachable from the VM's
//!   roots.  `arena_gc.rs` collects the arena: unreachable objects become
//!   `Object::Free` and their handles are reused by `alloc`; reading a
//!   free slot panics.  Collections happen only at safe points (between
//!   two instructions of the outermost dispatch loop, and `gc.collect()`),
//!   so Rust code may hold handles in locals freely between them, but
//!   anything kept across instructions must be reachable from a root
//!   (see arena_gc.rs for the list).
//! - `Object::Str` holds characters (code points), so indexing and `len`
//!   are O(1).  Strings are immutable once allocated; tuples too.
//! - Dicts keep their entries in insertion order with a hash index over
//!   them (`DictObj`, see dict.rs); keys are checked hashable first.
//! - Every fallible operation returns `Result<_, PyErr>` with CPython's
//!   exception type and message.  A `PyErr` raised by Rust code carries
//!   only (kind, message); the VM turns it into an exception instance
//!   when it starts unwinding (`exc` is then set).
//! - Classes are heap objects (`Object::Class`); instances store their
//!   attributes in slots laid out by a shared "map" (hidden class, see
//!   classes.rs), not in a per-instance dict; the first two slots sit in
//!   the object itself (instance.rs).  Builtin types
//!   (int, str, ...) and builtin exceptions are classes too, created by
//!   `Heap::new` (`types`, `exc_classes`).
//! - An instance of a subclass of a builtin data type (int, float, str,
//!   tuple, list, dict, set, frozenset) wraps a value of that type in
//!   `Instance::base` (builtin_sub.rs); builtin behaviour acts on it.

#[derive(Clone)]
pub enum Value {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Builtin(usize),
    Ref(usize),
    /// An int outside the i64 range (never one that fits: see bigint_ops.rs).
    BigInt(Box<crate::bigint::BigInt>),
}

pub enum Object {
    Str(Vec<char>),
    List(Vec<Value>),
    Tuple(Vec<Value>),
    /// entries in insertion order + hash index (dict.rs)
    Dict(Box<crate::dict::DictObj>),
    Set(Box<SetObj>),
    FrozenSet(Box<SetObj>),
    Function(Box<FunctionObj>),
    /// receiver, method name (a method of a builtin type)
    BoundMethod(Value, String),
    /// function, self (a Python method bound to an object)
    Method(Value, Value),
    Class(Box<ClassObj>),
    Instance(crate::instance::Instance),
    Cell(Option<Value>),
    Generator(Box<GenObj>),
    /// iterator, next count
    Enumerate(Value, i64),
    /// iterators
    /// (`strict=True`: unequal lengths raise ValueError)
    Zip(Vec<Value>, bool),
    /// function, iterators
    Map(Value, Vec<Value>),
    /// function (None: truthiness), iterator
    Filter(Value, Value),
    /// class after which to search, object (or class)
    Super(usize, Value),
    /// Boxed: four values inline would make every object 72 bytes.
    Property(Box<PropertyObj>),
    StaticMethod(Value),
    ClassMethod(Value),
    /// set handle, next table slot
    SetIter(usize, usize),
    /// builtin class, method name (`str.upper`)
    MethodDescr(usize, String),
    /// start, stop, step
    Range(i64, i64, i64),
    /// start, stop, step (each None or int): always three values, in a
    /// `Vec` so that the variant is no larger than an instance.
    Slice(Vec<Value>),
    /// sequence handle (list/tuple/str/dict), next index, the iterator's
    /// type (`ITER_FORWARD`: named after the sequence's type; the others
    /// run forwards over a snapshot list: see `seq_iter_name`)
    SeqIter(usize, usize, u8),
    /// next, stop, step
    RangeIter(i64, i64, i64),
    /// dict handle, 0 = keys, 1 = values, 2 = items
    DictView(usize, u8),
    /// dict handle, kind (as DictView), next entry position (usize::MAX
    /// once exhausted), the dict's size when iteration started
    DictIter(usize, u8, usize, usize),
    /// `iter(callable, sentinel)` (callable None once exhausted)
    CallIter(Value, Value),
    /// iteration through `__getitem__`: object, next index (-1: done)
    GetItemIter(Value, i64),
    Module(Box<ModuleObj>),
    /// sys.stdout (1) / sys.stderr (2)
    Stream(u8),
    /// a file object of `open()`, or an `io.StringIO`/`io.BytesIO` (io_mod.rs)
    File(Box<crate::io_mod::FileObj>),
    Bytes(Vec<u8>),
    ByteArray(Vec<u8>),
    /// real, imaginary
    Complex(f64, f64),
    /// `list[int]`: origin class, args tuple (generic_alias.rs)
    GenericAlias(Value, Value),
    /// A slot whose object was collected (arena_gc.rs); never read.
    Free,
}

/// getter, setter, deleter, the `doc` argument (each None if absent)
#[derive(Clone)]
pub struct PropertyObj {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}

/// A module object: its index in `Vm::modules` (where its globals are)
/// plus what its repr needs.
pub struct ModuleObj {
    pub index: usize,
    pub name: String,
    /// "" for built-in and namespace modules.
    pub file: String,
    pub namespace: bool,
    /// Made by `types.ModuleType(name)`: no loader, repr `<module 'name'>`.
    pub created: bool,
}

#[derive(Clone)]
pub struct FunctionObj {
    pub name: String,
    pub qualname: String,
    pub code: usize,
    pub defaults: Vec<Value>,
    /// Dict of keyword-only defaults, or None.
    pub kwdefaults: Value,
    /// Cells for the code's free variables.
    pub closure: Vec<Value>,
    /// Dict of attributes set on the function (`f.x = 1`), or None.
    pub attrs: Value,
    /// The `__annotations__` dict, or None until first asked for.
    pub annotations: Value,
}

/// A class.  `names`/`values` is the class namespace (symbol ids, in
/// definition order); `mro` starts with the class itself.
pub struct ClassObj {
    pub name: String,
    pub qualname: String,
    pub bases: Vec<usize>,
    pub mro: Vec<usize>,
    pub names: Vec<usize>,
    pub values: Vec<Value>,
    /// The empty layout every new instance starts from.
    pub root_map: usize,
    /// Subclass of BaseException.
    pub is_exc: bool,
    /// For builtin types: the builtin function that constructs them.
    pub builtin_fn: Option<usize>,
    /// Builtin type (no Python-level instances with slots).
    pub is_builtin: bool,
    /// The attribute names allowed by `__slots__` (see vm_class.rs).
    pub slots: Option<Vec<usize>>,
    /// The user metaclass (None: `type`; see vm_meta.rs).
    pub meta: Option<usize>,
    /// A user `__getattribute__` is on the MRO (set when the class is
    /// finished; attribute fast paths check it).
    pub getattribute: bool,
}

/// One traceback line: code object, instruction, and a label (0 = the
/// code's name, else the comprehension kind + 1 of an inlined comprehension).
#[derive(Clone)]
pub struct TraceEntry {
    pub code: usize,
    pub pc: usize,
    pub label: u8,
}

pub struct ExcState {
    /// The `args` tuple.
    pub args: Value,
    /// Traceback, outermost entry first.
    pub tb: Vec<TraceEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    /// The `traceback` object last made for `tb` (while `tb` has the length
    /// it had then: one object per traceback, as `is` sees it), or None.
    pub tb_obj: Value,
    pub tb_obj_len: usize,
}

/// Generator states.
pub const GEN_CREATED: u8 = 0;
pub const GEN_SUSPENDED: u8 = 1;
pub const GEN_RUNNING: u8 = 2;
pub const GEN_FINISHED: u8 = 3;

/// While a generator runs, its frame's `aux` holds the caller's handled
/// exception; `exc` is the generator's own (set only if it yielded inside
/// an except/finally handler) while it is suspended, like CPython's
/// `gi_exc_state`.
pub struct GenObj {
    pub frame: Option<Box<crate::vm::Frame>>,
    pub state: u8,
    pub qualname: String,
    pub exc: Value,
    /// Only referenced by the loop iterating it (see `Op::OwnIter`).
    pub owned: bool,
    /// 0 generator, 1 coroutine, 2 the generator under an async
    /// generator (lib/_asyncgen.py wraps it; vm_async.rs).
    pub kind: u8,
    /// Async generator: its last yield was a value (`Op::Async(8)`), not
    /// an await passing a value up to the event loop.
    pub wrapped: bool,
    /// The code object it runs (`gi_code`, also once finished).
    pub code: usize,
}

/// CPython-compatible open-addressing hash table (see sets.rs), so that
/// iteration order matches CPython for ints and tuples of ints.
#[derive(Clone)]
pub struct SetObj {
    /// Slot keys (None = never used).
    pub keys: Vec<Option<Value>>,
    /// Slot hashes (-1 with a None key... see sets.rs: dummy slots have
    /// `dummy` set).
    pub hashes: Vec<i64>,
    pub dummy: Vec<bool>,
    pub fill: usize,
    pub used: usize,
    /// Where `pop()` starts searching (CPython's `finger`).
    pub finger: usize,
}

/// The builtin exception classes (see `exc_table` for the hierarchy).
/// Some are only ever raised by Python code, through their classes.
#[allow(dead_code)]
#[derive(Clone, PartialEq)]
pub enum ExcKind {
    BaseException,
    Exception,
    ArithmeticError,
    ZeroDivisionError,
    OverflowError,
    FloatingPointError,
    LookupError,
    IndexError,
    KeyError,
    ValueError,
    UnicodeError,
    TypeError,
    NameError,
    UnboundLocalError,
    AttributeError,
    RuntimeError,
    RecursionError,
    NotImplementedError,
    StopIteration,
    AssertionError,
    GeneratorExit,
    KeyboardInterrupt,
    SystemExit,
    ImportError,
    ModuleNotFoundError,
    OSError,
    EOFError,
    MemoryError,
    FileNotFoundError,
    SyntaxError,
    UnicodeDecodeError,
    UnicodeEncodeError,
    FileExistsError,
    NotADirectoryError,
    IsADirectoryError,
    PermissionError,
    InterruptedError,
    BlockingIOError,
    ChildProcessError,
    ProcessLookupError,
    TimeoutError,
}

/// (name, index of the base class) for each ExcKind, in order; the
/// root's base is itself.
pub static EXC_TABLE: [(&str, usize); 65] = [
    ("BaseException", 0),
    ("Exception", 0),
    ("ArithmeticError", 1),
    ("ZeroDivisionError", 2),
    ("OverflowError", 2),
    ("FloatingPointError", 2),
    ("LookupError", 1),
    ("IndexError", 6),
    ("KeyError", 6),
    ("ValueError", 1),
    ("UnicodeError", 9),
    ("TypeError", 1),
    ("NameError", 1),
    ("UnboundLocalError", 12),
    ("AttributeError", 1),
    ("RuntimeError", 1),
    ("RecursionError", 15),
    ("NotImplementedError", 15),
    ("StopIteration", 1),
    ("AssertionError", 1),
    ("GeneratorExit", 0),
    ("KeyboardInterrupt", 0),
    ("SystemExit", 0),
    ("ImportError", 1),
    ("ModuleNotFoundError", 23),
    ("OSError", 1),
    ("EOFError", 1),
    ("MemoryError", 1),
    ("FileNotFoundError", 25),
    ("SyntaxError", 1),
    ("UnicodeDecodeError", 10),
    ("UnicodeEncodeError", 10),
    ("FileExistsError", 25),
    ("NotADirectoryError", 25),
    ("IsADirectoryError", 25),
    ("PermissionError", 25),
    ("InterruptedError", 25),
    ("BlockingIOError", 25),
    ("ChildProcessError", 25),
    ("ProcessLookupError", 25),
    ("TimeoutError", 25),
    // Classes with no ExcKind: the interpreter never raises them itself.
    ("ConnectionError", 25),
    ("BrokenPipeError", 41),
    ("ConnectionAbortedError", 41),
    ("ConnectionRefusedError", 41),
    ("ConnectionResetError", 41),
    ("Warning", 1),
    ("UserWarning", 46),
    ("DeprecationWarning", 46),
    ("PendingDeprecationWarning", 46),
    ("SyntaxWarning", 46),
    ("RuntimeWarning", 46),
    ("FutureWarning", 46),
    ("ImportWarning", 46),
    ("UnicodeWarning", 46),
    ("BytesWarning", 46),
    ("ResourceWarning", 46),
    ("EncodingWarning", 46),
    ("IndentationError", 29),
    ("TabError", 58),
    ("SystemError", 1),
    ("BufferError", 1),
    ("ReferenceError", 1),
    ("StopAsyncIteration", 1),
    ("UnicodeTranslateError", 10),
];

/// `EXC_TABLE` as owned strings.
pub fn exc_table() -> Vec<(String, usize)> {
    let t = &EXC_TABLE;
    let mut out = Vec::new();
    for k in 0..t.len() {
        out.push((t[k].0.to_string(), t[k].1));
    }
    out
}

impl ExcKind {
    pub fn index(&self) -> usize {
        match self {
            ExcKind::BaseException => 0,
            ExcKind::Exception => 1,
            ExcKind::ArithmeticError => 2,
            ExcKind::ZeroDivisionError => 3,
            ExcKind::OverflowError => 4,
            ExcKind::FloatingPointError => 5,
            ExcKind::LookupError => 6,
            ExcKind::IndexError => 7,
            ExcKind::KeyError => 8,
            ExcKind::ValueError => 9,
            ExcKind::UnicodeError => 10,
            ExcKind::TypeError => 11,
            ExcKind::NameError => 12,
            ExcKind::UnboundLocalError => 13,
            ExcKind::AttributeError => 14,
            ExcKind::RuntimeError => 15,
            ExcKind::RecursionError => 16,
            ExcKind::NotImplementedError => 17,
            ExcKind::StopIteration => 18,
            ExcKind::AssertionError => 19,
            ExcKind::GeneratorExit => 20,
            ExcKind::KeyboardInterrupt => 21,
            ExcKind::SystemExit => 22,
            ExcKind::ImportError => 23,
            ExcKind::ModuleNotFoundError => 24,
            ExcKind::OSError => 25,
            ExcKind::EOFError => 26,
            ExcKind::MemoryError => 27,
            ExcKind::FileNotFoundError => 28,
            ExcKind::SyntaxError => 29,
            ExcKind::UnicodeDecodeError => 30,
            ExcKind::UnicodeEncodeError => 31,
            ExcKind::FileExistsError => 32,
            ExcKind::NotADirectoryError => 33,
            ExcKind::IsADirectoryError => 34,
            ExcKind::PermissionError => 35,
            ExcKind::InterruptedError => 36,
            ExcKind::BlockingIOError => 37,
            ExcKind::ChildProcessError => 38,
            ExcKind::ProcessLookupError => 39,
            ExcKind::TimeoutError => 40,
        }
    }
}

/// A raised Python exception.  From Rust code: `kind` and `msg` (the
/// text after "Name: "; empty means no args) and optionally the single
/// argument (`arg`, e.g. the missing key of a KeyError).  Once the VM
/// has materialised it, `exc` is the exception instance (and `kind`/
/// `msg` are meaningless).  `reraise` marks a re-raise that must not add
/// a traceback entry for the current frame.
#[derive(Clone)]
pub struct PyErr {
    pub kind: ExcKind,
    pub msg: String,
    pub arg: Option<Value>,
    pub exc: Option<Value>,
    pub reraise: bool,
}

pub fn err(kind: ExcKind, msg: &str) -> PyErr {
    PyErr { kind: kind, msg: msg.to_string(), arg: None, exc: None, reraise: false }
}

/// An error with a single non-string argument (KeyError(key), ...).
pub fn err_arg(kind: ExcKind, msg: &str, arg: Value) -> PyErr {
    PyErr { kind: kind, msg: msg.to_string(), arg: Some(arg), exc: None, reraise: false }
}

/// An already materialised exception instance.
pub fn exc_err(exc: Value, reraise: bool) -> PyErr {
    PyErr { kind: ExcKind::BaseException, msg: String::new(), arg: None, exc: Some(exc), reraise: reraise }
}

pub fn type_error(msg: &str) -> PyErr {
    err(ExcKind::TypeError, msg)
}

/// Range arithmetic beyond i64 (ranges, unlike ints, are still 64-bit).
pub fn overflow() -> PyErr {
    err(ExcKind::OverflowError, "integer overflow (Pyrite ranges are 64-bit for now)")
}

pub const I64_MIN: i64 = -9223372036854775807 - 1;

/// Instance layout ("map", a.k.a. hidden class): the attribute names of
/// the slots, in order, and the transitions to the layouts with one more
/// attribute.  Maps are shared by all instances built the same way.
pub struct Map {
    pub names: Vec<usize>,
    pub trans_names: Vec<usize>,
    pub trans_maps: Vec<usize>,
    /// The empty map this one was reached from.
    pub root: usize,
    /// The class whose instances use this map: every map is reached from
    /// one class's root map, so an instance finds its class here.
    pub cls: usize,
    /// On a root map: the most slots any map reached from it has, which
    /// new instances reserve, so their slots need no regrowth.
    pub size_hint: usize,
}

pub struct Heap {
    /// The arena (arena_gc.rs): objects by handle.
    pub objs: crate::arena_gc::Arena,
    /// Interned one-character strings for code points < 256.
    pub char_cache: Vec<usize>,
    /// Interned attribute names (symbol id = index).
    pub syms: Vec<String>,
    /// Finds a symbol's index in `syms` (name_index.rs).
    pub sym_index: crate::name_index::NameIndex,
    pub maps: Vec<Map>,
    /// Builtin type classes, indexed by the `T_*` constants (classes.rs).
    pub types: Vec<usize>,
    /// Builtin exception classes, indexed by `ExcKind::index`.
    pub exc_classes: Vec<usize>,
    /// MRO lookups (lookup_cache.rs); every class change invalidates it.
    pub lookup_cache: crate::lookup_cache::LookupCache,
    /// The same for `lookup_user`.
    pub user_lookup_cache: crate::lookup_cache::LookupCache,
    /// The collector's state (arena_gc.rs).
    pub gc: crate::arena_gc::GcState,
    /// Numbers the NaNs `float()` makes (`fresh_nan`).
    pub nan_serial: u64,
    /// Instance slots beyond the inline ones, and rare parts (instance.rs).
    pub inst_more: crate::instance::MoreTable,
}

impl Heap {
    pub fn new() -> Heap {
        let mut h = Heap { objs: crate::arena_gc::Arena::new(), char_cache: Vec::new(), syms: Vec::new(), sym_index: crate::name_index::NameIndex::new(), maps: Vec::new(), types: Vec::new(), exc_classes: Vec::new(), lookup_cache: crate::lookup_cache::LookupCache::new(), user_lookup_cache: crate::lookup_cache::LookupCache::new(), gc: crate::arena_gc::GcState::new(), nan_serial: 0, inst_more: crate::instance::MoreTable::new() };
        for i in 0..256 {
            let c = match crate::lexer::char_from_code(i as u32) {
                Some(c) => c,
                None => ' ',
            };
            h.alloc(Object::Str(vec![c]));
            h.char_cache.push(i);
        }
        h.init_types();
        h
    }

    pub fn new_str(&mut self, chars: Vec<char>) -> Value {
        if chars.len() == 1 && (chars[0] as u32) < 256 {
            return Value::Ref(self.char_cache[chars[0] as u32 as usize]);
        }
        self.alloc(Object::Str(chars))
    }

    /// The one-character string `c`; a cached object below U+0100, so
    /// indexing and iterating over a string allocate nothing for them.
    pub fn char_str(&mut self, c: char) -> Value {
        if (c as u32) < 256 {
            return Value::Ref(self.char_cache[c as u32 as usize]);
        }
        self.alloc(Object::Str(vec![c]))
    }

    pub fn str_from(&mut self, s: &str) -> Value {
        self.new_str(s.chars().collect::<Vec<char>>())
    }

    pub fn get(&self, v: &Value) -> Option<&Object> {
        match v {
            Value::Ref(h) => Some(&self.objs[*h]),
            _ => None,
        }
    }

    /// The characters of a str value, if it is one.
    pub fn str_chars(&self, v: &Value) -> Option<Vec<char>> {
        match self.get(v) {
            Some(Object::Str(cs)) => Some(cs.clone()),
            _ => None,
        }
    }

    /// Moves the characters out of str value `v` (leaving it empty until
    /// `put_str` gives them back): a method can read its receiver without
    /// copying it.
    pub fn take_str(&mut self, v: &Value) -> Vec<char> {
        if let Value::Ref(h) = v {
            if let Object::Str(cs) = &mut self.objs[*h] {
                return std::mem::take(cs);
            }
        }
        Vec::new()
    }

    pub fn put_str(&mut self, v: &Value, chars: Vec<char>) {
        if let Value::Ref(h) = v {
            if let Object::Str(cs) = &mut self.objs[*h] {
                *cs = chars;
            }
        }
    }

    pub fn is_str(&self, v: &Value) -> bool {
        match self.get(v) {
            Some(Object::Str(_)) => true,
            _ => false,
        }
    }

    pub fn type_name(&self, v: &Value) -> String {
        let s = match v {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) | Value::BigInt(_) => "int",
            Value::Float(_) => "float",
            Value::Builtin(id) => {
                if *id == crate::builtins::B_NOTIMPLEMENTED {
                    "NotImplementedType"
                } else if *id == crate::builtins::B_ELLIPSIS {
                    "ellipsis"
                } else {
                    "builtin_function_or_method"
                }
            }
            Value::Ref(h) => match &self.objs[*h] {
                Object::Instance(inst) => return self.class(inst.cls(&self.maps)).name.clone(),
                Object::File(f) => return self.class(f.cls).name.clone(),
                Object::Class(c) => match c.meta {
                    Some(m) => return self.class(m).name.clone(),
                    None => "type",
                },
                Object::Set(_) => "set",
                Object::FrozenSet(_) => "frozenset",
                Object::Method(_, _) => "method",
                Object::Cell(_) => "cell",
                Object::Generator(g) => match g.kind {
                    1 => "coroutine",
                    _ => "generator",
                },
                Object::Enumerate(_, _) => "enumerate",
                Object::Zip(_, _) => "zip",
                Object::Map(_, _) => "map",
                Object::Filter(_, _) => "filter",
                Object::Super(_, _) => "super",
                Object::Property(_) => "property",
                Object::StaticMethod(_) => "staticmethod",
                Object::ClassMethod(_) => "classmethod",
                Object::SetIter(_, _) => "set_iterator",
                Object::MethodDescr(_, _) => "method_descriptor",
                Object::Str(_) => "str",
                Object::List(_) => "list",
                Object::Tuple(_) => "tuple",
                Object::Dict(_) => "dict",
                Object::Function(_) => "function",
                Object::BoundMethod(_, _) => "builtin_function_or_method",
                Object::Range(_, _, _) => "range",
                Object::Slice(_) => "slice",
                Object::SeqIter(_, _, kind) if *kind != ITER_FORWARD => seq_iter_name(*kind),
                Object::SeqIter(seq, _, _) => match &self.objs[*seq] {
                    Object::Str(_) => "str_ascii_iterator",
                    Object::Bytes(_) => "bytes_iterator",
                    Object::ByteArray(_) => "bytearray_iterator",
                    Object::Tuple(_) => "tuple_iterator",
                    Object::Dict(_) => "dict_keyiterator",
                    _ => "list_iterator",
                },
                Object::RangeIter(_, _, _) => "range_iterator",
                Object::CallIter(_, _) => "callable_iterator",
                Object::GetItemIter(_, _) => "iterator",
                Object::Module(_) => "module",
                Object::Stream(_) => "TextIOWrapper",
                Object::Bytes(_) => "bytes",
                Object::ByteArray(_) => "bytearray",
                Object::Complex(_, _) => "complex",
                Object::GenericAlias(Value::None, _) => "types.UnionType",
                Object::GenericAlias(_, _) => "types.GenericAlias",
                Object::Free => "<freed object>",
                Object::DictIter(_, k, _, _) => {
                    if *k == 0 {
                        "dict_keyiterator"
                    } else if *k == 1 {
                        "dict_valueiterator"
                    } else {
                        "dict_itemiterator"
                    }
                }
                Object::DictView(_, k) => {
                    if *k == 0 {
                        "dict_keys"
                    } else if *k == 1 {
                        "dict_values"
                    } else {
                        "dict_items"
                    }
                }
            },
        };
        s.to_string()
    }

    pub fn truthy(&self, v: &Value) -> bool {
        match v {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::BigInt(_) => true,
            Value::Float(f) => *f != 0.0,
            Value::Builtin(_) => true,
            Value::Ref(h) => match &self.objs[*h] {
                Object::Str(s) => !s.is_empty(),
                Object::List(l) => !l.is_empty(),
                Object::Tuple(t) => !t.is_empty(),
                Object::Dict(d) => !d.is_empty(),
                Object::Set(s) | Object::FrozenSet(s) => s.len() > 0,
                Object::Range(a, b, s) => range_len(*a, *b, *s) > 0,
                Object::Bytes(b) | Object::ByteArray(b) => !b.is_empty(),
                Object::Complex(re, im) => *re != 0.0 || *im != 0.0,
                Object::DictView(d, _) => match &self.objs[*d] {
                    Object::Dict(dd) => !dd.is_empty(),
                    _ => true,
                },
                _ => true,
            },
        }
    }

    pub fn len(&self, v: &Value) -> Result<i64, PyErr> {
        if let Value::Ref(h) = v {
            match &self.objs[*h] {
                Object::Str(s) => return Ok(s.len() as i64),
                Object::List(l) => return Ok(l.len() as i64),
                Object::Tuple(t) => return Ok(t.len() as i64),
                Object::Dict(d) => return Ok(d.len() as i64),
                Object::Set(s) | Object::FrozenSet(s) => return Ok(s.len() as i64),
                Object::Range(a, b, s) => return Ok(range_len(*a, *b, *s)),
                Object::Bytes(b) | Object::ByteArray(b) => return Ok(b.len() as i64),
                Object::DictView(d, _) => {
                    if let Object::Dict(dd) = &self.objs[*d] {
                        return Ok(dd.len() as i64);
                    }
                }
                _ => {}
            }
        }
        Err(type_error(format!("object of type '{}' has no len()", self.type_name(v)).as_str()))
    }

    // ---- equality, ordering, hashing ---------------------------------------

    /// Python `==`.
    pub fn eq(&self, a: &Value, b: &Value) -> bool {
        if let Some(p) = self.eq_payload(a) {
            return self.eq(&p, b);
        }
        if let Some(p) = self.eq_payload(b) {
            return self.eq(a, &p);
        }
        match (a, b) {
            (Value::None, Value::None) => true,
            (Value::Builtin(x), Value::Builtin(y)) => x == y,
            (Value::Ref(x), Value::Ref(y)) => {
                if x == y {
                    return true;
                }
                match (&self.objs[*x], &self.objs[*y]) {
                    (Object::Str(p), Object::Str(q)) => p == q,
                    (Object::List(p), Object::List(q)) | (Object::Tuple(p), Object::Tuple(q)) | (Object::Slice(p), Object::Slice(q)) => self.seq_eq(p, q),
                    (Object::Dict(d1), Object::Dict(d2)) => self.dict_eq_builtin(d1, d2),
                    (Object::Set(p), Object::Set(q)) | (Object::FrozenSet(p), Object::FrozenSet(q))
                    | (Object::Set(p), Object::FrozenSet(q)) | (Object::FrozenSet(p), Object::Set(q)) => {
                        p.len() == q.len() && self.set_subset(p, q)
                    }
                    (Object::Range(a1, b1, s1), Object::Range(a2, b2, s2)) => {
                        let n1 = range_len(*a1, *b1, *s1);
                        let n2 = range_len(*a2, *b2, *s2);
                        n1 == n2 && (n1 == 0 || (a1 == a2 && (n1 == 1 || s1 == s2)))
                    }
                    (Object::Bytes(p), Object::Bytes(q)) | (Object::ByteArray(p), Object::ByteArray(q))
                    | (Object::Bytes(p), Object::ByteArray(q)) | (Object::ByteArray(p), Object::Bytes(q)) => p == q,
                    (Object::Complex(r1, i1), Object::Complex(r2, i2)) => r1 == r2 && i1 == i2,
                    (Object::Method(f1, s1), Object::Method(f2, s2)) => crate::ops::is_same(f1, f2) && crate::ops::is_same(s1, s2),
                    (Object::GenericAlias(o1, a1), Object::GenericAlias(o2, a2)) => self.alias_eq(o1, a1, o2, a2),
                    (Object::DictView(d1, k1), Object::DictView(d2, k2)) if *k1 == *k2 && *k1 != 1 => {
                        // keys/items views compare as sets
                        match (&self.objs[*d1], &self.objs[*d2]) {
                            (Object::Dict(p), Object::Dict(q)) => {
                                let mut same = p.len() == q.len();
                                let ks = p.keys();
                                let vs = p.values();
                                for i in 0..ks.len() {
                                    if same {
                                        same = match self.dict_find(q, &ks[i]) {
                                            Ok(Some(pos)) => *k1 == 0 || self.eq(&vs[i], q.value_at(pos)),
                                            _ => false,
                                        };
                                    }
                                }
                                same
                            }
                            _ => false,
                        }
                    }
                    _ => false,
                }
            }
            (Value::BigInt(_), _) | (_, Value::BigInt(_)) => crate::bigint_ops::cmp_numbers(a, b) == Some(0),
            _ => match (num_of(a), num_of(b)) {
                (Some(x), Some(y)) => num_eq(&x, &y),
                _ => crate::complex::eq_mixed(self, a, b),
            },
        }
    }

    fn seq_eq(&self, p: &Vec<Value>, q: &Vec<Value>) -> bool {
        if p.len() != q.len() {
            return false;
        }
        for i in 0..p.len() {
            // Identity first, as CPython's item comparison (see `fresh_nan`).
            if !crate::ops::is_same(&p[i], &q[i]) && !self.eq(&p[i], &q[i]) {
                return false;
            }
        }
        true
    }

    /// Python `<`, `<=`, `>`, `>=` (`op` is the operator symbol).  Errors
    /// for unorderable types, naming the operand types in source order.
    pub fn ordered(&self, a: &Value, b: &Value, op: &str) -> Result<bool, PyErr> {
        if crate::bigint_ops::is_big(a) || crate::bigint_ops::is_big(b) {
            if let Some(c) = crate::bigint_ops::cmp_numbers(a, b) {
                return Ok(c != 2 && cmp_order(c as i64, 0, op));
            }
        }
        if let (Some(x), Some(y)) = (num_of(a), num_of(b)) {
            return Ok(match op {
                "<" => num_lt(&x, &y),
                "<=" => num_lt(&x, &y) || num_eq(&x, &y),
                ">" => num_lt(&y, &x),
                _ => num_lt(&y, &x) || num_eq(&x, &y),
            });
        }
        if let (Value::Ref(x), Value::Ref(y)) = (a, b) {
            match (&self.objs[*x], &self.objs[*y]) {
                (Object::Str(p), Object::Str(q)) => {
                    let (l, r) = str_order_key(p, q);
                    return Ok(cmp_order(l, r, op));
                }
                (Object::List(p), Object::List(q)) | (Object::Tuple(p), Object::Tuple(q)) | (Object::Slice(p), Object::Slice(q)) => {
                    let n = if p.len() < q.len() { p.len() } else { q.len() };
                    for i in 0..n {
                        if !self.eq(&p[i], &q[i]) {
                            return self.ordered(&p[i], &q[i], op);
                        }
                    }
                    return Ok(cmp_order(p.len() as i64, q.len() as i64, op));
                }
                (Object::Bytes(p), Object::Bytes(q)) | (Object::ByteArray(p), Object::ByteArray(q))
                | (Object::Bytes(p), Object::ByteArray(q)) | (Object::ByteArray(p), Object::Bytes(q)) => {
                    return Ok(cmp_order(crate::bytes::cmp_bytes(p, q), 0, op));
                }
                _ => {}
            }
        }
        Err(type_error(
            format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op,
                self.type_name(a),
                self.type_name(b)
            )
            .as_str(),
        ))
    }

    // ---- iteration -------------------------------------------------------

    pub fn get_iter(&mut self, v: &Value) -> Result<Value, PyErr> {
        if let Value::Ref(h) = v {
            let h = *h;
            // Phase 1: classify (copying out the few scalars we need).
            let (kind, a, b, c) = match &self.objs[h] {
                Object::Range(a, b, s) => (1, *a, *b, *s),
                Object::SeqIter(_, _, _) | Object::RangeIter(_, _, _) | Object::DictIter(_, _, _, _) => (2, 0, 0, 0),
                Object::Generator(_) | Object::Enumerate(_, _) | Object::Zip(_, _) | Object::Map(_, _) | Object::Filter(_, _) => {
                    return Err(err(ExcKind::NotImplementedError, "Pyrite cannot iterate a lazy iterator here yet"));
                }
                Object::DictView(d, k) => (3, *d as i64, *k as i64, 0),
                Object::Dict(_) => (3, h as i64, 0, 0),
                Object::Str(_) | Object::List(_) | Object::Tuple(_) => (4, 0, 0, 0),
                Object::Bytes(_) | Object::ByteArray(_) => (4, 0, 0, 0),
                _ => (0, 0, 0, 0),
            };
            // Phase 2: build the iterator.
            if kind == 1 {
                return Ok(self.alloc(Object::RangeIter(a, b, c)));
            } else if kind == 2 {
                return Ok(v.clone());
            } else if kind == 3 {
                let n = match &self.objs[a as usize] {
                    Object::Dict(d) => d.len(),
                    _ => 0,
                };
                return Ok(self.alloc(Object::DictIter(a as usize, b as u8, 0, n)));
            } else if kind == 4 {
                return Ok(self.alloc(Object::SeqIter(h, 0, ITER_FORWARD)));
            }
        }
        Err(type_error(format!("'{}' object is not iterable", self.type_name(v)).as_str()))
    }

    /// A NaN with `x`'s sign and a payload no other `float()` call gave.
    /// Floats are unboxed, so identity (`is`, and the identity shortcut of
    /// `in` and of list equality) compares bits: `x = float("nan");
    /// [x] == [x]` holds while `[float("nan")] == [float("nan")]` does not,
    /// as in CPython. struct packs every NaN canonically (float_bits.rs).
    pub fn fresh_nan(&mut self, x: f64) -> f64 {
        self.nan_serial = (self.nan_serial + 1) & 0x0007_ffff_ffff_ffff;
        if self.nan_serial == 0 {
            self.nan_serial = 1;
        }
        let sign = x.to_bits() & 0x8000_0000_0000_0000;
        f64::from_bits(sign | 0x7ff8_0000_0000_0000 | self.nan_serial)
    }

    /// An iterator of type `kind` (a `seq_iter_name` kind) over `items`.
    pub fn snapshot_iter(&mut self, items: Vec<Value>, kind: u8) -> Value {
        let l = self.alloc(Object::List(items));
        let h = match l {
            Value::Ref(h) => h,
            _ => 0,
        };
        self.alloc(Object::SeqIter(h, 0, kind))
    }

    /// Advances iterator `it`; None when exhausted.
    pub fn iter_next(&mut self, it: usize) -> Option<Value> {
        let (is_range, seq, i, next, stop, step) = match &self.objs[it] {
            Object::RangeIter(n, st, sp) => (true, 0, 0, *n, *st, *sp),
            // (a SeqIter's kind rides in `next`, unused for it)
            Object::SeqIter(seq, i, kind) => (false, *seq, *i, *kind as i64, 0, 0),
            Object::DictIter(_, _, _, _) => {
                return match self.dict_iter_next(it) {
                    Ok(v) => v,
                    Err(_) => None,
                };
            }
            _ => return None,
        };
        if is_range {
            if (step > 0 && next < stop) || (step < 0 && next > stop) {
                let n = match next.checked_add(step) {
                    Some(n) => n,
                    None => stop,
                };
                self.objs[it] = Object::RangeIter(n, stop, step);
                return Some(Value::Int(next));
            }
            return None;
        }
        let mut ch: Option<char> = None;
        let item = match &self.objs[seq] {
            Object::List(l) | Object::Tuple(l) => {
                if i < l.len() {
                    Some(l[i].clone())
                } else {
                    None
                }
            }
            Object::Str(s) => {
                if i < s.len() {
                    ch = Some(s[i]);
                }
                None
            }
            Object::Bytes(b) | Object::ByteArray(b) => {
                if i < b.len() {
                    Some(Value::Int(b[i] as i64))
                } else {
                    None
                }
            }
            _ => None,
        };
        let item = match ch {
            Some(c) => Some(self.char_str(c)),
            None => item,
        };
        if item.is_some() {
            self.objs[it] = Object::SeqIter(seq, i + 1, next as u8);
        }
        item
    }

    /// Collects any iterable into a Vec of values.
    pub fn collect(&mut self, v: &Value) -> Result<Vec<Value>, PyErr> {
        if let Value::Ref(h) = v {
            match &self.objs[*h] {
                Object::List(l) | Object::Tuple(l) => return Ok(l.clone()),
                _ => {}
            }
        }
        let it = self.get_iter(v)?;
        let h = match it {
            Value::Ref(h) => h,
            _ => return Ok(Vec::new()),
        };
        let mut out = Vec::new();
        loop {
            match self.iter_next(h) {
                Some(x) => out.push(x),
                None => break,
            }
        }
        Ok(out)
    }
}

/// `SeqIter` kinds: an iterator over a live sequence, named after it.
pub const ITER_FORWARD: u8 = 0;
/// `reversed(list)`.
pub const ITER_LIST_REVERSE: u8 = 1;
/// `reversed()` of other sequences (tuple, str, bytes, user `__getitem__`).
pub const ITER_REVERSED: u8 = 2;
/// `struct.iter_unpack`.
pub const ITER_UNPACK: u8 = 3;
/// `reversed()` of a dict or its views: keys, values, items.
pub const ITER_DICT_REVERSE_KEYS: u8 = 4;
pub const ITER_DICT_REVERSE_VALUES: u8 = 5;
pub const ITER_DICT_REVERSE_ITEMS: u8 = 6;

/// The type name of a `SeqIter` over a snapshot.
pub fn seq_iter_name(kind: u8) -> &'static str {
    match kind {
        ITER_LIST_REVERSE => "list_reverseiterator",
        ITER_REVERSED => "reversed",
        ITER_UNPACK => "unpack_iterator",
        ITER_DICT_REVERSE_KEYS => "dict_reversekeyiterator",
        ITER_DICT_REVERSE_VALUES => "dict_reversevalueiterator",
        ITER_DICT_REVERSE_ITEMS => "dict_reverseitemiterator",
        _ => "list_iterator",
    }
}

/// Number of elements of range(a, b, s); s != 0.  (Spans wider than
/// i64 saturate to i64::MAX -- Pyrite ranges are 64-bit.)
pub fn range_len(a: i64, b: i64, s: i64) -> i64 {
    if s > 0 && a < b {
        match b.checked_sub(a) {
            Some(span) => (span - 1) / s + 1,
            None => 9223372036854775807,
        }
    } else if s < 0 && a > b {
        match a.checked_sub(b) {
            Some(span) => match (0 as i64).checked_sub(s) {
                Some(ns) => (span - 1) / ns + 1,
                None => 1,
            },
            None => 9223372036854775807,
        }
    } else {
        0
    }
}

/// What orders two strings: their first differing code points, or, when
/// one is a prefix of the other, their lengths.
pub fn str_order_key(p: &Vec<char>, q: &Vec<char>) -> (i64, i64) {
    let n = if p.len() < q.len() { p.len() } else { q.len() };
    let mut i = 0;
    while i < n && p[i] == q[i] {
        i += 1;
    }
    if i < n {
        (p[i] as u32 as i64, q[i] as u32 as i64)
    } else {
        (p.len() as i64, q.len() as i64)
    }
}

fn cmp_order(x: i64, y: i64, op: &str) -> bool {
    match op {
        "<" => x < y,
        "<=" => x <= y,
        ">" => x > y,
        _ => x >= y,
    }
}

/// A numeric view of a value: (is_float, int value, float value).
pub struct Num {
    pub is_float: bool,
    pub i: i64,
    pub f: f64,
}

pub fn num_of(v: &Value) -> Option<Num> {
    match v {
        Value::Bool(b) => Some(Num { is_float: false, i: if *b { 1 } else { 0 }, f: 0.0 }),
        Value::Int(i) => Some(Num { is_float: false, i: *i, f: 0.0 }),
        Value::Float(f) => Some(Num { is_float: true, i: 0, f: *f }),
        _ => None,
    }
}

/// Exact int/float comparison helper: -1, 0, 1 for i <=> f (f not NaN).
fn cmp_int_float(i: i64, f: f64) -> i64 {
    if f >= 9223372036854775808.0 {
        return -1;
    }
    if f < -9223372036854775808.0 {
        return 1;
    }
    let t = f as i64; // truncation toward zero, exact for |f| < 2^63
    if i < t {
        return -1;
    }
    if i > t {
        return 1;
    }
    let frac = f - (t as f64);
    if frac > 0.0 {
        -1
    } else if frac < 0.0 {
        1
    } else {
        0
    }
}

pub fn num_eq(x: &Num, y: &Num) -> bool {
    match (x.is_float, y.is_float) {
        (false, false) => x.i == y.i,
        (true, true) => x.f == y.f,
        (false, true) => y.f == y.f && cmp_int_float(x.i, y.f) == 0,
        (true, false) => x.f == x.f && cmp_int_float(y.i, x.f) == 0,
    }
}

pub fn num_lt(x: &Num, y: &Num) -> bool {
    match (x.is_float, y.is_float) {
        (false, false) => x.i < y.i,
        (true, true) => x.f < y.f,
        (false, true) => y.f == y.f && cmp_int_float(x.i, y.f) < 0,
        (true, false) => x.f == x.f && cmp_int_float(y.i, x.f) > 0,
    }
}
