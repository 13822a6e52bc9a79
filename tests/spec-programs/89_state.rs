// covers: state pattern with trait objects: Option<Box<dyn PostState>> taken and replaced on each transition, &self transitions returning fresh Box<dyn State>, trait default method with lifetime-parameterised return borrowing from the post, vending machine states returning (Box<dyn Vend>, Option<String>), extension traits on Option<&Box<dyn Trait>> and Option<String>, .into() to String
// whose transitions consume &self and return Box<dyn State>.
trait PostState {
    fn request_review(&self) -> Box<dyn PostState>;
    fn approve(&self) -> Box<dyn PostState>;
    fn reject(&self) -> Box<dyn PostState>;
    fn content<'a>(&self, _post: &'a Post) -> &'a str { "" }
    fn name(&self) -> String;
}

struct Draft;
struct PendingReview { approvals: u32 }
struct Published;

impl PostState for Draft {
    fn request_review(&self) -> Box<dyn PostState> { Box::new(PendingReview { approvals: 0 }) }
    fn approve(&self) -> Box<dyn PostState> { Box::new(Draft) }
    fn reject(&self) -> Box<dyn PostState> { Box::new(Draft) }
    fn name(&self) -> String { "Draft".to_string() }
}

impl PostState for PendingReview {
    fn request_review(&self) -> Box<dyn PostState> { Box::new(PendingReview { approvals: self.approvals }) }
    fn approve(&self) -> Box<dyn PostState> {
        if self.approvals + 1 >= 2 { Box::new(Published) } else { Box::new(PendingReview { approvals: self.approvals + 1 }) }
    }
    fn reject(&self) -> Box<dyn PostState> { Box::new(Draft) }
    fn name(&self) -> String { format!("PendingReview({})", self.approvals) }
}

impl PostState for Published {
    fn request_review(&self) -> Box<dyn PostState> { Box::new(Published) }
    fn approve(&self) -> Box<dyn PostState> { Box::new(Published) }
    fn reject(&self) -> Box<dyn PostState> { Box::new(Published) }
    fn content<'a>(&self, post: &'a Post) -> &'a str { &post.text }
    fn name(&self) -> String { String::from("Published") }
}

struct Post {
    state: Option<Box<dyn PostState>>,
    text: String,
}

impl Post {
    fn new() -> Post { Post { state: Some(Box::new(Draft)), text: String::new() } }
    fn add_text(&mut self, t: &str) { self.text.push_str(t); }
    fn content(&self) -> &str { self.state.as_ref().unwrap().content(self) }
    fn transition(&mut self, action: &str) {
        if let Some(s) = self.state.take() {
            self.state = Some(match action {
                "review" => s.request_review(),
                "approve" => s.approve(),
                "reject" => s.reject(),
                _ => return,
            });
        }
    }
    fn status(&self) -> String { self.state.as_ref().map_name() }
}

trait MapName { fn map_name(self) -> String; }
impl MapName for Option<&Box<dyn PostState>> {
    fn map_name(self) -> String { match self { Some(s) => s.name(), None => "?".to_string() } }
}

// Vending machine: states carry data.
trait Vend {
    fn insert(&self, cents: u32) -> Box<dyn Vend>;
    fn select(&self, price: u32) -> (Box<dyn Vend>, Option<String>);
    fn describe(&self) -> String;
}
struct Idle;
struct HasMoney(u32);
impl Vend for Idle {
    fn insert(&self, cents: u32) -> Box<dyn Vend> { Box::new(HasMoney(cents)) }
    fn select(&self, _price: u32) -> (Box<dyn Vend>, Option<String>) { (Box::new(Idle), Some("insert money first".into())) }
    fn describe(&self) -> String { "idle".into() }
}
impl Vend for HasMoney {
    fn insert(&self, cents: u32) -> Box<dyn Vend> { Box::new(HasMoney(self.0 + cents)) }
    fn select(&self, price: u32) -> (Box<dyn Vend>, Option<String>) {
        if self.0 < price {
            let msg = format!("need {} more", price - self.0);
            (Box::new(HasMoney(self.0)), Some(msg))
        } else if self.0 == price {
            (Box::new(Idle), None)
        } else {
            let change = self.0 - price;
            (Box::new(Idle), Some(format!("change {}.{:02}", change / 100, change % 100)))
        }
    }
    fn describe(&self) -> String { format!("credit {}", self.0) }
}

fn main() {
    let mut post = Post::new();
    post.add_text("I ate a salad for lunch today");
    for action in ["approve", "review", "approve", "reject", "review", "approve", "approve", "reject"] {
        post.transition(action);
        println!("{:<8} -> {:<17} content={:?}", action, post.status(), post.content());
    }
    let mut m: Box<dyn Vend> = Box::new(Idle);
    let events: [(&str, u32); 7] = [("sel", 125), ("ins", 100), ("sel", 125), ("ins", 25), ("sel", 125), ("ins", 200), ("sel", 65)];
    for (ev, n) in events {
        if ev == "ins" {
            m = m.insert(n);
            println!("insert {:>3}: {}", n, m.describe());
        } else {
            let (next, msg) = m.select(n);
            m = next;
            println!("select {:>3}: {} [{}]", n, m.describe(), msg.unwrap_or_else_str("vended"));
        }
    }
}

trait OrStr { fn unwrap_or_else_str(self, d: &str) -> String; }
impl OrStr for Option<String> {
    fn unwrap_or_else_str(self, d: &str) -> String { match self { Some(s) => s, None => d.to_string() } }
}
