# Referral forms: "ask us to contact you", for yourself, as a professional, or for someone else.
refer-title = Poproś nas o kontakt
refer-heading = Poproś nas o kontakt
refer-lead = Wypełnij ten formularz, a doradca skontaktuje się z Tobą w bezpieczny sposób. To bezpłatne i poufne. Możesz pominąć wszystko, czego nie chcesz nam mówić.
refer-choose = Kto wypełnia ten formularz?
refer-path-self = Dla siebie
refer-path-self-body = Potrzebujesz wsparcia dla siebie.
refer-path-professional = W ramach pracy
refer-path-friend-or-family = Dla kogoś z rodziny lub przyjaciół
refer-path-friend-or-family-body = Martwisz się o kogoś i chcesz porady albo telefonu od nas.
refer-form-title-self = Poproś o wsparcie dla siebie
refer-form-title-professional = Skieruj kogoś do nas w ramach pracy
refer-form-title-friend-or-family = Poradź się w sprawie osoby, o którą się martwisz
refer-other-forms = To nie ten formularz? Wybierz inny
refer-optional-note = Odpowiedź jest konieczna tylko przy pytaniach oznaczonych jako „wymagane”.
refer-required-mark = (wymagane)
refer-errors-heading = Wystąpił problem
refer-errors-intro = Sprawdź te odpowiedzi. Wszystko, co zostało wpisane, nadal tu jest.
refer-rate-limited = Z tego połączenia wysłano za dużo formularzy. Poczekaj minutę i ponownie naciśnij „Wyślij”. Nic z tego, co zostało wpisane, nie zginęło.
refer-rate-limited-again = Z tego połączenia wysłano za dużo formularzy. Poczekaj minutę, wróć do formularza i ponownie naciśnij „Wyślij”.
refer-unavailable = Nie udało się teraz zapisać formularza. Nic z tego, co zostało wpisane, nie zginęło. Za chwilę ponownie naciśnij „Wyślij” albo do nas zadzwoń.

# Are you safe right now?
refer-safe-now-self = Czy teraz nic Ci nie grozi?
refer-safe-now-other = Czy tej osobie nic teraz nie grozi?
refer-unsafe-heading = Wezwij pomoc teraz. Formularz nie zniknie.

# About the person and the person filling it in.
refer-about-you = O Tobie
refer-about-person = O osobie, którą kierujesz
refer-about-your-work = O Tobie i Twojej pracy
field-name-self = Twoje imię
field-name-professional = Imię tej osoby
field-name-friend-or-family = Twoje imię
field-name-hint = Wystarczy samo imię. Możesz podać dowolne imię, którego możemy bezpiecznie używać.
field-relationship = Kim jest dla Ciebie osoba, o którą się martwisz?
field-wants = Czego potrzebujesz?
field-wants-advice = Porady, jak pomóc tej osobie
field-wants-call-back = Telefonu od nas, żeby o tym porozmawiać
field-agency = Twoja organizacja
field-role = Twoje stanowisko
field-work-contact = Twój służbowy numer telefonu lub e-mail
field-consent-legend = Zgoda
field-consent = Ta osoba wie o tym skierowaniu i się na nie zgodziła.
field-about = Co chcesz nam przekazać?
field-about-hint = Napisz tylko to, co chcesz. Możesz zostawić to pole puste.

# Safe contact.
refer-contact-legend-you = Jak możemy się z Tobą bezpiecznie skontaktować?
refer-contact-legend-person = Jak możemy się bezpiecznie skontaktować z tą osobą?
field-contact-method = Jak mamy się skontaktować?
field-contact-method-phone = Telefon
field-contact-method-text = SMS
field-contact-method-email = E-mail
field-phone = Numer telefonu
field-email = Adres e-mail
field-voicemail-ok = Czy można bezpiecznie zostawić wiadomość na poczcie głosowej?
field-message-ok = Czy można bezpiecznie wysłać SMS lub e-mail?
field-safe-times = Bezpieczne pory kontaktu
field-safe-name = Imię, o które możemy bezpiecznie pytać
field-safe-name-hint = Jeśli odbierze ktoś inny, zapytamy o osobę o tym imieniu i nie powiemy, kim jesteśmy.
field-language = W jakim języku mamy rozmawiać?
field-language-other = Inny język
field-language-other-name = Jeśli inny, to jaki?
field-interpreter = Czy potrzebny jest tłumacz?
field-access-needs = Czy są jakieś szczególne potrzeby?
field-access-needs-hint = Na przykład: tłumacz brytyjskiego języka migowego (BSL), duży druk lub pomoc w czytaniu.
field-children = Czy w domu mieszkają dzieci?
choice-yes = Tak
choice-no = Nie
choice-unknown = Nie wiem

