// covers: Rust 2015 (rustc's default edition) panic! with only a message prints it as written ({name} and {{ are not format syntax there); assert! with a literal message likewise; unreachable! and panic! with arguments format as usual; ends in panic!("bad state {state} {{unchanged}}") (exit 101)
fn check(state: u32) -> Result<u32, String> {
    if state > 3 {
        return Err(format!("state {} too large", state));
    }
    Ok(state * 2)
}

fn main() {
    let state = 7;
    for s in 0..5 {
        match check(s) {
            Ok(v) => println!("{} -> {}", s, v),
            Err(e) => println!("{} -> error: {}", s, e),
        }
    }
    assert!(state > 0, "state {state} must be positive");
    assert!(state < 100, "{}", "formatted");
    if state == 0 {
        unreachable!("state {} is never zero", state);
    }
    println!("about to panic");
    panic!("bad state {state} {{unchanged}}");
}
