// covers: nested modules with pub(crate) const, pub(super) fn, pub(crate) fields, private fields behind accessors, use super::/crate::/self:: paths, pub use re-exports of a struct and enum, self::find inside a method, Display impl inside a module, Result<(), Book> returning ownership on failure, Vec::insert rollback, block expressions computing values inline
// module-level consts, an enum and trait shared across modules.
mod library {
    pub(crate) const MAX_LOANS: usize = 2;

    pub mod catalog {
        use super::MAX_LOANS;
        use std::fmt;

        #[derive(Debug, Clone, Copy, PartialEq)]
        pub enum Genre { Fiction, Science, History }

        #[derive(Debug, Clone)]
        pub struct Book {
            pub title: String,
            pub genre: Genre,
            pub(crate) year: u16,
            id: u32,
        }

        impl Book {
            pub fn new(id: u32, title: &str, genre: Genre, year: u16) -> Book {
                Book { title: title.to_string(), genre, year, id }
            }
            pub fn id(&self) -> u32 { self.id }
        }

        impl fmt::Display for Book {
            fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
                write!(f, "#{} {} ({}, {:?})", self.id, self.title, self.year, self.genre)
            }
        }

        pub(super) fn loan_limit_note() -> String {
            format!("max {} loans", MAX_LOANS)
        }
    }

    pub mod members {
        use super::catalog::Book;
        use crate::library::MAX_LOANS;

        pub struct Member {
            pub name: String,
            loans: Vec<Book>,
        }

        impl Member {
            pub fn new(name: &str) -> Self { Member { name: name.into(), loans: vec![] } }
            pub fn borrow_book(&mut self, b: Book) -> Result<(), Book> {
                if self.loans.len() >= MAX_LOANS { return Err(b); }
                self.loans.push(b);
                Ok(())
            }
            pub fn return_book(&mut self, id: u32) -> Option<Book> {
                let pos = self::find(&self.loans, id)?;
                Some(self.loans.remove(pos))
            }
            pub fn loans(&self) -> &[Book] { &self.loans }
        }

        fn find(books: &[Book], id: u32) -> Option<usize> {
            for (i, b) in books.iter().enumerate() {
                if b.id() == id { return Some(i); }
            }
            None
        }
    }

    pub use self::catalog::{Book, Genre};
    use self::members::Member;

    pub struct Library { shelf: Vec<Book>, pub members: Vec<Member> }

    impl Library {
        pub fn new() -> Library {
            let books = [("Dune", Genre::Fiction, 1965), ("Cosmos", Genre::Science, 1980), ("SPQR", Genre::History, 2015), ("Emma", Genre::Fiction, 1815)];
            let mut shelf = Vec::new();
            for (i, (t, g, y)) in books.iter().enumerate() {
                shelf.push(Book::new(100 + i as u32, t, *g, *y));
            }
            Library { shelf, members: vec![Member::new("ann"), Member::new("ben")] }
        }
        pub fn note(&self) -> String { catalog::loan_limit_note() }
        pub fn lend(&mut self, member: usize, id: u32) -> Result<String, String> {
            let mut found = None;
            for (i, b) in self.shelf.iter().enumerate() { if b.id() == id { found = Some(i); break; } }
            let pos = found.ok_or(format!("book {} not on shelf", id))?;
            let book = self.shelf.remove(pos);
            let m = &mut self.members[member];
            match m.borrow_book(book) {
                Ok(()) => Ok(format!("{} borrowed {}", m.name, id)),
                Err(b) => { self.shelf.insert(pos, b); Err(format!("{} is at the limit", m.name)) }
            }
        }
        pub fn give_back(&mut self, member: usize, id: u32) -> bool {
            match self.members[member].return_book(id) {
                Some(b) => { self.shelf.push(b); true }
                None => false,
            }
        }
        pub fn shelf(&self) -> &Vec<Book> { &self.shelf }
    }

}

use library::{Genre, Library};

fn main() {
    let mut lib = Library::new();
    println!("{}", lib.note());
    for (m, id) in [(0, 100), (0, 101), (0, 102), (1, 100), (1, 102), (1, 999)] {
        match lib.lend(m, id) {
            Ok(s) => println!("ok: {}", s),
            Err(e) => println!("err: {}", e),
        }
    }
    println!("return 101 by ann: {}, again: {}", lib.give_back(0, 101), lib.give_back(0, 101));
    for b in lib.shelf() { println!("shelf: {}", b); }
    for m in &lib.members {
        let titles: Vec<&str> = { let mut v = vec![]; for b in m.loans() { v.push(b.title.as_str()); } v };
        println!("{} has {:?}", m.name, titles);
    }
    let fiction = { let mut n = 0; for b in lib.shelf() { if b.genre == Genre::Fiction { n += 1; } } n };
    println!("fiction on shelf: {}, oldest year: {:?}", fiction, { let mut ys = Vec::new(); for b in lib.shelf() { ys.push(b.year); } ys.into_iter().min() });
    println!("MAX_LOANS = {}", library::MAX_LOANS);
}
