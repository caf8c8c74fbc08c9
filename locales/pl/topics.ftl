# "Help for your situation": the hub, its topic pages, and the extra 999 advice.
nav-help-for = Pomoc w Twojej sytuacji
door-need-help-topics = Pomoc w Twojej sytuacji: nękanie, małżeństwo pod przymusem, osoby starsze lub z niepełnosprawnością i inne
help-for-title = Pomoc w Twojej sytuacji
help-for-intro = Przemoc domowa może spotkać każdego. Te strony wyjaśniają, jak może wyglądać w różnych sytuacjach, co możesz zrobić i kto może pomóc.
help-for-not-listed = Nie masz pewności, czy to, co się dzieje, to przemoc?
help-for-is-this-abuse = Przeczytaj o oznakach przemocy
topic-signs-heading = Na co zwrócić uwagę
topic-do-heading = Co możesz zrobić
topic-help-heading = Kto może pomóc
topic-browse-safely-link = Jak zadbać o bezpieczeństwo telefonu i komputera
topic-accommodation-link = Bezpieczne schronienie

# 999 advice, added to the emergency options.
emergency-cough = Jeśli po połączeniu z 999 nie możesz mówić, zakaszl lub stuknij w telefon, aby operator wiedział, że potrzebujesz pomocy.
emergency-landline = Z telefonu stacjonarnego 55 nie działa: nie rozłączaj się, nawet jeśli nie możesz mówić. Jeśli operator słyszy tylko odgłosy w tle, połączy Cię z policją, która może ustalić, skąd dzwoni telefon stacjonarny.

# Honour-based abuse and forced marriage
hba-title = Przemoc w imię „honoru” i małżeństwo pod przymusem
hba-intro = Przemoc w imię „honoru” to przemoc ze strony rodziny lub społeczności, które twierdzą, że przynosisz im wstyd. Małżeństwo pod przymusem to sytuacja, w której ktoś zmusza Cię do ślubu bez Twojej wolnej i pełnej zgody. W Wielkiej Brytanii jedno i drugie jest przestępstwem i nigdy nie jest to Twoja wina.
hba-sign-control = Rodzina decyduje, z kim się spotykasz, w co się ubierasz, czy możesz się uczyć lub pracować.
hba-sign-threats = Grożą Ci, biją Cię lub nie wypuszczają z domu, bo rzekomo „hańbisz” rodzinę.
hba-sign-marriage = Rodzina naciska na Twój ślub albo na ślub z osobą, której nie wybierasz.
hba-sign-travel = Planowany jest wyjazd za granicę i boisz się, że dojdzie tam do Twojego ślubu albo że nie pozwolą Ci wrócić.
hba-do-tell = Powiedz komuś zaufanemu spoza rodziny, na przykład nauczycielowi, lekarzowi albo naszym doradcom.
hba-do-travel = Jeśli boisz się, że ktoś wywiezie Cię za granicę, poproś o pomoc przed wyjazdem. Forced Marriage Unit pomaga też obywatelom brytyjskim, którzy już są za granicą.
hba-do-documents = Jeśli możesz, trzymaj kopię paszportu i innych ważnych dokumentów w bezpiecznym miejscu.
hba-do-mediation = Nie musisz zgadzać się na rodzinną „mediację”. Może narazić Cię na jeszcze większe niebezpieczeństwo.
hba-help-body = Nasi doradcy rozumieją przemoc w imię „honoru” i mogą rozmawiać z Tobą przez tłumacza. Karma Nirvana prowadzi krajową infolinię w sprawie przemocy w imię „honoru”, a Forced Marriage Unit jest częścią rządu Wielkiej Brytanii.

