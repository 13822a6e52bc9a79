// covers: library system: structs/enums with struct variants, Display impls with width/align, Result errors with ?, let-else on struct variant, iter_mut lookup returning &mut, sort of derived-Ord enums
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Genre { Fiction, Science, History, Poetry }

#[derive(Debug, Clone, PartialEq)]
enum Status { Available, Borrowed { member: u32, due: u32 }, Lost }

#[derive(Debug, Clone)]
struct Book { id: u32, title: String, author: String, genre: Genre, status: Status }

impl fmt::Display for Genre {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = match self {
            Genre::Fiction => "fiction",
            Genre::Science => "science",
            Genre::History => "history",
            Genre::Poetry => "poetry",
        };
        write!(f, "{}", s)
    }
}

impl fmt::Display for Book {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "#{:03} {:<22} by {:<12} [{:^9}] ", self.id, self.title, self.author, self.genre)?;
        match &self.status {
            Status::Available => write!(f, "available"),
            Status::Borrowed { member, due } => write!(f, "borrowed by m{} until day {}", member, due),
            Status::Lost => write!(f, "LOST"),
        }
    }
}

#[derive(Debug)]
enum LibError { NoSuchBook(u32), NotAvailable(u32, Status), NotBorrowed(u32) }

impl fmt::Display for LibError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            LibError::NoSuchBook(id) => write!(f, "no book with id {}", id),
            LibError::NotAvailable(id, st) => write!(f, "book {} is not available ({:?})", id, st),
            LibError::NotBorrowed(id) => write!(f, "book {} was not borrowed", id),
        }
    }
}

struct Library { books: Vec<Book>, day: u32, fines: Vec<(u32, u32)> }

impl Library {
    fn new() -> Self { Library { books: Vec::new(), day: 1, fines: vec![] } }
    fn add(&mut self, title: &str, author: &str, genre: Genre) -> u32 {
        let id = self.books.len() as u32 + 100;
        self.books.push(Book { id, title: title.to_string(), author: author.to_owned(), genre, status: Status::Available });
        id
    }
    fn find_mut(&mut self, id: u32) -> Result<&mut Book, LibError> {
        for b in self.books.iter_mut() {
            if b.id == id { return Ok(b); }
        }
        Err(LibError::NoSuchBook(id))
    }
    fn lend(&mut self, id: u32, member: u32) -> Result<u32, LibError> {
        let day = self.day;
        let book = self.find_mut(id)?;
        if book.status != Status::Available {
            return Err(LibError::NotAvailable(id, book.status.clone()));
        }
        let due = day + if book.genre == Genre::Poetry { 7 } else { 14 };
        book.status = Status::Borrowed { member, due };
        Ok(due)
    }
    fn give_back(&mut self, id: u32) -> Result<u32, LibError> {
        let day = self.day;
        let book = self.find_mut(id)?;
        let Status::Borrowed { member, due } = book.status else {
            return Err(LibError::NotBorrowed(id));
        };
        book.status = Status::Available;
        let late = if day > due { day - due } else { 0 };
        if late > 0 { self.fines.push((member, late * 25)); }
        Ok(late)
    }
}

fn main() {
    let mut lib = Library::new();
    let a = lib.add("Dune", "Herbert", Genre::Fiction);
    let b = lib.add("A Brief History of Time", "Hawking", Genre::Science);
    let c = lib.add("SPQR", "Beard", Genre::History);
    let d = lib.add("Leaves of Grass", "Whitman", Genre::Poetry);
    println!("{:?}", lib.lend(a, 1));
    println!("{:?}", lib.lend(d, 2).is_ok());
    lib.day = 5;
    match lib.lend(a, 3) { Ok(due) => println!("due {}", due), Err(e) => println!("error: {}", e) }
    match lib.lend(999, 3) { Ok(due) => println!("due {}", due), Err(e) => println!("error: {}", e) }
    lib.day = 20;
    for id in [a, b, d] {
        match lib.give_back(id) {
            Ok(0) => println!("{} returned on time", id),
            Ok(n) => println!("{} returned {} days late", id, n),
            Err(e) => println!("error: {}", e),
        }
    }
    lib.books[2].status = Status::Lost;
    let _ = c;
    for book in &lib.books { println!("{}", book); }
    let mut genres: Vec<Genre> = Vec::new();
    for book in lib.books.iter().rev() { genres.push(book.genre); }
    genres.sort();
    println!("{:?}", genres);
    let mut total = 0;
    for &(m, amt) in &lib.fines { println!("member {} owes {}.{:02}", m, amt / 100, amt % 100); total += amt; }
    println!("total fines {}", total);
}
