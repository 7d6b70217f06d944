//! Whether a new password is hard enough to guess (OWASP ASVS 5.0, 6.2):
//! zxcvbn estimates the guesses an attacker needs, knowing the 30,000 most
//! common passwords, names, keyboard rows, dates and repeats, and also the
//! words of this account (company name, the user's address, the product's
//! name). No composition rules: a long phrase of ordinary words passes.
//!
//! The refusal names one reason, so the user knows what to change.

use super::password_policy::{check_length, PasswordProblem, Weakness, MIN_LENGTH};
use zxcvbn::feedback::Warning;
use zxcvbn::{zxcvbn, Score};

/// At least 10^8 guesses ("safely unguessable" in zxcvbn's terms): beyond
/// what an online attack gets through the login throttle, and a slow hash
/// keeps an offline attack on a stolen database expensive.
pub const MIN_SCORE: Score = Score::Three;

/// Names of the service that attackers try first against its own users.
const PRODUCT_WORDS: &[&str] = &[
    "rhönmail",
    "rhoenmail",
    "rhonmail",
    "rhöncloud",
    "rhoencloud",
    "rhoncloud",
    "rhön",
    "rhoen",
    "exchange",
    "kundenportal",
];

/// Parts of company names that say nothing about the company.
const LEGAL_FORMS: &[&str] = &[
    "gmbh",
    "mbh",
    "ag",
    "kg",
    "ohg",
    "gbr",
    "ug",
    "ek",
    "e.k",
    "co",
    "und",
    "haftungsbeschränkt",
    "partg",
    "kgaa",
    "se",
    "ev",
    "e.v",
];

/// Who the password belongs to: the words an attacker who knows the account
/// would try.
pub struct PasswordContext<'a> {
    pub company: &'a str,
    pub email: &'a str,
}

/// Every rule for a new password and its repetition: length, then how hard
/// it is to guess, then whether both entries match.
pub fn check_new_password(
    password: &str,
    repeated: &str,
    context: &PasswordContext,
) -> Result<(), PasswordProblem> {
    check_length(password)?;
    check_strength(password, context).map_err(PasswordProblem::Weak)?;
    if password != repeated {
        return Err(PasswordProblem::Mismatch);
    }
    Ok(())
}

/// Refuses a password that is easy to guess, with the reason.
pub fn check_strength(password: &str, context: &PasswordContext) -> Result<(), Weakness> {
    let company = company_words(context.company);
    let address = address_words(context.email);
    let inputs: Vec<&str> = company
        .iter()
        .chain(address.iter())
        .map(String::as_str)
        .chain(PRODUCT_WORDS.iter().copied())
        .collect();
    // zxcvbn ranks the account's words low, but still lets a password pass
    // that is one of them with a few digits (it multiplies the parts'
    // guesses). An attacker who knows the account tries exactly those, so
    // the password must hold without them: long enough and strong enough.
    if let Some((rest, weakness)) = without_own_words(password, &company, &address) {
        if rest.chars().count() < MIN_LENGTH || zxcvbn(&rest, &[]).score() < MIN_SCORE {
            return Err(weakness);
        }
    }
    let estimate = zxcvbn(password, &inputs);
    if estimate.score() >= MIN_SCORE {
        return Ok(());
    }
    let warning = estimate.feedback().and_then(|f| f.warning());
    Err(match warning {
        Some(
            Warning::ThisIsATop10Password
            | Warning::ThisIsATop100Password
            | Warning::ThisIsACommonPassword
            | Warning::ThisIsSimilarToACommonlyUsedPassword,
        ) => Weakness::Common,
        Some(
            Warning::StraightRowsOfKeysAreEasyToGuess
            | Warning::ShortKeyboardPatternsAreEasyToGuess,
        ) => Weakness::KeyboardPattern,
        Some(
            Warning::RepeatsLikeAaaAreEasyToGuess
            | Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess,
        ) => Weakness::Repeats,
        Some(Warning::SequencesLikeAbcAreEasyToGuess) => Weakness::Sequence,
        Some(Warning::RecentYearsAreEasyToGuess | Warning::DatesAreOftenEasyToGuess) => {
            Weakness::Dates
        }
        Some(
            Warning::AWordByItselfIsEasyToGuess
            | Warning::NamesAndSurnamesByThemselvesAreEasyToGuess
            | Warning::CommonNamesAndSurnamesAreEasyToGuess,
        ) => Weakness::SingleWord,
        _ => Weakness::TooGuessable,
    })
}

