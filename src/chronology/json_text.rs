//! Reading JSON text defensively, for documents of any size and any origin: positions in the
//! file, one value at a time, and values that cannot be read dropped one by one instead of
//! failing what contains them.
//!
//! serde_json reads each value; this module decides how far each read reaches. Three things
//! it refuses that real files contain are handled here: a lone UTF-16 surrogate escape (what
//! JavaScript writes for an emoji cut in half) becomes U+FFFD, a value nested deeper than
//! serde_json's 128 levels is dropped, and a number too large for a float (`1e400`) is
//! dropped — each named by its path, never taking its event with it.

use std::collections::BTreeMap;
use std::ops::Range;

use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::Value;

use super::message::Message;
use super::messages::{quoted, shortened};

/// A syntax error, at a byte offset of the whole text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SyntaxError {
    /// Byte offset in the text where reading failed.
    pub offset: usize,
    /// What was wrong, without a position.
    pub message: String,
}

impl SyntaxError {
    /// 1-based line and column of the error in `text`, the column in characters as an
    /// editor counts them (a byte-order mark is not one).
    pub fn line_and_column(&self, text: &str) -> (usize, usize) {
        let mut offset = self.offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text.as_bytes()[..offset];
        let line = 1 + memchr::memchr_iter(b'\n', before).count();
        let line_start = memchr::memrchr(b'\n', before).map_or(0, |newline| newline + 1);
        let column = text[line_start..offset]
            .chars()
            .filter(|&c| c != '\u{feff}')
            .count();
        (line, column + 1)
    }
}

/// Replaces every lone UTF-16 surrogate escape (`\uD83D` not followed by a low surrogate, or
/// a low surrogate without its high one) in `json[from..to]` by `\uFFFD`, which has the same
/// length, so every offset and position stays as in the file. Returns the byte offsets of
/// the replaced escapes and where to continue (an escape is never split between two calls).
pub(crate) fn repair_lone_surrogates(
    json: &mut [u8],
    from: usize,
    to: usize,
    repaired: &mut Vec<usize>,
) -> usize {
    let to = to.min(json.len());
    let mut at = from;
    // An escape that starts before `to` is read whole, so `at` may pass `to`.
    while at < to {
        let Some(found) = memchr::memchr(b'\\', &json[at..to]) else {
            break;
        };
        let slash = at + found;
        if slash + 1 >= json.len() {
            return json.len();
        }
        if json[slash + 1] != b'u' {
            at = slash + 2;
            continue;
        }
        let Some(unit) = hex4(json, slash + 2) else {
            at = slash + 2;
            continue;
        };
        let is_high = (0xD800..0xDC00).contains(&unit);
        let is_low = (0xDC00..0xE000).contains(&unit);
        let paired = is_high
            && json.get(slash + 6..slash + 8) == Some(b"\\u")
            && hex4(json, slash + 8).is_some_and(|next| (0xDC00..0xE000).contains(&next));
        if paired {
            at = slash + 12;
            continue;
        }
        if is_high || is_low {
            json[slash + 2..slash + 6].copy_from_slice(b"FFFD");
            repaired.push(slash);
        }
        at = slash + 6;
    }
    to.max(at)
}

fn hex4(json: &[u8], at: usize) -> Option<u32> {
    let digits = json.get(at..at + 4)?;
    let text = std::str::from_utf8(digits).ok()?;
    u32::from_str_radix(text, 16).ok()
}

/// The first byte at or after `at` that is not JSON white space.
pub(crate) fn skip_space(json: &str, mut at: usize) -> usize {
    let bytes = json.as_bytes();
    while at < bytes.len() && matches!(bytes[at], b' ' | b'\n' | b'\r' | b'\t') {
        at += 1;
    }
    at
}

/// The byte range of the one JSON value that starts at `at` (after white space), checked
/// for syntax but not read: lone surrogates, deep nesting and huge numbers pass here.
///
/// # Errors
/// A [`SyntaxError`] at its offset in `json`, worded by serde_json.
pub(crate) fn value_range(json: &str, at: usize) -> Result<Range<usize>, SyntaxError> {
    let rest = &json[at..];
    let mut reader = serde_json::Deserializer::from_str(rest);
    match <&RawValue>::deserialize(&mut reader) {
        Ok(raw) => {
            let start = at + (raw.get().as_ptr() as usize - rest.as_ptr() as usize);
            Ok(start..start + raw.get().len())
        }
        Err(error) => {
            // Skipping a value words some errors less well ("key must be a string" for a
            // trailing comma); the full reader says it better when it stops at the same place.
            let mut error = error;
            if let Err(full) = Value::deserialize(&mut serde_json::Deserializer::from_str(rest)) {
                if (full.line(), full.column()) == (error.line(), error.column()) {
                    error = full;
                }
            }
            Err(SyntaxError {
                offset: at + offset_of(rest, error.line(), error.column()),
                message: without_position(&error.to_string()),
            })
        }
    }
}

