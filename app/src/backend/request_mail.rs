//! The mails of a service request: to the provider's support (German, plain
//! text a clerk can act on without the portal), the confirmation to the
//! requester, and the notice when the status changes.

use crate::domain::format;
use crate::domain::service_request::{kind_message_id, shown_detail, RequestView};
use crate::i18n::{Arg, Lang};

/// What the mails about one request say.
pub struct Facts<'a> {
    pub request: &'a RequestView,
    pub customer_number: &'a str,
    pub customer_name: &'a str,
    pub public_url: &'a str,
}

/// The request's lines: number, kind, object, each detail.
fn described(lang: Lang, r: &RequestView) -> Vec<String> {
    let mut lines = vec![
        format!("{}: {}", lang.t("request-number"), r.number),
        format!(
            "{}: {}",
            lang.t("request-kind"),
            lang.t(&kind_message_id(&r.kind))
        ),
        format!("{}: {}", lang.t("request-object"), r.object),
    ];
    for (key, value) in &r.details {
        lines.push(format!(
            "{}: {}",
            lang.t(&format!("request-detail-{key}")),
            shown_detail(lang, value)
        ));
    }
    lines
}

/// Subject and body of the mail to support, always in German.
pub fn to_support(f: &Facts) -> (String, String) {
    let lang = Lang::De;
    let r = f.request;
    let subject = lang.t_with(
        "mail-request-support-subject",
        &[
            ("number", Arg::from(r.number.as_str())),
            ("customer", Arg::from(f.customer_number)),
            ("kind", lang.t(&kind_message_id(&r.kind)).into()),
        ],
    );
    let mut lines = vec![
        format!(
            "{}: {}",
            lang.t("request-customer-number"),
            f.customer_number
        ),
        format!("{}: {}", lang.t("request-customer"), f.customer_name),
    ];
    lines.extend(described(lang, r));
    lines.push(format!(
        "{}: {}, {}",
        lang.t("request-requested-by"),
        r.requested_by,
        format::unix_date_time(lang, r.created_at).unwrap_or_default()
    ));
    let body = [
        lang.t("mail-request-support-intro"),
        lines.join("\n"),
        lang.t("mail-request-support-footer"),
    ]
    .join("\n\n");
    (subject, body + "\n")
}

/// Subject and body of the confirmation to the requester.
pub fn confirmation(lang: Lang, f: &Facts) -> (String, String) {
    let r = f.request;
    let subject = lang.t_with(
        "mail-request-confirm-subject",
        &[("number", Arg::from(r.number.as_str()))],
    );
    let mut lines = vec![format!(
        "{}: {} ({})",
        lang.t("request-customer-number"),
        f.customer_number,
        f.customer_name
    )];
    lines.extend(described(lang, r));
    let body = [
        lang.t("mail-greeting"),
        lang.t("mail-request-confirm-intro"),
        lines.join("\n"),
        format!("{}\n{}/add-ons", lang.t("mail-request-link"), f.public_url),
        lang.t("mail-quota-footer"),
    ]
    .join("\n\n");
    (subject, body + "\n")
}

/// Subject and body of "your request is now …".
pub fn status_changed(lang: Lang, r: &RequestView, public_url: &str) -> (String, String) {
    let status = lang.t(&format!("request-status-{}", r.status.as_str()));
    let subject = lang.t_with(
        "mail-request-status-subject",
        &[
            ("number", Arg::from(r.number.as_str())),
            ("status", status.clone().into()),
        ],
    );
    let mut paragraphs = vec![
        lang.t("mail-greeting"),
        lang.t_with(
            "mail-request-status-intro",
            &[
                ("number", Arg::from(r.number.as_str())),
                ("kind", lang.t(&kind_message_id(&r.kind)).into()),
                ("object", Arg::from(r.object.as_str())),
                ("status", status.into()),
            ],
        ),
    ];
    if let Some(reason) = &r.reason {
        paragraphs.push(format!("{}: {reason}", lang.t("request-reason")));
    }
    paragraphs.push(format!(
        "{}\n{public_url}/add-ons",
        lang.t("mail-request-link")
    ));
    paragraphs.push(lang.t("mail-quota-footer"));
    (subject, paragraphs.join("\n\n") + "\n")
}
