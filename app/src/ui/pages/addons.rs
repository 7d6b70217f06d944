//! Add-ons and service requests: what is booked (prices with VAT shown
//! apart, cancellation with the resulting end date), what can be booked,
//! requests to support, and the status of every request. Plain forms: each
//! submit reloads the page, which lists the new request.

use crate::api::addons::{
    addons, AddonsView, BookAddon, BookedView, CancelAddon, OfferView, RequestPasswordReset,
    RequestPstExport, RequestPstImport, RequestRestore,
};
use crate::domain::addons::prices::Money;
use crate::domain::format;
use crate::domain::service_request::{kind_message_id, shown_detail, RequestView};
use crate::i18n::{use_lang, Lang};
use crate::ui::components::action_error::ActionError;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::page_title::PageTitle;
use leptos::prelude::*;

#[component]
pub fn AddonsPage() -> impl IntoView {
    let lang = use_lang();
    let page = Resource::new(|| (), |_| addons());
    view! {
        <PageTitle text=lang.t("nav-addons")/>
        <h1>{lang.t("nav-addons")}</h1>
        <p class="lead">{lang.t("addons-intro")}</p>
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
    view! {
        <Booked v=v.clone()/>
        {v.can_edit.then(|| view! {
            <Offers offers=v.offers.clone() vat=v.vat_percent key=form_key("book")/>
            <SupportRequests v=v.clone() key=form_key("request")/>
        })}
        {(!v.can_edit).then(|| view! { <p class="notice">{lang.t("addons-read-only")}</p> })}
        <Requests requests=v.requests.clone()/>
    }
}

#[component]
fn Booked(v: AddonsView) -> impl IntoView {
    let lang = use_lang();
    let cancel = ServerAction::<CancelAddon>::new();
    let total = v.monthly_total;
    let vat_note = lang.t_with(
        "addons-vat",
        &[
            ("percent", (v.vat_percent as i64).into()),
            ("vat", format::euro(lang, total.vat_cents).into()),
            ("gross", format::euro(lang, total.gross_cents).into()),
        ],
    );
    view! {
        <section class="card" aria-labelledby="addons-booked">
            <h2 id="addons-booked">{lang.t("addons-booked")}</h2>
            <ActionError action=cancel/>
            {if v.booked.is_empty() {
                view! { <p>{lang.t("addons-none-booked")}</p> }.into_any()
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
                                <BookedRow b=b.clone() can_edit=v.can_edit cancel key=format!("{}-cancel-{}", v.form_key, b.kind)/>
                            }).collect_view()}
                        </tbody>
                        <tfoot><tr>
                            <th scope="row" colspan="3">{lang.t("addons-total")}</th>
                            <td colspan="2">{format::euro(lang, total.net_cents)} " " <span class="hint">{vat_note}</span></td>
                        </tr></tfoot>
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

/// A select of the customer's mailboxes (and the public folders when
/// `public_folders`), sent as `name`.
#[component]
fn MailboxSelect(
    id: String,
    name: &'static str,
    mailboxes: Vec<(String, String)>,
    public_folders: bool,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <label for=id.clone()>{lang.t(if public_folders { "addons-object" } else { "mailbox" })}</label>
        <select id=id name=name required>
            <option value="">{lang.t("addons-choose")}</option>
            {public_folders.then(|| view! { <option value="public-folders">{lang.t("addon-public-folders")}</option> })}
            {mailboxes.into_iter().map(|(id, address)| view! { <option value=id>{address}</option> }).collect_view()}
        </select>
    }
}

#[component]
fn SupportRequests(v: AddonsView, key: String) -> impl IntoView {
    let lang = use_lang();
    let import = ServerAction::<RequestPstImport>::new();
    let export = ServerAction::<RequestPstExport>::new();
    let restore = ServerAction::<RequestRestore>::new();
    let reset = ServerAction::<RequestPasswordReset>::new();
    let price = |kind: &str| {
        v.request_prices
            .iter()
            .find(|(k, _)| k == kind)
            .and_then(|(_, m)| *m)
            .map(|m| {
                lang.t_with(
                    "addons-price-once",
                    &[
                        ("net", format::euro(lang, m.net_cents).into()),
                        ("percent", (v.vat_percent as i64).into()),
                    ],
                )
            })
            .unwrap_or_default()
    };
    let (mb1, mb2, mb3, mb4) = (
        v.mailboxes.clone(),
        v.mailboxes.clone(),
        v.mailboxes.clone(),
        v.mailboxes.clone(),
    );
    let (k_export, k_import, k_restore, k_reset) = (
        format!("{key}-pst-export"),
        format!("{key}-pst-import"),
        format!("{key}-restore"),
        format!("{key}-password-reset"),
    );
    let (p_export, p_import, p_restore, p_reset) = (
        price("pst-export"),
        price("pst-import"),
        price("restore"),
        price("password-reset"),
    );
    let export_hint = lang.t_with(
        "addons-earliest",
        &[("date", iso(lang, &v.export_earliest).into())],
    );
    let restore_hint = lang.t_with(
        "addons-restore-between",
        &[
            ("from", iso(lang, &v.restore_earliest).into()),
            ("to", iso(lang, &v.today).into()),
        ],
    );
    let pf = v.public_folders_booked;
    view! {
        <section class="card" aria-labelledby="addons-support">
            <h2 id="addons-support">{lang.t("addons-support")}</h2>
            <div class="offers">
                <section class="offer" aria-labelledby="req-pst-export">
                    <h3 id="req-pst-export">{lang.t("request-kind-pst-export")}</h3>
                    <p class="hint">{lang.t("addons-pst-export-rules")} " " {p_export}</p>
                    <ActionError action=export/>
                    <ActionForm action=export attr:class="form narrow-form">
                        <input type="hidden" name="request_key" value=k_export/>
                        <MailboxSelect id="export-object".into() name="object" mailboxes=mb1 public_folders=pf/>
                        <label for="export-date">{lang.t("addons-export-date")}</label>
                        <input id="export-date" name="date" type="date" required aria-describedby="export-date-hint"/>
                        <p class="hint" id="export-date-hint">{export_hint}</p>
                        <button type="submit" class="button-primary">{lang.t("addons-request-export")}</button>
                    </ActionForm>
                </section>
                <section class="offer" aria-labelledby="req-pst-import">
                    <h3 id="req-pst-import">{lang.t("request-kind-pst-import")}</h3>
                    <p class="hint">{lang.t("addons-pst-import-rules")} " " {p_import}</p>
                    <ActionError action=import/>
                    <ActionForm action=import attr:class="form narrow-form">
                        <input type="hidden" name="request_key" value=k_import/>
                        <MailboxSelect id="import-mailbox".into() name="mailbox_id" mailboxes=mb2 public_folders=false/>
                        <label for="import-file">{lang.t("addons-file-name")}</label>
                        <input id="import-file" name="file_name" required maxlength="260" autocomplete="off"/>
                        <label for="import-url">{lang.t("addons-download-url")}</label>
                        <input id="import-url" name="download_url" type="url" required maxlength="2000" autocomplete="off"/>
                        <button type="submit" class="button-primary">{lang.t("addons-request-import")}</button>
                    </ActionForm>
                </section>
                <section class="offer" aria-labelledby="req-restore">
                    <h3 id="req-restore">{lang.t("request-kind-restore")}</h3>
                    <p class="hint">{lang.t("addons-restore-rules")} " " {p_restore}</p>
                    <ActionError action=restore/>
                    <ActionForm action=restore attr:class="form narrow-form">
                        <input type="hidden" name="request_key" value=k_restore/>
                        <MailboxSelect id="restore-mailbox".into() name="mailbox_id" mailboxes=mb3 public_folders=false/>
                        <label for="restore-date">{lang.t("addons-restore-date")}</label>
                        <input id="restore-date" name="date" type="date" required aria-describedby="restore-date-hint"/>
                        <p class="hint" id="restore-date-hint">{restore_hint}</p>
                        <button type="submit" class="button-primary">{lang.t("addons-request-restore")}</button>
                    </ActionForm>
                </section>
                <section class="offer" aria-labelledby="req-password-reset">
                    <h3 id="req-password-reset">{lang.t("request-kind-password-reset")}</h3>
                    <p class="hint">{lang.t("addons-password-reset-rules")} " " {p_reset}</p>
                    <ActionError action=reset/>
                    <ActionForm action=reset attr:class="form narrow-form">
                        <input type="hidden" name="request_key" value=k_reset/>
                        <MailboxSelect id="reset-mailbox".into() name="mailbox_id" mailboxes=mb4 public_folders=false/>
                        <fieldset>
                            <legend>{lang.t("addons-delivery")}</legend>
                            <p>
                                <input id="delivery-phone" type="radio" name="delivery" value="phone" checked/>
                                " " <label for="delivery-phone">{lang.t("addons-delivery-phone")}</label>
                            </p>
                            <p>
                                <input id="delivery-link" type="radio" name="delivery" value="link"/>
                                " " <label for="delivery-link">{lang.t("addons-delivery-link")}</label>
                            </p>
                        </fieldset>
                        <label for="reset-phone">{lang.t("addons-phone")}</label>
                        <input id="reset-phone" name="phone" type="tel" autocomplete="tel"/>
                        <label for="reset-alt-email">{lang.t("addons-alt-email")}</label>
                        <input id="reset-alt-email" name="alt_email" type="email" autocomplete="off"/>
                        <button type="submit" class="button-primary">{lang.t("addons-request-password-reset")}</button>
                    </ActionForm>
                </section>
            </div>
        </section>
    }
}

#[component]
fn Requests(requests: Vec<RequestView>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="card" aria-labelledby="addons-requests">
            <h2 id="addons-requests">{lang.t("addons-requests")}</h2>
            {if requests.is_empty() {
                view! { <p>{lang.t("addons-no-requests")}</p> }.into_any()
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
