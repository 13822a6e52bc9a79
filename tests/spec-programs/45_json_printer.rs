// covers: JSON-like value tree as recursive enum (Null, Bool, Num(f64), Str(String), Arr(Vec<Json>), Obj(Vec<(String, Json)>)), a hand-written parser over bytes with a cursor and Result<Json, String>, string escaping, compact and pretty printers with indentation via recursion and String building, path queries returning Option<Json> (cloned), ? on Option inside a loop, struct owning Vec<u8> input, structural equality via derive(PartialEq), counting nodes, number formatting of integral f64 values
#[derive(Debug, Clone, PartialEq)]
enum Json {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

struct Parser {
    src: Vec<u8>,
    pos: usize,
}

impl Parser {
    fn skip_ws(&mut self) {
        while self.pos < self.src.len() && (self.src[self.pos] == b' ' || self.src[self.pos] == b'\n' || self.src[self.pos] == b'\t') {
            self.pos += 1;
        }
    }

    fn expect(&mut self, b: u8) -> Result<(), String> {
        self.skip_ws();
        if self.pos < self.src.len() && self.src[self.pos] == b {
            self.pos += 1;
            Ok(())
        } else {
            Err(format!("expected '{}' at {}", b as char, self.pos))
        }
    }

    fn parse_value(&mut self) -> Result<Json, String> {
        self.skip_ws();
        if self.pos >= self.src.len() {
            return Err(String::from("unexpected end"));
        }
        match self.src[self.pos] {
            b'n' => self.literal("null", Json::Null),
            b't' => self.literal("true", Json::Bool(true)),
            b'f' => self.literal("false", Json::Bool(false)),
            b'"' => Ok(Json::Str(self.parse_string()?)),
            b'[' => {
                self.pos += 1;
                let mut items = Vec::new();
                self.skip_ws();
                if self.pos < self.src.len() && self.src[self.pos] == b']' {
                    self.pos += 1;
                    return Ok(Json::Arr(items));
                }
                loop {
                    items.push(self.parse_value()?);
                    self.skip_ws();
                    if self.pos < self.src.len() && self.src[self.pos] == b',' {
                        self.pos += 1;
                    } else {
                        self.expect(b']')?;
                        return Ok(Json::Arr(items));
                    }
                }
            }
            b'{' => {
                self.pos += 1;
                let mut fields = Vec::new();
                self.skip_ws();
                if self.pos < self.src.len() && self.src[self.pos] == b'}' {
                    self.pos += 1;
                    return Ok(Json::Obj(fields));
                }
                loop {
                    self.skip_ws();
                    let key = self.parse_string()?;
                    self.expect(b':')?;
                    let v = self.parse_value()?;
                    fields.push((key, v));
                    self.skip_ws();
                    if self.pos < self.src.len() && self.src[self.pos] == b',' {
                        self.pos += 1;
                    } else {
                        self.expect(b'}')?;
                        return Ok(Json::Obj(fields));
                    }
                }
            }
            b'-' | b'0'..=b'9' => self.parse_number(),
            c => Err(format!("unexpected '{}' at {}", c as char, self.pos)),
        }
    }

    fn literal(&mut self, word: &str, v: Json) -> Result<Json, String> {
        let w = word.as_bytes();
        if self.pos + w.len() <= self.src.len() && &self.src[self.pos..self.pos + w.len()] == w {
            self.pos += w.len();
            Ok(v)
        } else {
            Err(format!("bad literal at {}", self.pos))
        }
    }

    fn parse_string(&mut self) -> Result<String, String> {
        if self.pos >= self.src.len() || self.src[self.pos] != b'"' {
            return Err(format!("expected string at {}", self.pos));
        }
        self.pos += 1;
        let mut out = String::new();
        while self.pos < self.src.len() {
            let c = self.src[self.pos];
            self.pos += 1;
            match c {
                b'"' => return Ok(out),
                b'\\' => {
                    if self.pos >= self.src.len() {
                        break;
                    }
                    let e = self.src[self.pos];
                    self.pos += 1;
                    out.push(match e {
                        b'n' => '\n',
                        b't' => '\t',
                        other => other as char,
                    });
                }
                _ => out.push(c as char),
            }
        }
        Err(String::from("unterminated string"))
    }

