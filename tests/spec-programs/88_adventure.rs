// covers: text adventure state machine: enums for rooms/items/commands/directions, command parsing with match on (Option<&str>, Option<&str>) tuples of string patterns and or-patterns, guards referencing self fields, Vec<(Room, Item)> world state, Display impls with guarded arms, blanket extension traits over iterators of references, print! accumulation, lines() script
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Room { Hall, Library, Vault, Garden, Outside }

#[derive(Debug, Clone, PartialEq)]
enum Item { Key, Lamp, Book(String), Coin(u32) }

#[derive(Debug, PartialEq)]
enum Command { Go(Dir), Take(String), Use(String), Look, Inventory, Quit, Unknown(String) }

#[derive(Debug, Clone, Copy, PartialEq)]
enum Dir { North, South, East, West }

enum Outcome { Continue, Won, Quit }

struct Game {
    room: Room,
    inventory: Vec<Item>,
    vault_open: bool,
    floor: Vec<(Room, Item)>,
    moves: u32,
}

impl fmt::Display for Room {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = match self {
            Room::Hall => "the great hall",
            Room::Library => "a dusty library",
            Room::Vault => "the vault",
            Room::Garden => "an overgrown garden",
            Room::Outside => "the open road",
        };
        write!(f, "{}", s)
    }
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Item::Key => write!(f, "a brass key"),
            Item::Lamp => write!(f, "an oil lamp"),
            Item::Book(t) => write!(f, "a book titled '{}'", t),
            Item::Coin(n) if *n == 1 => write!(f, "a coin"),
            Item::Coin(n) => write!(f, "{} coins", n),
        }
    }
}

fn parse(line: &str) -> Command {
    let words: Vec<&str> = line.split_whitespace().collect();
    match (words.first().copied(), words.get(1).copied()) {
        (Some("go"), Some(d)) | (Some("walk"), Some(d)) => match d {
            "north" | "n" => Command::Go(Dir::North),
            "south" | "s" => Command::Go(Dir::South),
            "east" | "e" => Command::Go(Dir::East),
            "west" | "w" => Command::Go(Dir::West),
            other => Command::Unknown(format!("direction {}", other)),
        },
        (Some("take"), Some(what)) => Command::Take(what.to_string()),
        (Some("use"), Some(what)) => Command::Use(what.to_string()),
        (Some("look"), None) => Command::Look,
        (Some("i"), None) | (Some("inventory"), None) => Command::Inventory,
        (Some("quit"), _) => Command::Quit,
        _ => Command::Unknown(line.to_string()),
    }
}

fn item_name(it: &Item) -> &'static str {
    match it { Item::Key => "key", Item::Lamp => "lamp", Item::Book(_) => "book", Item::Coin(_) => "coin" }
}

impl Game {
    fn exit(&self, d: Dir) -> Option<Room> {
        match (self.room, d) {
            (Room::Hall, Dir::North) => Some(Room::Library),
            (Room::Hall, Dir::East) if self.vault_open => Some(Room::Vault),
            (Room::Hall, Dir::West) => Some(Room::Garden),
            (Room::Hall, Dir::South) => Some(Room::Outside),
            (Room::Library, Dir::South) | (Room::Vault, Dir::West) | (Room::Garden, Dir::East) => Some(Room::Hall),
            _ => None,
        }
    }

    fn step(&mut self, cmd: Command) -> Outcome {
        self.moves += 1;
        match cmd {
            Command::Go(d) => match self.exit(d) {
                Some(Room::Outside) if !self.inventory.contains(&Item::Coin(3)) => println!("You need 3 coins for the toll."),
                Some(Room::Outside) => { println!("You pay the toll and leave."); return Outcome::Won; }
                Some(r) => { self.room = r; println!("You enter {}.", r); }
                None => println!("You can't go {:?} from here.", d),
            },
            Command::Take(name) => {
                let pos = self.floor.iter().position_of(self.room, &name);
                match pos {
                    Some(i) => { let (_, it) = self.floor.remove(i); println!("Taken: {}.", it); self.inventory.push(it); }
                    None => println!("There is no {} here.", name),
                }
            }
            Command::Use(name) if name == "key" && self.room == Room::Hall => {
                if self.inventory.contains(&Item::Key) { self.vault_open = true; println!("The vault door swings open to the east."); }
                else { println!("You have no key."); }
            }
            Command::Use(name) => println!("Nothing happens when you use the {}.", name),
            Command::Look => {
                print!("You are in {}.", self.room);
                for (r, it) in &self.floor { if *r == self.room { print!(" You see {}.", it); } }
                println!();
            }
            Command::Inventory => {
                let names: Vec<String> = self.inventory.iter().to_strings();
                println!("You carry: [{}]", names.join(", "));
            }
            Command::Quit => return Outcome::Quit,
            Command::Unknown(s) => println!("I don't understand {:?}.", s),
        }
        Outcome::Continue
    }
}

trait Helpers { fn position_of(self, room: Room, name: &str) -> Option<usize>; }
impl<'a, I: Iterator<Item = &'a (Room, Item)>> Helpers for I {
    fn position_of(self, room: Room, name: &str) -> Option<usize> {
        for (i, (r, it)) in self.enumerate() { if *r == room && item_name(it) == name { return Some(i); } }
        None
    }
}
trait ToStrings { fn to_strings(self) -> Vec<String>; }
impl<'a, I: Iterator<Item = &'a Item>> ToStrings for I {
    fn to_strings(self) -> Vec<String> { let mut v = Vec::new(); for it in self { v.push(it.to_string()); } v }
}

fn main() {
    let mut g = Game {
        room: Room::Hall, inventory: vec![Item::Lamp], vault_open: false, moves: 0,
        floor: vec![(Room::Library, Item::Book("Rust".to_string())), (Room::Garden, Item::Key), (Room::Vault, Item::Coin(3))],
    };
    let script = "look\ngo east\ngo north\nlook\ntake book\ngo s\ngo w\ntake key\ntake lamp\ngo e\ngo south\nuse key\nuse lamp\ngo east\ntake coin\ni\ndance wildly\ngo up\ngo west\ngo south\nlook";
    for line in script.lines() {
        println!("> {}", line);
        match g.step(parse(line)) {
            Outcome::Continue => {}
            Outcome::Won => { println!("You won in {} moves!", g.moves); break; }
            Outcome::Quit => { println!("Bye."); break; }
        }
    }
    println!("{:?} {:?}", parse("walk n"), parse("quit now"));
}
