//! The client's address for throttling and the security log. Behind a
//! reverse proxy every TCP peer is the proxy, and one per-address limit would
//! lock out everybody at once; so the `X-Forwarded-For` header is believed,
//! but only from the configured proxies (anyone else could write any address
//! into it and escape the limit).

use app::api::request_origin::ClientIp;
use axum::extract::{ConnectInfo, Request};
use axum::middleware::Next;
use axum::response::Response;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

/// The client of a request from `peer` carrying `forwarded_for`: walking the
/// header from the right (the hop nearest to us), the first address that is
/// not a trusted proxy. The peer itself when it is not trusted; the last
/// trusted hop when the header ends or cannot be read.
pub fn client_of(peer: IpAddr, forwarded_for: &[&str], trusted: &[IpAddr]) -> IpAddr {
    let trusted_ip = |ip: &IpAddr| trusted.contains(&ip.to_canonical());
    if !trusted_ip(&peer) {
        return peer;
    }
    let mut client = peer;
    let hops = forwarded_for.iter().rev().flat_map(|h| h.rsplit(','));
    for hop in hops {
        let Some(ip) = hop_address(hop.trim()) else {
            break;
        };
        client = ip.to_canonical();
        if !trusted_ip(&client) {
            break;
        }
    }
    client
}

/// The address of one `X-Forwarded-For` entry; some proxies add the port
/// (`192.0.2.1:5678`, `[2001:db8::1]:443`).
fn hop_address(hop: &str) -> Option<IpAddr> {
    hop.parse::<IpAddr>()
        .ok()
        .or_else(|| hop.parse::<SocketAddr>().ok().map(|a| a.ip()))
}

/// Puts the request's [`ClientIp`] into its extensions.
pub async fn resolve(trusted: Arc<Vec<IpAddr>>, mut req: Request, next: Next) -> Response {
    let peer = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(addr)| addr.ip().to_canonical());
    if let Some(peer) = peer {
        let headers: Vec<&str> = req
            .headers()
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect();
        let client = client_of(peer, &headers, &trusted);
        req.extensions_mut().insert(ClientIp(client));
    }
    next.run(req).await
}

#[cfg(test)]
mod tests {
    use super::client_of;
    use std::net::IpAddr;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn the_header_counts_only_from_a_trusted_proxy() {
        let proxy = [ip("10.0.0.5")];
        assert_eq!(
            client_of(ip("203.0.113.7"), &["198.51.100.1"], &proxy),
            ip("203.0.113.7")
        );
        assert_eq!(client_of(ip("203.0.113.7"), &[], &[]), ip("203.0.113.7"));
        assert_eq!(
            client_of(ip("10.0.0.5"), &["198.51.100.1"], &proxy),
            ip("198.51.100.1")
        );
    }

    #[test]
    fn a_client_cannot_hide_behind_a_forged_first_entry() {
        // The client wrote "1.2.3.4" itself; the proxy appended the real peer.
        let proxy = [ip("10.0.0.5")];
        assert_eq!(
            client_of(ip("10.0.0.5"), &["1.2.3.4, 198.51.100.9"], &proxy),
            ip("198.51.100.9")
        );
        // Several headers count as one list, in order.
        assert_eq!(
            client_of(ip("10.0.0.5"), &["1.2.3.4", "198.51.100.9"], &proxy),
            ip("198.51.100.9")
        );
    }

    #[test]
    fn chains_of_trusted_proxies_are_walked_and_garbage_stops_the_walk() {
        let proxies = [ip("10.0.0.5"), ip("10.0.0.6")];
        assert_eq!(
            client_of(ip("10.0.0.5"), &["198.51.100.9, 10.0.0.6"], &proxies),
            ip("198.51.100.9")
        );
        assert_eq!(
            client_of(ip("10.0.0.5"), &["unbekannt, 10.0.0.6"], &proxies),
            ip("10.0.0.6")
        );
        assert_eq!(client_of(ip("10.0.0.5"), &[""], &proxies), ip("10.0.0.5"));
        // Entries with a port.
        assert_eq!(
            client_of(ip("10.0.0.5"), &["198.51.100.9:5678"], &proxies),
            ip("198.51.100.9")
        );
        assert_eq!(
            client_of(ip("10.0.0.5"), &["[2001:db8::7]:443"], &proxies),
            ip("2001:db8::7")
        );
        // IPv4 peers seen as IPv6-mapped addresses are the same proxy.
        assert_eq!(
            client_of(ip("::ffff:10.0.0.5"), &["2001:db8::1"], &proxies),
            ip("2001:db8::1")
        );
    }
}
