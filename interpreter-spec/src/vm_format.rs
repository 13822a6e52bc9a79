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
        let out = self.format_fields(fmt, args, kwnames, kwvalues, &mut auto, 2)?;
        Ok(self.heap.new_str(out))
    }

    fn format_fields(&mut self, fmt: &Vec<char>, args: &Vec<Value>, kwnames: &Vec<String>, kwvalues: &Vec<Value>, auto: &mut usize, depth: u32) -> Result<Vec<char>, PyErr> {
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
                return Err(err(ExcKind::ValueError, "expected '}' before end of string"));
            }
            i += 1;
            let v = self.format_field_value(&field, args, kwnames, kwvalues, auto)?;
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
            let spec = self.format_fields(&spec, args, kwnames, kwvalues, auto, depth - 1)?;
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
    fn format_field_value(&mut self, field: &Vec<char>, args: &Vec<Value>, kwnames: &Vec<String>, kwvalues: &Vec<Value>, auto: &mut usize) -> Result<Value, PyErr> {
        let n = field.len();
        let mut i = 0;
        let mut first = String::new();
        while i < n && field[i] != '.' && field[i] != '[' {
            first.push(field[i]);
            i += 1;
        }
        let mut v = if first.len() == 0 {
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
