//! Web addresses read the way a browser reads them (their host is put in canonical form in
//! `address_host.rs`, why a text is not one is in `address_error.rs`; the rule for which
//! addresses a page may load a chronology from is in `data_policy.rs`).
//!
//! What a reader is shown, and what a permission is decided on, must be the host the browser
//! will actually connect to. `https://www.reuters.com@evil.test/` goes to `evil.test`: the
//! part before the last `@` is user information, which [`WebAddress`] drops and never shows.
//! The authority is split as the WHATWG URL standard splits it for http and https; host names
//! are lower-cased, IPv4 and IPv6 addresses written in their one canonical form, but
//! international names are not converted to their `xn--` form.

use std::fmt;

use super::address_error::AddressError;
use super::address_host::parse_host;

/// An absolute http or https address, split as a browser splits it.
///
/// Every field is in canonical form: the scheme and host are lower case, a port equal to the
/// scheme's default is no port, and user information is gone. The path keeps the query and
/// loses the fragment; it is not otherwise normalized.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct WebAddress {
    scheme: &'static str,
    host: String,
    port: Option<u16>,
    path: String,
}

impl WebAddress {
    /// Reads an absolute http or https address.
    ///
    /// As in a browser, tabs and line breaks anywhere and spaces or control characters at
    /// either end are ignored; any number of `/` or `\` may follow the scheme; the authority
    /// ends at the first `/`, `?`, `#` or `\`; everything in it up to the last `@` is user
    /// information and is dropped; the port follows the first `:` outside `[…]`.
    /// Percent-encoded host characters are decoded, and IP addresses written in their
    /// canonical form (`0x7f.1` is `127.0.0.1`, `[0:0::1]` is `[::1]`).
    ///
    /// # Errors
    /// [`AddressError`] says why the text is not an absolute http(s) address with a host:
    /// no scheme (`//example.org/x` is protocol-relative, not absolute), another scheme, no
    /// host, a host or port that cannot be.
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::{AddressError, WebAddress};
    /// let address = WebAddress::parse("HTTPS://www.reuters.com@Evil.test:443/x?y=1#z").unwrap();
    /// assert_eq!(address.host(), "evil.test");
    /// assert_eq!(address.port(), None);
    /// assert_eq!(address.path(), "/x?y=1");
    /// assert_eq!(address.to_string(), "https://evil.test/x?y=1");
    /// assert_eq!(WebAddress::parse("//evil.test/x"), Err(AddressError::NotAbsolute));
    /// ```
    pub fn parse(text: &str) -> Result<WebAddress, AddressError> {
        let parts = Parts::parse(text)?;
        let rest = parts.rest.split('#').next().unwrap_or_default();
        let (path, query) = match rest.find('?') {
            Some(at) => rest.split_at(at),
            None => (rest, ""),
        };
        let mut path = path.replace('\\', "/");
        if path.is_empty() {
            path.push('/');
        }
        path.push_str(query);
        Ok(WebAddress {
            scheme: parts.scheme,
            host: parts.host,
            port: parts.port,
            path,
        })
    }

    /// `http` or `https`.
    pub fn scheme(&self) -> &str {
        self.scheme
    }

    /// The host in lower case: a name (`data.example.org`), an IPv4 address or an IPv6
    /// address in brackets (`[::1]`).
    pub fn host(&self) -> &str {
        &self.host
    }

    /// The port, when it is not the scheme's default (80 for http, 443 for https).
    pub fn port(&self) -> Option<u16> {
        self.port
    }

    /// The path and query (`/chronologies/war.json?v=2`), at least `/`.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The scheme, host and port: who published what is at this address.
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::WebAddress;
    /// let address = WebAddress::parse("http://127.0.0.1:8080/data.json").unwrap();
    /// assert_eq!(address.origin().to_string(), "http://127.0.0.1:8080");
    /// ```
    pub fn origin(&self) -> Origin {
        Origin {
            scheme: self.scheme,
            host: self.host.clone(),
            port: self.port,
        }
    }

