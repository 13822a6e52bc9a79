//! "Did you mean" suggestions for NameError / AttributeError, a port of
//! CPython 3.11's Python/suggestions.c (used when an exception is raised).
//!
//! Invariants:
//! - Same cost model as CPython: Levenshtein distance with substitution
//!   cost 2, case-only change cost 1, common prefix/suffix trimmed, names
//!   longer than 40 characters and candidate lists of 750+ names ignored,
//!   a match must need at most 1/3 of the characters changed, and the first
//!   best candidate wins (so candidate order matters).
//! - Candidate lists mirror CPython: for names, the code object's local
//!   variable names, then the globals in insertion order (after the module
//!   dunders), then the builtins module in its dict order; for attributes,
//!   `dir()` of the type (sorted).

const MOVE_COST: i64 = 2;
const CASE_COST: i64 = 1;
const MAX_STRING_SIZE: usize = 40;
const MAX_CANDIDATE_ITEMS: usize = 750;
const BIG: i64 = 9223372036854775807;

fn lower5(c: char) -> u32 {
    (c as u32) & 31
}

fn substitution_cost(a: char, b: char) -> i64 {
    if lower5(a) != lower5(b) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    let la = if a >= 'A' && a <= 'Z' { a as u32 + 32 } else { a as u32 };
    let lb = if b >= 'A' && b <= 'Z' { b as u32 + 32 } else { b as u32 };
    if la == lb {
        return CASE_COST;
    }
    MOVE_COST
}

