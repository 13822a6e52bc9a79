// covers: builder pattern with by-value chaining (mut self -> Self), struct update from self, #[derive(Default)] builder with Option fields, validation to Result<Request, BuildError> with ok_or and ?, Display for errors and requests with writeln!, sorting Vec<(String, String)> headers and derived-Ord enums, to_lowercase/to_uppercase, {:?} of nested structs
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Method { Get, Post, Put, Delete }

#[derive(Debug, Clone, Default)]
struct Headers { items: Vec<(String, String)> }

#[derive(Debug, Clone)]
struct Request {
    method: Method,
    url: String,
    headers: Headers,
    body: Option<String>,
    timeout_ms: u32,
    retries: u8,
}

#[derive(Debug, Default)]
struct RequestBuilder {
    method: Option<Method>,
    url: Option<String>,
    headers: Headers,
    body: Option<String>,
    timeout_ms: Option<u32>,
    retries: u8,
}

#[derive(Debug, PartialEq)]
enum BuildError { MissingUrl, MissingMethod, BodyNotAllowed(Method), BadTimeout(u32) }

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::MissingUrl => f.write_str("no url given"),
            BuildError::MissingMethod => f.write_str("no method given"),
            BuildError::BodyNotAllowed(m) => write!(f, "{:?} requests cannot carry a body", m),
            BuildError::BadTimeout(t) => write!(f, "timeout {}ms out of range 1..=60000", t),
        }
    }
}

impl RequestBuilder {
    fn new() -> Self { Self::default() }
    fn method(mut self, m: Method) -> Self { self.method = Some(m); self }
    fn url(mut self, u: &str) -> Self { self.url = Some(u.to_string()); self }
    fn header(mut self, k: &str, v: &str) -> Self {
        self.headers.items.push((k.to_lowercase(), v.trim().to_string()));
        self
    }
    fn body(self, b: &str) -> Self { RequestBuilder { body: Some(b.to_owned()), ..self } }
    fn timeout(mut self, ms: u32) -> Self { self.timeout_ms = Some(ms); self }
    fn retries(mut self, n: u8) -> Self { self.retries = n.min(5); self }

    fn build(self) -> Result<Request, BuildError> {
        let method = self.method.ok_or(BuildError::MissingMethod)?;
        let url = match self.url { Some(u) => u, None => return Err(BuildError::MissingUrl) };
        if self.body.is_some() && (method == Method::Get || method == Method::Delete) {
            return Err(BuildError::BodyNotAllowed(method));
        }
        let timeout_ms = self.timeout_ms.unwrap_or(30_000);
        if timeout_ms == 0 || timeout_ms > 60_000 {
            return Err(BuildError::BadTimeout(timeout_ms));
        }
        let mut headers = self.headers;
        if let Some(b) = &self.body {
            headers.items.push(("content-length".to_string(), b.len().to_string()));
        }
        headers.items.sort();
        Ok(Request { method, url, headers, body: self.body, timeout_ms, retries: self.retries })
    }
}

impl fmt::Display for Request {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let m = format!("{:?}", self.method).to_uppercase();
        writeln!(f, "{} {} (timeout {}ms, retries {})", m, self.url, self.timeout_ms, self.retries)?;
        for (k, v) in &self.headers.items {
            writeln!(f, "  {}: {}", k, v)?;
        }
        match &self.body {
            Some(b) => write!(f, "  body: {:?}", b),
            None => write!(f, "  (no body)"),
        }
    }
}

fn main() {
    let attempts: Vec<Result<Request, BuildError>> = vec![
        RequestBuilder::new().method(Method::Get).url("https://example.com/a").header("Accept", " text/html ").build(),
        RequestBuilder::new()
            .url("https://api.test/items")
            .method(Method::Post)
            .header("X-Trace", "abc123")
            .header("Content-Type", "application/json")
            .body("{\"name\":\"widget\",\"qty\":3}")
            .timeout(5_000)
            .retries(9)
            .build(),
        RequestBuilder::new().method(Method::Delete).url("/x").body("oops").build(),
        RequestBuilder::new().url("/y").build(),
        RequestBuilder::new().method(Method::Put).build(),
        RequestBuilder::new().method(Method::Put).url("/z").timeout(70_000).build(),
    ];
    let mut ok_methods = Vec::new();
    for (i, a) in attempts.iter().enumerate() {
        match a {
            Ok(req) => { println!("#{} ok:\n{}", i, req); ok_methods.push(req.method); }
            Err(e) => println!("#{} error: {} ({:?})", i, e, e),
        }
    }
    ok_methods.sort();
    println!("ok methods sorted: {:?}", ok_methods);
    let base = RequestBuilder::new().method(Method::Get).timeout(100);
    println!("{:?}", base);
    let r = base.url("/health").build().unwrap();
    println!("{:?} {}", r.method == Method::Get, r.headers.items.len());
}
