//! `#[derive(...)]`: writes the impl as dialect source text, which the loader parses like
//! any other item. Invariant: derived code uses only prelude items and dialect constructs.

use quote::ToTokens;

struct Shape {
    name: String,
    generics_decl: String,
    generics_use: String,
    /// (variant path or struct name, kind, field names); kind: 0 unit, 1 tuple, 2 named.
    variants: Vec<(String, String, u8, Vec<String>)>,
    is_enum: bool,
}

fn shape(item: &syn::Item) -> Option<Shape> {
    let (name, generics) = match item {
        syn::Item::Struct(s) => (s.ident.to_string(), &s.generics),
        syn::Item::Enum(e) => (e.ident.to_string(), &e.generics),
        _ => return None,
    };
    let mut decl = vec![];
    let mut uses = vec![];
    for p in &generics.params {
        match p {
            syn::GenericParam::Type(t) => {
                decl.push(t.ident.to_string());
                uses.push(t.ident.to_string());
            }
            syn::GenericParam::Lifetime(l) => {
                decl.push(l.lifetime.to_token_stream().to_string());
                uses.push(l.lifetime.to_token_stream().to_string());
            }
            syn::GenericParam::Const(_) => return None,
        }
    }
    let fields_of = |f: &syn::Fields| -> (u8, Vec<String>) {
        match f {
            syn::Fields::Unit => (0, vec![]),
            syn::Fields::Unnamed(u) => (1, (0..u.unnamed.len()).map(|i| i.to_string()).collect()),
            syn::Fields::Named(n) => (2, n.named.iter().map(|f| f.ident.as_ref().unwrap().to_string()).collect()),
        }
    };
    let (variants, is_enum) = match item {
        syn::Item::Struct(s) => {
            let (k, f) = fields_of(&s.fields);
            (vec![(name.clone(), name.clone(), k, f)], false)
        }
        syn::Item::Enum(e) => (
            e.variants
                .iter()
                .map(|v| {
                    let (k, f) = fields_of(&v.fields);
                    (format!("{}::{}", name, v.ident), v.ident.to_string(), k, f)
                })
                .collect(),
            true,
        ),
        _ => unreachable!(),
    };
    let g = |v: &Vec<String>| if v.is_empty() { String::new() } else { format!("<{}>", v.join(", ")) };
    Some(Shape { name, generics_decl: g(&decl), generics_use: g(&uses), variants, is_enum })
}

/// Bound every type parameter by `bound`.
fn bounded(s: &Shape, bound: &str) -> String {
    if s.generics_decl.is_empty() {
        return String::new();
    }
    let inner = &s.generics_decl[1..s.generics_decl.len() - 1];
    let parts: Vec<String> = inner
        .split(", ")
        .map(|p| if p.starts_with('\'') { p.to_string() } else { format!("{}: {}", p, bound) })
        .collect();
    format!("<{}>", parts.join(", "))
}

/// A pattern binding each field of the variant to `{prefix}{i}`.
fn pattern(path: &str, kind: u8, fields: &[String], prefix: &str) -> String {
    match kind {
        0 => path.to_string(),
        1 => format!("{}({})", path, (0..fields.len()).map(|i| format!("{}{}", prefix, i)).collect::<Vec<_>>().join(", ")),
        _ => format!(
            "{} {{ {} }}",
            path,
            fields.iter().enumerate().map(|(i, f)| format!("{}: {}{}", f, prefix, i)).collect::<Vec<_>>().join(", ")
        ),
    }
}

/// `Clone` for a type that also derives `Copy`.
pub fn copy_clone_impl(item: &syn::Item) -> Option<String> {
    let s = shape(item)?;
    Some(format!("impl{} Clone for {}{} {{ fn clone(&self) -> Self {{ *self }} }}", bounded(&s, "Clone"), s.name, s.generics_use))
}