    fn parse_number(&mut self) -> Result<Json, String> {
        let start = self.pos;
        if self.src[self.pos] == b'-' {
            self.pos += 1;
        }
        while self.pos < self.src.len() && (self.src[self.pos].is_ascii_digit() || self.src[self.pos] == b'.') {
            self.pos += 1;
        }
        let mut text = String::new();
        for i in start..self.pos {
            text.push(self.src[i] as char);
        }
        match text.parse::<f64>() {
            Ok(v) => Ok(Json::Num(v)),
            Err(_) => Err(format!("bad number {:?}", text)),
        }
    }
}

fn parse(s: &str) -> Result<Json, String> {
    let mut bytes = Vec::new();
    for b in s.bytes() {
        bytes.push(b);
    }
    let mut p = Parser { src: bytes, pos: 0 };
    let v = p.parse_value()?;
    p.skip_ws();
    if p.pos != p.src.len() {
        return Err(format!("trailing characters at {}", p.pos));
    }
    Ok(v)
}

fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

fn compact(v: &Json) -> String {
    match v {
        Json::Null => "null".to_string(),
        Json::Bool(b) => b.to_string(),
        Json::Num(n) => format!("{}", n),
        Json::Str(s) => quote(s),
        Json::Arr(items) => {
            let mut parts = Vec::new();
            for it in items.iter() {
                parts.push(compact(it));
            }
            format!("[{}]", parts.join(","))
        }
        Json::Obj(fields) => {
            let mut parts = Vec::new();
            for (k, val) in fields.iter() {
                parts.push(format!("{}:{}", quote(k), compact(val)));
            }
            format!("{{{}}}", parts.join(","))
        }
    }
}

fn pretty(v: &Json, indent: usize, out: &mut String) {
    let pad = "  ".repeat(indent);
    let inner = "  ".repeat(indent + 1);
    match v {
        Json::Arr(items) if !items.is_empty() => {
            out.push_str("[\n");
            for (i, it) in items.iter().enumerate() {
                out.push_str(&inner);
                pretty(it, indent + 1, out);
                if i + 1 < items.len() {
                    out.push(',');
                }
                out.push('\n');
            }
            out.push_str(&pad);
            out.push(']');
        }
        Json::Obj(fields) if !fields.is_empty() => {
            out.push_str("{\n");
            for (i, (k, val)) in fields.iter().enumerate() {
                out.push_str(&inner);
                out.push_str(&quote(k));
                out.push_str(": ");
                pretty(val, indent + 1, out);
                if i + 1 < fields.len() {
                    out.push(',');
                }
                out.push('\n');
            }
            out.push_str(&pad);
            out.push('}');
        }
        other => out.push_str(&compact(other)),
    }
}

fn get(v: &Json, path: &[&str]) -> Option<Json> {
    let mut cur = v;
    for key in path.iter() {
        cur = match cur {
            Json::Obj(fields) => {
                let mut found = None;
                for (k, val) in fields.iter() {
                    if k == key {
                        found = Some(val);
                        break;
                    }
                }
                found?
            }
            Json::Arr(items) => match key.parse::<usize>() {
                Ok(i) if i < items.len() => &items[i],
                _ => return None,
            },
            _ => return None,
        };
    }
    Some(cur.clone())
}

fn count_nodes(v: &Json) -> usize {
    match v {
        Json::Arr(items) => {
            let mut n = 1;
            for it in items.iter() {
                n += count_nodes(it);
            }
            n
        }
        Json::Obj(fields) => {
            let mut n = 1;
            for (_, val) in fields.iter() {
                n += count_nodes(val);
            }
            n
        }
        _ => 1,
    }
}

fn main() {
    let src = "{\"name\": \"pyrite\", \"version\": 0.3, \"stable\": false,
        \"targets\": [\"x86_64\", \"aarch64\", \"wasm32\"],
        \"limits\": {\"max_depth\": 64, \"ratio\": -2.5, \"empty\": {}, \"none\": [] },
        \"authors\": [{\"name\": \"Ada\", \"commits\": 120}, {\"name\": \"Linus \\\"T\\\"\", \"commits\": 7, \"note\": null}],
        \"motto\": \"tab\\there\\nnewline\"}";
    let doc = match parse(src) {
        Ok(v) => v,
        Err(e) => {
            println!("parse error: {}", e);
            return;
        }
    };
    println!("compact: {}", compact(&doc));
    let mut out = String::new();
    pretty(&doc, 0, &mut out);
    println!("{}", out);
    println!("nodes: {}", count_nodes(&doc));

    let queries: [&[&str]; 5] = [
        &["name"],
        &["limits", "max_depth"],
        &["authors", "1", "name"],
        &["authors", "5"],
        &["targets", "x"],
    ];
    for q in queries.iter() {
        match get(&doc, q) {
            Some(v) => println!("{} = {}", q.join("."), compact(&v)),
            None => println!("{} = <missing>", q.join(".")),
        }
    }

    let round_trip = parse(&compact(&doc)).unwrap();
    println!("round trip equal: {}", round_trip == doc);
    let mut modified = doc.clone();
    if let Json::Obj(fields) = &mut modified {
        fields.push((String::from("extra"), Json::Arr(vec![Json::Num(1.0), Json::Null])));
    }
    println!("modified equal: {}", modified == doc);
    println!("modified tail: {}", compact(&get(&modified, &["extra"]).unwrap()));

    let bad = ["[1, 2", "{\"a\" 1}", "tru", "[1,]x", "\"open"];
    for b in bad.iter() {
        match parse(b) {
            Ok(v) => println!("{:?} parsed?! {:?}", b, v),
            Err(e) => println!("{:?} -> error: {}", b, e),
        }
    }
}
