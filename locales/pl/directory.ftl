# The "Who can help" page: the service directory.
directory-title = Kto może pomóc
directory-intro = Pomoc dla każdego, kogo dotyka przemoc domowa. Wybierz, kim jesteś i jak chcesz się skontaktować.
directory-filter-who = Dla kogo?
directory-filter-how = Jak chcesz się skontaktować?
directory-filter-apply = Pokaż wyniki
directory-filter-clear = Wyczyść wybór
directory-count = { $count ->
    [one] 1 miejsce pomocy
    [few] { $count } miejsca pomocy
    [many] { $count } miejsc pomocy
   *[other] { $count } miejsca pomocy
}
directory-for = Dla kogo
directory-area = Obszar
directory-languages = Języki
status-always-open = Czynne teraz, całą dobę
status-no-fixed-hours = Zadzwoń i zapytaj, kiedy mogą porozmawiać
status-open-until = Czynne teraz, do { $time }
status-opens-today = Teraz nieczynne. Otwarcie dziś o { $time }
status-opens-tomorrow = Teraz nieczynne. Otwarcie jutro o { $time }
status-opens-on = Teraz nieczynne. Otwarcie: { $day }, godz. { $time }
weekday-mon = poniedziałek
weekday-tue = wtorek
weekday-wed = środa
weekday-thu = czwartek
weekday-fri = piątek
weekday-sat = sobota
weekday-sun = niedziela
audience-everyone = Wszyscy
audience-women = Kobiety
audience-men = Mężczyźni
audience-lgbt = Osoby LGBT+
audience-young-people = Młodzież
audience-deaf = Osoby głuche
audience-minority-ethnic = Mniejszości etniczne
audience-complex-needs = Osoby o złożonych potrzebach
audience-professionals = Specjaliści
audience-perpetrators = Osoby, które niepokoi własne zachowanie
channel-phone = Telefon
channel-text = SMS
channel-webchat = Czat online
channel-web = Strona internetowa
channel-email = E-mail
note-free = Bezpłatne połączenie
note-not-on-phone-bill = Nie pojawia się na rachunku telefonicznym
note-confidential = Poufnie
note-emergency-only = Tylko w nagłych sytuacjach
note-interpreters = Możliwa pomoc tłumacza
note-call-to-arrange = Zadzwoń, aby umówić wsparcie
note-housing = Pomoc w sprawach mieszkaniowych
language-code-en = Angielski
language-code-interpreter = Inne języki z tłumaczem
service-rotherham-rise-offer = Centralny punkt dostępu do wsparcia w sytuacji przemocy domowej w Rotherham, na każdym poziomie ryzyka. Infolinia, strona internetowa i czat online. Wysłuchają Cię, pomogą zadbać o Twoje bezpieczeństwo i znajdą odpowiednie wsparcie: pomoc indywidualną, grupy, terapię lub wsparcie osób z podobnym doświadczeniem.
service-rotherham-council-offer = Linia Rotherham Council ds. przemocy domowej. Porady oraz dostęp do wsparcia, które oferuje samorząd.
service-daaos-offer = Prowadzona przez samorząd aktywna pomoc w terenie dla osób o złożonych potrzebach, np. z problemami ze zdrowiem psychicznym, narkotykami lub alkoholem. Pracownicy przychodzą do Ciebie i pozostają w kontakcie.
service-south-yorkshire-police-emergency-offer = Zadzwoń pod 999, jeśli grozi Ci teraz niebezpieczeństwo. Jeśli nie możesz mówić, naciśnij 55, gdy usłyszysz prośbę.
service-south-yorkshire-police-offer = Zadzwoń pod 101, aby zgłosić przemoc policji, gdy nie jest to nagła sytuacja.
service-national-helpline-offer = Bezpłatne, poufne wsparcie całą dobę, codziennie. Pomogą Ci znaleźć miejsce w schronisku.
service-mens-advice-line-offer = Porady i wsparcie emocjonalne dla mężczyzn doświadczających przemocy oraz pomoc w zapewnieniu bezpieczeństwa im i ich dzieciom.
service-mankind-offer = Poufna infolinia dla mężczyzn doświadczających przemocy ze strony partnerki, partnera lub kogoś z rodziny.
service-uava-offer = Wsparcie dla osób od 13. roku życia w Leicester, Leicestershire i Rutland: infolinia, wsparcie wyłącznie przez SMS, porady dotyczące bezpieczeństwa i bezpieczne zakwaterowanie.
service-hope-project-offer = Wsparcie dla osób zagrożonych przemocą domową, które potrzebują mieszkania i mają też inne potrzeby. Zadzwoń i sprawdź, czy możesz dostać pomoc.
service-family-action-offer = Wsparcie dla rodzin w trudnej sytuacji, m.in. przy przemocy domowej, kłopotach z pieniędzmi i problemach ze zdrowiem psychicznym.
service-citizens-advice-offer = Bezpłatne, niezależne porady w sprawach pieniędzy, zasiłków, mieszkania i Twoich praw.
service-rothacs-offer = Terapia i wsparcie psychologiczne dla osób dotkniętych przemocą w Rotherham. Poproś o nie przez Rotherham Rise.
service-inspire-to-change-offer = Program w Rotherham dla osób, które chcą przestać stosować przemoc wobec partnera, partnerki lub kogoś z rodziny.
service-respect-phoneline-offer = Poufna infolinia dla osób, które niepokoi własne zachowanie wobec partnera, partnerki lub kogoś z rodziny.
