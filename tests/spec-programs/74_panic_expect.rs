// covers: panic from Result::expect on Err with a Debug-printed custom error (exit 101), panic message format `msg: Err`, parse::<u32> errors, Result chain with ?, normal output before the panic, eprintln! diagnostics on stderr before panic
#[derive(Debug)]
enum ConfigError {
    Missing(String),
    BadValue { key: String, value: String },
}

fn lookup<'a>(pairs: &'a [(&'a str, &'a str)], key: &str) -> Result<&'a str, ConfigError> {
    for &(k, v) in pairs {
        if k == key {
            return Ok(v);
        }
    }
    Err(ConfigError::Missing(key.to_string()))
}

fn get_num(pairs: &[(&str, &str)], key: &str) -> Result<u32, ConfigError> {
    let raw = lookup(pairs, key)?;
    match raw.parse::<u32>() {
        Ok(n) => Ok(n),
        Err(_) => Err(ConfigError::BadValue { key: key.to_string(), value: raw.to_string() }),
    }
}

fn describe(r: &Result<u32, ConfigError>) -> String {
    match r {
        Ok(n) if *n > 50 => format!("large {}", n),
        Ok(n) => format!("small {}", n),
        Err(ConfigError::Missing(k)) => format!("missing key {}", k),
        Err(ConfigError::BadValue { key, value }) => format!("{} has bad value {:?}", key, value),
    }
}

fn main() {
    let pairs = [("width", "80"), ("height", "24"), ("depth", "-3"), ("name", "term")];
    for key in ["width", "height", "depth", "colour"] {
        match get_num(&pairs, key) {
            Ok(n) => println!("{} = {}", key, n),
            Err(e) => eprintln!("warning: {:?}", e),
        }
    }
    for key in ["width", "depth", "nope"] {
        println!("{:<6} -> {}", key, describe(&get_num(&pairs, key)));
    }
    let w = get_num(&pairs, "width").expect("width must be set");
    let h = get_num(&pairs, "height").unwrap();
    println!("area {}", w * h);
    let d = get_num(&pairs, "depth").expect("depth must be a positive number");
    println!("volume {}", w * h * d);
}
