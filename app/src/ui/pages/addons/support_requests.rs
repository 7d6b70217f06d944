//! The requests to support on the add-ons page (PST export and import,
//! restore, password reset): one offer each, with its rules, its one-off
//! price and a form that names the mailbox first.

use super::iso;
use crate::api::addons::{
    AddonsView, RequestPasswordReset, RequestPstExport, RequestPstImport, RequestRestore,
};
use crate::domain::addons::prices::Money;
use crate::domain::format;
use crate::domain::service_request::kind_message_id;
use crate::error::AppError;
use crate::i18n::{use_lang, Lang};
use crate::ui::components::action_error::ActionError;
use leptos::prelude::*;
use leptos::server_fn::client::Client;
use leptos::server_fn::codec::PostUrl;
use leptos::server_fn::request::ClientReq;
use leptos::server_fn::{Http, ServerFn};
use leptos::web_sys::FormData;
use serde::de::DeserializeOwned;

/// What every request form draws on: the stem of its form key, the one-off
/// prices and the mailboxes to choose from.
struct RequestForms {
    key: String,
    prices: Vec<(String, Option<Money>)>,
    vat_percent: u32,
    mailboxes: Vec<(String, String)>,
    public_folders_booked: bool,
}

impl RequestForms {
    /// The one-off net price of `kind` and the VAT rate; empty where it has none.
    fn price(&self, lang: Lang, kind: &str) -> String {
        self.prices
            .iter()
            .find(|(k, _)| k == kind)
            .and_then(|(_, m)| *m)
            .map(|m| {
                lang.t_with(
                    "addons-price-once",
                    &[
                        ("net", format::euro(lang, m.net_cents).into()),
                        ("percent", (self.vat_percent as i64).into()),
                    ],
                )
            })
            .unwrap_or_default()
    }
}

#[component]
pub fn SupportRequests(v: AddonsView, key: String) -> impl IntoView {
    let lang = use_lang();
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
    let export = ServerAction::<RequestPstExport>::new();
    let import = ServerAction::<RequestPstImport>::new();
    let restore = ServerAction::<RequestRestore>::new();
    let reset = ServerAction::<RequestPasswordReset>::new();
    let forms = StoredValue::new(RequestForms {
        key,
        prices: v.request_prices,
        vat_percent: v.vat_percent,
        mailboxes: v.mailboxes,
        public_folders_booked: v.public_folders_booked,
    });
    view! {
        <section class="card" aria-labelledby="addons-support">
            <h2 id="addons-support">{lang.t("addons-support")}</h2>
            <div class="offers">
                <RequestOffer kind="pst-export" action=export forms
                    rules=lang.t("addons-pst-export-rules") submit=lang.t("addons-request-export")
                    select_id="export-object" or_public_folders=true>
                    <RequestDate id="export-date" label=lang.t("addons-export-date") hint=export_hint/>
                </RequestOffer>
                <RequestOffer kind="pst-import" action=import forms
                    rules=lang.t("addons-pst-import-rules") submit=lang.t("addons-request-import")
                    select_id="import-mailbox">
                    <label for="import-file">{lang.t("addons-file-name")}</label>
                    <input id="import-file" name="file_name" required maxlength="260" autocomplete="off"/>
                    <label for="import-url">{lang.t("addons-download-url")}</label>
                    <input id="import-url" name="download_url" type="url" required maxlength="2000" autocomplete="off"/>
                </RequestOffer>
                <RequestOffer kind="restore" action=restore forms
                    rules=lang.t("addons-restore-rules") submit=lang.t("addons-request-restore")
                    select_id="restore-mailbox">
                    <RequestDate id="restore-date" label=lang.t("addons-restore-date") hint=restore_hint/>
                </RequestOffer>
                <RequestOffer kind="password-reset" action=reset forms
                    rules=lang.t("addons-password-reset-rules") submit=lang.t("addons-request-password-reset")
                    select_id="reset-mailbox">
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
                </RequestOffer>
            </div>
        </section>
    }
}

/// One request to support: its name, rules and price, and a form that asks
/// for the mailbox first; the fields that follow are the children. Each form
/// sends `<key>-<kind>` as its key, so a double submit is one request.
#[component]
fn RequestOffer<S, P>(
    /// As the server names the request: `pst-export`, `restore`, …
    kind: &'static str,
    action: ServerAction<S>,
    forms: StoredValue<RequestForms>,
    #[prop(into)] rules: String,
    #[prop(into)] submit: String,
    select_id: &'static str,
    /// Whether the public folders may be chosen instead of a mailbox (when
    /// booked); the choice is then sent as `object`, else as `mailbox_id`.
    #[prop(optional)]
    or_public_folders: bool,
    children: Children,
) -> impl IntoView
where
    S: ServerFn<Protocol = Http<PostUrl, P>, Error = AppError>
        + DeserializeOwned
        + Clone
        + Send
        + Sync
        + 'static,
    S::Output: Clone + Send + Sync + 'static,
    S::Client: Client<AppError>,
    <<S::Client as Client<AppError>>::Request as ClientReq<AppError>>::FormData: From<FormData>,
{
    let lang = use_lang();
    let heading = format!("req-{kind}");
    let labelled_by = heading.clone();
    let (request_key, price, mailboxes, public_folders) = forms.with_value(|f| {
        (
            format!("{}-{kind}", f.key),
            f.price(lang, kind),
            f.mailboxes.clone(),
            or_public_folders && f.public_folders_booked,
        )
    });
    let field = if or_public_folders {
        "object"
    } else {
        "mailbox_id"
    };
    view! {
        <section class="offer" aria-labelledby=labelled_by>
            <h3 id=heading>{lang.t(&kind_message_id(kind))}</h3>
            <p class="hint">{rules} " " {price}</p>
            <ActionError action/>
            <ActionForm action attr:class="form narrow-form">
                <input type="hidden" name="request_key" value=request_key/>
                <MailboxSelect id=select_id name=field mailboxes public_folders/>
                {children()}
                <button type="submit" class="button-primary">{submit}</button>
            </ActionForm>
        </section>
    }
}

/// The day a request is wanted for, sent as `date`; `hint` gives its limits.
#[component]
fn RequestDate(
    id: &'static str,
    #[prop(into)] label: String,
    #[prop(into)] hint: String,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <label for=id>{label}</label>
        <input id=id name="date" type="date" required aria-describedby=hint_id.clone()/>
        <p class="hint" id=hint_id>{hint}</p>
    }
}

/// A select of the customer's mailboxes (and the public folders when
/// `public_folders`), sent as `name`.
#[component]
fn MailboxSelect(
    id: &'static str,
    name: &'static str,
    mailboxes: Vec<(String, String)>,
    public_folders: bool,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <label for=id>{lang.t(if public_folders { "addons-object" } else { "mailbox" })}</label>
        <select id=id name=name required>
            <option value="">{lang.t("addons-choose")}</option>
            {public_folders.then(|| view! { <option value="public-folders">{lang.t("addon-public-folders")}</option> })}
            {mailboxes.into_iter().map(|(id, address)| view! { <option value=id>{address}</option> }).collect_view()}
        </select>
    }
}
