//! Which addresses a page may load a chronology from (`?data=`), and how long and how large
//! a load may be: the page's own origin and the origins its deployer lists, never `data:`,
//! `blob:`, `file:` or `javascript:`.

use std::fmt;

use super::address::{clean, split_scheme, without_user_info, Origin, WebAddress};
use super::address_error::{shorten, AddressError};

/// Which addresses a deployment lets `?data=` load a chronology from, and how long and how
/// large a load may be.
///
/// A page loads data from its own origin and from the origins its publisher lists, nothing
/// else: a link to the viewer with someone else's data would otherwise show that data under
/// the publisher's name. The settings come from the deployer's page, e.g.
/// `<meta name="chronoline:data-origins" content="https://data.example.org https://cdn.example.com">`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataPolicy {
    allowed: Vec<Origin>,
    timeout_ms: u32,
    max_bytes: u64,
}

impl Default for DataPolicy {
    /// The page's own origin only, 20 s, 100 MB.
    fn default() -> Self {
        DataPolicy {
            allowed: Vec::new(),
            timeout_ms: DataPolicy::DEFAULT_TIMEOUT_MS,
            max_bytes: DataPolicy::DEFAULT_MAX_BYTES,
        }
    }
}

impl DataPolicy {
    /// Milliseconds without progress after which a data request is abandoned, by default.
    pub const DEFAULT_TIMEOUT_MS: u32 = 20_000;
    /// The largest data a page loads, by default: 100 MB.
    pub const DEFAULT_MAX_BYTES: u64 = 100 * 1024 * 1024;

