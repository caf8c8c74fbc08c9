//! The referral form for one path. Every question but a few is optional; the risk questions
//! say why they are asked. Values and problems come back from the server in `SubmittedForm`.
use leptos::prelude::*;

use crate::pages::NotFound;

#[component]
pub fn ReferralFormPage() -> impl IntoView {
    form_page().unwrap_or_else(|| view! { <NotFound/> }.into_any())
}

#[cfg(not(feature = "ssr"))]
fn form_page() -> Option<AnyView> {
    None
}

#[cfg(feature = "ssr")]
fn form_page() -> Option<AnyView> {
    use domain::helplines::Helpline;
    use domain::referral::{ContactMethod, ReferralPath, CONSENT_GIVEN, HONEYPOT, NO_CONSENT_HIGH_RISK};
    use leptos_meta::Title;

    use super::fields::{checkbox, control_id, radios, text_field, yes_no, Input};
    use super::SubmittedForm;
    const REFERRAL_FORM_ID: &str = "referral-form";
    use crate::i18n::{t, use_locale};
    use crate::pages::EmergencyOptions;
    use crate::phone::PhoneLink;

    let kind = leptos_router::hooks::use_params_map().get_untracked().get("kind")?;
    let path = ReferralPath::from_slug(&kind)?;
    let locale = use_locale();
    let form = use_context::<SubmittedForm>().unwrap_or_default();
    // Kept across re-displays, so sending again after a problem cannot make a second referral.
    // A fresh form gets its id as the page is sent (`per_response`). The input is the page's
    // last element (tied to the form by `form=`), so all but its last bytes are the same for
    // everyone and the server keeps them compressed (`page_cache`).
    let submission_id = crate::per_response::submission_id_for_form(&form.value("submission-id"));
    let professional = path == ReferralPath::Professional;
    let friend = path == ReferralPath::FriendOrFamily;
    let title = t(&format!("refer-form-title-{kind}"));

    let summary = (!form.problems.is_empty()).then(|| {
        let items = form
            .problems
            .iter()
            .map(|p| view! { <li><a href=format!("#{}", control_id(&p.field))>{t(p.message_key)}</a></li> })
            .collect_view();
        view! {
            <div class="error-summary" role="alert" tabindex="-1" data-testid="error-summary">
                <h2>{t("refer-errors-heading")}</h2>
                <p>{t("refer-errors-intro")}</p>
                <ul>{items}</ul>
            </div>
        }
    });
    let notice = form.notice.map(|key| {
        view! { <div class="notice" role="alert" data-testid="form-notice"><p>{t(key)}</p></div> }
    });

    // Answering "no" shows 999 and 55 at once through CSS (`:has(:checked)`), so it works
    // before the page's script has loaded, and without it; the form is untouched.
    let safe_now_answer = form.value("safe-now");
    let safe_now = view! {
        <fieldset class="field safe-now-field">
            <legend>
                {t(if path == ReferralPath::SelfReferral { "refer-safe-now-self" } else { "refer-safe-now-other" })}
            </legend>
            <div class="choices choices--inline">
                <div class="choice">
                    <input type="radio" id="field-safe-now" name="safe-now" value="yes"
                        checked=safe_now_answer == "yes"/>
                    <label for="field-safe-now">{t("choice-yes")}</label>
                </div>
                <div class="choice">
                    <input type="radio" id="field-safe-now-no" name="safe-now" value="no"
                        data-testid="form-safe-now-no" checked=safe_now_answer == "no"/>
                    <label for="field-safe-now-no">{t("choice-no")}</label>
                </div>
            </div>
            <div class="safe-now__alert safe-now-field__alert" role="alert" data-testid="form-unsafe-alert">
                <p><strong>{t("refer-unsafe-heading")}</strong></p>
                <p><PhoneLink line=Helpline::Emergency big=true/> " " {t("emergency-999")}</p>
                <p>{t("emergency-55")}</p>
            </div>
        </fieldset>
    };

    let about_person = view! {
        <fieldset class="group">
            <legend>{t(if professional { "refer-about-person" } else { "refer-about-you" })}</legend>
            {text_field(&form, "name", &format!("field-name-{kind}"), Some("field-name-hint"), true, Input::Text)}
            {friend.then(|| view! {
                {text_field(&form, "relationship", "field-relationship", None, false, Input::Text)}
                {radios(&form, "wants", "field-wants", None, false,
                    &[("advice", "field-wants-advice"), ("call-back", "field-wants-call-back")])}
            })}
        </fieldset>
    };
    let about_work = professional.then(|| view! {
        <fieldset class="group">
            <legend>{t("refer-about-your-work")}</legend>
            {text_field(&form, "agency", "field-agency", None, true, Input::Text)}
            {text_field(&form, "role", "field-role", None, true, Input::Text)}
            {text_field(&form, "work-contact", "field-work-contact", None, true, Input::Text)}
            // The same rule the professionals page states: with consent, or without it only
            // when the professional judges the risk high and says why.
            {radios(&form, "consent", "field-consent-legend", Some("field-consent-hint"), true,
                &[(CONSENT_GIVEN, "field-consent"), (NO_CONSENT_HIGH_RISK, "field-consent-no-high-risk")])}
            {text_field(&form, "no-consent-reason", "field-no-consent-reason", Some("field-no-consent-reason-hint"),
                false, Input::LongText)}
        </fieldset>
    });

    let site = expect_context::<crate::site::SiteContext>();
    let chosen_language = match form.value("language") {
        empty if empty.is_empty() => locale.tag.clone(),
        chosen => chosen,
    };
    let language_options = site
        .catalog
        .languages()
        .iter()
        .map(|l| (l.tag.clone(), l.native_name.clone()))
        .chain([("other".to_owned(), t("field-language-other"))])
        .map(|(value, label)| {
            let selected = value == chosen_language;
            view! { <option value=value selected=selected>{label}</option> }
        })
        .collect_view();
    let language_problem = form.problem("language");

    // The methods the form accepts, each with the words for it.
    let contact_methods = ContactMethod::ALL
        .iter()
        .map(|method| {
            let label_key = match method {
                ContactMethod::Phone => "field-contact-method-phone",
                ContactMethod::Text => "field-contact-method-text",
                ContactMethod::Email => "field-contact-method-email",
            };
            (method.slug(), label_key)
        })
        .collect::<Vec<_>>();
    let contact = view! {
        <fieldset class="group">
            <legend>{t(if professional { "refer-contact-legend-person" } else { "refer-contact-legend-you" })}</legend>
            {radios(&form, "contact-method", "field-contact-method", None, true, &contact_methods)}
            {text_field(&form, "phone", "field-phone", None, false, Input::Tel)}
            {text_field(&form, "email", "field-email", None, false, Input::Email)}
            {yes_no(&form, "voicemail-ok", "field-voicemail-ok")}
            {yes_no(&form, "message-ok", "field-message-ok")}
            {super::safe_times::safe_times_fields(&form)}
            {text_field(&form, "safe-name", "field-safe-name", Some("field-safe-name-hint"), false, Input::Text)}
            <div class="field" class:field--error=language_problem.is_some()>
                <label for="field-language">{t("field-language")}</label>
                {language_problem.map(|key| view! { <p class="field-error" id="language-error">{t(key)}</p> })}
                <select id="field-language" name="language">{language_options}</select>
            </div>
            {text_field(&form, "language-other", "field-language-other-name", None, false, Input::Text)}
            {yes_no(&form, "interpreter", "field-interpreter")}
            {text_field(&form, "access-needs", "field-access-needs", Some("field-access-needs-hint"), false, Input::Text)}
            {radios(&form, "children-at-home", "field-children", None, false,
                &[("yes", "choice-yes"), ("no", "choice-no"), ("unknown", "choice-unknown")])}
        </fieldset>
    };

    let risk_questions = domain::referral::RiskQuestion::ALL
        .iter()
        .map(|q| {
            let slug = q.slug();
            let name = format!("risk-{slug}");
            checkbox(&form, &name, &name, Some(&format!("{name}-why")))
        })
        .collect_view();

    Some(
        view! {
            <Title text=title.clone()/>
            <h1>{title}</h1>
            <p class="lead">{t("refer-lead")}</p>
            {notice}
            {summary}
            <p>{t("refer-optional-note")}</p>
            <form class="referral" method="post" action=locale.href(&format!("/refer/{kind}"))
                novalidate=true autocomplete="off" data-testid="referral-form" id=REFERRAL_FORM_ID>
                {safe_now}
                {about_person}
                {about_work}
                {contact}
                {text_field(&form, "about", "field-about", Some("field-about-hint"), false, Input::LongText)}
                <fieldset class="group risk">
                    <legend>{t("risk-legend")}</legend>
                    <p class="hint">{t("risk-intro")}</p>
                    {risk_questions}
                </fieldset>
                // Visually hidden and out of the tab order; the `data-*` attributes tell
                // password managers (LastPass, 1Password, Bitwarden) to leave it alone.
                <div class="honeypot" aria-hidden="true">
                    <label for="field-fd-hp">{t("field-honeypot")}</label>
                    <input id="field-fd-hp" name=HONEYPOT type="text" tabindex="-1" autocomplete="off"
                        data-lpignore="true" data-1p-ignore="true" data-bwignore="true" data-form-type="other"/>
                </div>
                <p class="hint" id="send-hint">{t("refer-send-hint")}</p>
                <button type="submit" class="button" aria-describedby="send-hint">{t("refer-send")}</button>
            </form>
            <p><a href=locale.href("/refer")>{t("refer-other-forms")}</a></p>
            <EmergencyOptions/>
            <input type="hidden" name="submission-id" value=submission_id form=REFERRAL_FORM_ID/>
        }
        .into_any(),
    )
}
