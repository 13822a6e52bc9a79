//! `str.format` at the VM level (stage 4): field names with `.attr` and
//! `[key]` parts, nested replacement fields inside format specs, the
//! `!r`/`!s`/`!a` conversions and user `__format__` methods.
//!
//! Invariants: automatic (`{}`) and manual (`{0}`) numbering share one
//! counter across the nested fields of a spec, as in CPython; errors are
//! CPython's (IndexError/KeyError for missing fields, ValueError for bad
//! syntax).

use crate::objects::{err, ExcKind, PyErr, Value};
use crate::vm::Vm;

impl Vm {
    pub fn str_format_vm(&mut self, fmt: &Vec<char>, args: &Vec<Value>, kwnames: &Vec<String>, kwvalues: &Vec<Value>) -> Result<Value, PyErr> {
        let mut auto: usize = 0;
        let mut st = FmtState { mapping: Value::None, mode: 0 };
        let out = self.format_fields(fmt, args, kwnames, kwvalues, &mut auto, 2, &mut st)?;
        Ok(self.heap.new_str(out))
    }

    /// `str.format_map(mapping)`: named fields are `mapping[name]`.
    pub fn str_format_map_vm(&mut self, fmt: &Vec<char>, mapping: &Value) -> Result<Value, PyErr> {
        let mut auto: usize = 0;
        let mut st = FmtState { mapping: mapping.clone(), mode: 0 };
        let out = self.format_fields(fmt, &Vec::new(), &Vec::new(), &Vec::new(), &mut auto, 2, &mut st)?;
        Ok(self.heap.new_str(out))
    }

    fn format_fields(&mut self, fmt: &Vec<char>, args: &Vec<Value>, kwnames: &Vec<String>, kwvalues: &Vec<Value>, auto: &mut usize, depth: u32, st: &mut FmtState) -> Result<Vec<char>, PyErr> {
        let mut out: Vec<char> = Vec::new();
        let n = fmt.len();
        let mut i = 0;
        while i < n {
            let c = fmt[i];
            if c == '{' && i + 1 < n && fmt[i + 1] == '{' {
                out.push('{');
                i += 2;
                continue;
            }
            if c == '}' {
                if i + 1 < n && fmt[i + 1] == '}' {
                    out.push('}');
                    i += 2;
                    continue;
                }
                return Err(err(ExcKind::ValueError, "Single '}' encountered in format string"));
            }
            if c != '{' {
                out.push(c);
                i += 1;
                continue;
            }
            if depth == 0 {
                return Err(err(ExcKind::ValueError, "Max string recursion exceeded"));
            }
            if i + 1 == n {
                return Err(err(ExcKind::ValueError, "Single '{' encountered in format string"));
            }
            i += 1;
            let mut field: Vec<char> = Vec::new();
            while i < n && fmt[i] != '}' && fmt[i] != '!' && fmt[i] != ':' {
                if fmt[i] == '[' {
                    while i < n && fmt[i] != ']' {
                        field.push(fmt[i]);
                        i += 1;
                    }
                }
                if i < n {
                    field.push(fmt[i]);
                    i += 1;
                }
            }
            let mut conv = ' ';
            if i < n && fmt[i] == '!' {
                if i + 1 < n {
                    conv = fmt[i + 1];
                }
                i += 2;
                if i > n || (i < n && fmt[i] != ':' && fmt[i] != '}') {
                    return Err(err(ExcKind::ValueError, "expected ':' after conversion specifier"));
                }
            }
            let mut spec: Vec<char> = Vec::new();
            let had_colon = i < n && fmt[i] == ':';
            if i < n && fmt[i] == ':' {
                i += 1;
                let mut level = 0;
                while i < n && (fmt[i] != '}' || level > 0) {
                    if fmt[i] == '{' {
                        level += 1;
                    } else if fmt[i] == '}' {
                        level -= 1;
                    }
                    spec.push(fmt[i]);
                    i += 1;
                }
            }
            if i >= n {
                if had_colon {
                    return Err(err(ExcKind::ValueError, "unmatched '{' in format spec"));
                }
                return Err(err(ExcKind::ValueError, "expected '}' before end of string"));
            }
            i += 1;
            let v = self.format_field_value(&field, args, kwnames, kwvalues, auto, st)?;
            let v = match conv {
                'r' | 'a' => {
                    let r = self.v_repr(&v)?;
                    let r = if conv == 'a' { crate::objects_repr::ascii_escape(r.as_str()) } else { r };
                    self.heap.str_from(r.as_str())
                }
                's' => {
                    let s = self.v_str(&v)?;
                    self.heap.str_from(s.as_str())
                }
                ' ' => v,
                _ => {
                    return Err(err(ExcKind::ValueError, format!("Unknown conversion specifier {}", conv).as_str()));
                }
            };
            let spec = self.format_fields(&spec, args, kwnames, kwvalues, auto, depth - 1, st)?;
            let mut spec_s = String::new();
            for ch in spec.iter() {
                spec_s.push(*ch);
            }
            let text = self.format_value(&v, spec_s.as_str())?;
            for ch in text.chars() {
                out.push(ch);
            }
        }
        Ok(out)
    }