    /// The policy a deployer wrote: `origins` is a list of origins separated by white space or
    /// commas, `timeout_seconds` a whole number from 1 to 600, `max_megabytes` a whole number
    /// from 1 to 2000 (a megabyte is 1,048,576 bytes). A setting that is missing or blank
    /// keeps its default.
    ///
    /// Nothing is fatal: an entry that cannot be used is skipped, a value out of range is
    /// replaced by its default, and each is named in the returned messages, written for the
    /// deployer. `*` and other wildcards are refused: every allowed site is named.
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::DataPolicy;
    /// let (policy, messages) = DataPolicy::from_settings(
    ///     Some("https://data.example.org, https://cdn.example.com/ *"),
    ///     Some("45"),
    ///     Some("huge"),
    /// );
    /// assert_eq!(policy.allowed_origins().len(), 2);
    /// assert_eq!(policy.timeout_ms(), 45_000);
    /// assert_eq!(policy.max_bytes(), DataPolicy::DEFAULT_MAX_BYTES);
    /// assert_eq!(messages.len(), 2);
    /// assert!(messages[0].contains("“*”"));
    /// ```
    pub fn from_settings(
        origins: Option<&str>,
        timeout_seconds: Option<&str>,
        max_megabytes: Option<&str>,
    ) -> (DataPolicy, Vec<String>) {
        let mut policy = DataPolicy::default();
        let mut messages = Vec::new();
        let entries = origins
            .unwrap_or_default()
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|entry| !entry.is_empty());
        for entry in entries {
            if entry.contains('*') {
                messages.push(format!(
                    "“{}” in the allowed data origins is refused: wildcards would let a link show \
                     chronologies from sites the publisher never chose; name each site, such as \
                     https://data.example.org.",
                    shorten(entry)
                ));
                continue;
            }
            match Origin::parse(entry) {
                Ok(origin) => {
                    if !policy.allowed.contains(&origin) {
                        policy.allowed.push(origin);
                    }
                }
                Err(reason) => messages.push(format!(
                    "“{}” in the allowed data origins is skipped: {reason}.",
                    shorten(entry)
                )),
            }
        }
        if let Some(seconds) = setting(timeout_seconds) {
            match seconds.parse::<u32>() {
                Ok(seconds @ 1..=600) => policy.timeout_ms = seconds * 1000,
                _ => messages.push(format!(
                    "The data time-out “{}” is not a whole number of seconds from 1 to 600; {} \
                     seconds are used.",
                    shorten(seconds),
                    DataPolicy::DEFAULT_TIMEOUT_MS / 1000
                )),
            }
        }
        if let Some(megabytes) = setting(max_megabytes) {
            match megabytes.parse::<u64>() {
                Ok(megabytes @ 1..=2000) => policy.max_bytes = megabytes * 1024 * 1024,
                _ => messages.push(format!(
                    "The data size limit “{}” is not a whole number of megabytes from 1 to 2000; \
                     {} MB is used.",
                    shorten(megabytes),
                    DataPolicy::DEFAULT_MAX_BYTES / 1024 / 1024
                )),
            }
        }
        (policy, messages)
    }

    /// The origins allowed besides the page's own.
    pub fn allowed_origins(&self) -> &[Origin] {
        &self.allowed
    }

    /// Milliseconds without progress after which a data request is abandoned.
    pub fn timeout_ms(&self) -> u32 {
        self.timeout_ms
    }

    /// The largest data, in bytes, a page loads.
    pub fn max_bytes(&self) -> u64 {
        self.max_bytes
    }

    /// Whether the chronology at `data_url` may be loaded by the page at `page_url`.
    ///
    /// `data_url` is absolute, as the browser resolved `?data=` against the page; `page_url`
    /// is the page's own address. The data is allowed when its origin is the page's or one
    /// of [`DataPolicy::allowed_origins`]. A page that is not itself on http(s) (a saved
    /// file) has no origin of its own, so only the listed origins are allowed.
    ///
    /// Check again with the final address after redirects: a redirect can lead elsewhere.
    ///
    /// # Errors
    /// A [`DataRefusal`] saying why, first by scheme (`data:`, `blob:`, `javascript:`,
    /// `file:`, any other that is not http or https), then for an address that cannot be
    /// read, then for an origin that is not allowed.
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::DataPolicy;
    /// let (policy, _) = DataPolicy::from_settings(Some("https://data.example.org"), None, None);
    /// let page = "https://news.example.org/war/?data=x";
    /// let own = policy.check("https://news.example.org/data/war.json", page).unwrap();
    /// assert!(own.same_origin());
    /// let listed = policy.check("https://data.example.org/chronologies/war.json", page).unwrap();
    /// assert!(!listed.same_origin());
    /// assert_eq!(listed.host_and_path(), "data.example.org/chronologies/war.json");
    /// let refusal = policy.check("https://data.example.org@evil.test/x.json", page).unwrap_err();
    /// assert_eq!(
    ///     refusal.to_string(),
    ///     "This page only shows chronologies from its own site and the sites its publisher \
    ///      allows; https://evil.test/x.json is on evil.test."
    /// );
    /// ```
    pub fn check(&self, data_url: &str, page_url: &str) -> Result<DataAddress, DataRefusal> {
        let cleaned = clean(data_url);
        let shown = shorten(&cleaned);
        match split_scheme(&cleaned) {
            None => return Err(DataRefusal::NotAbsolute { address: shown }),
            Some((scheme, _)) => match scheme.as_str() {
                "http" | "https" => {}
                "data" => return Err(DataRefusal::Data),
                "blob" => return Err(DataRefusal::Blob { address: shown }),
                "javascript" => return Err(DataRefusal::Script { address: shown }),
                "file" => return Err(DataRefusal::File { address: shown }),
                _ => {
                    return Err(DataRefusal::OtherScheme {
                        scheme: shorten(&scheme),
                        address: shown,
                    })
                }
            },
        }
        let address = WebAddress::parse(&cleaned).map_err(|reason| DataRefusal::Malformed {
            address: shorten(&without_user_info(&cleaned)),
            reason,
        })?;
        let origin = address.origin();
        let page = WebAddress::parse(page_url).ok().map(|page| page.origin());
        if page.as_ref() == Some(&origin) {
            return Ok(DataAddress {
                address,
                same_origin: true,
            });
        }
        if self.allowed.contains(&origin) {
            return Ok(DataAddress {
                address,
                same_origin: false,
            });
        }
        // On the page's own host but another scheme or port, the host alone would read as
        // if it were allowed: say the whole origin.
        let site = if page.is_some_and(|page| page.host() == origin.host()) {
            origin.to_string()
        } else {
            origin.site()
        };
        Err(DataRefusal::OtherSite {
            address: shorten(&address.to_string()),
            site: shorten(&site),
        })
    }
}

