//! A real authoritative DNS server for the DNS check's tests.
//!
//! The DNS client has to be tested against what real name servers do
//! (truncated UDP answers, wildcards, NXDOMAIN, a server that never answers),
//! and the browser tests need fixed answers for the demo domains without any
//! network. So this starts hickory-server on loopback, loaded with the zone
//! files in `tests/fixtures/dns` (one per zone, each saying which case it is).
//! It answers on 127.0.0.1:P and, as the name server of
//! `zeitueberschreitung.test`, keeps a socket on 127.0.0.2:P that swallows
//! every question.
//!
//! Used by the integration tests and by `examples/dns_fixture.rs`.

use hickory_proto::rr::{LowerName, Name};
use hickory_proto::serialize::txt::Parser;
use hickory_server::store::in_memory::InMemoryZoneHandler;
use hickory_server::zone_handler::{AxfrPolicy, Catalog, ZoneType};
use hickory_server::Server;
use std::io;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;
use tokio::net::{TcpListener, UdpSocket};
use tokio::task::JoinHandle;

/// Where the fixture answers (and where `ns1.dns-fixture.test` points).
const ANSWERING: Ipv4Addr = Ipv4Addr::new(127, 0, 0, 1);
/// Where questions go unanswered (`ns-silent.dns-fixture.test`).
const SILENT: Ipv4Addr = Ipv4Addr::new(127, 0, 0, 2);
/// How often `start` picks a new port when another process took the one it found.
const PORT_ATTEMPTS: usize = 20;
/// How long the server keeps an idle TCP connection open.
const TCP_IDLE: Duration = Duration::from_secs(5);
/// Answers queued per TCP connection; the clients send one question each.
const TCP_RESPONSE_BUFFER: usize = 32;

/// A running fixture; the server and the silent socket stop when it is dropped.
pub struct DnsFixture {
    pub port: u16,
    server: Server<Catalog>,
    silent: JoinHandle<()>,
}

impl DnsFixture {
    /// Starts on a free port (the same number on 127.0.0.1 and 127.0.0.2).
    pub async fn start() -> DnsFixture {
        for _ in 0..PORT_ATTEMPTS {
            // Port 0: the UDP socket picks a free port, the others follow it
            // and may find it taken, in which case we simply try again.
            match Self::start_on(0).await {
                Ok(fixture) => return fixture,
                Err(error) if error.kind() == io::ErrorKind::AddrInUse => continue,
                Err(error) => panic!("the DNS fixture does not start: {error}"),
            }
        }
        panic!("no free port for the DNS fixture after {PORT_ATTEMPTS} attempts");
    }

    /// Starts on `port`; fails when one of the three sockets cannot be bound
    /// or a zone file is broken.
    pub async fn start_on(port: u16) -> io::Result<DnsFixture> {
        let sockets = Sockets::bind(port).await?;
        let port = sockets.udp.local_addr()?.port();
        let mut server = Server::new(catalog()?);
        server.register_socket(sockets.udp);
        server.register_listener(sockets.tcp, TCP_IDLE, TCP_RESPONSE_BUFFER);
        let silent = tokio::spawn(swallow(sockets.silent));
        Ok(DnsFixture {
            port,
            server,
            silent,
        })
    }

    /// The address to use as resolver: the fixture answers recursive
    /// questions too, since it is authoritative for every zone involved.
    pub fn resolver(&self) -> SocketAddr {
        SocketAddr::new(IpAddr::V4(ANSWERING), self.port)
    }
}

impl Drop for DnsFixture {
    fn drop(&mut self) {
        // The server's tasks are aborted with it; cancelling first lets
        // connections in progress end cleanly.
        self.server.shutdown_token().cancel();
        self.silent.abort();
    }
}

/// The sockets of one fixture, all on the same port number.
struct Sockets {
    udp: UdpSocket,
    tcp: TcpListener,
    silent: UdpSocket,
}

impl Sockets {
    async fn bind(port: u16) -> io::Result<Sockets> {
        let udp = UdpSocket::bind((ANSWERING, port)).await?;
        let port = udp.local_addr()?.port();
        let tcp = TcpListener::bind((ANSWERING, port)).await?;
        let silent = UdpSocket::bind((SILENT, port)).await?;
        Ok(Sockets { udp, tcp, silent })
    }
}

/// Reads questions and never answers: the name server that times out.
async fn swallow(socket: UdpSocket) {
    let mut buffer = [0u8; 4096];
    while socket.recv_from(&mut buffer).await.is_ok() {}
}

/// Every zone in the fixture directory, each served as a primary zone.
fn catalog() -> io::Result<Catalog> {
    let mut catalog = Catalog::new();
    for path in zone_files()? {
        let (origin, handler) = load_zone(&path)?;
        catalog.upsert(LowerName::new(&origin), vec![Arc::new(handler)]);
    }
    Ok(catalog)
}

fn zone_files() -> io::Result<Vec<PathBuf>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dns");
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|ext| ext == "zone") {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// Parses one zone file; its name without `.zone` is the zone's origin.
fn load_zone(path: &Path) -> io::Result<(Name, InMemoryZoneHandler)> {
    let origin = zone_origin(path)?;
    let text = std::fs::read_to_string(path)?;
    let (_, records) = Parser::new(text, Some(path.to_owned()), Some(origin.clone()))
        .parse()
        .map_err(|error| invalid(path, error))?;
    let handler =
        InMemoryZoneHandler::new(origin.clone(), records, ZoneType::Primary, AxfrPolicy::Deny)
            .map_err(|error| invalid(path, error))?;
    Ok((origin, handler))
}

fn zone_origin(path: &Path) -> io::Result<Name> {
    let stem = path
        .file_stem()
        .and_then(|stem| stem.to_str())
        .ok_or_else(|| invalid(path, "file name is not a zone name"))?;
    Name::from_ascii(format!("{stem}.")).map_err(|error| invalid(path, error))
}

fn invalid(path: &Path, error: impl std::fmt::Display) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!("zone file {}: {error}", path.display()),
    )
}
