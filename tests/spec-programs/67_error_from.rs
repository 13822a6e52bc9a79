// covers: custom error enum with impl From<ParseIntError> so ? converts errors automatically (parse::<i64>()? and parse::<i32>()?), std::num::ParseIntError Display text, impl Display for the error, Result<Vec<T>, E> built in a loop, blanket-free generic fn parse_all, Default implemented by hand, impl<T: Display> Display for a generic wrapper, line-oriented config parsing with split(':'), trim, lines, enumerate for line numbers
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum AppError {
    Parse(ParseIntError),
    Invalid(String),
    Range { line: usize, value: i64 },
}

impl From<ParseIntError> for AppError {
    fn from(e: ParseIntError) -> Self { AppError::Parse(e) }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            AppError::Parse(e) => write!(f, "parse error: {}", e),
            AppError::Invalid(s) => write!(f, "invalid: {}", s),
            AppError::Range { line, value } => write!(f, "line {}: {} out of range", line, value),
        }
    }
}

#[derive(Debug)]
struct Settings { width: i64, height: i64, depth: i64, name: String }

impl Default for Settings {
    fn default() -> Self { Settings { width: 80, height: 24, depth: 1, name: String::from("untitled") } }
}

struct Labeled<T> { label: &'static str, value: T }

impl<T: fmt::Display> fmt::Display for Labeled<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}=<{}>", self.label, self.value)
    }
}

fn parse_line(line: &str, n: usize) -> Result<(String, i64), AppError> {
    let parts: Vec<&str> = line.split(':').collect();
    if parts.len() != 2 {
        return Err(AppError::Invalid(format!("line {} needs exactly one ':'", n)));
    }
    let key = parts[0].trim().to_string();
    let value = parts[1].trim().parse::<i64>()?;
    if value < 0 || value > 10_000 {
        return Err(AppError::Range { line: n, value });
    }
    Ok((key, value))
}

fn load(text: &str) -> Result<Settings, AppError> {
    let mut s = Settings::default();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') { continue; }
        if let Some(rest) = line.strip_prefix("name=") { s.name = rest.to_string(); continue; }
        let (k, v) = parse_line(line, i + 1)?;
        match k.as_str() {
            "width" => s.width = v,
            "height" => s.height = v,
            "depth" => s.depth = v,
            other => return Err(AppError::Invalid(format!("unknown key '{}'", other))),
        }
    }
    Ok(s)
}

fn parse_all(xs: &[&str]) -> Result<Vec<i32>, AppError> {
    let mut out = Vec::new();
    for x in xs { out.push(x.parse::<i32>()?); }
    Ok(out)
}

fn main() {
    let inputs = [
        "width: 120\nheight: 40\n# comment\nname=demo",
        "",
        "width: 12x",
        "depth: -5",
        "height 7",
        "colour: 3",
        "width: 99999999999999999999",
        "height:",
    ];
    for (i, text) in inputs.iter().enumerate() {
        match load(text) {
            Ok(s) => println!("{}: {:?} area={}", i, s, s.width * s.height),
            Err(e) => println!("{}: {}", i, e),
        }
    }
    println!("{:?}", parse_all(&["1", "-2", "+3"]));
    match parse_all(&["1", "two"]) {
        Err(AppError::Parse(e)) => println!("debug: {:?} / display: {}", e, e),
        other => println!("unexpected {:?}", other),
    }
    println!("{} {} {}", Labeled { label: "n", value: 42 }, Labeled { label: "pi", value: 3.5 }, Labeled { label: "s", value: "txt" });
}
