//! An event's media: a picture, a recording or a document that shows it, by link. The viewer
//! shows an image itself (lazily, without a referrer, its credit always beside it) and every
//! other kind as a link card; it never loads a third-party player or script.

use serde::Serialize;
use serde_json::Value;

use super::fields::{ignored, Fields};
use super::message::{Found, Message};
use super::messages::shortened;
use super::report::{Problem, ProblemEffect};
use super::source::SafeUrl;

/// The fields a media object may have.
pub const MEDIA_FIELDS: &[&str] = &["url", "kind", "caption", "credit", "alt"];

/// What a media link is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MediaKind {
    /// A picture, shown in the viewer.
    Image,
    /// A video (a file or a page such as YouTube's), shown as a link.
    Video,
    /// A recording, shown as a link.
    Audio,
    /// A document (PDF and the like), shown as a link.
    Document,
    /// Any other page (a social post, an article), shown as a link.
    Link,
}

words!(MediaKind {
    Image => "image",
    Video => "video",
    Audio => "audio",
    Document => "document",
    Link => "link",
});

/// Written as its word.
impl Serialize for MediaKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl MediaKind {
    /// The kind a link is most likely, from its address: the extension of its path, and the
    /// video sites; otherwise a link.
    ///
    /// # Example
    /// ```
    /// use chronoline::chronology::MediaKind;
    /// assert_eq!(MediaKind::of_url("https://example.org/photos/swap.JPG?w=800"), MediaKind::Image);
    /// assert_eq!(MediaKind::of_url("https://www.youtube.com/watch?v=x"), MediaKind::Video);
    /// assert_eq!(MediaKind::of_url("https://example.org/report.pdf"), MediaKind::Document);
    /// assert_eq!(MediaKind::of_url("https://x.com/someone/status/1"), MediaKind::Link);
    /// ```
    pub fn of_url(url: &str) -> MediaKind {
        let path = url.split(['?', '#']).next().unwrap_or(url);
        let extension = path
            .rsplit_once('.')
            .map(|(_, extension)| extension.to_ascii_lowercase())
            .unwrap_or_default();
        let host = super::host_of(url).unwrap_or_default();
        match extension.as_str() {
            "jpg" | "jpeg" | "png" | "gif" | "webp" | "avif" | "svg" => MediaKind::Image,
            "mp4" | "webm" | "mov" => MediaKind::Video,
            "mp3" | "ogg" | "oga" | "wav" | "m4a" => MediaKind::Audio,
            "pdf" | "doc" | "docx" | "odt" => MediaKind::Document,
            _ if ["youtube.com", "youtu.be", "vimeo.com"]
                .iter()
                .any(|site| host == *site || host.ends_with(&format!(".{site}"))) =>
            {
                MediaKind::Video
            }
            _ => MediaKind::Link,
        }
    }
}

/// An event's media.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Media {
    /// Where it is: an http(s) link.
    pub url: SafeUrl,
    /// What it is.
    pub kind: MediaKind,
    /// What it shows.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub caption: String,
    /// Who made it; always shown beside it.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub credit: String,
    /// For an image, what it shows for readers who cannot see it.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub alt: String,
}

