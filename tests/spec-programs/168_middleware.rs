// covers: a middleware pipeline of Box<dyn Fn(Request) -> Request> folded over a request, an optional boxed callback field (Option<Box<dyn Fn(&str)>>), a trait with a generic method taking FnMut, a boxed FnMut counter returned from a function, closures capturing reference parameters, calling a closure stored in a tuple and in a Vec of (name, closure) pairs
#[derive(Debug, Clone)]
struct Request {
    path: String,
    headers: Vec<(String, String)>,
    hops: u32,
}

trait Collection {
    fn each<F: FnMut(usize, &str)>(&self, f: F);
}

struct Words(Vec<String>);

impl Collection for Words {
    fn each<F: FnMut(usize, &str)>(&self, mut f: F) {
        for (i, w) in self.0.iter().enumerate() {
            f(i, w);
        }
    }
}

struct Job {
    name: String,
    on_done: Option<Box<dyn Fn(&str) -> String>>,
}

impl Job {
    fn finish(&self) -> String {
        match &self.on_done {
            Some(cb) => cb(&self.name),
            None => format!("{} finished quietly", self.name),
        }
    }
}

fn counter(step: i64) -> Box<dyn FnMut() -> i64> {
    let mut n = 0;
    Box::new(move || {
        n += step;
        n
    })
}

fn matcher<'a>(needle: &'a str) -> impl Fn(&str) -> bool + 'a {
    move |hay| hay.contains(needle)
}

fn main() {
    let prefix = String::from("/api");
    let pipeline: Vec<Box<dyn Fn(Request) -> Request>> = vec![
        Box::new(|mut r| {
            r.hops += 1;
            r
        }),
        Box::new(move |mut r| {
            r.path = format!("{}{}", prefix, r.path);
            r.hops += 1;
            r
        }),
        Box::new(|mut r| {
            r.headers.push(("x-trace".to_string(), format!("hop{}", r.hops)));
            r
        }),
    ];
    let req = Request { path: "/users".to_string(), headers: vec![], hops: 0 };
    let out = pipeline.iter().fold(req.clone(), |r, m| m(r));
    println!("{:?}", out);
    println!("original untouched: {:?}", req);

    let words = Words(vec!["alpha".into(), "beta".into(), "gamma".into()]);
    let mut longest = (0, 0);
    words.each(|i, w| {
        if w.len() > longest.1 {
            longest = (i, w.len());
        }
    });
    println!("longest word #{} len {}", longest.0, longest.1);

    let jobs = vec![
        Job { name: "backup".into(), on_done: Some(Box::new(|n| format!("{} done, notifying", n))) },
        Job { name: "cleanup".into(), on_done: None },
        Job { name: "report".into(), on_done: Some(Box::new(|n| n.to_uppercase())) },
    ];
    for j in &jobs {
        println!("{}", j.finish());
    }

    let mut by2 = counter(2);
    let mut by5 = counter(5);
    println!("{} {} {} {}", by2(), by2(), by5(), by2());

    let has_ab = matcher("ab");
    let texts = ["cab", "bca", "abba"];
    let hits: Vec<&&str> = texts.iter().filter(|t| has_ab(t)).collect();
    println!("{:?}", hits);

    let pair = (3, |x: i32| x * x);
    println!("{}", (pair.1)(pair.0));
    let named: Vec<(&str, fn_like::Op)> = vec![("inc", fn_like::inc()), ("neg", fn_like::neg())];
    for (n, op) in &named {
        println!("{} -> {}", n, op(10));
    }
}

mod fn_like {
    pub type Op = Box<dyn Fn(i32) -> i32>;
    pub fn inc() -> Op {
        Box::new(|x| x + 1)
    }
    pub fn neg() -> Op {
        Box::new(|x| -x)
    }
}
