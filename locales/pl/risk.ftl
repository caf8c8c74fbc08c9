# Safety questions added for issue 12, a professional's referral without consent, and every
# "we will contact you by …" promise (its time comes from data/service-hours.toml).
risk-fears-killed = Boisz się, że ta osoba Cię zabije.
risk-fears-killed-why = Strach o własne życie to jeden z najpoważniejszych sygnałów zagrożenia, więc działamy szybko.
risk-police-called = W ostatnim roku policję wzywano z powodu tej osoby trzy razy lub więcej.
risk-police-called-why = Powtarzające się interwencje policji pokazują, że przemoc narasta, więc traktujemy to jako pilne.

# Professionals: with consent, or without it when they judge the risk to be high.
refer-path-professional-body = Pracujesz z kimś, kogo chcesz do nas skierować: za jego zgodą albo bez niej, jeśli oceniasz, że ryzyko jest wysokie.
field-consent-hint = Najpierw zapytaj tę osobę. Bez jej zgody kieruj tylko wtedy, gdy oceniasz, że ryzyko jest wysokie, i napisz nam dlaczego. Jeśli komuś grozi teraz niebezpieczeństwo, zadzwoń pod 999.
field-consent-no-high-risk = Ta osoba się nie zgodziła, ale oceniam, że ryzyko jest wysokie, więc kieruję ją bez jej zgody.
field-no-consent-reason = Dlaczego kierujesz bez zgody?
field-no-consent-reason-hint = Wymagane, jeśli kierujesz bez zgody. Napisz, co wskazuje na wysokie ryzyko, na przykład groźby zabójstwa lub duszenie.
form-error-consent = Zaznacz, czy ta osoba się zgodziła. Bez jej zgody możesz ją skierować tylko wtedy, gdy oceniasz, że ryzyko jest wysokie.
form-error-no-consent-reason = Napisz, dlaczego oceniasz ryzyko jako wysokie. Bez tego nie możemy przyjąć skierowania bez zgody tej osoby.
professionals-consent-risk = Jeśli ryzyko jest wysokie, a ta osoba się nie zgadza, nadal możesz ją skierować: wybierz w formularzu odpowiedź „bez zgody” i napisz dlaczego. Takie skierowania traktujemy jako wysokie ryzyko.

# When an adviser will have tried to make contact. $day is today, tomorrow, mon … sun, or
# later (more than six days ahead, then $date is shown); $time is UK time, e.g. 10:00.
contact-by-when = { $day ->
    [today] najpóźniej dziś o { $time }
    [tomorrow] najpóźniej jutro o { $time }
    [mon] najpóźniej w poniedziałek o { $time }
    [tue] najpóźniej we wtorek o { $time }
    [wed] najpóźniej w środę o { $time }
    [thu] najpóźniej w czwartek o { $time }
    [fri] najpóźniej w piątek o { $time }
    [sat] najpóźniej w sobotę o { $time }
    [sun] najpóźniej w niedzielę o { $time }
   *[later] najpóźniej { $date } o { $time }
}
refer-sent-by = Doradca spróbuje się skontaktować { $when }, w wybrany sposób.
professionals-what-next-by = Jeśli skierujesz kogoś teraz, doradca spróbuje bezpiecznie skontaktować się z tą osobą { $when }.
professionals-what-next-body = Doradca razem z tą osobą znajdzie odpowiednie wsparcie: pomoc indywidualną, zajęcia grupowe, terapię, wsparcie osób z podobnym doświadczeniem lub specjalistyczną pomoc w terenie.