# Stalking and harassment
stalking-title = Stalking i nękanie
stalking-intro = Stalking to sytuacja, gdy ktoś ciągle Cię śledzi, obserwuje lub się z Tobą kontaktuje, choć tego nie chcesz, i budzi to Twój strach. Nękanie to powtarzające się zachowania, które Cię straszą lub dręczą. Jedno i drugie jest przestępstwem. Stalking ze strony byłego partnera jest częsty i może być niebezpieczny.
stalking-sign-contact = Telefony, wiadomości lub prezenty, o które nie prosisz, wciąż od nowa.
stalking-sign-following = Ta osoba pojawia się pod Twoim domem, w pracy lub tam, gdzie bywasz, albo czeka na zewnątrz.
stalking-sign-online = Śledzi Twoje media społecznościowe, namierza Twój telefon lub zakłada fałszywe konta.
stalking-sign-others = Kontaktuje się w Twojej sprawie z rodziną, znajomymi lub pracodawcą.
stalking-do-record = Zapisuj wszystko: daty, godziny, co się stało, i rób zrzuty ekranu. To pomaga policji.
stalking-do-no-contact = Nie odpowiadaj i nie spotykaj się z tą osobą. Każda odpowiedź może to przedłużać.
stalking-do-devices = Sprawdź, czy w telefonie lub samochodzie nie ma lokalizatora, i zmień hasła.
stalking-do-police = Zgłoś to na policję. Sąd może zakazać tej osobie zbliżania się do Ciebie.
stalking-help-body = Nasi doradcy pomogą Ci zaplanować, jak zachować bezpieczeństwo i jak to zgłosić. National Stalking Helpline, prowadzona przez Suzy Lamplugh Trust, doradza każdemu, kto jest ofiarą stalkingu.

# Abuse after separation, and economic abuse
separation-title = Przemoc po rozstaniu i przemoc ekonomiczna
separation-intro = Przemoc często nie kończy się razem ze związkiem. Może się nasilić, a czas odejścia bywa najbardziej niebezpieczny. Przemoc ekonomiczna to sytuacja, gdy ktoś kontroluje Twoje pieniądze lub majątek, żeby odebrać Ci samodzielność.
separation-sign-contact = Po rozstaniu ta osoba wciąż się z Tobą kontaktuje, śledzi Cię lub Ci grozi.
separation-sign-children = Wykorzystuje kontakty z dziećmi albo sąd, żeby Cię straszyć lub kontrolować.
separation-sign-money = Zabiera Ci pieniądze, nie pozwala pracować albo każe Ci za wszystko płacić.
separation-sign-debt = Zaciąga długi na Twoje nazwisko albo odmawia płacenia na dzieci.
separation-do-plan = Zaplanuj z doradcą, jak odejść albo jak zachować bezpieczeństwo. Odejście to ryzykowny czas, więc planuj je starannie.
separation-do-bank = Załóż konto w banku, o którym ta osoba nie wie, i zmień hasła oraz kody PIN.
separation-do-records = Zachowuj wiadomości, potwierdzenia płatności i zapisy gróźb.
separation-do-advice = Zasięgnij porady w sprawie pieniędzy, długów, zasiłków, mieszkania i opieki nad dziećmi. Citizens Advice pomaga w sprawach pieniędzy i długów.
separation-help-body = Nasi doradcy pomogą w sprawach bezpieczeństwa, mieszkania i sądu. Surviving Economic Abuse to krajowa organizacja, która doradza w sprawach pieniędzy i przemocy.

# Young people in their own relationships
young-title = Młodzi ludzie: przemoc w Twoim związku
young-intro = Przemoc może zdarzyć się w każdym związku i w każdym wieku. Jeśli osoba, z którą się spotykasz, sprawia, że czujesz strach, kontrolę albo źle o sobie myślisz, to nie jest w porządku i to nie jest Twoja wina.
young-sign-phone = Sprawdza Twój telefon, chce znać Twoje hasła albo złości się, gdy nie odpiszesz od razu.
young-sign-friends = Mówi Ci, z kim możesz się spotykać albo jak się ubierać.
young-sign-pressure = Naciska na seks albo na wysyłanie nagich zdjęć.
young-sign-threats = Grozi, że udostępni Twoje zdjęcia, skrzywdzi Ciebie albo siebie, jeśli odejdziesz.
young-do-trust = Porozmawiaj z kimś zaufanym: z przyjacielem, kimś z rodziny, nauczycielem albo szkolną pielęgniarką.
young-do-photos = Udostępnianie Twoich nagich zdjęć albo grożenie tym jest przestępstwem. Możesz to zgłosić i poprosić o usunięcie zdjęć.
young-do-safe = Jeśli się z tą osobą spotykasz, powiedz komuś, dokąd idziesz.
young-help-body = Nasza organizacja wspiera młodych ludzi i możesz z nami porozmawiać. Jeśli masz mniej niż 19 lat, możesz bezpłatnie i poufnie porozmawiać z Childline, przez telefon lub online.
young-directory-link = Pomoc dla młodych ludzi