/// The password (in lower case) with the account's words and the product's
/// names taken out, and which kind of word the longest one taken out was;
/// `None` when it contains none.
fn without_own_words(
    password: &str,
    company: &[String],
    address: &[String],
) -> Option<(String, Weakness)> {
    let mut words: Vec<(&str, Weakness)> = company
        .iter()
        .map(|w| (w.as_str(), Weakness::CompanyName))
        .chain(address.iter().map(|w| (w.as_str(), Weakness::OwnAddress)))
        .chain(PRODUCT_WORDS.iter().map(|w| (*w, Weakness::ProductName)))
        .collect();
    // Longest first, so "rhoenmail" goes as a whole before "rhoen" could.
    words.sort_by_key(|(w, _)| std::cmp::Reverse(w.chars().count()));
    let mut rest = password.to_lowercase();
    let mut found = None;
    for (word, weakness) in words {
        if rest.contains(word) {
            rest = rest.replace(word, "");
            found.get_or_insert(weakness);
        }
    }
    found.map(|weakness| (rest, weakness))
}

/// The words of a company name worth guessing, in lower case: "Müller &
/// Söhne GmbH" gives "müller", "söhne", "muller", "mueller", ….
fn company_words(name: &str) -> Vec<String> {
    let words: Vec<String> = split_words(name)
        .filter(|w| !LEGAL_FORMS.contains(&w.as_str()))
        .collect();
    let mut all = words.clone();
    all.push(words.concat());
    with_spellings(all)
}

/// The local part of the address and the domain's name, with their pieces:
/// "anna.schmidt@mueller-bau.de" gives "anna.schmidt", "anna", "schmidt",
/// "mueller-bau", "mueller", "bau".
fn address_words(email: &str) -> Vec<String> {
    let lower = email.to_lowercase();
    let (local, domain) = lower.split_once('@').unwrap_or((&lower, ""));
    let domain_name = domain.rsplit_once('.').map_or(domain, |(name, _tld)| name);
    let mut all = vec![local.to_string(), domain_name.to_string()];
    all.extend(split_words(local));
    all.extend(split_words(domain_name));
    with_spellings(all)
}

/// Lower-case words of at least three letters (shorter ones match by chance).
fn split_words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| w.chars().count() >= 3)
}

/// Adds the spellings people type for umlauts: "müller" → "mueller", "muller".
fn with_spellings(words: Vec<String>) -> Vec<String> {
    let mut all = Vec::with_capacity(words.len() * 3);
    for w in words.into_iter().filter(|w| w.chars().count() >= 3) {
        let transcribed = replace_umlauts(&w, ["ae", "oe", "ue", "ss"]);
        let plain = replace_umlauts(&w, ["a", "o", "u", "ss"]);
        for candidate in [w, transcribed, plain] {
            if !all.contains(&candidate) {
                all.push(candidate);
            }
        }
    }
    all
}