    /// The address as a reader needs to see it: host, port when not the default, and path,
    /// without scheme, query or user information.
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::WebAddress;
    /// let address =
    ///     WebAddress::parse("https://me:secret@data.example.org/chronologies/war.json?v=2").unwrap();
    /// assert_eq!(address.host_and_path(), "data.example.org/chronologies/war.json");
    /// ```
    pub fn host_and_path(&self) -> String {
        let path = self.path.split('?').next().unwrap_or_default();
        let mut shown = self.host.clone();
        if let Some(port) = self.port {
            shown.push_str(&format!(":{port}"));
        }
        if path != "/" {
            shown.push_str(path);
        }
        shown
    }
}

/// The address without user information or fragment: `https://evil.test/x?y=1`.
impl fmt::Display for WebAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.origin(), self.path)
    }
}

/// The host of an http or https address, as the browser will reach it (never the user
/// information before an `@`); `None` for other schemes (`mailto:`) and for what is not an
/// address.
///
/// # Example
/// ```
/// use chronoline::chronology::host_of;
/// assert_eq!(host_of("https://www.reuters.com@evil.test/x").as_deref(), Some("evil.test"));
/// assert_eq!(host_of("https://WWW.Reuters.com/world"), Some("www.reuters.com".to_string()));
/// assert_eq!(host_of("mailto:desk@example.org"), None);
/// ```
pub fn host_of(url: &str) -> Option<String> {
    WebAddress::parse(url).ok().map(|address| address.host)
}

/// Who publishes at an address: its scheme, host and port. Two addresses are of one site, for
/// the browser and for [`DataPolicy`], exactly when their origins are equal.
///
/// [`DataPolicy`]: super::DataPolicy
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Origin {
    scheme: &'static str,
    host: String,
    port: Option<u16>,
}

impl Origin {
    /// Reads a bare origin such as `https://data.example.org` or `http://127.0.0.1:8080/`: a
    /// scheme, host and port, optionally followed by one `/`.
    ///
    /// # Errors
    /// Everything [`WebAddress::parse`] refuses, and [`AddressError::NotAnOrigin`] when a path,
    /// query, fragment or user information follows, [`AddressError::NotAscii`] when the host
    /// is not written in ASCII.
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::{AddressError, Origin};
    /// let origin = Origin::parse("HTTPS://Data.Example.org:443/").unwrap();
    /// assert_eq!(origin.to_string(), "https://data.example.org");
    /// assert_eq!(
    ///     Origin::parse("https://data.example.org/chronologies"),
    ///     Err(AddressError::NotAnOrigin)
    /// );
    /// ```
    pub fn parse(text: &str) -> Result<Origin, AddressError> {
        let parts = Parts::parse(text)?;
        if parts.had_user_info || !matches!(parts.rest.as_str(), "" | "/") {
            return Err(AddressError::NotAnOrigin);
        }
        if !parts.host.is_ascii() {
            return Err(AddressError::NotAscii { host: parts.host });
        }
        Ok(Origin {
            scheme: parts.scheme,
            host: parts.host,
            port: parts.port,
        })
    }

    /// `http` or `https`.
    pub fn scheme(&self) -> &str {
        self.scheme
    }

    /// The host in lower case.
    pub fn host(&self) -> &str {
        &self.host
    }

    /// The port, when it is not the scheme's default.
    pub fn port(&self) -> Option<u16> {
        self.port
    }

    /// The host, and the port when it is not the default: `evil.test`, `127.0.0.1:8080`.
    pub(crate) fn site(&self) -> String {
        match self.port {
            Some(port) => format!("{}:{port}", self.host),
            None => self.host.clone(),
        }
    }
}

/// `https://data.example.org`, `http://127.0.0.1:8080`.
impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}://{}", self.scheme, self.site())
    }
}

