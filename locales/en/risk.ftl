# Safety questions added for issue 12, a professional's referral without consent, and every
# "we will contact you by …" promise (its time comes from data/service-hours.toml).
risk-fears-killed = You are afraid they will kill you.
risk-fears-killed-why = Your own fear for your life is one of the strongest warning signs, so we act quickly.
risk-police-called = The police have been called because of them three or more times in the last year.
risk-police-called-why = Repeated police call-outs show the abuse is getting worse, so we treat it as urgent.

# Professionals: with consent, or without it when they judge the risk to be high.
refer-path-professional-body = You work with someone you want to refer: with their agreement, or without it if you judge the risk to be high.
field-consent-hint = Ask the person first. Refer without their agreement only if you judge the risk to be high, and tell us why. If someone is in danger now, call 999.
field-consent-no-high-risk = The person has not agreed, but I judge the risk to be high, so I am referring without their consent.
field-no-consent-reason = Why are you referring without consent?
field-no-consent-reason-hint = Required if you refer without consent. Tell us what makes you judge the risk to be high, for example threats to kill or strangulation.
form-error-consent = Please say whether the person has agreed. Without their agreement, you can refer only if you judge the risk to be high.
form-error-no-consent-reason = Please tell us why you judge the risk to be high. We need this to take a referral without the person's consent.
professionals-consent-risk = If the risk is high and they do not agree, you can still refer them: choose "without consent" on the form and tell us why. We treat these referrals as high risk.

# When an adviser will have tried to make contact. $day is today, tomorrow, mon … sun, or
# later (more than six days ahead, then $date is shown); $time is UK time, e.g. 10:00.
contact-by-when = { $day ->
    [today] by { $time } today
    [tomorrow] by { $time } tomorrow
    [mon] by Monday { $time }
    [tue] by Tuesday { $time }
    [wed] by Wednesday { $time }
    [thu] by Thursday { $time }
    [fri] by Friday { $time }
    [sat] by Saturday { $time }
    [sun] by Sunday { $time }
   *[later] by { $time } on { $date }
}
refer-sent-by = An adviser will try to get in touch { $when }, in the way you chose.
professionals-what-next-by = If you refer someone now, an adviser will try to contact them safely { $when }.
professionals-what-next-body = Together with them, the adviser finds the right support: one-to-one help, group work, counselling, peer support or specialist outreach.