/// An event's `media` field: a media object, or a link alone. A value that cannot be shown is
/// dropped and named; an image without alt text is a warning for editors.
pub(super) fn read_media(event: &Fields, problems: &mut Vec<Problem>) -> Option<Media> {
    let value = event.get("media")?;
    let path = event.at("media");
    let (url, fields) = match value {
        Value::Null => return None,
        Value::String(url) => (url.clone(), None),
        value => match Fields::of(value, &path) {
            Ok(fields) => {
                fields.report_unknown(MEDIA_FIELDS, problems);
                match fields.required_text("url") {
                    Ok(url) => (url, Some(fields)),
                    Err(refusal) => {
                        problems.push(ignored(&refusal.path, refusal.reason));
                        return None;
                    }
                }
            }
            Err(refusal) => {
                problems.push(ignored(&refusal.path, refusal.reason));
                return None;
            }
        },
    };
    let url_path = if fields.is_some() {
        format!("{path}.url")
    } else {
        path.clone()
    };
    let url = match SafeUrl::parse(&url) {
        Ok(url) if url.as_str().to_ascii_lowercase().starts_with("http") => url,
        Ok(_) => {
            problems.push(ignored(
                &url_path,
                Message::MediaNotHttp {
                    link: shortened(&url),
                },
            ));
            return None;
        }
        Err(reason) => {
            problems.push(ignored(&url_path, reason));
            return None;
        }
    };
    let text = |key: &str, problems: &mut Vec<Problem>| {
        fields
            .as_ref()
            .and_then(|fields| fields.optional_text(key, problems))
            .unwrap_or_default()
    };
    let kind = match fields.as_ref().and_then(|fields| fields.get("kind")) {
        None => MediaKind::of_url(url.as_str()),
        Some(Value::String(word)) => match word.parse::<MediaKind>() {
            Ok(kind) => kind,
            Err(_) => {
                problems.push(ignored(
                    &format!("{path}.kind"),
                    Message::UnknownMediaKind {
                        word: shortened(word),
                        choices: MediaKind::word_list(),
                    },
                ));
                MediaKind::of_url(url.as_str())
            }
        },
        Some(other) => {
            problems.push(ignored(
                &format!("{path}.kind"),
                Message::MediaKindNotWord {
                    found: Found::of(other),
                },
            ));
            MediaKind::of_url(url.as_str())
        }
    };
    let media = Media {
        caption: text("caption", problems),
        credit: text("credit", problems),
        alt: text("alt", problems),
        url,
        kind,
    };
    if media.kind == MediaKind::Image && media.alt.is_empty() {
        problems.push(Problem {
            path,
            reason: Message::ImageWithoutAlt,
            effect: ProblemEffect::Warning,
        });
    }
    Some(media)
}

#[cfg(test)]
mod tests {
    use crate::chronology::{parse_chronology, MediaKind, ProblemEffect};

    /// An event with this media, and the problems named at its media.
    fn read(media: &str) -> crate::chronology::LoadReport {
        let mut report = parse_chronology(&format!(
            r#"{{"format_version": 1, "events": [{{"id": "a", "start": "2025-06-26",
               "lane": "exchange", "title": "Swap", "media": {media}}}]}}"#
        ))
        .unwrap();
        report
            .problems
            .retain(|problem| problem.path.starts_with("events[0].media"));
        report
    }

    #[test]
    fn an_image_keeps_its_caption_credit_and_alt_and_without_alt_warns() {
        let report = read(
            r#"{"url": "https://example.org/swap.jpg", "caption": "Freed POWs", "credit": "AFP",
                "alt": "Soldiers wrapped in flags step off a bus"}"#,
        );
        let media = report.chronology.events[0].media().unwrap();
        assert_eq!(
            (media.kind, media.credit.as_str()),
            (MediaKind::Image, "AFP")
        );
        assert!(report.problems.is_empty(), "{:?}", report.problems);
        let bare = read(r#""https://example.org/swap.png""#);
        assert_eq!(bare.problems[0].path, "events[0].media");
        assert_eq!(bare.problems[0].effect, ProblemEffect::Warning);
    }

    #[test]
    fn unsafe_or_unreadable_media_is_dropped_and_named_and_the_event_stays() {
        for (media, path) in [
            (r#""javascript:alert(1)""#, "events[0].media"),
            (
                r#"{"url": "mailto:desk@example.org"}"#,
                "events[0].media.url",
            ),
            (r#"{"caption": "no link"}"#, "events[0].media.url"),
            ("42", "events[0].media"),
        ] {
            let report = read(media);
            assert_eq!(report.chronology.events.len(), 1, "{media}");
            assert!(report.chronology.events[0].media().is_none(), "{media}");
            assert_eq!(report.problems[0].path, path, "{media}");
            assert_eq!(
                report.problems[0].effect,
                ProblemEffect::ValueIgnored,
                "{media}"
            );
        }
        let wrong_kind = read(r#"{"url": "https://youtu.be/x", "kind": "film"}"#);
        assert_eq!(
            wrong_kind.chronology.events[0].media().unwrap().kind,
            MediaKind::Video
        );
        assert_eq!(wrong_kind.problems[0].path, "events[0].media.kind");
    }
}