# Optional questions about safety. Each one says why we ask it.
risk-legend = Pytania o bezpieczeństwo (nieobowiązkowe)
risk-intro = Te pytania pomagają nam zdecydować, jak szybko się odezwać. Zaznacz wszystko, co jest prawdą. Jeśli wypełniasz formularz za inną osobę, odpowiedz w jej imieniu, jeśli wiesz.
risk-frightened = Bardzo boisz się osoby, która Cię krzywdzi.
risk-frightened-why = Strach często najlepiej pokazuje, jak bardzo jest niebezpiecznie.
risk-injured = Ta osoba Cię zraniła.
risk-injured-why = Obrażenia oznaczają przemoc fizyczną i mogą wymagać pomocy lekarza.
risk-getting-worse = Przemoc zdarza się coraz częściej lub jest coraz gorsza.
risk-getting-worse-why = Przemoc, która się nasila, może szybko stać się bardzo niebezpieczna.
risk-strangled = Ta osoba próbowała Cię dusić, ściskać za szyję lub odciąć Ci powietrze.
risk-strangled-why = To jeden z najpoważniejszych sygnałów, że czyjeś życie może być w niebezpieczeństwie.
risk-threat-to-kill = Ta osoba groziła, że zabije Ciebie lub kogoś innego.
risk-threat-to-kill-why = Groźby zabójstwa zawsze trzeba traktować poważnie.
risk-weapons = Ta osoba użyła broni, np. noża, albo groziła, że jej użyje.
risk-weapons-why = Broń znacznie zwiększa ryzyko poważnej krzywdy.
risk-stalking = Ta osoba chodzi za Tobą, obserwuje Cię lub ciągle próbuje się z Tobą kontaktować.
risk-stalking-why = Nękanie i śledzenie często poprzedzają poważną krzywdę.
risk-separating = Niedawno doszło do rozstania z tą osobą albo próbujesz od niej odejść.
risk-separating-why = Czas odejścia bywa najbardziej niebezpieczny, dlatego starannie planujemy go razem z Tobą.
risk-pregnant = Jesteś w ciąży lub w ciągu ostatnich 18 miesięcy urodziłaś dziecko.
risk-pregnant-why = Przemoc często zaczyna się lub nasila w czasie ciąży i po porodzie.
risk-isolated = Ta osoba odcina Cię od przyjaciół, rodziny lub pieniędzy.
risk-isolated-why = Odcięcie od innych utrudnia szukanie pomocy, dlatego szukamy bezpiecznych sposobów, by do Ciebie dotrzeć.

# Sending.
field-honeypot = Zostaw to pole puste
refer-send = Wyślij
refer-send-hint = Formularz zostanie zapisany, gdy tylko naciśniesz „Wyślij”.

# Field errors, shown next to the field and in a summary at the top.
form-error-required = Odpowiedz na to pytanie.
form-error-too-long = Ta odpowiedź jest za długa. Skróć ją.
form-error-phone-needed = Podaj numer telefonu albo wybierz inny sposób kontaktu.
form-error-email-needed = Podaj adres e-mail albo wybierz inny sposób kontaktu.
form-error-phone = Wpisz numer telefonu, używając tylko cyfr, spacji i znaku +, np. 07700 900123.
form-error-email = Wpisz adres e-mail, np. name@example.com.
form-error-work-contact = Wpisz służbowy numer telefonu lub adres e-mail.
form-error-choice = Wybierz jedną z odpowiedzi.

# After sending.
refer-sent-title = Dziękujemy. Otrzymaliśmy Twój formularz.
refer-sent-safe = Wiadomość zostawimy tylko wtedy, gdy w formularzu zaznaczono, że to bezpieczne.
refer-sent-danger = Jeśli zanim się odezwiemy, zagrozi Ci niebezpieczeństwo, zadzwoń pod 999.
refer-sent-exit = W każdej chwili możesz szybko opuścić tę stronę przyciskiem „Opuść tę stronę”.
refer-sent-home = Wróć do strony głównej
