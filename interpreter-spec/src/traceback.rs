//! Error reporting (after stage 2/3 or 4 fails): prints syntax errors and
//! uncaught-exception tracebacks to stderr in CPython 3.11's exact format.
//!
//! Invariants:
//! - Output is built in one String and written with a single `eprintln!`.
//! - Source lines are only shown when the program came from a file (CPython
//!   cannot show lines for `-c` code), except for syntax errors, whose text
//!   CPython keeps.
//! - The caret line follows CPython's `tb_displayline`: carets are elided
//!   when they would cover the whole stripped line (unless there are
//!   binop/subscript anchors), multi-line locations extend to the end of
//!   the first line, and runs of more than 3 identical entries collapse to
//!   "[Previous line repeated N more times]".

use crate::ast::SyntaxErr;
use crate::bytecode::Loc;

const TB_RECURSIVE_CUTOFF: usize = 3;

pub fn split_lines(src: &str) -> Vec<Vec<char>> {
    let mut lines = Vec::new();
    let mut cur: Vec<char> = Vec::new();
    let chars = src.chars().collect::<Vec<char>>();
    for c in chars.iter() {
        if *c == '\n' {
            if !cur.is_empty() && cur[cur.len() - 1] == '\r' {
                cur.pop();
            }
            lines.push(cur.clone());
            cur.clear();
        } else {
            cur.push(*c);
        }
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

fn is_ws(c: char) -> bool {
    c == ' ' || c == '\t' || c == '\x0c'
}

fn push_chars(out: &mut String, cs: &Vec<char>, from: usize) {
    for k in from..cs.len() {
        out.push(cs[k]);
    }
}

/// Compile-time SyntaxWarnings, in the `warnings` module's format.
pub fn print_warnings(filename: &str, lines: &Vec<Vec<char>>, show_source: bool, warnings: &Vec<(usize, String)>) {
    for w in warnings.iter() {
        let (line, msg) = (w.0, w.1.clone());
        let mut out = format!("{}:{}: SyntaxWarning: {}", filename, line, msg);
        if show_source && line >= 1 && line <= lines.len() {
            let text = &lines[line - 1];
            let mut a = 0;
            let mut b = text.len();
            while a < b && text[a].is_whitespace() {
                a += 1;
            }
            while b > a && text[b - 1].is_whitespace() {
                b -= 1;
            }
            out.push_str("\n  ");
            for k in a..b {
                out.push(text[k]);
            }
        }
        eprintln!("{}", out);
    }
}

pub fn print_syntax_error(filename: &str, lines: &Vec<Vec<char>>, e: &SyntaxErr) {
    let mut out = String::new();
    out.push_str(format!("  File \"{}\", line {}\n", filename, e.line).as_str());
    if e.line >= 1 && e.line <= lines.len() {
        let text = &lines[e.line - 1];
        let mut ws = 0;
        while ws < text.len() && is_ws(text[ws]) {
            ws += 1;
        }
        out.push_str("    ");
        push_chars(&mut out, text, ws);
        out.push('\n');
        // 1-based offsets, as in CPython's print_error_text.
        let offset = e.col as i64 + 1;
        let end_offset = e.end_col as i64 + 1;
        let reps = if end_offset > offset { end_offset - offset } else { 1 };
        let mut off0 = offset - 1 - ws as i64;
        let len = (text.len() - ws) as i64;
        if off0 > len {
            off0 = len;
        }
        if e.show_caret && off0 >= 0 {
            out.push_str("    ");
            for _ in 0..off0 {
                out.push(' ');
            }
            for _ in 0..reps {
                out.push('^');
            }
            out.push('\n');
        }
    }
    out.push_str(if e.is_indent { "IndentationError: " } else { "SyntaxError: " });
    out.push_str(e.msg.as_str());
    eprintln!("{}", out);
}

/// Appends the caret line for `loc` under `line` (or nothing).
fn caret_line(out: &mut String, line: &Vec<char>, loc: &Loc) {
    let n = line.len();
    let mut ws = 0;
    while ws < n && is_ws(line[ws]) {
        ws += 1;
    }
    let start = loc.col;
    let mut end = loc.end_col;
    let mut left_anchor: i64 = -1;
    let mut right_anchor: i64 = -1;
    let mut primary = '^';
    let mut secondary = '^';
    if loc.end_line != loc.line {
        let mut i = n;
        while i > 0 && is_ws(line[i - 1]) {
            i -= 1;
        }
        end = i;
    } else if loc.anchor != 0 && start <= end && end <= n {
        let mut seg: Vec<char> = Vec::new();
        for k in start..end {
            seg.push(line[k]);
        }
        let slen = seg.len();
        if loc.anchor == 1 {
            let left_end = loc.a - start;
            let right_start = loc.b - start;
            let mut i = left_end;
            while i < right_start && i < slen {
                if is_ws(seg[i]) {
                    i += 1;
                    continue;
                }
                left_anchor = i as i64;
                right_anchor = i as i64 + 1;
                if i + 1 < right_start && !is_ws(seg[i + 1]) {
                    right_anchor += 1;
                }
                primary = '~';
                secondary = '^';
                break;
            }
        } else {
            let mut l = loc.a - start;
            let mut r = loc.b - start + 1;
            while l < slen && seg[l] != '[' {
                l += 1;
            }
            while r < slen && seg[r] != ']' {
                r += 1;
            }
            if r < slen {
                r += 1;
            }
            left_anchor = l as i64;
            right_anchor = r as i64;
            primary = '~';
            secondary = '^';
        }
        if left_anchor >= 0 {
            left_anchor += start as i64;
            right_anchor += start as i64;
        }
    }
    if end < start || end > n {
        return;
    }
    let has_secondary = left_anchor >= 0;
    if end - start == n - ws && !has_secondary {
        return;
    }
    // CPython's print_error_location_carets starting at offset = ws - 4:
    // the first (start - ws + 4) columns are spaces (incl. the margin).
    let mut offset = ws as i64 - 4;
    loop {
        offset += 1;
        if offset > end as i64 {
            break;
        }
        if offset <= start as i64 {
            out.push(' ');
        } else if has_secondary && left_anchor < offset && offset <= right_anchor {
            out.push(secondary);
        } else {
            out.push(primary);
        }
    }
    out.push('\n');
}

/// "Traceback (most recent call last):" and one entry per (function
/// name, location), outermost first, with runs of identical entries
/// collapsed like CPython.
pub fn format_tb(modules: &Vec<crate::vm_import::ModInfo>, entries: &Vec<(String, Loc, usize)>) -> String {
    let mut out = String::new();
    out.push_str("Traceback (most recent call last):\n");
    let mut last_line = 0;
    let mut last_name = String::new();
    let mut cnt = 0;
    let mut last_mod = 0;
    for k in 0..entries.len() {
        let name = &entries[k].0;
        let loc = &entries[k].1;
        let m = &modules[entries[k].2];
        let (filename, lines, show_source) = (m.file.as_str(), &m.lines, m.show_source);
        if k == 0 || loc.line != last_line || *name != last_name || entries[k].2 != last_mod {
            last_mod = entries[k].2;
            if cnt > TB_RECURSIVE_CUTOFF {
                repeated(&mut out, cnt);
            }
            last_line = loc.line;
            last_name = name.clone();
            cnt = 0;
        }
        cnt += 1;
        if cnt > TB_RECURSIVE_CUTOFF {
            continue;
        }
        out.push_str(format!("  File \"{}\", line {}, in {}\n", filename, loc.line, name).as_str());
        if show_source && loc.line >= 1 && loc.line <= lines.len() {
            let line = &lines[loc.line - 1];
            let mut ws = 0;
            while ws < line.len() && is_ws(line[ws]) {
                ws += 1;
            }
            if ws < line.len() {
                out.push_str("    ");
                push_chars(&mut out, line, ws);
                out.push('\n');
                caret_line(&mut out, line, loc);
            }
        }
    }
    if cnt > TB_RECURSIVE_CUTOFF {
        repeated(&mut out, cnt);
    }
    out
}

fn repeated(out: &mut String, cnt: usize) {
    let n = cnt - TB_RECURSIVE_CUTOFF;
    out.push_str(format!("  [Previous line repeated {} more time{}]\n", n, if n > 1 { "s" } else { "" }).as_str());
}