# Older people
older-title = Osoby starsze
older-intro = Przemoc domowa dotyka także osoby starsze. Może pochodzić od wieloletniego partnera, od dorosłych dzieci lub wnuków albo od innych członków rodziny. To nadal przemoc, nawet jeśli ta osoba się Tobą opiekuje.
older-sign-money = Ktoś zabiera Ci emeryturę lub oszczędności albo każe podpisywać dokumenty.
older-sign-care = Ktoś, kto się Tobą opiekuje, zaniedbuje Cię, krzywdzi albo nie daje Ci leków.
older-sign-isolation = Nie pozwala Ci spotykać się ze znajomymi, chodzić do lekarza ani wychodzić z domu.
older-sign-fear = Boisz się kogoś, z kim mieszkasz, albo boisz się mu odmówić.
older-do-tell = Powiedz komuś zaufanemu, na przykład lekarzowi, pielęgniarce albo opiekunowi.
older-do-council = Zespół pomocy społecznej dla dorosłych w urzędzie (adult social care) może pomóc zadbać o Twoje bezpieczeństwo. Pracuje razem z Tobą i pyta, czego chcesz.
older-do-money = Jeśli ktoś zabiera Twoje pieniądze, bank może dodatkowo zabezpieczyć Twoje konto.
older-help-body = Nasi doradcy wspierają osoby w każdym wieku, przez telefon lub osobiście. Hourglass prowadzi krajową infolinię w sprawie przemocy wobec osób starszych.

