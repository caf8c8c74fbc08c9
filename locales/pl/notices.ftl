# The privacy notice and the accessibility statement, linked from the footer.
footer-privacy = Informacja o prywatności
footer-accessibility = Deklaracja dostępności

privacy-title = Informacja o prywatności
privacy-intro = Ta strona wyjaśnia, jakie informacje zbiera ten serwis, po co, gdzie są przechowywane, jak długo i kto może je zobaczyć. Zbieramy tak mało, jak to możliwe.
privacy-visit-heading = Kiedy czytasz tę stronę
privacy-visit-cookies = Nie używamy plików cookie, śledzenia ani analityki i nic nie jest pobierane z innych stron.
privacy-visit-logs = Nasz serwer zapisuje, o którą stronę poproszono i kiedy, ale nie Twój adres internetowy ani nic, co wpisujesz.
privacy-visit-limits = Żeby zapobiegać nadużyciom, liczymy, jak często z tego samego połączenia przychodzą formularze i czaty. Twój adres internetowy jest do tego przez krótki czas trzymany w pamięci; to, co zapisujemy, to zaszyfrowany kod, a nie adres.
privacy-visit-browser = Twoja przeglądarka może jednak zachować historię Twojej wizyty.
privacy-forms-heading = Kiedy wypełniasz formularz zgłoszenia
privacy-forms-body = Każdy formularz pyta tylko o to, czego doradca potrzebuje, żeby bezpiecznie się z Tobą skontaktować i zrozumieć, co się dzieje:
privacy-forms-self = Zgłoszenie we własnej sprawie: imię, którego możemy używać, jak i kiedy można się z Tobą bezpiecznie skontaktować, Twój język i potrzeby w zakresie dostępności, czy mieszkają z Tobą dzieci, to, co chcesz nam powiedzieć, i odpowiedzi na pytania o bezpieczeństwo.
privacy-forms-friend = Zgłoszenie w sprawie przyjaciela lub kogoś z rodziny: Twoje imię i kontakt, skąd znasz tę osobę i co Cię niepokoi.
privacy-forms-professional = Zgłoszenie od specjalisty: imię i nazwisko, organizacja, stanowisko i służbowe dane kontaktowe oraz dane, sytuacja i odpowiedzi o bezpieczeństwie zgłaszanej osoby.
privacy-forms-why = Używamy tych informacji, żeby się z Tobą skontaktować, zaproponować wsparcie i chronić Ciebie i Twoje dzieci.
privacy-forms-retention = Po zamknięciu zgłoszenia przechowujemy je przez { $count ->
        [one] { $count } dzień
        [few] { $count } dni
        [many] { $count } dni
       *[other] { $count } dnia
    }, a potem jest usuwane.
privacy-forms-held = Jeśli nasz filtr antyspamowy zatrzyma formularz, sprawdza go osoba zarządzająca. Jest usuwany najpóźniej po { $count ->
        [one] { $count } dniu
        [few] { $count } dniach
        [many] { $count } dniach
       *[other] { $count } dnia
    }.
privacy-chat-heading = Kiedy korzystasz z czatu
privacy-chat-what = Czat nie pyta o Twoje imię. Zapisuje Twój język i wiadomości, które piszecie Ty i doradca.
privacy-chat-device = Na Twoim urządzeniu czat przechowuje tylko to, co potrzebne do ponownego połączenia, w tej karcie przeglądarki. Znika to po zamknięciu karty lub po naciśnięciu „{ quick-exit }”.
privacy-chat-referral = Jeśli się zgodzisz, doradca może utworzyć zgłoszenie na podstawie czatu.
privacy-chat-retention = Rozmowa jest usuwana { $count ->
        [one] { $count } dzień
        [few] { $count } dni
        [many] { $count } dni
       *[other] { $count } dnia
    } po ostatniej wiadomości.
