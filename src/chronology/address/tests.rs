//! Tests of reading web addresses as a browser does: user information, ports, IPv4 and IPv6
//! hosts, case, backslashes, what is not an absolute address, and bare origins.

use super::*;

fn web(text: &str) -> WebAddress {
    WebAddress::parse(text).unwrap()
}

#[test]
fn user_information_is_dropped_up_to_the_last_at() {
    let address = web("https://www.reuters.com@evil.test/x");
    assert_eq!(address.host(), "evil.test");
    assert_eq!(address.to_string(), "https://evil.test/x");
    assert_eq!(web("https://a@b:c@evil.test:8080/x").host(), "evil.test");
    assert_eq!(
        web("https://me:pw@data.example.org/war.json").host_and_path(),
        "data.example.org/war.json"
    );
    // An @ after the authority is part of the path.
    assert_eq!(web("https://good.test/@evil.test").host(), "good.test");
    assert_eq!(web("https://good.test?@evil.test").host(), "good.test");
    assert_eq!(web("https://good.test#@evil.test").host(), "good.test");
    assert_eq!(
        host_of("https://www.reuters.com@evil.test/x").as_deref(),
        Some("evil.test")
    );
    assert_eq!(
        WebAddress::parse("https://user@/x"),
        Err(AddressError::NoHost)
    );
}

#[test]
fn a_default_port_is_no_port_and_others_are_kept() {
    assert_eq!(web("http://a.test:80/").port(), None);
    assert_eq!(web("https://a.test:443").port(), None);
    assert_eq!(web("https://a.test:0443/").port(), None);
    assert_eq!(web("http://a.test:/").port(), None);
    assert_eq!(web("http://a.test:443/").port(), Some(443));
    assert_eq!(web("https://a.test:80/").port(), Some(80));
    assert_eq!(web("http://a.test:0/").port(), Some(0));
    let local = web("http://127.0.0.1:8080/data.json");
    assert_eq!(local.origin().to_string(), "http://127.0.0.1:8080");
    assert_eq!(local.host_and_path(), "127.0.0.1:8080/data.json");
    for bad in [
        "http://a.test:65536/",
        "http://a.test:8o/",
        "http://a.test:80:80/",
        "http://a.test:-1/",
    ] {
        assert!(
            matches!(WebAddress::parse(bad), Err(AddressError::BadPort { .. })),
            "{bad}"
        );
    }
    assert_ne!(
        web("http://a.test:8080/").origin(),
        web("http://a.test/").origin()
    );
}

#[test]
fn ipv6_hosts_keep_their_brackets_in_canonical_form() {
    let address = web("http://[::1]:8080/x");
    assert_eq!(address.host(), "[::1]");
    assert_eq!(address.port(), Some(8080));
    assert_eq!(address.origin().to_string(), "http://[::1]:8080");
    assert_eq!(web("http://[0:0:0:0:0:0:0:1]/").host(), "[::1]");
    assert_eq!(
        web("https://[2001:DB8:0:0:1::1]/").host(),
        "[2001:db8::1:0:0:1]"
    );
    assert_eq!(web("https://[1:0:0:2:0:0:0:3]/").host(), "[1:0:0:2::3]");
    assert_eq!(web("https://[::ffff:1.2.3.4]/").host(), "[::ffff:102:304]");
    assert_eq!(web("https://u@[::1]/").host(), "[::1]");
    for bad in [
        "http://[::1/",
        "http://[::1]x/",
        "http://[zz]/",
        "http://[1.2.3.4]/",
    ] {
        assert!(
            matches!(WebAddress::parse(bad), Err(AddressError::BadHost { .. })),
            "{bad}"
        );
    }
}

#[test]
fn ipv4_hosts_are_read_as_browsers_read_them() {
    assert_eq!(web("http://0x7f.1/").host(), "127.0.0.1");
    assert_eq!(web("http://127.1/").host(), "127.0.0.1");
    assert_eq!(web("http://2130706433/").host(), "127.0.0.1");
    assert_eq!(web("http://1.2.3.4./").host(), "1.2.3.4");
    assert_eq!(web("http://1.example/").host(), "1.example");
    for bad in [
        "http://256.1.1.1/",
        "http://1.2.3.4.5/",
        "http://example.1/",
    ] {
        assert!(
            matches!(WebAddress::parse(bad), Err(AddressError::BadHost { .. })),
            "{bad}"
        );
    }
}