/// A data address that [`DataPolicy::check`] allowed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataAddress {
    address: WebAddress,
    same_origin: bool,
}

impl DataAddress {
    /// The address, read.
    pub fn address(&self) -> &WebAddress {
        &self.address
    }

    /// Whether the data comes from the page's own origin (otherwise from an allowed one).
    pub fn same_origin(&self) -> bool {
        self.same_origin
    }

    /// Host and path to show the reader where the data comes from
    /// (see [`WebAddress::host_and_path`]).
    pub fn host_and_path(&self) -> String {
        self.address.host_and_path()
    }
}

/// Why a page does not load a chronology from an address. Its `Display` is a sentence for the
/// reader; addresses in it are cut to about 100 characters and never show user information.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataRefusal {
    /// Not an absolute address.
    NotAbsolute {
        /// The address as given, cut.
        address: String,
    },
    /// A `data:` address, which carries the data itself (and is not shown).
    Data,
    /// A `blob:` address, data made inside some page.
    Blob {
        /// The address, cut.
        address: String,
    },
    /// A `javascript:` address.
    Script {
        /// The address, cut.
        address: String,
    },
    /// A `file:` address.
    File {
        /// The address, cut.
        address: String,
    },
    /// Any other scheme that is not http or https.
    OtherScheme {
        /// The scheme in lower case, without the colon.
        scheme: String,
        /// The address, cut.
        address: String,
    },
    /// An http(s) address that cannot be read.
    Malformed {
        /// The address as given, cut.
        address: String,
        /// Why it cannot be read.
        reason: AddressError,
    },
    /// An address on a site that is neither the page's nor allowed.
    OtherSite {
        /// The address without user information or fragment, cut.
        address: String,
        /// Its host (and port), or its whole origin when the host is the page's own.
        site: String,
    },
}

impl fmt::Display for DataRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DataRefusal::NotAbsolute { address } => write!(
                f,
                "{address} is not a complete web address (one that starts with https://); it is \
                 not loaded."
            ),
            DataRefusal::Data => f.write_str(
                "A data: address carries its chronology inside the link itself, so nobody can \
                 tell who published it; it is not loaded.",
            ),
            DataRefusal::Blob { address } => write!(
                f,
                "A blob: address points to data made inside another page, so nobody can tell \
                 who published it; {address} is not loaded."
            ),
            DataRefusal::Script { address } => write!(
                f,
                "{address} is a script, not the address of a chronology; it is not run."
            ),
            DataRefusal::File { address } => write!(
                f,
                "{address} is a file on someone's own computer, which a web page may not read; \
                 it is not loaded."
            ),
            DataRefusal::OtherScheme { scheme, address } => write!(
                f,
                "{address} is a {scheme}: address; chronologies are loaded only from http and \
                 https addresses."
            ),
            DataRefusal::Malformed { address, reason } => {
                write!(f, "{address} is not a usable web address: {reason}.")
            }
            DataRefusal::OtherSite { address, site } => write!(
                f,
                "This page only shows chronologies from its own site and the sites its \
                 publisher allows; {address} is on {site}."
            ),
        }
    }
}

impl std::error::Error for DataRefusal {}

/// A setting's value, `None` when missing or blank.
fn setting(value: Option<&str>) -> Option<&str> {
    value.map(str::trim).filter(|value| !value.is_empty())
}

#[cfg(test)]
mod tests;
