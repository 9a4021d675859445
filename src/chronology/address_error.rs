//! Why a text is not a web address or not an origin, in words that follow the address in a
//! sentence, and how much of an address a message shows.

use std::fmt;

/// Addresses in messages are cut to this many characters.
pub(crate) const SHOWN_CHARS: usize = 100;

/// Why a text is not an http(s) address (or, for [`Origin::parse`], not a bare origin).
///
/// Its `Display` is a reason in lower case, to follow the address in a sentence.
///
/// [`Origin::parse`]: super::Origin::parse
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AddressError {
    /// There is no text.
    Empty,
    /// It does not start with a scheme: a relative address such as `data.json` or a
    /// protocol-relative one such as `//example.org/data.json`.
    NotAbsolute,
    /// Its scheme, in lower case, is not `http` or `https`.
    NotWeb {
        /// The scheme, without the colon.
        scheme: String,
    },
    /// Nothing names a host after the scheme.
    NoHost,
    /// The host has characters no host may have, or is a malformed IP address.
    BadHost {
        /// The host as written.
        host: String,
    },
    /// The port is not a number from 0 to 65535.
    BadPort {
        /// The port as written.
        port: String,
    },
    /// A path, query, fragment or user information follows the scheme, host and port of
    /// what should be an origin.
    NotAnOrigin,
    /// An origin's host is not written in ASCII, the form browsers compare.
    NotAscii {
        /// The host as written.
        host: String,
    },
}

impl fmt::Display for AddressError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AddressError::Empty => f.write_str("there is no address"),
            AddressError::NotAbsolute => f.write_str(
                "it is not a complete address: it does not start with http:// or https://",
            ),
            AddressError::NotWeb { scheme } => write!(
                f,
                "it is a {}: address, not an http or https one",
                shorten(scheme)
            ),
            AddressError::NoHost => f.write_str("it names no site after the scheme"),
            AddressError::BadHost { host } => {
                write!(f, "“{}” is not a valid site name", shorten(host))
            }
            AddressError::BadPort { port } => write!(
                f,
                "“{}” is not a port number from 0 to 65535",
                shorten(port)
            ),
            AddressError::NotAnOrigin => f.write_str(
                "an origin is only a scheme, a site and a port, such as https://data.example.org, \
                 with no path, query or user name",
            ),
            AddressError::NotAscii { host } => write!(
                f,
                "write the site name “{}” in its ASCII (xn--) form, the one browsers compare",
                shorten(host)
            ),
        }
    }
}

impl std::error::Error for AddressError {}

/// The text cut to [`SHOWN_CHARS`] characters, with "…" when cut.
pub(crate) fn shorten(text: &str) -> String {
    match text.char_indices().nth(SHOWN_CHARS) {
        None => text.to_owned(),
        Some(_) => {
            let mut cut: String = text.chars().take(SHOWN_CHARS - 1).collect();
            cut.push('…');
            cut
        }
    }
}
