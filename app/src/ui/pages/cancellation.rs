//! The cancellation wizard: what to cancel, to which end, the data takeover
//! while it can still be ordered, a summary of the consequences, then an
//! explicit confirmation with password and code. One form in numbered steps,
//! so it works without JavaScript too; the island `CancellationChoices`
//! recomputes dates and summary in the browser as the user chooses, with the
//! same rules the server checks the form with.

use crate::api::contract::{cancellation_wizard, Cancel, WizardView};
use crate::domain::addons::catalogue::AddonKind;
use crate::domain::addons::dates::parse_iso;
use crate::domain::contract::cancellation::{end_choices, takeover_offered, Facts, Target};
use crate::domain::contract::timeline::timeline;
use crate::domain::format;
use crate::i18n::use_lang;
use crate::ui::assets::IslandScripts;
use crate::ui::components::action_error::ActionError;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::page_header::PageHeader;
use crate::ui::components::timeline::TimelineList;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use time::Date;

#[component]
pub fn CancellationPage() -> impl IntoView {
    let lang = use_lang();
    let page = Resource::new(|| (), |_| cancellation_wizard());
    view! {
        <PageHeader title=lang.t("cancel-title") lead=lang.t("cancel-intro")/>
        <Loaded resource=page show=|v| view! { <Wizard v/> }/>
        <IslandScripts/>
        <p><a href="/vertrag">{lang.t("cancel-back")}</a></p>
    }
}

#[component]
fn Wizard(v: WizardView) -> impl IntoView {
    let lang = use_lang();
    let cancel = ServerAction::<Cancel>::new();
    // `?was=<target>` from an add-on's "cancel" link preselects it.
    let preselected = use_query_map().read_untracked().get("was");
    if v.targets.is_empty() {
        // Say why: done already, or not this role's to do.
        let why = if v.facts.contract_ends.is_some() {
            "contract-cancel-already"
        } else if !v.may_cancel_contract {
            "contract-cancel-nothing-role"
        } else {
            "contract-cancel-nothing"
        };
        return view! { <p class="notice" id="cancel-nothing">{lang.t(why)}</p> }.into_any();
    }
    let f = v.facts.clone();
    // Each mailbox's price and the total for all of them, before confirming.
    let takeover_price = v
        .takeover_cost
        .map(|c| {
            let each = lang.t_with(
                "cancel-takeover-price",
                &[("net", format::euro(lang, c.each.net_cents).into())],
            );
            let total = lang.t_with(
                "cancel-takeover-total",
                &[
                    ("count", i64::from(c.mailboxes).into()),
                    (
                        "mailboxes",
                        format::integer(lang, i64::from(c.mailboxes)).into(),
                    ),
                    ("net", format::euro(lang, c.total.net_cents).into()),
                    ("gross", format::euro(lang, c.total.gross_cents).into()),
                ],
            );
            format!("{each} {total}")
        })
        .unwrap_or_default();
    view! {
        <ActionError action=cancel/>
        <ActionForm action=cancel attr:class="form wizard" attr:id="cancel-form">
            <input type="hidden" name="request_key" value=v.form_key.clone()/>
            <CancellationChoices
                today=f.today.to_string()
                contract_start=f.contract_start.to_string()
                minimum_term_months=f.minimum_term_months
                addons=f.addons.iter().map(|k| k.as_str().to_string()).collect()
                contract_ends=f.contract_ends.map(|d| d.to_string())
                targets=v.targets.clone()
                preselected
                takeover_price=takeover_price
            />
            <fieldset>
                <legend>{lang.t("cancel-step-confirm")}</legend>
                <p>
                    <input id="cancel-confirm" type="checkbox" name="confirm" value="yes" required/>
                    " " <label for="cancel-confirm">{lang.t("cancel-confirm-label")}</label>
                </p>
                <label for="cancel-password">{lang.t("account-current-password")}</label>
                <input id="cancel-password" name="password" type="password" autocomplete="current-password" required/>
                <label for="cancel-code">{lang.t("addons-current-code")}</label>
                <input id="cancel-code" name="code" inputmode="numeric" autocomplete="one-time-code"
                    pattern="[0-9]{6}" maxlength="6" required/>
            </fieldset>
            <p class="hint">{lang.t_with("cancel-mail-note", &[("address", v.contract_address.clone().into())])}</p>
            <button type="submit" class="button-danger" disabled=move || cancel.pending().get()>{lang.t("cancel-submit")}</button>
        </ActionForm>
    }
    .into_any()
}