pub fn derive_impl(which: &str, item: &syn::Item) -> Option<String> {
    let s = shape(item)?;
    let head = |tr: &str| format!("impl{} {} for {}{}", bounded(&s, tr), tr, s.name, s.generics_use);
    match which {
        "Clone" => {
            let arms: Vec<String> = s
                .variants
                .iter()
                .map(|(path, _, kind, fields)| {
                    let built = match kind {
                        0 => path.clone(),
                        1 => format!("{}({})", path, (0..fields.len()).map(|i| format!("Clone::clone(a{})", i)).collect::<Vec<_>>().join(", ")),
                        _ => format!(
                            "{} {{ {} }}",
                            path,
                            fields.iter().enumerate().map(|(i, f)| format!("{}: Clone::clone(a{})", f, i)).collect::<Vec<_>>().join(", ")
                        ),
                    };
                    format!("{} => {},", pattern(path, *kind, fields, "a"), built)
                })
                .collect();
            Some(format!("{} {{ fn clone(&self) -> Self {{ match self {{ {} }} }} }}", head("Clone"), arms.join(" ")))
        }
        "PartialEq" => {
            let mut arms: Vec<String> = s
                .variants
                .iter()
                .map(|(path, _, kind, fields)| {
                    let conds: Vec<String> = (0..fields.len()).map(|i| format!("*a{} == *b{}", i, i)).collect();
                    let cond = if conds.is_empty() { "true".to_string() } else { conds.join(" && ") };
                    format!("({}, {}) => {},", pattern(path, *kind, fields, "a"), pattern(path, *kind, fields, "b"), cond)
                })
                .collect();
            if s.variants.len() > 1 {
                arms.push("_ => false,".into());
            }
            Some(format!(
                "{} {{ fn eq(&self, other: &Self) -> bool {{ match (self, other) {{ {} }} }} }}",
                head("PartialEq"),
                arms.join(" ")
            ))
        }
        "Debug" => {
            let arms: Vec<String> = s
                .variants
                .iter()
                .map(|(path, vname, kind, fields)| {
                    let body = match kind {
                        0 => format!("f.write_str(\"{}\")", vname),
                        1 => {
                            let mut b = format!("f.debug_tuple_begin(\"{}\");", vname);
                            for i in 0..fields.len() {
                                b.push_str(&format!(" f.debug_tuple_field(a{});", i));
                            }
                            b.push_str(" f.debug_tuple_end()");
                            b
                        }
                        _ => {
                            let mut b = format!("f.debug_struct_begin(\"{}\");", vname);
                            for (i, fname) in fields.iter().enumerate() {
                                b.push_str(&format!(" f.debug_struct_field(\"{}\", a{});", fname, i));
                            }
                            b.push_str(" f.debug_struct_end()");
                            b
                        }
                    };
                    format!("{} => {{ {} }}", pattern(path, *kind, fields, "a"), body)
                })
                .collect();
            Some(format!(
                "{} {{ fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {{ match self {{ {} }} }} }}",
                head("Debug"),
                arms.join(" ")
            ))
        }
        "PartialOrd" | "Ord" => {
            let (tr, method, ret, wrap_eq, none) = if which == "PartialOrd" {
                ("PartialOrd", "partial_cmp", "Option<cmp::Ordering>", "Some(cmp::Ordering::Equal)", "None")
            } else {
                ("Ord", "cmp", "cmp::Ordering", "cmp::Ordering::Equal", "cmp::Ordering::Equal")
            };
            let mut body = String::new();
            if s.variants.len() > 1 {
                let idx = |who: &str| {
                    let arms: Vec<String> = s
                        .variants
                        .iter()
                        .enumerate()
                        .map(|(i, (path, _, kind, _))| {
                            let pat = match kind {
                                0 => path.clone(),
                                1 => format!("{}(..)", path),
                                _ => format!("{} {{ .. }}", path),
                            };
                            format!("{} => {}u32,", pat, i)
                        })
                        .collect();
                    format!("match {} {{ {} }}", who, arms.join(" "))
                };
                body.push_str(&format!(
                    "let ia: u32 = {}; let ib: u32 = {}; if ia != ib {{ return {}::{}(&ia, &ib); }} ",
                    idx("self"),
                    idx("other"),
                    tr,
                    method
                ));
            }
            let mut arms = vec![];
            for (path, _, kind, fields) in &s.variants {
                let mut b = String::new();
                for i in 0..fields.len() {
                    b.push_str(&format!("match {}::{}(a{}, b{}) {{ {} => {{}} c => return c, }} ", tr, method, i, i, wrap_eq));
                }
                b.push_str(wrap_eq);
                arms.push(format!("({}, {}) => {{ {} }}", pattern(path, *kind, fields, "a"), pattern(path, *kind, fields, "b"), b));
            }
            if s.variants.len() > 1 {
                arms.push(format!("_ => {},", none));
            }
            body.push_str(&format!("match (self, other) {{ {} }}", arms.join(" ")));
            Some(format!("{} {{ fn {}(&self, other: &Self) -> {} {{ {} }} }}", head(tr), method, ret, body))
        }
        "Hash" => {
            let arms: Vec<String> = s
                .variants
                .iter()
                .enumerate()
                .map(|(vi, (path, _, kind, fields))| {
                    let mut b = String::new();
                    if s.is_enum {
                        b.push_str(&format!("std::hash::Hasher::write_u64(state, {}u64);", vi));
                    }
                    for i in 0..fields.len() {
                        b.push_str(&format!(" std::hash::Hash::hash(a{}, state);", i));
                    }
                    format!("{} => {{ {} }}", pattern(path, *kind, fields, "a"), b)
                })
                .collect();
            Some(format!(
                "{} {{ fn hash<__H: std::hash::Hasher>(&self, state: &mut __H) {{ match self {{ {} }} }} }}",
                head("std::hash::Hash"),
                arms.join(" ")
            ))
        }
        "Default" if !s.is_enum => {
            let (path, _, kind, fields) = &s.variants[0];
            let built = match kind {
                0 => path.clone(),
                1 => format!("{}({})", path, fields.iter().map(|_| "Default::default()").collect::<Vec<_>>().join(", ")),
                _ => format!("{} {{ {} }}", path, fields.iter().map(|f| format!("{}: Default::default()", f)).collect::<Vec<_>>().join(", ")),
            };
            Some(format!("{} {{ fn default() -> Self {{ {} }} }}", head("Default"), built))
        }
        _ => None,
    }
}