fn levenshtein(a_in: &Vec<char>, b_in: &Vec<char>, max_cost: i64) -> i64 {
    let mut a0 = 0;
    let mut b0 = 0;
    let mut a1 = a_in.len();
    let mut b1 = b_in.len();
    while a0 < a1 && b0 < b1 && a_in[a0] == b_in[b0] {
        a0 += 1;
        b0 += 1;
    }
    while a0 < a1 && b0 < b1 && a_in[a1 - 1] == b_in[b1 - 1] {
        a1 -= 1;
        b1 -= 1;
    }
    let mut a: Vec<char> = Vec::new();
    let mut b: Vec<char> = Vec::new();
    for k in a0..a1 {
        a.push(a_in[k]);
    }
    for k in b0..b1 {
        b.push(b_in[k]);
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) as i64 * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        let t = a;
        a = b;
        b = t;
    }
    if (b.len() - a.len()) as i64 * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<i64> = Vec::new();
    let mut tmp = MOVE_COST;
    for _ in 0..a.len() {
        buffer.push(tmp);
        tmp += MOVE_COST;
    }
    let mut result: i64 = 0;
    for bi in 0..b.len() {
        let code = b[bi];
        result = bi as i64 * MOVE_COST;
        let mut distance = result;
        let mut minimum = BIG;
        for index in 0..a.len() {
            let substitute = distance + substitution_cost(code, a[index]);
            distance = buffer[index];
            let insert_delete = (if result < distance { result } else { distance }) + MOVE_COST;
            result = if insert_delete < substitute { insert_delete } else { substitute };
            buffer[index] = result;
            if result < minimum {
                minimum = result;
            }
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// CPython's calculate_suggestions: the closest candidate, if close enough.
pub fn suggest(name: &str, candidates: &Vec<String>) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let n = name.chars().collect::<Vec<char>>();
    let mut best: Option<String> = None;
    let mut best_dist: i64 = BIG;
    for cand in candidates.iter() {
        if cand.as_str() == name {
            continue;
        }
        let c = cand.chars().collect::<Vec<char>>();
        let mut max_distance = (n.len() + c.len() + 3) as i64 * MOVE_COST / 6;
        if best_dist - 1 < max_distance {
            max_distance = best_dist - 1;
        }
        let d = levenshtein(&n, &c, max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none() || d < best_dist {
            best = Some(cand.clone());
            best_dist = d;
        }
    }
    best
}

/// Splits a space-separated word list.
pub fn words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let cs = s.chars().collect::<Vec<char>>();
    for c in cs.iter() {
        if *c == ' ' {
            if cur.len() > 0 {
                out.push(cur.clone());
                cur = String::new();
            }
        } else {
            cur.push(*c);
        }
    }
    if cur.len() > 0 {
        out.push(cur);
    }
    out
}

/// Keys of a script's globals dict before any user assignment.
pub fn module_dunders() -> Vec<String> {
    words("__name__ __doc__ __package__ __loader__ __spec__ __annotations__ __builtins__ __file__ __cached__")
}

/// Keys of CPython 3.11's builtins module dict, in order, space-separated.
const BUILTIN_NAMES_TEXT: &str = "__name__ __doc__ __package__ __loader__ __spec__ __build_class__ __import__ abs all \
    any ascii bin breakpoint callable chr compile delattr dir divmod eval exec format \
    getattr globals hasattr hash hex id input isinstance issubclass iter aiter len locals \
    max min next anext oct ord pow print repr round setattr sorted sum vars None Ellipsis \
    NotImplemented False True bool memoryview bytearray bytes classmethod complex dict \
    enumerate filter float frozenset property int list map object range reversed set \
    slice staticmethod str super tuple type zip __debug__ BaseException \
    BaseExceptionGroup Exception GeneratorExit KeyboardInterrupt SystemExit \
    ArithmeticError AssertionError AttributeError BufferError EOFError ImportError \
    LookupError MemoryError NameError OSError ReferenceError RuntimeError \
    StopAsyncIteration StopIteration SyntaxError SystemError TypeError ValueError Warning \
    FloatingPointError OverflowError ZeroDivisionError BytesWarning DeprecationWarning \
    EncodingWarning FutureWarning ImportWarning PendingDeprecationWarning ResourceWarning \
    RuntimeWarning SyntaxWarning UnicodeWarning UserWarning BlockingIOError \
    ChildProcessError ConnectionError FileExistsError FileNotFoundError InterruptedError \
    IsADirectoryError NotADirectoryError PermissionError ProcessLookupError TimeoutError \
    IndentationError IndexError KeyError ModuleNotFoundError NotImplementedError \
    RecursionError UnboundLocalError UnicodeError BrokenPipeError ConnectionAbortedError \
    ConnectionRefusedError ConnectionResetError TabError UnicodeDecodeError \
    UnicodeEncodeError UnicodeTranslateError ExceptionGroup EnvironmentError IOError open \
    quit exit copyright credits license help";

/// Keys of CPython 3.11's builtins module dict, in order.
pub fn builtin_names() -> Vec<String> {
    words(BUILTIN_NAMES_TEXT)
}

/// Is `name` a key of CPython's builtins dict? (No allocation: called for
/// every new global name.)
pub fn is_builtin_name(name: &str) -> bool {
    for w in BUILTIN_NAMES_TEXT.split(' ') {
        if w == name {
            return true;
        }
    }
    false
}

/// `dir()` of an instance of the named builtin type (empty if unknown).
pub fn dir_of(type_name: &str) -> Vec<String> {
    let mut s = String::new();
    match type_name {
        "str" => {
            s.push_str("__add__ __class__ __contains__ __delattr__ __dir__ __doc__ __eq__ __format__ ");
            s.push_str("__ge__ __getattribute__ __getitem__ __getnewargs__ __getstate__ __gt__ __hash__ ");
            s.push_str("__init__ __init_subclass__ __iter__ __le__ __len__ __lt__ __mod__ __mul__ __ne__ ");
            s.push_str("__new__ __reduce__ __reduce_ex__ __repr__ __rmod__ __rmul__ __setattr__ ");
            s.push_str("__sizeof__ __str__ __subclasshook__ capitalize casefold center count encode ");
            s.push_str("endswith expandtabs find format format_map index isalnum isalpha isascii ");
            s.push_str("isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle ");
            s.push_str("isupper join ljust lower lstrip maketrans partition removeprefix removesuffix ");
            s.push_str("replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith ");
            s.push_str("strip swapcase title translate upper zfill ");
        }
        "list" => {
            s.push_str("__add__ __class__ __class_getitem__ __contains__ __delattr__ __delitem__ __dir__ ");
            s.push_str("__doc__ __eq__ __format__ __ge__ __getattribute__ __getitem__ __getstate__ ");
            s.push_str("__gt__ __hash__ __iadd__ __imul__ __init__ __init_subclass__ __iter__ __le__ ");
            s.push_str("__len__ __lt__ __mul__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ ");
            s.push_str("__reversed__ __rmul__ __setattr__ __setitem__ __sizeof__ __str__ ");
            s.push_str("__subclasshook__ append clear copy count extend index insert pop remove reverse ");
            s.push_str("sort ");
        }
        "dict" => {
            s.push_str("__class__ __class_getitem__ __contains__ __delattr__ __delitem__ __dir__ __doc__ ");
            s.push_str("__eq__ __format__ __ge__ __getattribute__ __getitem__ __getstate__ __gt__ ");
            s.push_str("__hash__ __init__ __init_subclass__ __ior__ __iter__ __le__ __len__ __lt__ ");
            s.push_str("__ne__ __new__ __or__ __reduce__ __reduce_ex__ __repr__ __reversed__ __ror__ ");
            s.push_str("__setattr__ __setitem__ __sizeof__ __str__ __subclasshook__ clear copy fromkeys ");
            s.push_str("get items keys pop popitem setdefault update values ");
        }
        "tuple" => {
            s.push_str("__add__ __class__ __class_getitem__ __contains__ __delattr__ __dir__ __doc__ ");
            s.push_str("__eq__ __format__ __ge__ __getattribute__ __getitem__ __getnewargs__ ");
            s.push_str("__getstate__ __gt__ __hash__ __init__ __init_subclass__ __iter__ __le__ __len__ ");
            s.push_str("__lt__ __mul__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __rmul__ ");
            s.push_str("__setattr__ __sizeof__ __str__ __subclasshook__ count index ");
        }
        "int" | "bool" => {
            s.push_str("__abs__ __add__ __and__ __bool__ __ceil__ __class__ __delattr__ __dir__ ");
            s.push_str("__divmod__ __doc__ __eq__ __float__ __floor__ __floordiv__ __format__ __ge__ ");
            s.push_str("__getattribute__ __getnewargs__ __getstate__ __gt__ __hash__ __index__ __init__ ");
            s.push_str("__init_subclass__ __int__ __invert__ __le__ __lshift__ __lt__ __mod__ __mul__ ");
            s.push_str("__ne__ __neg__ __new__ __or__ __pos__ __pow__ __radd__ __rand__ __rdivmod__ ");
            s.push_str("__reduce__ __reduce_ex__ __repr__ __rfloordiv__ __rlshift__ __rmod__ __rmul__ ");
            s.push_str("__ror__ __round__ __rpow__ __rrshift__ __rshift__ __rsub__ __rtruediv__ __rxor__ ");
            s.push_str("__setattr__ __sizeof__ __str__ __sub__ __subclasshook__ __truediv__ __trunc__ ");
            s.push_str("__xor__ as_integer_ratio bit_count bit_length conjugate denominator from_bytes ");
            s.push_str("imag numerator real to_bytes ");
        }
        "float" => {
            s.push_str("__abs__ __add__ __bool__ __ceil__ __class__ __delattr__ __dir__ __divmod__ ");
            s.push_str("__doc__ __eq__ __float__ __floor__ __floordiv__ __format__ __ge__ ");
            s.push_str("__getattribute__ __getformat__ __getnewargs__ __getstate__ __gt__ __hash__ ");
            s.push_str("__init__ __init_subclass__ __int__ __le__ __lt__ __mod__ __mul__ __ne__ __neg__ ");
            s.push_str("__new__ __pos__ __pow__ __radd__ __rdivmod__ __reduce__ __reduce_ex__ __repr__ ");
            s.push_str("__rfloordiv__ __rmod__ __rmul__ __round__ __rpow__ __rsub__ __rtruediv__ ");
            s.push_str("__setattr__ __sizeof__ __str__ __sub__ __subclasshook__ __truediv__ __trunc__ ");
            s.push_str("as_integer_ratio conjugate fromhex hex imag is_integer real ");
        }
        "NoneType" => {
            s.push_str("__bool__ __class__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ ");
            s.push_str("__getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __le__ ");
            s.push_str("__lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __setattr__ __sizeof__ ");
            s.push_str("__str__ __subclasshook__ ");
        }
        "range" => {
            s.push_str("__bool__ __class__ __contains__ __delattr__ __dir__ __doc__ __eq__ __format__ ");
            s.push_str("__ge__ __getattribute__ __getitem__ __getstate__ __gt__ __hash__ __init__ ");
            s.push_str("__init_subclass__ __iter__ __le__ __len__ __lt__ __ne__ __new__ __reduce__ ");
            s.push_str("__reduce_ex__ __repr__ __reversed__ __setattr__ __sizeof__ __str__ ");
            s.push_str("__subclasshook__ count index start step stop ");
        }
        "function" => {
            s.push_str("__annotations__ __builtins__ __call__ __class__ __closure__ __code__ ");
            s.push_str("__defaults__ __delattr__ __dict__ __dir__ __doc__ __eq__ __format__ __ge__ ");
            s.push_str("__get__ __getattribute__ __getstate__ __globals__ __gt__ __hash__ __init__ ");
            s.push_str("__init_subclass__ __kwdefaults__ __le__ __lt__ __module__ __name__ __ne__ ");
            s.push_str("__new__ __qualname__ __reduce__ __reduce_ex__ __repr__ __setattr__ __sizeof__ ");
            s.push_str("__str__ __subclasshook__ ");
        }
        "builtin_function_or_method" => {
            s.push_str("__call__ __class__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ ");
            s.push_str("__getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __le__ ");
            s.push_str("__lt__ __module__ __name__ __ne__ __new__ __qualname__ __reduce__ __reduce_ex__ ");
            s.push_str("__repr__ __self__ __setattr__ __sizeof__ __str__ __subclasshook__ ");
            s.push_str("__text_signature__ ");
        }
        _ => {}
    }
    words(s.as_str())
}