/// The byte offset of a 1-based line and column within `text`.
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        memchr::memchr_iter(b'\n', text.as_bytes())
            .nth(line - 2)
            .map_or(text.len(), |newline| newline + 1)
    };
    (line_start + column.saturating_sub(1)).min(text.len())
}

/// serde_json appends " at line L column C"; the position is reported separately.
pub(crate) fn without_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(cut) => message[..cut].to_owned(),
        None => message.to_owned(),
    }
}

/// A value that could not be read and was dropped: its path and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Unreadable {
    pub path: String,
    pub reason: Message,
}

/// Reads the (syntactically valid) JSON `raw` of an item — an event, a source — at `path`
/// into a value. Whatever inside cannot be read — nesting deeper than 128 levels, a number
/// beyond a float — becomes `null` (that is, absent) and is named in `unreadable`;
/// everything else is kept.
pub(crate) fn read_item(raw: &str, path: &str, unreadable: &mut Vec<Unreadable>) -> Value {
    read_within(raw, path, true, unreadable)
}

/// As [`read_item`] for one field's value: when it nests too deep, it is dropped whole.
pub(crate) fn read_field(raw: &str, path: &str, unreadable: &mut Vec<Unreadable>) -> Value {
    read_within(raw, path, false, unreadable)
}

fn read_within(raw: &str, path: &str, top: bool, unreadable: &mut Vec<Unreadable>) -> Value {
    let error = match serde_json::from_str::<Value>(raw) {
        Ok(value) => return value,
        Err(error) => error,
    };
    let message = error.to_string();
    let too_deep = message.starts_with("recursion limit exceeded");
    let trimmed = raw.trim_start();
    // The item itself (an event, a source) is always opened, so that one deep field costs
    // that field only; deeper down, a value nested too far is dropped whole.
    if top || !too_deep {
        if trimmed.starts_with('{') {
            if let Ok(fields) = serde_json::from_str::<BTreeMap<String, &RawValue>>(raw) {
                // Inserted one by one: collecting a map sorts first, one more sort in wasm.
                let mut map = serde_json::Map::new();
                for (key, value) in fields {
                    let at = format!("{path}{}", key_path(&key));
                    let value = read_within(value.get(), &at, false, unreadable);
                    map.insert(key, value);
                }
                return Value::Object(map);
            }
        } else if trimmed.starts_with('[') {
            if let Ok(items) = serde_json::from_str::<Vec<&RawValue>>(raw) {
                let items = items
                    .into_iter()
                    .enumerate()
                    .map(|(index, item)| {
                        read_within(item.get(), &format!("{path}[{index}]"), false, unreadable)
                    })
                    .collect();
                return Value::Array(items);
            }
        }
    }
    let reason = if too_deep {
        Message::TooDeep
    } else if message.starts_with("number out of range") {
        Message::NumberTooLarge {
            number: shortened(trimmed),
        }
    } else {
        Message::Unreadable {
            detail: without_position(&message),
        }
    };
    unreadable.push(Unreadable {
        path: path.to_owned(),
        reason,
    });
    Value::Null
}

/// `.key` for a path, or `["key"]` when the key is not a plain word; cut to 60 characters.
pub(crate) fn key_path(key: &str) -> String {
    let plain = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if plain && key.len() <= 60 {
        format!(".{key}")
    } else {
        format!("[{}]", quoted(key))
    }
}

