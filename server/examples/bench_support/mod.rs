//! What the benchmarks share: logging a fresh user in over HTTP.

/// Password, then two-factor set-up with a code computed from the seed the
/// portal hands out; `client` keeps the session cookie.
pub async fn enrol(
    client: &reqwest::Client,
    base: &str,
    email: &str,
    password: &str,
) -> anyhow::Result<()> {
    let r = client
        .post(format!("{base}/api/login"))
        .form(&[("email", email), ("password", password)])
        .send()
        .await?;
    anyhow::ensure!(r.status().is_success(), "login: {}", r.status());
    let enrolment: serde_json::Value = client
        .post(format!("{base}/api/begin_enrolment"))
        .send()
        .await?
        .json()
        .await?;
    let uri = enrolment["otpauth_uri"]
        .as_str()
        .ok_or_else(|| anyhow::anyhow!("no enrolment offered"))?;
    let secret = uri
        .split("secret=")
        .nth(1)
        .and_then(|s| s.split('&').next())
        .unwrap_or_default();
    let seed = totp_rs::Secret::try_from_base32(secret)
        .map_err(|e| anyhow::anyhow!("seed: {e:?}"))?
        .as_bytes()
        .to_vec();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)?
        .as_secs();
    let code = app::backend::totp::code_at(&seed, now);
    let r = client
        .post(format!("{base}/api/confirm_enrolment"))
        .form(&[("code", code)])
        .send()
        .await?;
    anyhow::ensure!(r.status().is_success(), "two-factor set-up: {}", r.status());
    Ok(())
}
