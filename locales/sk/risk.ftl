# Safety questions added for issue 12, a professional's referral without consent, and every
# "we will contact you by …" promise (its time comes from data/service-hours.toml).
risk-fears-killed = Bojíte sa, že vás ten človek zabije.
risk-fears-killed-why = Strach o vlastný život je jedným z najvážnejších varovných signálov, preto konáme rýchlo.
risk-police-called = Za posledný rok kvôli tomuto človeku volali políciu trikrát alebo viackrát.
risk-police-called-why = Opakované zásahy polície ukazujú, že násilie sa stupňuje, preto to berieme ako naliehavé.

# Professionals: with consent, or without it when they judge the risk to be high.
refer-path-professional-body = Pracujete s niekým, koho chcete k nám odporučiť: s jeho súhlasom, alebo bez neho, ak podľa vás hrozí vysoké riziko.
field-consent-hint = Najprv sa toho človeka opýtajte. Bez súhlasu ho odporučte, len ak podľa vás hrozí vysoké riziko, a napíšte nám prečo. Ak je niekto práve teraz v nebezpečí, volajte 999.
field-consent-no-high-risk = Tento človek nesúhlasil, ale podľa môjho posúdenia je riziko vysoké, preto ho odporúčam bez súhlasu.
field-no-consent-reason = Prečo odporúčate bez súhlasu?
field-no-consent-reason-hint = Povinné, ak odporúčate bez súhlasu. Napíšte, čo podľa vás ukazuje na vysoké riziko, napríklad vyhrážky zabitím alebo škrtenie.
form-error-consent = Uveďte, prosím, či tento človek súhlasí. Bez jeho súhlasu ho môžete odporučiť, len ak podľa vás hrozí vysoké riziko.
form-error-no-consent-reason = Napíšte, prosím, prečo považujete riziko za vysoké. Bez toho nemôžeme prijať odporučenie bez súhlasu tohto človeka.
professionals-consent-risk = Ak je riziko vysoké a človek nesúhlasí, môžete ho aj tak odporučiť: vo formulári zvoľte možnosť „bez súhlasu“ a napíšte prečo. Takéto odporučenia riešime ako vysoké riziko.

# When an adviser will have tried to make contact. $day is today, tomorrow, mon … sun, or
# later (more than six days ahead, then $date is shown); $time is UK time, e.g. 10:00.
contact-by-when = { $day ->
    [today] najneskôr dnes o { $time }
    [tomorrow] najneskôr zajtra o { $time }
    [mon] najneskôr v pondelok o { $time }
    [tue] najneskôr v utorok o { $time }
    [wed] najneskôr v stredu o { $time }
    [thu] najneskôr vo štvrtok o { $time }
    [fri] najneskôr v piatok o { $time }
    [sat] najneskôr v sobotu o { $time }
    [sun] najneskôr v nedeľu o { $time }
   *[later] najneskôr { $date } o { $time }
}
refer-sent-by = Poradca sa vám pokúsi ozvať { $when }, spôsobom, ktorý ste si vybrali.
professionals-what-next-by = Ak niekoho odporučíte teraz, poradca sa s ním pokúsi bezpečne spojiť { $when }.
professionals-what-next-body = Poradca s týmto človekom nájde vhodnú podporu: individuálnu pomoc, skupinovú prácu, poradenstvo, podporu od ľudí s podobnou skúsenosťou alebo špecializovanú terénnu službu.