/// The path of the innermost value of `raw` (found at `path`, starting at byte `start` of
/// the file) that holds the byte at `offset` of the file.
pub(crate) fn path_at(raw: &str, start: usize, path: String, offset: usize) -> String {
    let inner = |child: &RawValue| {
        let child_start = start + (child.get().as_ptr() as usize - raw.as_ptr() as usize);
        (child_start..child_start + child.get().len())
            .contains(&offset)
            .then_some(child_start)
    };
    let trimmed = raw.trim_start();
    if trimmed.starts_with('{') {
        if let Ok(fields) = serde_json::from_str::<BTreeMap<String, &RawValue>>(raw) {
            for (key, value) in fields {
                if let Some(child_start) = inner(value) {
                    return path_at(value.get(), child_start, path + &key_path(&key), offset);
                }
            }
        }
    } else if trimmed.starts_with('[') {
        if let Ok(items) = serde_json::from_str::<Vec<&RawValue>>(raw) {
            for (index, item) in items.into_iter().enumerate() {
                if let Some(child_start) = inner(item) {
                    return path_at(item.get(), child_start, format!("{path}[{index}]"), offset);
                }
            }
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repaired(json: &str) -> (String, Vec<usize>) {
        let mut bytes = json.as_bytes().to_vec();
        let mut offsets = Vec::new();
        let end = repair_lone_surrogates(&mut bytes, 0, json.len(), &mut offsets);
        assert_eq!(end, json.len());
        (String::from_utf8(bytes).unwrap(), offsets)
    }

    #[test]
    fn lone_surrogates_become_replacement_characters_and_pairs_stay() {
        let json = r#"["cut \ud83d", "pair \ud83d\ude00", "\\ud83d", "\udc00!"]"#;
        let (text, offsets) = repaired(json);
        assert_eq!(
            text,
            r#"["cut \uFFFD", "pair \ud83d\ude00", "\\ud83d", "\uFFFD!"]"#
        );
        assert_eq!(
            offsets,
            [json.find("\\ud83d").unwrap(), json.find("\\udc00").unwrap()]
        );
        let value: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value[0], "cut \u{fffd}");
        assert_eq!(value[1], "pair 😀");
        assert_eq!(value[2], "\\ud83d", "an escaped backslash is not an escape");
    }

    #[test]
    fn repairing_in_small_steps_never_splits_an_escape() {
        let json = r#"["\ud83d\ude00", "\ud83d", "\\", "\udc00"]"#;
        let whole = repaired(json);
        for step in 1..16 {
            let mut bytes = json.as_bytes().to_vec();
            let mut offsets = Vec::new();
            let mut at = 0;
            while at < bytes.len() {
                at = repair_lone_surrogates(&mut bytes, at, at + step, &mut offsets);
            }
            assert_eq!(
                (String::from_utf8(bytes).unwrap(), offsets),
                whole,
                "steps of {step}"
            );
        }
    }

    #[test]
    fn a_value_is_found_where_it_is_and_errors_are_placed_in_the_file() {
        let json = "{\n  \"a\": [1, {\"b\": 2}],\n  \"c\": {\"d\": 1,}\n}";
        let start = json.find('[').unwrap();
        assert_eq!(
            &json[value_range(json, start - 1).unwrap()],
            r#"[1, {"b": 2}]"#
        );
        let error = value_range(json, json.find("{\"d\"").unwrap()).unwrap_err();
        assert_eq!(error.message, "trailing comma");
        assert_eq!(error.line_and_column(json), (3, 16));
    }

    #[test]
    fn unreadable_values_are_dropped_one_by_one_with_their_paths() {
        let deep = format!("{}1{}", "[".repeat(200), "]".repeat(200));
        let raw = format!(
            r#"{{"id": "a", "notes": {deep}, "figures": [{{"label": "n", "value": 1e400}}], "title": "T"}}"#
        );
        let mut unreadable = Vec::new();
        let value = read_item(&raw, "events[3]", &mut unreadable);
        assert_eq!(value["id"], "a");
        assert_eq!(value["title"], "T");
        assert!(value["notes"].is_null());
        assert_eq!(value["figures"][0]["label"], "n");
        assert!(value["figures"][0]["value"].is_null());
        assert_eq!(
            unreadable,
            [
                Unreadable {
                    path: "events[3].figures[0].value".into(),
                    reason: Message::NumberTooLarge {
                        number: "1e400".into()
                    }
                },
                Unreadable {
                    path: "events[3].notes".into(),
                    reason: Message::TooDeep
                },
            ]
        );
    }

    #[test]
    fn the_path_of_an_offset_names_the_innermost_value() {
        let json = r#"{"id": "a", "figures": [{"label": "x"}, {"label": "here"}]}"#;
        let offset = json.find("here").unwrap();
        assert_eq!(
            path_at(json, 0, "events[0]".into(), offset),
            "events[0].figures[1].label"
        );
        assert_eq!(key_path("odd key"), r#"["odd key"]"#);
    }
}
