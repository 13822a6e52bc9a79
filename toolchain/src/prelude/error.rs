// ---- std::error ----
//
// `Error` and the conversions `?` uses to turn any error, or a message, into
// `Box<dyn Error>`, as std has them.

pub mod error {
    pub use super::Error;
}

/// `std::error::Error`: an error that prints for users (`Display`) and programmers (`Debug`).
pub trait Error: fmt::Debug + fmt::Display {
    fn source(&self) -> Option<&dyn Error> {
        None
    }
    fn description(&self) -> &str {
        "description() is deprecated; use Display"
    }
}

impl<'a, E: Error + 'a> From<E> for Box<dyn Error + 'a> {
    fn from(e: E) -> Box<dyn Error + 'a> {
        Box::new(e)
    }
}

/// The error a message converts into (std's is private too): `Debug` quotes the message,
/// `Display` prints it as it is.
struct __MessageError(String);
impl fmt::Debug for __MessageError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}
impl fmt::Display for __MessageError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}
impl Error for __MessageError {}
impl From<&str> for Box<dyn Error> {
    fn from(s: &str) -> Box<dyn Error> {
        Box::new(__MessageError(String::from(s)))
    }
}
impl From<String> for Box<dyn Error> {
    fn from(s: String) -> Box<dyn Error> {
        Box::new(__MessageError(s))
    }
}

impl Error for ParseIntError {}
impl Error for ParseFloatError {}
impl Error for ParseBoolError {}
impl Error for ParseCharError {}
impl Error for TryFromIntError {}
