//! The footer of a table of monthly prices: the net sum, with VAT and the
//! gross sum beside it. Prices are agreed net; the rest is shown apart.

use crate::domain::addons::prices::Money;
use crate::domain::format;
use crate::i18n::use_lang;
use leptos::prelude::*;

/// `label_columns` and `sum_columns` span the table's columns (none: one).
#[component]
pub fn MonthlyTotal(
    total: Money,
    vat_percent: u32,
    label_columns: u32,
    #[prop(optional)] sum_columns: Option<u32>,
) -> impl IntoView {
    let lang = use_lang();
    let vat_note = lang.t_with(
        "addons-vat",
        &[
            ("percent", (vat_percent as i64).into()),
            ("vat", format::euro(lang, total.vat_cents).into()),
            ("gross", format::euro(lang, total.gross_cents).into()),
        ],
    );
    view! {
        <tfoot><tr>
            <th scope="row" colspan=label_columns>{lang.t("addons-total")}</th>
            <td colspan=sum_columns>{format::euro(lang, total.net_cents)} " " <span class="hint">{vat_note}</span></td>
        </tr></tfoot>
    }
}
