//! The cancellation wizard: what to cancel, to which end, the data takeover
//! while it can still be ordered, a summary of the consequences, then an
//! explicit confirmation with password and code. One form in numbered steps,
//! so it works without JavaScript too; the island `CancellationChoices`
//! recomputes dates and summary in the browser as the user chooses, with the
//! same rules the server checks the form with.

use crate::api::contract::{cancellation_wizard, Cancel, WizardView};
use crate::domain::addons::prices::Money;
use crate::domain::contract::cancellation::{end_choices, takeover_offered, Facts, Target};
use crate::domain::contract::timeline::timeline;
use crate::domain::format;
use crate::i18n::use_lang;
use crate::ui::components::action_error::ActionError;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::timeline::TimelineList;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn CancellationPage() -> impl IntoView {
    let lang = use_lang();
    let page = Resource::new(|| (), |_| cancellation_wizard());
    view! {
        <Title text=lang.t("cancel-title")/>
        <h1>{lang.t("cancel-title")}</h1>
        <p class="lead">{lang.t("cancel-intro")}</p>
        <Loaded resource=page show=|v| view! { <Wizard v/> }/>
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
        return view! { <p class="notice">{lang.t("contract-cancel-nothing")}</p> }.into_any();
    }
    view! {
        <ActionError action=cancel/>
        <ActionForm action=cancel attr:class="form wizard" attr:id="cancel-form">
            <input type="hidden" name="request_key" value=v.form_key.clone()/>
            <CancellationChoices
                facts=v.facts.clone()
                targets=v.targets.clone()
                preselected
                takeover_price=v.takeover_price
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
                <input id="cancel-code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6" required/>
            </fieldset>
            <p class="hint">{lang.t_with("cancel-mail-note", &[("address", v.contract_address.clone().into())])}</p>
            <button type="submit" class="button-danger" disabled=move || cancel.pending().get()>{lang.t("cancel-submit")}</button>
        </ActionForm>
    }
    .into_any()
}

/// Steps 1–4 of the form. Rendered by the server with the first target and
/// its earliest end; in the browser every choice updates the ends offered,
/// the takeover option and the summary at once.
#[island]
fn CancellationChoices(
    facts: Facts,
    targets: Vec<String>,
    preselected: Option<String>,
    takeover_price: Option<Money>,
) -> impl IntoView {
    let lang = use_lang();
    let targets: Vec<Target> = targets.iter().filter_map(|t| Target::parse(t)).collect();
    let first = preselected
        .as_deref()
        .and_then(Target::parse)
        .filter(|t| targets.contains(t))
        .or(targets.first().copied())
        .unwrap_or(Target::Contract);
    let facts = StoredValue::new(facts);
    let target = RwSignal::new(first);
    let ends = Memo::new(move |_| facts.with_value(|f| end_choices(target.get(), f)));
    let end = RwSignal::new(ends.get_untracked().first().copied());
    let takeover = RwSignal::new(false);
    // A new target offers other ends: start again from its earliest.
    let choose_target = move |t: Target| {
        target.set(t);
        end.set(ends.get_untracked().first().copied());
        takeover.set(false);
    };
    let offered = move || {
        end.get()
            .is_some_and(|e| facts.with_value(|f| takeover_offered(target.get(), e, f)))
    };
    let day = move |d| format::date(lang, d);
    let price = StoredValue::new(
        takeover_price
            .map(|m| {
                lang.t_with(
                    "cancel-takeover-price",
                    &[("net", format::euro(lang, m.net_cents).into())],
                )
            })
            .unwrap_or_default(),
    );
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
            <select id="cancel-end" name="end" on:change=move |ev| {
                end.set(crate::domain::addons::rules::parse_date(&event_target_value(&ev)));
                takeover.set(false);
            }>
                {move || ends.get().into_iter().enumerate().map(|(i, d)| view! {
                    <option value=d.to_string() selected=move || end.get() == Some(d)>
                        {if i == 0 { lang.t_with("addons-earliest-end", &[("date", day(d).into())]) } else { day(d) }}
                    </option>
                }).collect_view()}
            </select>
            <p class="hint">{move || lang.t(if target.get() == Target::Contract { "cancel-end-rule-contract" } else { "cancel-end-rule-m365" })}</p>
        </fieldset>
        {move || (target.get() == Target::Contract).then(|| view! {
            <fieldset>
                <legend>{lang.t("cancel-step-takeover")}</legend>
                {move || if offered() {
                    let order_by = end.get().map(|e| day(timeline(e).takeover_order_by)).unwrap_or_default();
                    view! {
                        <p class="choice">
                            <input id="cancel-takeover" type="checkbox" name="takeover" value="yes"
                                prop:checked=move || takeover.get()
                                on:change=move |ev| takeover.set(event_target_checked(&ev))/>
                            " " <label for="cancel-takeover">{lang.t("cancel-takeover-label")}</label>
                        </p>
                        <p class="hint">{price.get_value()} " " {lang.t_with("cancel-takeover-deadline", &[("date", order_by.into())])}</p>
                    }.into_any()
                } else {
                    view! { <p class="notice" id="cancel-takeover-missed">{lang.t("cancel-takeover-missed")}</p> }.into_any()
                }}
            </fieldset>
        })}
        <section class="summary" aria-labelledby="cancel-summary" aria-live="polite">
            <h2 id="cancel-summary">{lang.t("cancel-step-summary")}</h2>
            {move || end.get().map(|e| {
                let t = target.get();
                let ending: Vec<String> = match t {
                    Target::Contract => facts.with_value(|f| f.addons.iter().map(|k| lang.t(k.label_id())).collect()),
                    Target::Addon(_) => Vec::new(),
                };
                let ordered = takeover.get();
                view! {
                    <p id="cancel-summary-text">{lang.t_with("cancel-summary-ends", &[("what", lang.t(t.label_id()).into()), ("end", day(e).into())])}</p>
                    {(!ending.is_empty()).then(|| view! { <p>{lang.t_with("cancel-summary-addons", &[("addons", ending.join(", ").into())])}</p> })}
                    {if t == Target::Contract {
                        view! {
                            <p>{lang.t(if ordered { "cancel-summary-takeover" } else { "cancel-summary-no-takeover" })}</p>
                            <TimelineList timeline=timeline(e) with_export=ordered/>
                        }.into_any()
                    } else {
                        view! { <p>{lang.t("cancel-summary-addon")}</p> }.into_any()
                    }}
                }
            })}
        </section>
    }
}
