//! Add-ons and service requests: what is booked (prices with VAT shown
//! apart, cancellation with the resulting end date), what can be booked,
//! requests to support, and the status of every request. Plain forms: each
//! submit reloads the page, which lists the new request.

mod support_requests;

use crate::api::addons::{addons, AddonsView, BookAddon, BookedView, CancelAddon, OfferView};
use crate::domain::addons::prices::Money;
use crate::domain::format;
use crate::domain::service_request::{kind_message_id, shown_detail, RequestView};
use crate::i18n::{use_lang, Lang};
use crate::ui::components::action_error::ActionError;
use crate::ui::components::empty_state::EmptyState;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::monthly_total::MonthlyTotal;
use crate::ui::components::page_header::PageHeader;
use leptos::prelude::*;
use support_requests::SupportRequests;

#[component]
pub fn AddonsPage() -> impl IntoView {
    let lang = use_lang();
    let page = Resource::new(|| (), |_| addons());
    view! {
        <PageHeader title=lang.t("nav-addons") lead=lang.t("addons-intro")/>
        <Loaded resource=page show=|v| view! { <AddonsContent v/> }/>
    }
}

fn iso(lang: Lang, d: &str) -> String {
    shown_detail(lang, d)
}

#[component]
fn AddonsContent(v: AddonsView) -> impl IntoView {
    let lang = use_lang();
    let key = StoredValue::new(v.form_key.clone());
    let form_key = move |form: &str| format!("{}-{form}", key.get_value());
    let contract_ending = v.contract_ends.as_ref().map(|end| {
        let text = lang.t_with("addons-contract-ending", &[("date", iso(lang, end).into())]);
        view! { <p class="notice" id="addons-contract-ending">{text}</p> }
    });
    let may_book = v.can_edit && v.contract_ends.is_none();
    view! {
        {contract_ending}
        <Booked v=v.clone()/>
        {may_book.then(|| view! { <Offers offers=v.offers.clone() vat=v.vat_percent key=form_key("book")/> })}
        {v.can_edit.then(|| view! { <SupportRequests v=v.clone() key=form_key("request")/> })}
        {(!v.can_edit).then(|| view! { <p class="notice">{lang.t("addons-read-only")}</p> })}
        <Requests requests=v.requests.clone()/>
    }
}

