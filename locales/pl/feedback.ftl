# „Czy to pomogło?” (po czacie i po zgłoszeniu), nieobowiązkowe pytania „o Tobie”
# (monitorowanie równego dostępu, kategorie spisu ONS 2021) i co mówi o nich informacja o prywatności.

feedback-question = Czy to pomogło?
feedback-intro = Nie musisz odpowiadać. Nie wiemy, kim jesteś, a Twoja odpowiedź nie jest dołączana do czatu ani zgłoszenia.
feedback-helped-yes = Tak
feedback-helped-partly = Trochę
feedback-helped-no = Nie
feedback-comment-label = Co chcesz nam przekazać (nieobowiązkowe)
feedback-comment-hint = Najwyżej { $count ->
        [one] { $count } znak
        [few] { $count } znaki
        [many] { $count } znaków
       *[other] { $count } znaku
    }. Prosimy nie wpisywać imienia ani danych kontaktowych.
feedback-send = Wyślij odpowiedź
feedback-error-no-answer = Przed wysłaniem wybierz odpowiedź na pytanie „Czy to pomogło?”.
feedback-error-too-long = Komentarz jest za długi. Skróć go do { $count ->
        [one] { $count } znaku
        [few] { $count } znaków
        [many] { $count } znaków
       *[other] { $count } znaku
    }. Wszystko, co napisano, nadal tu jest.
feedback-error-expired = Ta strona była otwarta bardzo długo, więc wyślij odpowiedź jeszcze raz. Wszystko, co napisano, nadal tu jest.
feedback-error-unavailable = Nie udało się teraz zapisać odpowiedzi. Spróbuj ponownie za minutę.
feedback-thanks-title = Dziękujemy
feedback-thanks-body = Dziękujemy za odpowiedź. Pomaga nam ulepszać naszą pomoc.

about-you-invite-heading = Pomóż nam docierać do wszystkich (nieobowiązkowe)
about-you-invite-body = Kilka krótkich pytań o Ciebie pomaga nam sprawdzić, czy każdy może dostać wsparcie. Odpowiedzi są tylko doliczane do ogólnych liczb. Nigdy nie są przechowywane razem ze zgłoszeniem ani czatem.
about-you-invite-link = Odpowiedz na kilka pytań o sobie
about-you-title = O Tobie (nieobowiązkowe)
about-you-intro = Każde pytanie jest nieobowiązkowe. Możesz pominąć dowolne albo wybrać „Wolę nie mówić”.
about-you-how-kept = Odpowiedzi tylko doliczamy do miesięcznych liczb. Nie przechowujemy ich ze zgłoszeniem ani czatem i nikt nie zobaczy, co wybrano.
about-you-privacy-link = Przeczytaj informację o prywatności
about-you-prefer-not-to-say = Wolę nie mówić
about-you-send = Wyślij
about-you-error-unavailable = Nie udało się teraz zapisać odpowiedzi. Spróbuj ponownie za minutę.
about-you-thanks-title = Dziękujemy
about-you-thanks-body = Dziękujemy. Twoje odpowiedzi pomagają nam dbać o to, żeby każdy mógł dostać pomoc.

about-you-age = Twój wiek
about-you-age-under-18 = Poniżej 18 lat
about-you-age-18-24 = 18–24 lata
about-you-age-25-34 = 25–34 lata
about-you-age-35-44 = 35–44 lata
about-you-age-45-54 = 45–54 lata
about-you-age-55-64 = 55–64 lata
about-you-age-65-74 = 65–74 lata
about-you-age-75-plus = 75 lat lub więcej

about-you-gender = Twoja płeć
about-you-gender-woman = Kobieta
about-you-gender-man = Mężczyzna
about-you-gender-non-binary = Osoba niebinarna
about-you-gender-another-way = Określam swoją płeć inaczej