    /// The object named by a field: `0`, `name`, or empty (automatic),
    /// followed by `.attr` and `[key]` parts.
    fn format_field_value(&mut self, field: &Vec<char>, args: &Vec<Value>, kwnames: &Vec<String>, kwvalues: &Vec<Value>, auto: &mut usize, st: &mut FmtState) -> Result<Value, PyErr> {
        let n = field.len();
        let mut i = 0;
        let mut first = String::new();
        while i < n && field[i] != '.' && field[i] != '[' {
            first.push(field[i]);
            i += 1;
        }
        let numbered = first.len() > 0 && first.parse::<i64>().is_ok();
        if first.len() == 0 {
            if st.mode == 2 {
                return Err(err(ExcKind::ValueError, "cannot switch from manual field specification to automatic field numbering"));
            }
            st.mode = 1;
        } else if numbered {
            if st.mode == 1 {
                return Err(err(ExcKind::ValueError, "cannot switch from automatic field numbering to manual field specification"));
            }
            st.mode = 2;
        }
        let mut v = if first.len() == 0 {
            if let Value::Ref(_) = &st.mapping {
                return Err(err(ExcKind::ValueError, "Format string contains positional fields"));
            }
            if *auto >= args.len() {
                return Err(err(ExcKind::IndexError, format!("Replacement index {} out of range for positional args tuple", *auto).as_str()));
            }
            *auto += 1;
            args[*auto - 1].clone()
        } else {
            match first.parse::<i64>() {
                Ok(k) => {
                    if k < 0 || k as usize >= args.len() {
                        return Err(err(ExcKind::IndexError, format!("Replacement index {} out of range for positional args tuple", k).as_str()));
                    }
                    args[k as usize].clone()
                }
                Err(_) => {
                    if let Value::Ref(_) = &st.mapping {
                        let m = st.mapping.clone();
                        let key = self.heap.str_from(first.as_str());
                        let got = self.get_item_slow(&m, &key)?;
                        return self.format_rest(field, i, got);
                    }
                    let mut found = None;
                    for k in 0..kwnames.len() {
                        if kwnames[k] == first {
                            found = Some(kwvalues[k].clone());
                        }
                    }
                    match found {
                        Some(v) => v,
                        None => {
                            let fv = self.heap.str_from(first.as_str());
                            return Err(crate::objects::err_arg(ExcKind::KeyError, format!("'{}'", first).as_str(), fv));
                        }
                    }
                }
            }
        };
        v = self.format_rest(field, i, v)?;
        Ok(v)
    }

    /// Applies the `.attr` and `[key]` parts of `field` from position `i`.
    fn format_rest(&mut self, field: &Vec<char>, i: usize, v: Value) -> Result<Value, PyErr> {
        let n = field.len();
        let mut i = i;
        let mut v = v;
        while i < n {
            let sep = field[i];
            i += 1;
            let mut part = String::new();
            while i < n && field[i] != '.' && field[i] != '[' && field[i] != ']' {
                part.push(field[i]);
                i += 1;
            }
            if sep == '.' {
                let sym = self.heap.intern(part.as_str());
                v = self.get_attr(&v, sym)?;
            } else {
                if i >= n || field[i] != ']' {
                    return Err(err(ExcKind::ValueError, "Missing ']' in format string"));
                }
                i += 1;
                let key = match part.parse::<i64>() {
                    Ok(k) => Value::Int(k),
                    Err(_) => self.heap.str_from(part.as_str()),
                };
                v = self.get_item_slow(&v, &key)?;
            }
        }
        Ok(v)
    }
}

/// Field numbering state of one `str.format` call: the `format_map`
/// mapping (None for `format`) and 0 = no field yet, 1 = automatic,
/// 2 = manual numbering.
struct FmtState {
    mapping: Value,
    mode: u8,
}
