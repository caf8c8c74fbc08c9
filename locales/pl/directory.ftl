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
service-daaos-offer = Prowadzona przez samorząd pomoc w terenie dla osób, którym inne potrzeby, np. problemy ze zdrowiem psychicznym, narkotykami lub alkoholem, utrudniają korzystanie ze zwykłego wsparcia. Pracownicy przychodzą do Ciebie i pozostają w kontakcie. Nie ma bezpośredniego numeru: doradcy Rotherham Rise najpierw z Tobą rozmawiają i, jeśli to pasuje, załatwiają tę pomoc.
service-south-yorkshire-police-emergency-offer = Zadzwoń pod 999, jeśli grozi Ci teraz niebezpieczeństwo. Jeśli nie możesz mówić, naciśnij 55, gdy usłyszysz prośbę. Osoby głuche i osoby, które nie mogą mówić, mogą wysłać SMS pod 999 po rejestracji w emergencySMS.
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

# Areas a service works in (the ids in data/services.toml's [areas]).
directory-scope = Miejsca pomocy dla osób mieszkających w Rotherham oraz takie, które działają w całym South Yorkshire, Anglii lub Wielkiej Brytanii. Nie ma tu miejsc, które działają tylko w innych rejonach.
directory-checked = Dane ostatnio sprawdzone
directory-reached-through = Nie ma bezpośredniego numeru: o tę pomoc poproś { $service }. Najpierw porozmawiają z Tobą, a jeśli to pasuje, załatwią ją.
area-rotherham = Rotherham
area-south-yorkshire = South Yorkshire
area-rutland = Rutland
area-leicester-leicestershire-rutland = Leicester, Leicestershire i Rutland
area-england = Anglia
area-england-and-wales = Anglia i Walia
area-uk = Cała Wielka Brytania
language-code-bsl = brytyjski język migowy (BSL)

# National specialist services.
service-galop-offer = Krajowa linia pomocy dla osób LGBT+ doświadczających przemocy domowej, w której odpowiadają osoby LGBT+. Wsparcie emocjonalne i praktyczne, także przy przemocy ze strony rodziny.
service-karma-nirvana-offer = Krajowa linia pomocy w sprawie przemocy w imię tzw. honoru i małżeństw przymusowych, w każdej społeczności. Dla osób zagrożonych, osób, które martwią się o kogoś, i dla profesjonalistów.
service-forced-marriage-unit-offer = Rządowy zespół ds. małżeństw przymusowych (Forced Marriage Unit). Pomoc, jeśli ktoś zmusza Cię do małżeństwa albo boisz się tego, w Wielkiej Brytanii lub za granicą. Porady dla osób, które martwią się o kogoś, i dla profesjonalistów.
service-national-stalking-helpline-offer = Porady i wsparcie, jeśli ktoś Cię śledzi, obserwuje lub wciąż się z Tobą kontaktuje, także jeśli to były partner lub była partnerka.
service-rape-crisis-support-line-offer = Wsparcie dla każdej osoby od 16. roku życia dotkniętej gwałtem, przemocą seksualną lub molestowaniem, niezależnie od tego, kiedy to się stało, całą dobę. Zadzwoń albo napisz na czacie na ich stronie.
service-childline-offer = Bezpłatna, poufna pomoc dla dzieci i młodzieży poniżej 19 lat w każdej sprawie, która je martwi, także przy przemocy w domu lub w związku.
service-nspcc-helpline-offer = Dla dorosłych, którzy martwią się o dziecko, także o dziecko żyjące w domu, w którym jest przemoc domowa. Porady dla rodziców, opiekunów i profesjonalistów.
service-signhealth-offer = Pomoc w sytuacji przemocy domowej dla osób głuchych, prowadzona przez głuchych pracowników, którzy posługują się brytyjskim językiem migowym. Kontakt przez ich stronę internetową.
