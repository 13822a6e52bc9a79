// covers: unit conversion table with enums, associated const array, use Enum::* inside fn, trim_start_matches/eq_ignore_ascii_case, Result errors with ok_or and ?
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Unit { Meter, Kilometer, Mile, Foot, Inch, Celsius, Fahrenheit, Kelvin, Gram, Pound }

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dim { Length, Temperature, Mass }

impl Unit {
    const ALL: [Unit; 10] = [Unit::Meter, Unit::Kilometer, Unit::Mile, Unit::Foot, Unit::Inch, Unit::Celsius, Unit::Fahrenheit, Unit::Kelvin, Unit::Gram, Unit::Pound];
    fn dim(self) -> Dim {
        use Unit::*;
        match self {
            Meter | Kilometer | Mile | Foot | Inch => Dim::Length,
            Celsius | Fahrenheit | Kelvin => Dim::Temperature,
            Gram | Pound => Dim::Mass,
        }
    }
    fn symbol(&self) -> &'static str {
        match *self {
            Unit::Meter => "m", Unit::Kilometer => "km", Unit::Mile => "mi", Unit::Foot => "ft",
            Unit::Inch => "in", Unit::Celsius => "°C", Unit::Fahrenheit => "°F", Unit::Kelvin => "K",
            Unit::Gram => "g", Unit::Pound => "lb",
        }
    }
    fn to_base(self, v: f64) -> f64 {
        match self {
            Unit::Meter | Unit::Gram | Unit::Kelvin => v,
            Unit::Kilometer => v * 1000.0,
            Unit::Mile => v * 1609.344,
            Unit::Foot => v * 0.3048,
            Unit::Inch => v * 0.0254,
            Unit::Celsius => v + 273.15,
            Unit::Fahrenheit => (v - 32.0) * 5.0 / 9.0 + 273.15,
            Unit::Pound => v * 453.59237,
        }
    }
    fn from_base(self, v: f64) -> f64 {
        match self {
            Unit::Meter | Unit::Gram | Unit::Kelvin => v,
            Unit::Kilometer => v / 1000.0,
            Unit::Mile => v / 1609.344,
            Unit::Foot => v / 0.3048,
            Unit::Inch => v / 0.0254,
            Unit::Celsius => v - 273.15,
            Unit::Fahrenheit => (v - 273.15) * 9.0 / 5.0 + 32.0,
            Unit::Pound => v / 453.59237,
        }
    }
    fn parse(s: &str) -> Option<Unit> {
        for u in Unit::ALL { if u.symbol().trim_start_matches('°').eq_ignore_ascii_case(s) { return Some(u); } }
        None
    }
}

#[derive(Debug)]
enum ConvError { Dimension(Dim, Dim), UnknownUnit(String), BadNumber(String) }

impl fmt::Display for ConvError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ConvError::Dimension(a, b) => write!(f, "cannot convert {:?} to {:?}", a, b),
            ConvError::UnknownUnit(u) => write!(f, "unknown unit '{}'", u),
            ConvError::BadNumber(n) => write!(f, "bad number '{}'", n),
        }
    }
}

fn convert(query: &str) -> Result<String, ConvError> {
    let parts: Vec<&str> = query.split_whitespace().collect();
    let (num, from, to) = (parts[0], parts[1], parts[3]);
    let v: f64 = match num.parse() { Ok(v) => v, Err(_) => return Err(ConvError::BadNumber(num.to_string())) };
    let fu = Unit::parse(from).ok_or(ConvError::UnknownUnit(from.to_string()))?;
    let tu = Unit::parse(to).ok_or(ConvError::UnknownUnit(to.to_string()))?;
    if fu.dim() != tu.dim() { return Err(ConvError::Dimension(fu.dim(), tu.dim())); }
    let r = tu.from_base(fu.to_base(v));
    Ok(format!("{} {} = {:.4} {}", v, fu.symbol(), r, tu.symbol()))
}

fn main() {
    for q in ["10 km to mi", "98.6 F to C", "0 K to F", "5 lb to g", "12 in to ft", "3 m to kg", "x m to ft", "1 mi to m", "-40 c to f"] {
        match convert(q) { Ok(s) => println!("{}", s), Err(e) => println!("error: {}", e) }
    }
}
