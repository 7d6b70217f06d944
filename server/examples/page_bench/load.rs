//! The load generator: the same client code for the portal and the
//! reference. One request = GET, status 200, whole body read.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

pub const CLIENTS: usize = 16;
/// Sequential samples per server and page (after a warm-up of 20).
const SEQUENTIAL: usize = 200;
const WARM_UP: usize = 20;

/// A client that sends the session cookie and follows no redirect: a page
/// that sends the user to the login counts as a failure, not as a page.
pub fn client(cookie: &str) -> anyhow::Result<reqwest::Client> {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(reqwest::header::COOKIE, cookie.parse()?);
    Ok(reqwest::Client::builder()
        .default_headers(headers)
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(2 * CLIENTS)
        .build()?)
}

/// One page; its size in bytes.
pub async fn fetch(client: &reqwest::Client, url: &str) -> Result<usize, String> {
    get(client, url, <[u8]>::len).await
}

/// One page's HTML.
pub async fn page(client: &reqwest::Client, url: &str) -> Result<Vec<u8>, String> {
    get(client, url, <[u8]>::to_vec).await
}

async fn get<T>(
    client: &reqwest::Client,
    url: &str,
    take: impl FnOnce(&[u8]) -> T,
) -> Result<T, String> {
    let r = client.get(url).send().await.map_err(|e| e.to_string())?;
    let status = r.status();
    let body = r.bytes().await.map_err(|e| e.to_string())?;
    if status != 200 {
        let start = String::from_utf8_lossy(&body[..body.len().min(300)]).to_string();
        return Err(format!("GET {url}: {status} {start}"));
    }
    Ok(take(&body))
}

/// The highest resident memory of the portal seen while sampling, in MiB:
/// over the whole run and since the current page began.
pub struct RssProbe {
    pid: u32,
    pub peak_mib: f64,
    pub page_peak_mib: f64,
}

impl RssProbe {
    pub fn new(pid: u32) -> Self {
        RssProbe {
            pid,
            peak_mib: 0.0,
            page_peak_mib: 0.0,
        }
    }

    pub fn sample(&mut self) {
        let now = proc_mib(self.pid, "VmRSS");
        self.peak_mib = self.peak_mib.max(now);
        self.page_peak_mib = self.page_peak_mib.max(now);
    }

    /// Starts the per-page peak afresh.
    pub fn next_page(&mut self) {
        self.page_peak_mib = 0.0;
    }

    /// The kernel's own high-water mark of the process (`VmHWM`).
    pub fn high_water_mib(&self) -> f64 {
        proc_mib(self.pid, "VmHWM")
    }
}

/// `VmRSS`, `VmHWM`, … of a process from /proc, in MiB.
fn proc_mib(pid: u32, field: &str) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

/// p50 and p99 in milliseconds (zeros without samples).
pub fn p50_p99(mut samples: Vec<Duration>) -> (f64, f64) {
    if samples.is_empty() {
        return (0.0, 0.0);
    }
    samples.sort();
    let at =
        |p: usize| samples[(samples.len() * p / 100).min(samples.len() - 1)].as_secs_f64() * 1000.0;
    (at(50), at(99))
}

/// One request at a time, the two URLs alternating so drift hits both
/// alike; stops early when `budget` is spent (slow pages). p50/p99 of each.
pub async fn sequential(
    client: &reqwest::Client,
    urls: [&str; 2],
    budget: Duration,
) -> Result<[(f64, f64); 2], String> {
    let (mut a, mut b) = (vec![], vec![]);
    let started = Instant::now();
    for i in 0..WARM_UP + SEQUENTIAL {
        for (url, samples) in [(urls[0], &mut a), (urls[1], &mut b)] {
            let t = Instant::now();
            fetch(client, url).await?;
            if i >= WARM_UP {
                samples.push(t.elapsed());
            }
        }
        if i >= 2 * WARM_UP && started.elapsed() > budget {
            break;
        }
    }
    Ok([p50_p99(a), p50_p99(b)])
}

/// Requests per second and failures of one closed-loop run.
#[derive(Debug, Clone, Copy, Default)]
pub struct Throughput {
    pub requests: u64,
    pub errors: u64,
    pub secs: f64,
}

impl Throughput {
    pub fn rps(&self) -> f64 {
        self.requests as f64 / self.secs.max(1e-9)
    }

    pub fn add(self, other: Throughput) -> Throughput {
        Throughput {
            requests: self.requests + other.requests,
            errors: self.errors + other.errors,
            secs: self.secs + other.secs,
        }
    }
}

/// CLIENTS clients request `url` back to back for `length`.
pub async fn throughput(
    client: &reqwest::Client,
    url: &str,
    length: Duration,
    rss: &mut RssProbe,
) -> Throughput {
    let (done, errors) = (Arc::new(AtomicU64::new(0)), Arc::new(AtomicU64::new(0)));
    let started = Instant::now();
    let until = started + length;
    let workers: Vec<_> = (0..CLIENTS)
        .map(|_| {
            let (client, url) = (client.clone(), url.to_string());
            let (done, errors) = (done.clone(), errors.clone());
            tokio::spawn(async move {
                while Instant::now() < until {
                    let counter = if fetch(&client, &url).await.is_ok() {
                        &done
                    } else {
                        &errors
                    };
                    counter.fetch_add(1, Ordering::Relaxed);
                }
            })
        })
        .collect();
    while Instant::now() < until {
        tokio::time::sleep(Duration::from_millis(100)).await;
        rss.sample();
    }
    for w in workers {
        let _ = w.await;
    }
    Throughput {
        requests: done.load(Ordering::Relaxed),
        errors: errors.load(Ordering::Relaxed),
        secs: started.elapsed().as_secs_f64(),
    }
}

/// `rate` requests per second for `length`, open loop: latency counts from
/// when a request was due, so a stalled server cannot hide its queue by
/// slowing the sender down. p50/p99 in ms and failures.
pub async fn paced(
    client: &reqwest::Client,
    url: &str,
    rate: f64,
    length: Duration,
    rss: &mut RssProbe,
) -> ((f64, f64), u64) {
    let mut tick = tokio::time::interval(Duration::from_secs_f64(1.0 / rate.max(1.0)));
    let (until, mut requests, mut sampled) = (Instant::now() + length, vec![], Instant::now());
    while Instant::now() < until {
        let due = tick.tick().await;
        let (client, url) = (client.clone(), url.to_string());
        requests.push(tokio::spawn(async move {
            fetch(&client, &url).await.map(|_| due.elapsed())
        }));
        if sampled.elapsed() > Duration::from_millis(100) {
            rss.sample();
            sampled = Instant::now();
        }
    }
    let (mut samples, mut errors) = (vec![], 0);
    for r in requests {
        match r.await {
            Ok(Ok(d)) => samples.push(d),
            _ => errors += 1,
        }
    }
    (p50_p99(samples), errors)
}
