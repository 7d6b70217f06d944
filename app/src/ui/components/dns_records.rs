//! The records a domain needs, each with its live state, a copy button and
//! what it is for. An island: the page renders the cached state at once;
//! in the browser the island then asks for a check of whatever has expired
//! (and on "Jetzt prüfen" of everything) and shows the result when it comes.

use crate::api::domains::check_domain;
use crate::domain::dns::evaluate::{Conflict, RecordState};
use crate::domain::dns::expected::{ExpectedRecord, RecordPurpose};
use crate::domain::dns::spf::check_host::{SpfReason, SpfResult};
use crate::domain::dns::Unanswered;
use crate::domain::domain_page::CheckView;
use crate::domain::format;
use crate::i18n::{use_lang, Lang};
use leptos::prelude::*;

fn purpose_id(p: RecordPurpose) -> &'static str {
    match p {
        RecordPurpose::Mx => "mx",
        RecordPurpose::Autodiscover => "autodiscover",
        RecordPurpose::AutodiscoverSrv => "srv",
        RecordPurpose::Spf => "spf",
        RecordPurpose::Dkim => "dkim",
        RecordPurpose::Dmarc => "dmarc",
    }
}

/// CSS class and label of a record's state.
fn state_label(lang: Lang, state: Option<&RecordState>) -> (&'static str, String) {
    match state {
        Some(RecordState::Correct) => ("state-ok", lang.t("dns-state-correct")),
        Some(RecordState::Missing) => ("state-bad", lang.t("dns-state-missing")),
        Some(RecordState::Wrong { .. }) => ("state-bad", lang.t("dns-state-wrong")),
        Some(RecordState::Unverifiable) => ("state-unknown", lang.t("dns-state-unverifiable")),
        None => ("state-unknown", lang.t("dns-state-unchecked")),
    }
}

fn conflict_text(lang: Lang, c: &Conflict) -> String {
    let list = |v: &Vec<String>| v.join(", ");
    match c {
        Conflict::ForeignMx { hosts } => {
            lang.t_with("dns-conflict-foreign-mx", &[("hosts", list(hosts).into())])
        }
        Conflict::MultipleSpf { records } => lang.t_with(
            "dns-conflict-multiple-spf",
            &[("count", (records.len() as i64).into())],
        ),
        Conflict::SpfWithoutInclude { record } => lang.t_with(
            "dns-conflict-spf-include",
            &[("record", record.clone().into())],
        ),
        Conflict::NullMx => lang.t("dns-conflict-null-mx"),
        Conflict::SpfNotPassing {
            ips,
            verdict,
            include_after_all,
        } => {
            let text = lang.t_with(
                "dns-spf-verdict",
                &[
                    ("ips", list(ips).into()),
                    ("result", lang.t(spf_result_key(verdict.result)).into()),
                    ("reason", spf_reason_text(lang, &verdict.reason).into()),
                ],
            );
            if *include_after_all {
                format!("{text} {}", lang.t("dns-spf-include-after-all"))
            } else {
                text
            }
        }
        Conflict::SpfPermissive { record } => lang.t_with(
            "dns-conflict-spf-permissive",
            &[("record", record.clone().into())],
        ),
        Conflict::AutodiscoverAddress { addresses } => lang.t_with(
            "dns-conflict-autodiscover-a",
            &[("addresses", list(addresses).into())],
        ),
        Conflict::Wildcard { addresses } => lang.t_with(
            "dns-conflict-wildcard",
            &[("addresses", list(addresses).into())],
        ),
    }
}

/// Why a record could not be checked, as a message id.
fn unanswered_key(reason: Unanswered) -> &'static str {
    match reason {
        Unanswered::Timeout => "dns-why-timeout",
        Unanswered::Refused => "dns-why-refused",
        Unanswered::ServerFailure => "dns-why-servfail",
        Unanswered::Lame => "dns-why-lame",
        Unanswered::NoSuchDomain => "dns-why-nxdomain",
        Unanswered::NoNameServers => "dns-why-no-ns",
        Unanswered::NonPublicServers => "dns-why-non-public",
        Unanswered::Unreachable => "dns-why-unreachable",
    }
}

fn spf_result_key(result: SpfResult) -> &'static str {
    match result {
        SpfResult::Pass => "dns-spf-result-pass",
        SpfResult::Fail => "dns-spf-result-fail",
        SpfResult::SoftFail => "dns-spf-result-softfail",
        SpfResult::Neutral => "dns-spf-result-neutral",
        SpfResult::None => "dns-spf-result-none",
        SpfResult::PermError => "dns-spf-result-permerror",
        SpfResult::TempError => "dns-spf-result-temperror",
    }
}

