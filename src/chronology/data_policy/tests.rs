//! Tests of the data-origin policy: reading the deployer's settings, and which addresses it
//! loads or refuses, in whose words.

use super::*;

fn policy(origins: &str) -> DataPolicy {
    let (policy, messages) = DataPolicy::from_settings(Some(origins), None, None);
    assert!(messages.is_empty(), "{messages:?}");
    policy
}

const PAGE: &str = "https://news.example.org/war/index.html?data=x#top";

#[test]
fn settings_keep_good_origins_and_name_every_bad_one() {
    let (policy, messages) = DataPolicy::from_settings(
        Some(
            " https://data.example.org,https://cdn.example.com:8443/\n* ftp://files.test \
                 https://x.test/path https://*.example.org data.example.net \
                 https://data.example.org",
        ),
        None,
        None,
    );
    let allowed: Vec<String> = policy
        .allowed_origins()
        .iter()
        .map(|origin| origin.to_string())
        .collect();
    assert_eq!(
        allowed,
        ["https://data.example.org", "https://cdn.example.com:8443"]
    );
    assert_eq!(messages.len(), 5, "{messages:#?}");
    assert!(messages[0].starts_with("“*” in the allowed data origins is refused"));
    assert!(messages[1].contains("“ftp://files.test”") && messages[1].contains("ftp:"));
    assert!(messages[2].contains("“https://x.test/path”"));
    assert!(messages[3].contains("“https://*.example.org” in the allowed data origins is refused"));
    assert!(messages[4].contains("“data.example.net”"));
    assert_eq!(
        DataPolicy::from_settings(None, Some(" "), Some("")),
        (DataPolicy::default(), Vec::new())
    );
}

#[test]
fn time_out_and_size_settings_fall_back_to_defaults_out_of_range() {
    let (policy, messages) = DataPolicy::from_settings(None, Some(" 600 "), Some("2000"));
    assert!(messages.is_empty());
    assert_eq!(policy.timeout_ms(), 600_000);
    assert_eq!(policy.max_bytes(), 2000 * 1024 * 1024);
    let (policy, _) = DataPolicy::from_settings(None, Some("1"), Some("1"));
    assert_eq!(
        (policy.timeout_ms(), policy.max_bytes()),
        (1000, 1024 * 1024)
    );
    for (seconds, megabytes) in [("0", "0"), ("601", "2001"), ("2.5", "-3"), ("soon", "1e3")] {
        let (policy, messages) = DataPolicy::from_settings(None, Some(seconds), Some(megabytes));
        assert_eq!(policy, DataPolicy::default());
        assert_eq!(messages.len(), 2);
        assert!(
            messages[0].contains(&format!("“{seconds}”")) && messages[0].contains("20 seconds")
        );
        assert!(messages[1].contains(&format!("“{megabytes}”")) && messages[1].contains("100 MB"));
    }
}

#[test]
fn data_from_the_page_origin_or_an_allowed_one_is_loaded() {
    let policy = policy("https://data.example.org http://127.0.0.1:8080");
    let own = policy
        .check("https://news.example.org/data/war.json", PAGE)
        .unwrap();
    assert!(own.same_origin());
    assert_eq!(own.host_and_path(), "news.example.org/data/war.json");
    let listed = policy
        .check(
            "https://DATA.example.org:443/chronologies/war.json?v=2",
            PAGE,
        )
        .unwrap();
    assert!(!listed.same_origin());
    assert_eq!(listed.address().path(), "/chronologies/war.json?v=2");
    assert!(policy.check("http://127.0.0.1:8080/x.json", PAGE).is_ok());
    // The default policy allows the page's own origin only.
    let default = DataPolicy::default();
    assert!(default
        .check("https://news.example.org/x.json", PAGE)
        .is_ok());
    assert!(default
        .check("https://data.example.org/x.json", PAGE)
        .is_err());
}