#[test]
fn scheme_and_host_case_do_not_matter_but_path_case_does() {
    let address = web("HTTPS://Data.Example.ORG/Chronologies/War.json");
    assert_eq!(address.scheme(), "https");
    assert_eq!(address.host(), "data.example.org");
    assert_eq!(address.path(), "/Chronologies/War.json");
    assert_eq!(address.origin(), web("https://data.example.org/").origin());
    assert_eq!(web("https://ex%41mple.org/").host(), "example.org");
    assert_eq!(web("https://ПРИКЛАД.укр/").host(), "приклад.укр");
}

#[test]
fn a_backslash_ends_the_authority_as_in_a_browser() {
    let address = web("https://evil.test\\@good.test/x");
    assert_eq!(address.host(), "evil.test");
    assert_eq!(address.path(), "/@good.test/x");
    let address = web("https:\\\\evil.test\\x\\y.json?a\\b");
    assert_eq!(address.host(), "evil.test");
    assert_eq!(address.path(), "/x/y.json?a\\b");
    // Browsers take any number of slashes after an http(s) scheme.
    assert_eq!(web("https:///evil.test/x").host(), "evil.test");
    assert_eq!(web("https:evil.test").host(), "evil.test");
    assert_eq!(web(" https://ev\til\n.test/ ").host(), "evil.test");
}

#[test]
fn only_absolute_http_addresses_with_a_host_are_read() {
    assert_eq!(
        WebAddress::parse("//evil.test/x.json"),
        Err(AddressError::NotAbsolute)
    );
    assert_eq!(WebAddress::parse("/x.json"), Err(AddressError::NotAbsolute));
    assert_eq!(WebAddress::parse("x.json"), Err(AddressError::NotAbsolute));
    assert_eq!(WebAddress::parse("  "), Err(AddressError::Empty));
    assert_eq!(
        WebAddress::parse("ftp://evil.test/x"),
        Err(AddressError::NotWeb {
            scheme: "ftp".into()
        })
    );
    assert_eq!(WebAddress::parse("https://"), Err(AddressError::NoHost));
    assert_eq!(
        WebAddress::parse("https://:443/"),
        Err(AddressError::NoHost)
    );
    for bad in [
        "https://a b/",
        "https://a%2fb/",
        "https://a<b/",
        "https://a%ff/",
    ] {
        assert!(
            matches!(WebAddress::parse(bad), Err(AddressError::BadHost { .. })),
            "{bad}"
        );
    }
    assert_eq!(host_of("mailto:desk@example.org"), None);
    assert_eq!(host_of("javascript:alert(1)"), None);
    let address = web("https://a.test?q=1#frag");
    assert_eq!(address.path(), "/?q=1");
    assert_eq!(address.host_and_path(), "a.test");
}

#[test]
fn an_origin_is_a_scheme_host_and_port_only() {
    let origin = Origin::parse("https://data.example.org").unwrap();
    assert_eq!(origin.to_string(), "https://data.example.org");
    assert_eq!(
        origin,
        Origin::parse("HTTPS://DATA.example.org:443/").unwrap()
    );
    assert_eq!(
        Origin::parse("http://127.0.0.1:8080/").unwrap().to_string(),
        "http://127.0.0.1:8080"
    );
    for bad in [
        "https://data.example.org/x",
        "https://data.example.org?x",
        "https://data.example.org#x",
        "https://u@data.example.org",
        "https://data.example.org//",
    ] {
        assert_eq!(Origin::parse(bad), Err(AddressError::NotAnOrigin), "{bad}");
    }
    assert!(matches!(
        Origin::parse("https://приклад.укр"),
        Err(AddressError::NotAscii { .. })
    ));
}