/// Why a receiver reached its SPF result, in the customer's words.
fn spf_reason_text(lang: Lang, reason: &SpfReason) -> String {
    let domain = |d: &String| ("owner", d.clone().into());
    match reason {
        SpfReason::Matched { domain: d, term } => lang.t_with(
            "dns-spf-reason-matched",
            &[domain(d), ("term", term.clone().into())],
        ),
        SpfReason::NothingMatched { domain: d } => {
            lang.t_with("dns-spf-reason-nothing", &[domain(d)])
        }
        SpfReason::NoRecord { domain: d } => lang.t_with("dns-spf-reason-no-record", &[domain(d)]),
        SpfReason::InvalidDomain { domain: d } => {
            lang.t_with("dns-spf-reason-invalid-domain", &[domain(d)])
        }
        SpfReason::MultipleRecords { domain: d } => {
            lang.t_with("dns-spf-reason-multiple", &[domain(d)])
        }
        SpfReason::Syntax { domain: d, term } => lang.t_with(
            "dns-spf-reason-syntax",
            &[domain(d), ("term", term.clone().into())],
        ),
        SpfReason::TooManyLookups => lang.t("dns-spf-reason-lookups"),
        SpfReason::TooManyVoidLookups => lang.t("dns-spf-reason-void"),
        SpfReason::TooManyMxHosts { domain: d } => {
            lang.t_with("dns-spf-reason-mx-hosts", &[domain(d)])
        }
        SpfReason::DnsFailed { name } => {
            lang.t_with("dns-spf-reason-dns", &[("name", name.clone().into())])
        }
    }
}

/// Writes `text` to the clipboard; `done(true)` on success.
fn copy_to_clipboard(text: String, done: impl FnOnce(bool) + 'static) {
    #[cfg(feature = "hydrate")]
    leptos::task::spawn_local(async move {
        let ok = match web_sys::window() {
            Some(w) => {
                let promise = w.navigator().clipboard().write_text(&text);
                wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
            }
            None => false,
        };
        done(ok);
    });
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = (text, done);
    }
}

