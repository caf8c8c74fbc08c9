//! Who is asking, for rate limits: one key per client. IPv4 counts per address, IPv6 per
//! /64 (one household or phone network hands out a whole /64, so a single address would
//! give unlimited tries), and IPv4-mapped IPv6 as the IPv4 it is. `X-Forwarded-For` is
//! believed only when the peer is a configured proxy (`TRUSTED_PROXIES`); the client is then
//! the right-most address not in that list, since anything further left the client wrote.
use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::sync::Arc;

use axum::extract::ConnectInfo;
use axum::http::{HeaderMap, Request};
use ipnet::IpNet;
use tower_governor::key_extractor::KeyExtractor;
use tower_governor::GovernorError;

/// The reverse proxies whose `X-Forwarded-For` is believed; empty by default.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    /// A comma-separated list of CIDR blocks (`10.0.0.0/8, fd00::/8`) or single addresses.
    pub fn parse(text: &str) -> Result<TrustedProxies, String> {
        let blocks = text.split(',').map(str::trim).filter(|block| !block.is_empty());
        blocks
            .map(|block| {
                block
                    .parse::<IpNet>()
                    .or_else(|_| block.parse::<IpAddr>().map(IpNet::from))
                    .map(|net| net.trunc())
                    .map_err(|_| "must be a comma-separated list of CIDR blocks such as 10.0.0.0/8".to_owned())
            })
            .collect::<Result<_, _>>()
            .map(TrustedProxies)
    }

    fn trusts(&self, address: IpAddr) -> bool {
        self.0.iter().any(|net| net.contains(&address))
    }
}

/// The rate-limit key of a request that came from `peer`: the client's address grouped as
/// described at the top of this module.
pub fn client_key(peer: IpAddr, headers: &HeaderMap, trusted: &TrustedProxies) -> IpAddr {
    group(client_address(peer, headers, trusted))
}

/// The peer itself, unless it is a trusted proxy: then the right-most forwarded address
/// that is not one. A malformed entry ends the walk at the last address proxies vouched for.
fn client_address(peer: IpAddr, headers: &HeaderMap, trusted: &TrustedProxies) -> IpAddr {
    let mut client = unmapped(peer);
    if !trusted.trusts(client) {
        return client;
    }
    let forwarded: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .collect();
    for hop in forwarded.iter().rev() {
        let Some(address) = parse_hop(hop.trim()) else { break };
        client = unmapped(address);
        if !trusted.trusts(client) {
            break;
        }
    }
    client
}

/// An address as proxies write it, with or without a port.
fn parse_hop(hop: &str) -> Option<IpAddr> {
    hop.parse::<IpAddr>().ok().or_else(|| hop.parse::<SocketAddr>().ok().map(|socket| socket.ip()))
}

fn unmapped(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(address, IpAddr::V4),
        v4 => v4,
    }
}

fn group(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(v6) => IpAddr::V6(Ipv6Addr::from(u128::from(v6) & (u128::MAX << 64))),
        v4 => v4,
    }
}

/// `client_key` for tower_governor: the peer comes from `ConnectInfo<SocketAddr>`.
#[derive(Debug, Clone, Default)]
pub struct ClientKeys {
    trusted: Arc<TrustedProxies>,
}

impl ClientKeys {
    pub fn new(trusted: TrustedProxies) -> ClientKeys {
        ClientKeys { trusted: Arc::new(trusted) }
    }

    /// The key of a client that connected from `peer` with these headers.
    pub fn key(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        client_key(peer, headers, &self.trusted)
    }

    /// The key of a request, or `None` without a peer address (a server set up wrongly).
    pub fn of<T>(&self, request: &Request<T>) -> Option<IpAddr> {
        let ConnectInfo(peer) = request.extensions().get::<ConnectInfo<SocketAddr>>()?;
        Some(client_key(peer.ip(), request.headers(), &self.trusted))
    }
}

impl KeyExtractor for ClientKeys {
    type Key = IpAddr;

    fn extract<T>(&self, request: &Request<T>) -> Result<IpAddr, GovernorError> {
        self.of(request).ok_or(GovernorError::UnableToExtractKey)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(peer: &str, forwarded: &[&str], trusted: &str) -> String {
        let mut headers = HeaderMap::new();
        for value in forwarded {
            headers.append("x-forwarded-for", value.parse().unwrap());
        }
        client_key(peer.parse().unwrap(), &headers, &TrustedProxies::parse(trusted).unwrap()).to_string()
    }

    #[test]
    fn ipv6_is_grouped_by_64_and_mapped_ipv4_is_ipv4() {
        assert_eq!(key("2001:db8:1:2:aaaa::1", &[], ""), "2001:db8:1:2::");
        assert_eq!(key("2001:db8:1:2:bbbb::9", &[], ""), "2001:db8:1:2::");
        assert_eq!(key("2001:db8:1:3::1", &[], ""), "2001:db8:1:3::");
        assert_eq!(key("::ffff:192.0.2.7", &[], ""), "192.0.2.7");
        assert_eq!(key("192.0.2.7", &[], ""), "192.0.2.7");
    }

    #[test]
    fn forwarded_headers_count_only_from_trusted_proxies() {
        // No proxies configured: the header is ignored.
        assert_eq!(key("192.0.2.7", &["203.0.113.1"], ""), "192.0.2.7");
        // An untrusted peer's forged header is ignored.
        assert_eq!(key("192.0.2.7", &["203.0.113.1"], "10.0.0.0/8"), "192.0.2.7");
        // A trusted proxy: the right-most address that is not a proxy.
        assert_eq!(key("10.0.0.2", &["198.51.100.9, 203.0.113.1, 10.0.0.1"], "10.0.0.0/8"), "203.0.113.1");
        assert_eq!(key("10.0.0.2", &["198.51.100.9", "203.0.113.1:4711"], "10.0.0.0/8"), "203.0.113.1");
        assert_eq!(key("10.0.0.2", &["2001:db8:1:2::5"], "10.0.0.0/8"), "2001:db8:1:2::");
        // Nothing usable: the proxy itself, never the client's own words.
        assert_eq!(key("10.0.0.2", &[], "10.0.0.0/8"), "10.0.0.2");
        assert_eq!(key("10.0.0.2", &["198.51.100.9, junk"], "10.0.0.0/8"), "10.0.0.2");
    }

    #[test]
    fn proxy_lists_are_checked() {
        assert_eq!(TrustedProxies::parse("").unwrap(), TrustedProxies::default());
        assert!(TrustedProxies::parse("10.0.0.0/8, fd00::/8, 192.0.2.1").is_ok());
        assert!(TrustedProxies::parse("10.0.0.0/33").is_err());
        assert!(TrustedProxies::parse("proxy.example").is_err());
    }
}