# Children living with domestic abuse
children-title = Dzieci, które żyją w przemocy domowej
children-intro = Dzieci, które żyją w domu z przemocą, też są jej ofiarami, nawet jeśli nikt ich nie krzywdzi bezpośrednio. Widzą, słyszą i czują, co się dzieje. Ze wsparciem dzieci mogą dobrze dojść do siebie.
children-affected-heading = Jak to może wpływać na dzieci
children-sign-fear = Są przestraszone, niespokojne lub bardzo przywiązane do Ciebie albo źle śpią.
children-sign-behaviour = Są złe albo bardzo ciche lub zachowują się jak młodsze dzieci.
children-sign-school = Mają trudności w szkole albo nie chcą do niej chodzić.
children-sign-blame = Myślą, że to ich wina, albo próbują Cię chronić.
children-do-heading = Co możesz zrobić jako rodzic
children-do-talk = Powiedz im, że to nie ich wina, i słuchaj, kiedy chcą mówić.
children-do-plan = Zróbcie razem prosty plan bezpieczeństwa: bezpieczne miejsce i jak zadzwonić pod 999.
children-do-school = Powiedz o tym w szkole lub przedszkolu, żeby mogli wspierać Twoje dziecko.
children-do-help = Poszukaj wsparcia dla siebie. Twoje bezpieczeństwo pomaga chronić także dzieci.
children-services-heading = Służby ds. dzieci są po to, żeby pomóc
children-services-body = Wielu rodziców boi się, że prośba o pomoc oznacza odebranie dzieci. Służby ds. dzieci (children's services) chcą, żeby dzieci były bezpieczne z rodzicem, który nie stosuje przemocy. Pracują razem z Tobą, a umieszczenie dziecka poza domem to ostateczność. Gdy powiesz nam o dzieciach, łatwiej znajdziemy właściwą pomoc dla was wszystkich.
children-help-body = Nasza organizacja wspiera dzieci i młodzież, a nie tylko dorosłych. Z Childline dzieci i młodzież mogą porozmawiać bezpłatnie, a NSPCC pomaga dorosłym, którzy martwią się o dziecko.

# LGBT+ people
lgbt-title = Osoby LGBT+
lgbt-intro = Przemoc domowa zdarza się też w związkach i rodzinach osób LGBT+. Zasługujesz na wsparcie, które Cię rozumie, bez względu na to, kim jesteś i kogo kochasz.
lgbt-sign-outing = Ktoś grozi, że powie innym o Twojej orientacji lub tożsamości płciowej.
lgbt-sign-identity = Mówi, że nie jesteś „prawdziwym” mężczyzną, „prawdziwą” kobietą albo „prawdziwą” osobą LGBT+, lub kontroluje, jak wyrażasz swoją płeć.
lgbt-sign-medication = Nie pozwala Ci przyjmować hormonów ani korzystać z potrzebnej opieki medycznej.
lgbt-sign-isolation = Mówi, że nikt Ci nie pomoże, bo jesteś osobą LGBT+, albo odcina Cię od znajomych i społeczności.
lgbt-do-talk = Porozmawiaj z organizacją, której ufasz. To Ty decydujesz, co nam o sobie powiesz.
lgbt-do-family = Przemoc ze strony rodziny z powodu tego, kim jesteś, to także przemoc domowa, podobnie jak zmuszanie do małżeństwa.
lgbt-do-record = Zapisuj, co się dzieje, i trzymaj ważne dokumenty w bezpiecznym miejscu.
lgbt-help-body = Nasza organizacja wspiera osoby LGBT+. Galop prowadzi krajową infolinię dla osób LGBT+, które doświadczają przemocy.
lgbt-directory-link = Pomoc dla osób LGBT+

# Disabled and Deaf people
disabled-title = Osoby z niepełnosprawnością i osoby głuche
disabled-intro = Osoby z niepełnosprawnością i osoby głuche częściej doświadczają przemocy domowej i trudniej im uzyskać pomoc. Sprawcą może być partner, ktoś z rodziny albo ktoś, kto się Tobą opiekuje.
disabled-sign-care = Odmawia pomocy przy opiece, jedzeniu lub lekach albo krzywdzi Cię, gdy pomaga.
disabled-sign-equipment = Zabiera Ci wózek, aparat słuchowy, telefon lub inny sprzęt.
disabled-sign-money = Kontroluje Twoje zasiłki lub pieniądze.
disabled-sign-communication = Nie pozwala Ci się porozumiewać albo „tłumaczy” za Ciebie, tak że nie możesz mówić we własnym imieniu.
disabled-contact-heading = Pomoc w BSL lub przez tekst
disabled-contact-bsl = 999 BSL to bezpłatna aplikacja i strona internetowa, która łączy Cię z 999 przez tłumacza brytyjskiego języka migowego (BSL).
disabled-contact-sms = Możesz wysłać SMS pod 999, gdy zarejestrujesz się w emergencySMS.
disabled-contact-helpline = Z National Domestic Abuse Helpline można się skontaktować w BSL przez jej stronę internetową.
disabled-contact-us = Powiedz nam, jak chcesz się porozumiewać, na przykład przez tłumacza BSL, SMS-em lub e-mailem, a my to zorganizujemy.
disabled-contact-relay = Relay UK: aby połączyć się z 999, pisząc, użyj aplikacji Relay UK lub telefonu tekstowego i wybierz
disabled-do-tell = Powiedz komuś zaufanemu, na przykład lekarzowi, pracownikowi socjalnemu lub asystentowi.
disabled-do-council = Jeśli krzywdzi Cię Twój opiekun, zespół pomocy społecznej dla dorosłych w urzędzie (adult social care) pomoże zadbać o Twoje bezpieczeństwo i zorganizuje inną opiekę.
disabled-help-body = Nasi doradcy mogą rozmawiać z Tobą przez telefon, czat lub z tłumaczem. Organizacje dla osób głuchych znajdziesz w naszym spisie.
disabled-directory-link = Pomoc dla osób głuchych
