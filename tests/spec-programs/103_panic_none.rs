// covers: panic from Option::unwrap() on None after normal output (exit 101), config parsing with lines/trim/find/split_at, ? on Option inside an Option-returning method with parse().ok(), print! without newline before the panic (stdout flushed)
#[derive(Debug)]
struct Config { entries: Vec<(String, String)> }

impl Config {
    fn parse(text: &str) -> Config {
        let mut entries = Vec::new();
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') { continue; }
            if let Some(eq) = line.find('=') {
                let (k, v) = line.split_at(eq);
                entries.push((k.trim().to_string(), v[1..].trim().to_string()));
            }
        }
        Config { entries }
    }
    fn get(&self, key: &str) -> Option<&str> {
        for (k, v) in &self.entries {
            if k == key { return Some(v.as_str()); }
        }
        None
    }
    fn get_u32(&self, key: &str) -> Option<u32> {
        self.get(key)?.parse().ok()
    }
}

fn main() {
    let cfg = Config::parse("# server config\nhost = example.org\nport = 8080\n\nworkers=4\nname = demo app\nretries = many\n");
    println!("{} entries", cfg.entries.len());
    for key in ["host", "port", "workers", "retries", "timeout"] {
        println!("{:<8} str={:?} num={:?}", key, cfg.get(key), cfg.get_u32(key));
    }
    let port = cfg.get_u32("port").unwrap();
    let workers = cfg.get_u32("workers").unwrap_or(1);
    println!("listening on {}:{} with {} workers", cfg.get("host").unwrap(), port, workers);
    let mut total = 0;
    for key in ["port", "workers", "timeout"] {
        print!("adding {}... ", key);
        let v = cfg.get_u32(key).unwrap();
        total += v;
        println!("total {}", total);
    }
    println!("unreachable: {}", total);
}