about-you-ethnic-group = Twoje pochodzenie etniczne
about-you-ethnic-group-heading-asian = Azjatyckie, brytyjskie azjatyckie lub walijskie azjatyckie
about-you-ethnic-group-heading-black = Czarnoskóre, czarnoskóre brytyjskie, czarnoskóre walijskie, karaibskie lub afrykańskie
about-you-ethnic-group-heading-mixed = Mieszane lub wielorakie
about-you-ethnic-group-heading-white = Białe
about-you-ethnic-group-heading-other = Inne pochodzenie etniczne
about-you-ethnic-group-asian-bangladeshi = Bangladeskie
about-you-ethnic-group-asian-chinese = Chińskie
about-you-ethnic-group-asian-indian = Indyjskie
about-you-ethnic-group-asian-pakistani = Pakistańskie
about-you-ethnic-group-asian-other = Inne azjatyckie
about-you-ethnic-group-black-african = Afrykańskie
about-you-ethnic-group-black-caribbean = Karaibskie
about-you-ethnic-group-black-other = Inne czarnoskóre, czarnoskóre brytyjskie lub karaibskie
about-you-ethnic-group-mixed-white-and-asian = Białe i azjatyckie
about-you-ethnic-group-mixed-white-and-black-african = Białe i czarnoskóre afrykańskie
about-you-ethnic-group-mixed-white-and-black-caribbean = Białe i czarnoskóre karaibskie
about-you-ethnic-group-mixed-other = Inne mieszane lub wielorakie
about-you-ethnic-group-white-british = Angielskie, walijskie, szkockie, północnoirlandzkie lub brytyjskie
about-you-ethnic-group-white-irish = Irlandzkie
about-you-ethnic-group-white-gypsy-or-irish-traveller = Gypsy lub Irish Traveller (tradycyjne społeczności wędrowne w Wielkiej Brytanii i Irlandii)
about-you-ethnic-group-white-roma = Romskie
about-you-ethnic-group-white-other = Inne białe (na przykład polskie)
about-you-ethnic-group-other-arab = Arabskie
about-you-ethnic-group-other-any = Inne pochodzenie etniczne

about-you-disability = Czy masz chorobę lub problem ze zdrowiem fizycznym albo psychicznym, który trwa lub ma trwać co najmniej 12 miesięcy i utrudnia codzienne czynności?
about-you-disability-yes-a-lot = Tak, bardzo
about-you-disability-yes-a-little = Tak, trochę
about-you-disability-no = Nie

about-you-sexual-orientation = Co najlepiej opisuje Twoją orientację seksualną?
about-you-sexual-orientation-straight-or-heterosexual = Heteroseksualna
about-you-sexual-orientation-gay-or-lesbian = Gej lub lesbijka
about-you-sexual-orientation-bisexual = Biseksualna
about-you-sexual-orientation-another-orientation = Inna orientacja seksualna

privacy-voice-heading = „Czy to pomogło?” i pytania o Ciebie
privacy-voice-feedback = Jeśli odpowiesz na pytanie „Czy to pomogło?”, przechowujemy odpowiedź i komentarz zabezpieczone szyfrowaniem. Nie łączymy ich z czatem ani zgłoszeniem, nie używamy plików cookie i zapisujemy tylko dzień, bez godziny. Komentarze mogą czytać tylko kierownicy zespołów.
privacy-voice-feedback-retention = Odpowiedzi i komentarze usuwamy po { $count ->
        [one] { $count } dniu
        [few] { $count } dniach
        [many] { $count } dniach
       *[other] { $count } dnia
    }.
privacy-voice-about-you = Odpowiedzi na pytania „o Tobie” tylko doliczamy do miesięcznych liczb, każde pytanie osobno. Nigdy nie są przechowywane ze zgłoszeniem ani czatem, a liczb mniejszych niż 5 nigdy nie pokazujemy.
privacy-voice-why = Pytamy, żeby sprawdzić, czy każdy może do nas dotrzeć: kobiety i mężczyźni, osoby LGBT+, osoby każdego pochodzenia, osoby z niepełnosprawnościami i osoby starsze. Każde pytanie jest nieobowiązkowe.