/// An http(s) address taken apart, before its path is put in shape.
struct Parts {
    scheme: &'static str,
    had_user_info: bool,
    host: String,
    port: Option<u16>,
    /// Everything after the authority: path, query and fragment as written.
    rest: String,
}

impl Parts {
    fn parse(text: &str) -> Result<Parts, AddressError> {
        let text = clean(text);
        if text.is_empty() {
            return Err(AddressError::Empty);
        }
        let (scheme, rest) = split_scheme(&text).ok_or(AddressError::NotAbsolute)?;
        let (scheme, default_port) = match scheme.as_str() {
            "http" => ("http", 80),
            "https" => ("https", 443),
            _ => return Err(AddressError::NotWeb { scheme }),
        };
        let rest = rest.trim_start_matches(['/', '\\']);
        let end = rest.find(['/', '?', '#', '\\']).unwrap_or(rest.len());
        let (authority, rest) = rest.split_at(end);
        let (had_user_info, host_and_port) = match authority.rfind('@') {
            Some(at) => (true, &authority[at + 1..]),
            None => (false, authority),
        };
        let (host, port) = split_port(host_and_port)?;
        if host.is_empty() {
            return Err(AddressError::NoHost);
        }
        Ok(Parts {
            scheme,
            had_user_info,
            host: parse_host(host)?,
            port: parse_port(port, default_port)?,
            rest: rest.to_owned(),
        })
    }
}

/// The text as a browser reads it: without tabs and line breaks, and without spaces or
/// control characters at either end.
pub(crate) fn clean(text: &str) -> String {
    text.trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect()
}

/// An address that may not parse, with what would be user information cut out of its
/// authority (`https://me:pw@a b/` is shown as `https://a b/`).
pub(crate) fn without_user_info(text: &str) -> String {
    let Some(colon) = text.find(':') else {
        return text.to_owned();
    };
    let after_scheme = &text[colon + 1..];
    let slashes = after_scheme.len() - after_scheme.trim_start_matches(['/', '\\']).len();
    let (lead, rest) = text.split_at(colon + 1 + slashes);
    let end = rest.find(['/', '?', '#', '\\']).unwrap_or(rest.len());
    match rest[..end].rfind('@') {
        Some(at) => format!("{lead}{}", &rest[at + 1..]),
        None => text.to_owned(),
    }
}

/// The scheme in lower case and what follows its colon, when the text starts with one.
pub(crate) fn split_scheme(text: &str) -> Option<(String, &str)> {
    let colon = text.find(':')?;
    let scheme = &text[..colon];
    let mut chars = scheme.chars();
    let valid = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then(|| (scheme.to_ascii_lowercase(), &text[colon + 1..]))
}

/// The host and the port text of an authority without user information.
fn split_port(authority: &str) -> Result<(&str, Option<&str>), AddressError> {
    if authority.starts_with('[') {
        let bad = || AddressError::BadHost {
            host: authority.to_owned(),
        };
        let close = authority.find(']').ok_or_else(bad)?;
        let (host, after) = authority.split_at(close + 1);
        return match after.strip_prefix(':') {
            Some(port) => Ok((host, Some(port))),
            None if after.is_empty() => Ok((host, None)),
            None => Err(bad()),
        };
    }
    Ok(match authority.split_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    })
}

/// The port, `None` when absent, empty or the scheme's default.
fn parse_port(port: Option<&str>, default_port: u16) -> Result<Option<u16>, AddressError> {
    let Some(text) = port.filter(|port| !port.is_empty()) else {
        return Ok(None);
    };
    let bad = || AddressError::BadPort {
        port: text.to_owned(),
    };
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let digits = text.trim_start_matches('0');
    let port = if digits.is_empty() {
        0
    } else {
        digits.parse::<u16>().map_err(|_| bad())?
    };
    Ok((port != default_port).then_some(port))
}

#[cfg(test)]
mod tests;
