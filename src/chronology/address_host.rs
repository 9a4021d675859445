//! The host of a web address in the one form browsers compare: percent-decoded and lower
//! case, IPv4 addresses read as the WHATWG URL standard reads them (`0x7f.1` is
//! `127.0.0.1`) and IPv6 addresses written as it writes them (`[0:0::1]` is `[::1]`).

use std::net::{Ipv4Addr, Ipv6Addr};

use super::address_error::AddressError;

/// The host in canonical form: percent-decoded and lower case, IP addresses as browsers
/// write them.
pub(super) fn parse_host(text: &str) -> Result<String, AddressError> {
    let bad = || AddressError::BadHost {
        host: text.to_owned(),
    };
    if let Some(inner) = text.strip_prefix('[') {
        let inner = inner.strip_suffix(']').ok_or_else(bad)?;
        let address: Ipv6Addr = inner.parse().map_err(|_| bad())?;
        return Ok(format!("[{}]", ipv6_text(address)));
    }
    let decoded = String::from_utf8(percent_decode(text)).map_err(|_| bad())?;
    let host = super::lower_case(&decoded);
    let forbidden = |c: char| c.is_control() || " #%/:<>?@[\\]^|".contains(c);
    if host.is_empty() || host.contains(forbidden) {
        return Err(bad());
    }
    if ends_in_number(&host) {
        return parse_ipv4(&host).ok_or_else(bad);
    }
    Ok(host)
}

/// Bytes with every `%` and two hex digits decoded; other `%` stay.
fn percent_decode(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        let hex = |i: usize| bytes.get(i).and_then(|b| char::from(*b).to_digit(16));
        match (bytes[at], hex(at + 1), hex(at + 2)) {
            (b'%', Some(high), Some(low)) => {
                // Two hex digits make at most 255.
                decoded.push(u8::try_from(high * 16 + low).unwrap_or(b'%'));
                at += 3;
            }
            (byte, _, _) => {
                decoded.push(byte);
                at += 1;
            }
        }
    }
    decoded
}

/// Whether the WHATWG URL standard reads a host as an IPv4 address: its last label (after
/// dropping one empty last label) is a number.
fn ends_in_number(host: &str) -> bool {
    let mut labels: Vec<&str> = host.split('.').collect();
    if labels.len() > 1 && labels.last() == Some(&"") {
        labels.pop();
    }
    labels.last().is_some_and(|last| {
        (!last.is_empty() && last.bytes().all(|b| b.is_ascii_digit()))
            || ipv4_number(last).is_some()
    })
}

/// One part of an IPv4 address: decimal, octal with a leading `0`, hex after `0x`.
fn ipv4_number(part: &str) -> Option<u64> {
    if part.is_empty() {
        return None;
    }
    let (digits, radix) = if let Some(hex) = part.strip_prefix("0x") {
        (hex, 16)
    } else if part.len() > 1 && part.starts_with('0') {
        (&part[1..], 8)
    } else {
        (part, 10)
    };
    if digits.is_empty() {
        return Some(0);
    }
    if !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    // Only overflow is left to fail: a number that large is no part of an address.
    Some(u64::from_str_radix(digits, radix).unwrap_or(u64::MAX))
}

/// An IPv4 host in dotted decimal, as the WHATWG URL standard reads `127.1` or `0x7f.0.0.1`.
fn parse_ipv4(host: &str) -> Option<String> {
    let mut parts: Vec<&str> = host.split('.').collect();
    if parts.len() > 1 && parts.last() == Some(&"") {
        parts.pop();
    }
    if parts.len() > 4 {
        return None;
    }
    let numbers = parts
        .iter()
        .map(|part| ipv4_number(part))
        .collect::<Option<Vec<u64>>>()?;
    let (last, init) = numbers.split_last()?;
    if init.iter().any(|&n| n > 255) {
        return None;
    }
    let room = 5 - u32::try_from(numbers.len()).ok()?;
    if *last >= 256u64.pow(room) {
        return None;
    }
    let mut address = *last;
    for (n, number) in (0u32..).zip(init) {
        address += number * 256u64.pow(3 - n);
    }
    Some(Ipv4Addr::from(u32::try_from(address).ok()?).to_string())
}

/// An IPv6 address as the WHATWG URL standard writes it: lower-case hex without leading
/// zeros, the first longest run of two or more zero pieces as `::`, no dotted IPv4 tail.
fn ipv6_text(address: Ipv6Addr) -> String {
    let pieces = address.segments();
    let mut compress: Option<(usize, usize)> = None;
    let mut at = 0;
    while at < pieces.len() {
        if pieces[at] != 0 {
            at += 1;
            continue;
        }
        let start = at;
        while at < pieces.len() && pieces[at] == 0 {
            at += 1;
        }
        let len = at - start;
        if len > 1 && compress.is_none_or(|(_, best)| len > best) {
            compress = Some((start, len));
        }
    }
    let mut text = String::new();
    let mut at = 0;
    while at < pieces.len() {
        if let Some((start, len)) = compress.filter(|&(start, _)| start == at) {
            text.push_str(if start == 0 { "::" } else { ":" });
            at += len;
            continue;
        }
        text.push_str(&format!("{:x}", pieces[at]));
        if at + 1 < pieces.len() {
            text.push(':');
        }
        at += 1;
    }
    text
}