#[island]
pub fn DnsRecords(
    domain_id: String,
    expected: Vec<ExpectedRecord>,
    initial: Option<CheckView>,
) -> impl IntoView {
    let lang = use_lang();
    let needs_check = initial.as_ref().is_none_or(|c| c.stale);
    let check = RwSignal::new(initial);
    let running = RwSignal::new(false);
    let asked_done = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let copied = RwSignal::new(None::<(String, bool)>);
    let domain_id = StoredValue::new(domain_id);
    let run = move |force: bool| {
        if running.get_untracked() {
            return;
        }
        running.set(true);
        asked_done.set(false);
        error.set(None);
        leptos::task::spawn_local(async move {
            match check_domain(domain_id.get_value(), force).await {
                Ok(view) => {
                    check.set(Some(view));
                    // A check asked for by the button says it is done, also
                    // when the time shown did not change (same minute).
                    asked_done.set(force);
                }
                Err(e) => error.set(Some(e.user_message(lang))),
            }
            running.set(false);
        });
    };
    // Buttons work only once the island runs; until then they are disabled.
    let live = RwSignal::new(false);
    // Only in the browser: the server rendered the cache without waiting.
    Effect::new(move |_| {
        live.set(true);
        if needs_check {
            run(false);
        }
    });
    let status = move || {
        if running.get() {
            lang.t("dns-checking")
        } else {
            let key = if asked_done.get() {
                "dns-checked-now"
            } else {
                "dns-checked-at"
            };
            match check.with(|c| c.as_ref().map(|c| c.checked_at)) {
                Some(at) => lang.t_with(
                    key,
                    &[(
                        "when",
                        format::unix_date_time(lang, at).unwrap_or_default().into(),
                    )],
                ),
                None => lang.t("dns-never-checked"),
            }
        }
    };
    let state_of = move |key: &str| {
        check.with(|c| {
            c.as_ref()
                .and_then(|c| c.check.records.iter().find(|r| r.key == key))
                .map(|r| (r.state.clone(), r.unanswered))
        })
    };
    // When every record that could not be checked failed for the same
    // reason (the usual case: the domain's servers are down), it is said
    // once above the table instead of in every row.
    let common_why = move || {
        check.with(|c| {
            let reasons: Vec<Option<Unanswered>> = c
                .as_ref()?
                .check
                .records
                .iter()
                .filter(|r| r.state == RecordState::Unverifiable)
                .map(|r| r.unanswered)
                .collect();
            match reasons.as_slice() {
                [first, second, rest @ ..] if rest.iter().chain([second]).all(|r| r == first) => {
                    *first
                }
                _ => None,
            }
        })
    };
    let conflicts = move || {
        check.with(|c| {
            c.as_ref()
                .map(|c| c.check.conflicts.clone())
                .unwrap_or_default()
        })
    };
    view! {
        <div class="dns-check">
            <p class="dns-status" role="status" aria-live="polite" aria-busy=move || running.get().to_string()>{status}</p>
            <button type="button" class="button-secondary" on:click=move |_| run(true)
                disabled=move || running.get() || !live.get()>{lang.t("dns-check-now")}</button>
            {move || error.get().map(|e| view! { <p class="notice notice-error" role="alert">{e}</p> })}
            {move || check.with(|c| c.as_ref().and_then(|c| c.last_known)).map(|known| view! {
                <p class="hint">{lang.t_with("dns-last-known", &[
                    ("when", format::unix_date_time(lang, known.complete_at).unwrap_or_default().into()),
                    ("correct", (known.correct as i64).into()),
                    ("problems", (known.problems as i64).into()),
                ])}</p>
            })}
            {move || common_why().map(|u| view! {
                <p class="notice notice-warning dns-why">{lang.t("dns-why-all")} " " {lang.t(unanswered_key(u))}</p>
            })}
            {move || {
                let list = conflicts();
                (!list.is_empty()).then(|| view! {
                    <section class="notice notice-warning" aria-labelledby="dns-conflicts">
                        <h3 id="dns-conflicts">{lang.t("dns-conflicts")}</h3>
                        <ul>{list.iter().map(|c| view! { <li>{conflict_text(lang, c)}</li> }).collect_view()}</ul>
                    </section>
                })
            }}
        </div>
        <table class="table dns-records" id="dns-records">
            <caption class="visually-hidden">{lang.t("dns-records-caption")}</caption>
            <thead><tr>
                <th scope="col">{lang.t("dns-type")}</th>
                <th scope="col">{lang.t("dns-host")}</th>
                <th scope="col">{lang.t("dns-value")}</th>
                <th scope="col">{lang.t("dns-ttl")}</th>
                <th scope="col">{lang.t("dns-state")}</th>
            </tr></thead>
            <tbody>
                {expected.into_iter().map(|r| {
                    let key = StoredValue::new(r.key.clone());
                    let value = StoredValue::new(r.value.clone());
                    let copy_label = lang.t_with("dns-copy-label", &[("type", r.kind.as_str().into()), ("host", r.fqdn.clone().into())]);
                    let explanation = lang.t(&format!("dns-explain-{}", purpose_id(r.purpose)));
                    let optional = (!r.required).then(|| view! { " " <span class="hint">{lang.t("dns-optional")}</span> });
                    let state = move || {
                        let (s, unanswered) = state_of(&key.get_value()).unzip();
                        let (class, label) = state_label(lang, s.as_ref());
                        let found = match &s {
                            Some(RecordState::Wrong { found }) => Some(found.join(" | ")),
                            _ => None,
                        };
                        let why = unanswered
                            .flatten()
                            .filter(|_| common_why().is_none())
                            .map(|u| lang.t(unanswered_key(u)));
                        view! {
                            <span class=format!("dns-state {class}")>{label}</span>
                            {found.map(|f| view! {
                                <br/><span class="hint">{lang.t("dns-found")} " " <code class="dns-found">{f}</code></span>
                            })}
                            {why.map(|w| view! { <br/><span class="hint dns-why">{w}</span> })}
                        }
                    };
                    let copy = move |_| {
                        let k = key.get_value();
                        copy_to_clipboard(value.get_value(), move |ok| copied.set(Some((k, ok))));
                    };
                    let copy_text = move || match copied.get() {
                        Some((k, true)) if k == key.get_value() => lang.t("dns-copied"),
                        Some((k, false)) if k == key.get_value() => lang.t("dns-copy-failed"),
                        _ => lang.t("dns-copy"),
                    };
                    view! {
                        <tr data-record=r.key.clone()>
                            <td>{r.kind.as_str()}</td>
                            <th scope="row"><code title=r.fqdn.clone()>{r.host.clone()}</code></th>
                            <td>
                                <code class="dns-value">{r.value.clone()}</code>
                                " " <button type="button" class="button-small" aria-label=copy_label on:click=copy
                                    disabled=move || !live.get()>{copy_text}</button>
                                <br/><span class="hint">{explanation}{optional}</span>
                            </td>
                            <td>{r.ttl}</td>
                            <td>{state}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}
