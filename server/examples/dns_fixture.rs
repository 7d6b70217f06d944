//! The test DNS server, on its own, for the end-to-end browser tests: the
//! portal under test is pointed at it as resolver and authoritative port.
//!
//!     cargo run -p server --example dns_fixture -- --port 5353
//!
//! Serves the zones in `tests/fixtures/dns` on 127.0.0.1:PORT (UDP and TCP)
//! until stopped, with the silent server on 127.0.0.2:PORT. Prints one line
//! once it is listening, so scripts can wait for it.

use std::process::ExitCode;

#[allow(dead_code)] // Only part of the fixture's API is needed here.
#[path = "../tests/integration/dns_fixture.rs"]
mod dns_fixture;

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let port = match port_from_args(&args) {
        Ok(port) => port,
        Err(message) => {
            eprintln!("{message}\nusage: dns_fixture --port N");
            return ExitCode::from(2);
        }
    };
    let fixture = match dns_fixture::DnsFixture::start_on(port).await {
        Ok(fixture) => fixture,
        Err(error) => {
            eprintln!("dns fixture cannot start on port {port}: {error}");
            return ExitCode::FAILURE;
        }
    };
    println!("dns fixture listening on {}", fixture.resolver());
    // Serve until the test run stops us; Ctrl-C just ends the process.
    if let Err(error) = tokio::signal::ctrl_c().await {
        eprintln!("cannot wait for Ctrl-C: {error}");
        std::future::pending::<()>().await;
    }
    ExitCode::SUCCESS
}

/// The port from the only accepted arguments, `--port N`.
fn port_from_args(args: &[String]) -> Result<u16, String> {
    match args {
        [flag, value] if flag == "--port" => value
            .parse()
            .map_err(|_| format!("not a port number: {value}")),
        _ => Err("expected exactly: --port N".into()),
    }
}