/// Steps 1–4 of the form. Rendered by the server with the first target and
/// its earliest end; in the browser every choice updates the ends offered,
/// the takeover option and the summary at once. The structure is fixed and
/// only texts, options and `hidden` change, which keeps the island small.
#[island]
#[allow(clippy::too_many_arguments)]
fn CancellationChoices(
    /// ISO dates; the facts come as plain values (no date parser, no enum
    /// decoding in the browser bundle).
    today: String,
    contract_start: String,
    minimum_term_months: u32,
    addons: Vec<String>,
    contract_ends: Option<String>,
    targets: Vec<String>,
    preselected: Option<String>,
    /// Already in the user's language.
    takeover_price: String,
) -> impl IntoView {
    let lang = use_lang();
    let today = parse_iso(&today).unwrap_or(Date::MIN);
    let facts = Facts {
        today,
        contract_start: parse_iso(&contract_start).unwrap_or(today),
        minimum_term_months,
        addons: addons.iter().filter_map(|k| AddonKind::parse(k)).collect(),
        contract_ends: contract_ends.as_deref().and_then(parse_iso),
        // What may be cancelled is decided on the server (`targets`).
        filed: Vec::new(),
    };
    let targets: Vec<Target> = targets.iter().filter_map(|t| Target::parse(t)).collect();
    let first = preselected
        .as_deref()
        .and_then(Target::parse)
        .filter(|t| targets.contains(t))
        .or(targets.first().copied())
        .unwrap_or(Target::Contract);
    let ending_with_contract = facts
        .addons
        .iter()
        .map(|k| lang.t(k.label_id()))
        .collect::<Vec<_>>()
        .join(", ");
    let facts = StoredValue::new(facts);
    let target = RwSignal::new(first);
    let ends = move || facts.with_value(|f| end_choices(target.get(), f));
    let end = RwSignal::new(
        target
            .with_untracked(|t| facts.with_value(|f| end_choices(*t, f)))
            .first()
            .copied(),
    );
    let takeover = RwSignal::new(false);
    // A new target offers other ends: start again from its earliest.
    let choose_target = move |t: Target| {
        target.set(t);
        end.set(facts.with_value(|f| end_choices(t, f)).first().copied());
        takeover.set(false);
    };
    // The select's values are the ends' ISO dates.
    let choose_end = move |value: String| {
        end.set(parse_iso(&value));
        takeover.set(false);
    };
    let is_contract = move || target.get() == Target::Contract;
    let offered = move || {
        end.get()
            .is_some_and(|e| facts.with_value(|f| takeover_offered(target.get(), e, f)))
    };
    let day = move |d| format::date(lang, d);
    let dates = move || timeline(end.get().unwrap_or(today));
    let price = takeover_price;
    view! {
        <fieldset>
            <legend>{lang.t("cancel-step-target")}</legend>
            {targets.into_iter().map(|t| {
                let id = format!("target-{}", t.as_str());
                view! {
                    <p class="choice">
                        <input type="radio" id=id.clone() name="target" value=t.as_str()
                            checked=t == first on:change=move |_| choose_target(t)/>
                        " " <label for=id>{lang.t(t.label_id())}</label>
                    </p>
                }
            }).collect_view()}
        </fieldset>
        <fieldset>
            <legend>{lang.t("cancel-step-end")}</legend>
            <label for="cancel-end">{lang.t("cancel-end-label")}</label>
            <select id="cancel-end" name="end" on:change=move |ev| choose_end(event_target_value(&ev))>
                {move || ends().into_iter().enumerate().map(|(i, d)| view! {
                    <option value=d.to_string() selected=move || end.get() == Some(d)>
                        {if i == 0 { lang.t_with("addons-earliest-end", &[("date", day(d).into())]) } else { day(d) }}
                    </option>
                }).collect_view()}
            </select>
            <p class="hint">{move || lang.t(if is_contract() { "cancel-end-rule-contract" } else { "cancel-end-rule-m365" })}</p>
        </fieldset>
        <fieldset hidden=move || !is_contract()>
            <legend>{lang.t("cancel-step-takeover")}</legend>
            <p class="choice" hidden=move || !offered()>
                // Disabled while not offered, so a hidden tick is never sent.
                <input id="cancel-takeover" type="checkbox" name="takeover" value="yes"
                    disabled=move || !offered()
                    prop:checked=move || takeover.get()
                    on:change=move |ev| takeover.set(event_target_checked(&ev))/>
                " " <label for="cancel-takeover">{lang.t("cancel-takeover-label")}</label>
            </p>
            <p class="hint" hidden=move || !offered()>
                {price} " "
                {move || lang.t_with("cancel-takeover-deadline", &[("date", day(dates().takeover_order_by).into())])}
            </p>
            <p class="notice" id="cancel-takeover-missed" hidden=offered>{lang.t("cancel-takeover-missed")}</p>
        </fieldset>
        <section class="summary" aria-labelledby="cancel-summary" aria-live="polite">
            <h2 id="cancel-summary">{lang.t("cancel-step-summary")}</h2>
            <p id="cancel-summary-text">
                {move || lang.t_with(
                    "cancel-summary-ends",
                    &[("what", lang.t(target.get().label_id()).into()), ("end", day(dates().end).into())],
                )}
            </p>
            <p hidden=move || !is_contract()>{lang.t_with("cancel-summary-addons", &[("addons", ending_with_contract.into())])}</p>
            <p>
                {move || lang.t(match (is_contract(), takeover.get()) {
                    (false, _) => "cancel-summary-addon",
                    (true, true) => "cancel-summary-takeover",
                    (true, false) => "cancel-summary-no-takeover",
                })}
            </p>
            <div hidden=move || !is_contract()>
                <TimelineList timeline=dates with_export=move || takeover.get()/>
            </div>
        </section>
    }
}