fn replace_umlauts(word: &str, [a, o, u, ss]: [&str; 4]) -> String {
    word.replace('ä', a)
        .replace('ö', o)
        .replace('ü', u)
        .replace('ß', ss)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONTEXT: PasswordContext = PasswordContext {
        company: "Müller & Söhne Bau GmbH",
        email: "anna.schmidt@mueller-bau.de",
    };

    fn check(password: &str) -> Result<(), Weakness> {
        check_strength(password, &CONTEXT)
    }

    #[test]
    fn long_phrases_of_unrelated_words_pass_without_composition_rules() {
        assert_eq!(check("wolke tinte segelboot"), Ok(()));
        assert_eq!(check("kartoffelpuffer im schneesturm"), Ok(()));
        assert_eq!(check("Xq7#mP2!vR9z"), Ok(()));
    }

    #[test]
    fn common_passwords_are_refused_as_common() {
        for common in [
            "password1234",
            "iloveyou1234",
            "passwort1234",
            "1q2w3e4r5t6y",
        ] {
            assert_eq!(check(common), Err(Weakness::Common), "{common}");
        }
    }

    #[test]
    fn the_company_name_is_named() {
        assert_eq!(check("MuellerBau2026!"), Err(Weakness::CompanyName));
        assert_eq!(check("Söhne-1234567"), Err(Weakness::CompanyName));
        assert_eq!(check("MUELLER+soehne+bau"), Err(Weakness::CompanyName));
    }

    #[test]
    fn a_phrase_that_holds_without_the_company_name_passes() {
        assert_eq!(check("Müller baut den schönsten Turm am Ort"), Ok(()));
    }

    #[test]
    fn the_demo_password_passes_the_rules_for_its_account() {
        let demo = PasswordContext {
            company: "Muster GmbH",
            email: crate::backend::demo::OWNER_EMAIL,
        };
        assert_eq!(
            check_strength(crate::backend::demo::PASSWORD, &demo),
            Ok(())
        );
    }

    #[test]
    fn the_own_address_is_named() {
        assert_eq!(check("anna.schmidt12"), Err(Weakness::OwnAddress));
    }

    #[test]
    fn the_product_name_is_named() {
        assert_eq!(check("Rhoenmail2026!"), Err(Weakness::ProductName));
        assert_eq!(check("rhöncloud-123"), Err(Weakness::ProductName));
        assert_eq!(check("Rhoen-Demo-2026"), Err(Weakness::ProductName));
    }

    #[test]
    fn patterns_are_named() {
        assert_eq!(check("qwertyuiop[]"), Err(Weakness::KeyboardPattern));
        assert_eq!(check("zxcvbnm,./;'"), Err(Weakness::KeyboardPattern));
        assert_eq!(check("aaaaaaaaaaaaaaa"), Err(Weakness::Repeats));
        assert_eq!(check("abcdefghijklm"), Err(Weakness::Sequence));
    }

    #[test]
    fn length_comes_first_and_the_repetition_last() {
        assert_eq!(
            check_new_password("kurz", "kurz", &CONTEXT),
            Err(PasswordProblem::TooShort)
        );
        assert_eq!(
            check_new_password("password1234", "anders", &CONTEXT),
            Err(PasswordProblem::Weak(Weakness::Common))
        );
        assert_eq!(
            check_new_password("wolke tinte segelboot", "wolke tinte segelbot", &CONTEXT),
            Err(PasswordProblem::Mismatch)
        );
        assert_eq!(
            check_new_password("wolke tinte segelboot", "wolke tinte segelboot", &CONTEXT),
            Ok(())
        );
    }

    #[test]
    fn company_words_skip_legal_forms_and_add_spellings() {
        let words = company_words("Müller & Söhne GmbH");
        assert!(words.contains(&"müller".to_string()));
        assert!(words.contains(&"mueller".to_string()));
        assert!(words.contains(&"muller".to_string()));
        assert!(words.contains(&"müllersöhne".to_string()));
        assert!(!words.contains(&"gmbh".to_string()));
    }

    #[test]
    fn address_words_split_local_part_and_domain() {
        let words = address_words("anna.schmidt@mueller-bau.de");
        for w in [
            "anna.schmidt",
            "anna",
            "schmidt",
            "mueller-bau",
            "mueller",
            "bau",
        ] {
            assert!(words.contains(&w.to_string()), "{w} in {words:?}");
        }
        assert!(!words.contains(&"de".to_string()));
    }

    #[test]
    fn the_longest_allowed_input_is_judged() {
        // zxcvbn looks at the first 100 characters only, so 256 cost no more.
        assert_eq!(check(&"ab".repeat(128)), Err(Weakness::Repeats));
    }
}