#[component]
fn Booked(v: AddonsView) -> impl IntoView {
    let lang = use_lang();
    let cancel = ServerAction::<CancelAddon>::new();
    view! {
        <section class="card" aria-labelledby="addons-booked">
            <h2 id="addons-booked">{lang.t("addons-booked")}</h2>
            <ActionError action=cancel/>
            {if v.booked.is_empty() {
                view! { <EmptyState message=lang.t("addons-none-booked")/> }.into_any()
            } else {
                view! {
                    <table class="table" id="addons-booked-table">
                        <thead><tr>
                            <th scope="col">{lang.t("addons-item")}</th>
                            <th scope="col">{lang.t("addons-quantity")}</th>
                            <th scope="col">{lang.t("addons-period")}</th>
                            <th scope="col">{lang.t("addons-net-month")}</th>
                            <th scope="col">{lang.t("addons-cancel")}</th>
                        </tr></thead>
                        <tbody>
                            {v.booked.iter().map(|b| view! {
                                <BookedRow b=b.clone() can_edit=v.can_edit contract_cancelled=v.contract_ends.is_some() cancel
                                    key=format!("{}-cancel-{}", v.form_key, b.kind)/>
                            }).collect_view()}
                        </tbody>
                        <MonthlyTotal total=v.monthly_total vat_percent=v.vat_percent label_columns=3 sum_columns=2/>
                    </table>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn BookedRow(
    b: BookedView,
    can_edit: bool,
    /// The whole contract is cancelled: everything ends with it at the latest.
    contract_cancelled: bool,
    cancel: ServerAction<CancelAddon>,
    key: String,
) -> impl IntoView {
    let lang = use_lang();
    let name = lang.t(&format!("addon-{}", b.kind));
    let period = match &b.ends_on {
        Some(end) => lang.t_with(
            "addons-from-to",
            &[
                ("from", iso(lang, &b.booked_on).into()),
                ("to", iso(lang, end).into()),
            ],
        ),
        None => lang.t_with("since-date", &[("date", iso(lang, &b.booked_on).into())]),
    };
    let price = b
        .monthly
        .map(|m: Money| format::euro(lang, m.net_cents))
        .unwrap_or_default();
    let select_id = format!("end-{}", b.kind);
    let action = if b.ends_on.is_some() || !can_edit {
        view! { <span class="hint">{b.ends_on.as_ref().map(|_| lang.t("addons-cancelled"))}</span> }
            .into_any()
    } else if contract_cancelled && (b.is_m365 || b.ends.is_empty()) {
        // The contract ends first: the add-on ends with it.
        view! { <span class="hint">{lang.t("addons-ends-with-contract")}</span> }.into_any()
    } else if b.is_m365 {
        // Part of the contract: cancelled by mail to the contract address.
        view! { <a href=format!("/vertrag/kuendigen?was={}", b.kind)>{lang.t("addons-cancel-in-wizard")}</a> }.into_any()
    } else {
        let label = lang.t_with("addons-end-of", &[("item", name.clone().into())]);
        let earliest = b.ends.first().map(|d| iso(lang, d)).unwrap_or_default();
        view! {
            <ActionForm action=cancel attr:class="inline-form">
                <input type="hidden" name="kind" value=b.kind.clone()/>
                <input type="hidden" name="request_key" value=key/>
                <label for=select_id.clone()>{label}</label>
                <select id=select_id name="end">
                    {b.ends.iter().enumerate().map(|(i, d)| {
                        let option_text = if i == 0 {
                            lang.t_with("addons-earliest-end", &[("date", iso(lang, d).into())])
                        } else {
                            iso(lang, d)
                        };
                        view! { <option value=d.clone() selected=i == 0>{option_text}</option> }
                    }).collect_view()}
                </select>
                <button type="submit" class="button-secondary">{lang.t_with("addons-cancel-to", &[("date", earliest.into())])}</button>
            </ActionForm>
        }.into_any()
    };
    view! {
        <tr>
            <th scope="row">
                {name}
                {b.is_m365.then(|| view! { <br/><span class="hint">{lang.t("addons-m365-ends-with-contract")}</span> })}
            </th>
            <td>{b.quantity}</td>
            <td>{period}</td>
            <td>{price}</td>
            <td>{action}</td>
        </tr>
    }
}

#[component]
fn Offers(offers: Vec<OfferView>, vat: u32, key: String) -> impl IntoView {
    let lang = use_lang();
    let book = ServerAction::<BookAddon>::new();
    view! {
        <section class="card" aria-labelledby="addons-offers">
            <h2 id="addons-offers">{lang.t("addons-offers")}</h2>
            <ActionError action=book/>
            <div class="offers">
                {offers.into_iter().map(|o| {
                    let price = o.monthly.map(|m| lang.t_with(
                        "addons-price-month",
                        &[("net", format::euro(lang, m.net_cents).into()), ("percent", (vat as i64).into())],
                    )).unwrap_or_default();
                    let heading = format!("offer-{}", o.kind);
                    let labelled_by = heading.clone();
                    view! {
                        <section class="offer" aria-labelledby=labelled_by>
                            <h3 id=heading>{lang.t(&format!("addon-{}", o.kind))}</h3>
                            <p class="hint">{lang.t(&format!("addon-{}-rules", o.kind))}</p>
                            <p>{price}</p>
                            {match o.unavailable.clone() {
                                Some(reason) => view! { <p class="notice">{lang.t(&reason)}</p> }.into_any(),
                                None => view! { <BookForm o=o.clone() book key=format!("{key}-{}", o.kind)/> }.into_any(),
                            }}
                        </section>
                    }
                }).collect_view()}
            </div>
        </section>
    }
}

#[component]
fn BookForm(o: OfferView, book: ServerAction<BookAddon>, key: String) -> impl IntoView {
    let lang = use_lang();
    let id = |field: &str| format!("{}-{field}", o.kind);
    let (quantity_id, confirm_id, password_id, code_id) =
        (id("quantity"), id("confirm"), id("password"), id("code"));
    let name = lang.t(&format!("addon-{}", o.kind));
    view! {
        <ActionForm action=book attr:class="form narrow-form">
            <input type="hidden" name="kind" value=o.kind.clone()/>
            <input type="hidden" name="request_key" value=key/>
            {(o.max_quantity > 1).then(|| view! {
                <label for=quantity_id.clone()>{lang.t("addons-quantity")}</label>
                <input id=quantity_id.clone() name="quantity" type="number" min="1" max=o.max_quantity.to_string() value="1" required/>
            })}
            {(o.kind == "impersonation").then(|| view! {
                <p><input id=confirm_id.clone() type="checkbox" name="confirm_full_access" value="yes" required/>
                   " " <label for=confirm_id.clone()>{lang.t("addons-impersonation-confirm")}</label></p>
                <label for=password_id.clone()>{lang.t("account-current-password")}</label>
                <input id=password_id.clone() name="password" type="password" autocomplete="current-password" required/>
                <label for=code_id.clone()>{lang.t("addons-current-code")}</label>
                <input id=code_id.clone() name="code" inputmode="numeric" autocomplete="one-time-code"
                    pattern="[0-9]{6}" maxlength="6" required/>
            })}
            <button type="submit" class="button-primary">{lang.t_with("addons-book", &[("item", name.into())])}</button>
        </ActionForm>
    }
}

#[component]
fn Requests(requests: Vec<RequestView>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="card" aria-labelledby="addons-requests">
            <h2 id="addons-requests">{lang.t("addons-requests")}</h2>
            {if requests.is_empty() {
                view! { <EmptyState message=lang.t("addons-no-requests")/> }.into_any()
            } else {
                view! {
                    <table class="table" id="request-list">
                        <thead><tr>
                            <th scope="col">{lang.t("request-number")}</th>
                            <th scope="col">{lang.t("request-kind")}</th>
                            <th scope="col">{lang.t("request-object")}</th>
                            <th scope="col">{lang.t("addons-received")}</th>
                            <th scope="col">{lang.t("request-status")}</th>
                        </tr></thead>
                        <tbody>
                            {requests.into_iter().map(|r| {
                                let details = r.details.iter()
                                    .map(|(k, v)| format!("{}: {}", lang.t(&format!("request-detail-{k}")), shown_detail(lang, v)))
                                    .collect::<Vec<_>>()
                                    .join(" · ");
                                let status_text = lang.t(&format!("request-status-{}", r.status.as_str()));
                                view! {
                                    <tr>
                                        <th scope="row">{r.number.clone()}</th>
                                        <td>{lang.t(&kind_message_id(&r.kind))}<br/><span class="hint">{details}</span></td>
                                        <td>{r.object.clone()}</td>
                                        <td>{format::unix_date_time(lang, r.created_at).unwrap_or_default()}</td>
                                        <td><span class=format!("request-status status-{}", r.status.as_str())>{status_text}</span>
                                            {r.reason.clone().map(|reason| view! { <br/><span class="hint">{reason}</span> })}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
        </section>
    }
}