#[test]
fn data_from_another_site_is_refused_with_its_host() {
    let policy = policy("https://data.example.org");
    let refusal = policy.check("https://evil.test/x.json", PAGE).unwrap_err();
    assert_eq!(
        refusal.to_string(),
        "This page only shows chronologies from its own site and the sites its publisher \
             allows; https://evil.test/x.json is on evil.test."
    );
    let refusal = policy
        .check("https://data.example.org@evil.test:8443/x.json#f", PAGE)
        .unwrap_err();
    assert_eq!(
        refusal,
        DataRefusal::OtherSite {
            address: "https://evil.test:8443/x.json".into(),
            site: "evil.test:8443".into(),
        }
    );
    // The page's host with another scheme or port is another origin, named in full.
    let refusal = policy
        .check("http://news.example.org/x.json", PAGE)
        .unwrap_err();
    assert!(refusal
        .to_string()
        .ends_with("is on http://news.example.org."));
    assert!(policy
        .check("https://news.example.org:8443/x.json", PAGE)
        .is_err());
    assert!(policy.check("https://example.org/x.json", PAGE).is_err());
    assert!(policy
        .check("https://sub.data.example.org/x.json", PAGE)
        .is_err());
    let long = format!("https://evil.test/{}", "x".repeat(300));
    let message = policy.check(&long, PAGE).unwrap_err().to_string();
    assert!(message.contains(&format!(
        "https://evil.test/{}… is on evil.test.",
        "x".repeat(81)
    )));
}

#[test]
fn a_redirect_to_another_origin_is_refused() {
    let policy = policy("https://data.example.org");
    assert!(policy
        .check("https://data.example.org/war.json", PAGE)
        .is_ok());
    // The caller checks again with the response's final address.
    let after_redirect = policy.check("https://cdn.evil.test/war.json", PAGE);
    assert!(matches!(
        after_redirect,
        Err(DataRefusal::OtherSite { ref site, .. }) if site == "cdn.evil.test"
    ));
}

#[test]
fn a_page_without_a_web_origin_allows_only_the_listed_origins() {
    let policy = policy("https://data.example.org");
    let page = "file:///home/me/chronoline/index.html";
    assert!(policy
        .check("https://data.example.org/war.json", page)
        .is_ok());
    assert!(policy
        .check("https://news.example.org/war.json", page)
        .is_err());
    assert!(policy.check("file:///home/me/war.json", page).is_err());
}

#[test]
fn each_scheme_other_than_http_is_refused_in_its_own_words() {
    let policy = DataPolicy::default();
    let refused = |url: &str| policy.check(url, PAGE).unwrap_err();
    assert_eq!(
        refused("data:application/json,{\"events\":[]}"),
        DataRefusal::Data
    );
    assert_eq!(
        refused("DATA:application/json;base64,e30=").to_string(),
        "A data: address carries its chronology inside the link itself, so nobody can \
             tell who published it; it is not loaded."
    );
    assert_eq!(
        refused("blob:https://news.example.org/1b2c"),
        DataRefusal::Blob {
            address: "blob:https://news.example.org/1b2c".into()
        }
    );
    assert_eq!(
        refused(" Java\tScript:alert(1)").to_string(),
        "JavaScript:alert(1) is a script, not the address of a chronology; it is not run."
    );
    assert_eq!(
        refused("file:///C:/war.json"),
        DataRefusal::File {
            address: "file:///C:/war.json".into()
        }
    );
    assert_eq!(
        refused("ftp://news.example.org/war.json").to_string(),
        "ftp://news.example.org/war.json is a ftp: address; chronologies are loaded only \
             from http and https addresses."
    );
    assert!(matches!(
        refused("about:blank"),
        DataRefusal::OtherScheme { ref scheme, .. } if scheme == "about"
    ));
    assert!(matches!(
        refused("//evil.test/x.json"),
        DataRefusal::NotAbsolute { .. }
    ));
    assert!(matches!(
        refused("https://a b/x.json"),
        DataRefusal::Malformed {
            reason: AddressError::BadHost { .. },
            ..
        }
    ));
    assert!(refused("https:///").to_string().contains("names no site"));
    assert_eq!(
        refused("https://me:secret@a b/x.json").to_string(),
        "https://a b/x.json is not a usable web address: “a b” is not a valid site name."
    );
}
