// functions: weight
// Golden flow graphs: a match of 16 arms on an enum's tag becomes one switch into the arm
// chain; a guard still falls to the next arm, and `_` takes the tags no arm before it names.
enum Tok {
    A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q(i64), R,
}

fn weight(t: &Tok) -> i64 {
    match t {
        Tok::A => 1,
        Tok::B | Tok::C => 2,
        Tok::Q(n) if *n > 0 => *n,
        Tok::D => 3,
        Tok::E => 4,
        Tok::F => 5,
        Tok::G => 6,
        Tok::H => 7,
        Tok::I => 8,
        Tok::J => 9,
        Tok::K => 10,
        Tok::L => 11,
        Tok::M => 12,
        Tok::N => 13,
        Tok::O => 14,
        _ => 0,
    }
}

fn main() {
    let ts = [Tok::A, Tok::C, Tok::Q(5), Tok::Q(-1), Tok::O, Tok::P, Tok::R, Tok::B, Tok::D, Tok::E];
    let mut s = 0;
    for t in &ts {
        s = s * 3 + weight(t);
    }
    let _ = [Tok::F, Tok::G, Tok::H, Tok::I, Tok::J, Tok::K, Tok::L, Tok::M, Tok::N];
    println!("{}", s);
}