privacy-where-heading = Gdzie są przechowywane
privacy-where-body = Wszystko jest przechowywane w bazie danych serwisu (Redis). Imiona, dane kontaktowe, wiadomości i odpowiedzi są szyfrowane przed zapisaniem, więc bez klucza serwisu nie da się ich odczytać. Bez szyfrowania zapisujemy tylko to, co potrzebne do ustalenia kolejności zgłoszeń (rodzaj formularza, język, pilność i godziny).
privacy-who-heading = Kto może je zobaczyć
privacy-who-body = Tylko doradcy serwisu i osoby nimi kierujące (administratorzy), którzy logują się hasłem i jednorazowym kodem. Doradca widzi Twoje dane dopiero wtedy, gdy przejmie Twoje zgłoszenie lub czat, a każde otwarcie zgłoszenia jest rejestrowane.
privacy-who-sharing = Nie sprzedajemy Twoich informacji. Przekazujemy je innym, na przykład policji lub służbom ds. dzieci, tylko za Twoją zgodą albo bez niej, gdy czyjeś życie jest zagrożone lub dziecko jest w niebezpieczeństwie, zgodnie z prawem.
privacy-rights-heading = Twoje prawa
privacy-rights-body = Możesz poprosić o kopię swoich informacji, o ich poprawienie albo usunięcie. Skontaktuj się z serwisem, a doradca Ci pomoże.
privacy-rights-complain = Jeśli nie zgadzasz się ze sposobem, w jaki używamy Twoich informacji, możesz złożyć skargę do Information Commissioner's Office (ICO), brytyjskiego urzędu ochrony danych.

a11y-title = Deklaracja dostępności
a11y-intro = Chcemy, żeby każdy mógł korzystać z tej strony: na starym telefonie, z czytnikiem ekranu, tylko za pomocą klawiatury albo bez JavaScriptu.
a11y-standard-heading = Jak dostępna jest ta strona
a11y-standard-body = Staramy się spełniać wytyczne WCAG 2.2 (Web Content Accessibility Guidelines) na poziomie AA. Strona jest dostępna po angielsku, urdu, arabsku, polsku, słowacku i rumuńsku. Strony w urdu i po arabsku czyta się od prawej do lewej.
a11y-tested-heading = Jak to sprawdzamy
a11y-tested-axe = Automatyczne testy narzędziem axe-core na każdej stronie, w każdym języku.
a11y-tested-keyboard = Korzystanie ze stron tylko za pomocą klawiatury i sprawdzanie, czy zawsze widać, gdzie jesteś.
a11y-tested-no-js = Korzystanie z każdej strony z wyłączonym JavaScriptem.
a11y-tested-semantics = Sprawdzanie, czy nagłówki, obszary strony, etykiety formularzy i linki są oznaczone dla czytników ekranu.
a11y-tested-rtl = Sprawdzanie układu od prawej do lewej w urdu i po arabsku.
a11y-limits-heading = Co jeszcze nie działa dobrze
a11y-limit-chat = Czat wymaga JavaScriptu. Bez niego możesz do nas zadzwonić albo wypełnić formularz zgłoszenia.
a11y-limit-screen-readers = Nie testowaliśmy jeszcze strony z osobami, które korzystają z czytników ekranu.
a11y-limit-formats = Strony nie są jeszcze dostępne jako filmy w brytyjskim języku migowym (BSL) ani w wersji łatwej do czytania (Easy Read).
a11y-limit-translations = Nie wszystkie tłumaczenia zostały już sprawdzone przez osoby, dla których to język ojczysty.
a11y-report-heading = Zgłoś problem
a11y-report-body = Jeśli coś na tej stronie nie działa dla Ciebie albo potrzebujesz informacji w innej formie, daj nam znać. Odpowiemy i postaramy się to naprawić.
a11y-report-complain = Jeśli nasza odpowiedź Cię nie zadowala, możesz zwrócić się do Equality Advisory and Support Service (EASS).
