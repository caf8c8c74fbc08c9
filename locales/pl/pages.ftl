# "Is this abuse?"
abuse-title = Czy to przemoc?
abuse-intro = Przemoc domowa jest wtedy, gdy obecny lub były partner albo ktoś z rodziny Cię krzywdzi, straszy lub kontroluje. Może zdarzyć się raz albo wiele razy. Przemoc to nie tylko bicie.
abuse-physical-heading = Przemoc fizyczna
abuse-physical-body = Bicie, kopanie, uderzanie pięściami, przypalanie lub duszenie. Niepozwalanie Ci iść do lekarza. Krzywdzenie Twoich zwierząt.
abuse-sexual-heading = Przemoc seksualna
abuse-sexual-body = Zmuszanie Cię do seksu lub czynności seksualnych, których nie chcesz. Naciskanie na seks bez zabezpieczenia. Zadawanie Ci bólu podczas seksu.
abuse-control-heading = Kontrolowanie
abuse-control-body = Codzienne sprawdzanie, co robisz. Odcinanie Cię od przyjaciół i rodziny. Zabieranie Ci leków. Wykorzystywanie dzieci, żeby Cię kontrolować. Grożenie ujawnieniem prywatnych informacji o Tobie.
abuse-emotional-heading = Przemoc psychiczna
abuse-emotional-body = Wzbudzanie w Tobie strachu, poczucia bezwartościowości lub zagubienia. Nastawianie dzieci lub przyjaciół przeciwko Tobie. Obrażanie Cię, w cztery oczy lub przy innych.
abuse-economic-heading = Przemoc ekonomiczna
abuse-economic-body = Zabieranie lub kontrolowanie Twoich pieniędzy. Zabranianie Ci pracy. Zostawianie Cię bez jedzenia, ubrań, transportu albo z niezapłaconymi rachunkami.
abuse-verbal-heading = Przemoc słowna
abuse-verbal-body = Ciągłe krzyczenie na Ciebie. Wyśmiewanie, drwiny lub groźby. Kpienie z Twojego ciała, niepełnosprawności, płci lub orientacji seksualnej.
abuse-online-heading = Przemoc w internecie i przez telefon
abuse-online-body = Sprawdzanie Twojego telefonu, poczty lub mediów społecznościowych. Śledzenie, gdzie jesteś. Udostępnianie Twoich prywatnych zdjęć lub filmów albo grożenie ich udostępnieniem.
abuse-children-heading = Dzieci też cierpią
abuse-children-body = Dzieci, które widzą lub słyszą przemoc w domu, też są jej ofiarami. Pomoc jest dostępna zarówno dla nich, jak i dla Ciebie.
abuse-not-your-fault-heading = To nie Twoja wina
abuse-not-your-fault-body = Nikt nie zasługuje na przemoc. Jeśli coś z tego brzmi znajomo, możesz poufnie z kimś porozmawiać.

# "Browse safely"
safely-title = Bezpieczne przeglądanie
safely-intro = Jeśli ktoś sprawdza Twój telefon lub komputer, te kroki pomogą ukryć Twoją wizytę na tej stronie. Żaden sposób nie daje pełnej pewności.
safely-exit-heading = Szybko opuść tę stronę
safely-exit-body = Naciśnij „Opuść tę stronę” u góry dowolnej strony albo naciśnij 3 razy klawisz Shift. Ekran zrobi się pusty i otworzy się strona z pogodą. Przycisk Wstecz nie przeniesie Cię tu z powrotem. Działa to tylko z włączonym JavaScriptem: jeśli jest wyłączony w przeglądarce, odwiedzone tu strony zostaną pod przyciskiem Wstecz i w historii – usuń je, jak opisano na tej stronie.
safely-history-heading = Historia przeglądania
safely-history-body = Przeglądarka zapisuje listę odwiedzanych stron.
safely-history-private = Użyj okna prywatnego lub incognito. Po jego zamknięciu historia nie zostaje zapisana.
safely-history-clear = Jeśli nie możesz użyć okna prywatnego, usuń potem tę stronę z historii.
safely-history-selective = Usunięcie całej historii może wyglądać podejrzanie. Bezpieczniej może być usunąć tylko strony o przemocy.
safely-devices-heading = Telefony, komputery i konta
safely-devices-shared = Jeśli korzystasz z urządzenia razem z kimś, ta osoba może zobaczyć, co przeglądasz.
safely-devices-accounts = Sprawdź, czy nikt inny nie jest zalogowany na Twoją pocztę lub media społecznościowe, i zmień hasła, które ktoś może znać.
safely-devices-location = Twój telefon może udostępniać Twoją lokalizację. Sprawdź ustawienia lokalizacji i aplikacje, których nie znasz.
safely-devices-other = Jeśli nie masz pewności, czy Twoje urządzenie jest bezpieczne, skorzystaj z telefonu zaufanej osoby albo z komputera w bibliotece lub w pracy.
safely-phone-heading = Połączenia i rachunki telefoniczne
safely-phone-body = Wiele infolinii jest bezpłatnych i nie pojawia się na rachunkach. Sprawdzisz to na liście miejsc pomocy. Możesz też usunąć numer z historii połączeń.

# "Worried about your own behaviour?"
behaviour-title = Niepokoi Cię własne zachowanie?
behaviour-intro = Jeśli zdarzyło Ci się skrzywdzić, zastraszyć lub kontrolować partnera, partnerkę albo kogoś z rodziny – albo boisz się, że możesz to zrobić – możesz dostać pomoc, żeby się zmienić.
behaviour-signs-heading = Pomoc może Ci się przydać, jeśli
behaviour-sign-control = sprawdzasz lub próbujesz kontrolować, z kim widuje się Twój partner lub partnerka i dokąd chodzi
behaviour-sign-anger = tracisz nad sobą panowanie, krzyczysz, niszczysz rzeczy lub kogoś uderzasz
behaviour-sign-fear = widzisz, że partner, partnerka lub dzieci się Ciebie boją
behaviour-sign-blame = obwiniasz innych za swoje zachowanie
behaviour-respect-heading = Respect Phoneline
behaviour-respect-body = Poufna infolinia dla osób, które niepokoi własne zachowanie wobec partnera, partnerki lub kogoś z rodziny. Udziela porad i informacji o programach w Twojej okolicy.
behaviour-inspire-heading = Inspire to Change
behaviour-inspire-body = Program w Rotherham prowadzony przez Cranstoun dla osób, które chcą przestać stosować przemoc. Obejmuje zajęcia grupowe i indywidualne.
behaviour-danger-heading = Jeśli komuś grozi niebezpieczeństwo
behaviour-danger-body = Jeśli uważasz, że komuś grozi teraz niebezpieczeństwo, zadzwoń pod 999.

# "Safe places to stay"
accommodation-title = Bezpieczne schronienie
accommodation-intro = Jeśli w domu nie jest dla Ciebie bezpiecznie, są miejsca, w których możesz się schronić. Jeśli chcesz zostać w domu, możesz dostać pomoc, żeby był bezpieczniejszy.
accommodation-types-heading = Rodzaje bezpiecznego zakwaterowania
accommodation-refuge = Schronisko (refuge): bezpieczny dom, w którym mogą zamieszkać kobiety z dziećmi i gdzie pracownicy udzielają im wsparcia.
accommodation-dispersed = Osobne mieszkanie (dispersed accommodation): bezpieczne mieszkanie lub dom tylko dla Ciebie, z takim samym wsparciem jak w schronisku.
accommodation-sanctuary = Program zabezpieczenia domu (sanctuary scheme): dodatkowe zamki i zabezpieczenia w Twoim domu, dzięki którym możesz bezpiecznie w nim zostać.
accommodation-specialist = Zakwaterowanie specjalistyczne: na przykład dla osób czarnoskórych, pochodzenia azjatyckiego i z mniejszości etnicznych, osób LGBT+, osób z niepełnosprawnościami lub o innych potrzebach.
accommodation-move-on = Mieszkanie przejściowe (move-on accommodation): dom z mniejszym wsparciem, na czas po schronisku, a przed stałym mieszkaniem.
accommodation-emergency = Zakwaterowanie interwencyjne: bezpieczne miejsce na krótki pobyt, gdy decydujesz, co dalej.
accommodation-children-heading = Dzieci
accommodation-children-body = Twoje dzieci mogą zamieszkać z Tobą. Mogą też dostać własne wsparcie, na przykład terapię przez zabawę.
accommodation-ask-heading = Jak poprosić o bezpieczne miejsce
accommodation-ask-body = Zadzwoń pod jeden z tych numerów. Omówią z Tobą możliwości i pomogą znaleźć miejsce.

# "For professionals"
professionals-title = Dla specjalistów
professionals-intro = Rotherham Rise to centralny punkt dostępu do wsparcia w sytuacji przemocy domowej w Rotherham, na każdym poziomie ryzyka. Każdy specjalista może kogoś skierować.
professionals-how-heading = Jak kogoś skierować
professionals-how-body = Skorzystaj z naszego formularza skierowania online albo zadzwoń na infolinię, aby przekazać skierowanie.
professionals-how-link = Skieruj kogoś online
professionals-consent-heading = Zgoda
professionals-consent-body = Zanim kogoś skierujesz, zapytaj tę osobę o zgodę.
professionals-consent-ask = Powiedz, dokąd i dlaczego ją kierujesz, i zapytaj, czy się zgadza.
professionals-consent-safe = Zapytaj, jak i kiedy można się z nią bezpiecznie skontaktować oraz czy można bezpiecznie zostawić jej wiadomość lub nagrać się na pocztę głosową.
professionals-include-heading = Co podać w skierowaniu
professionals-include-contact = Bezpieczny sposób i bezpieczną porę kontaktu z tą osobą.
professionals-include-language = Jej język oraz czy potrzebuje tłumacza lub innego wsparcia, np. brytyjskiego języka migowego (BSL).
professionals-include-children = Czy w domu mieszkają dzieci.
professionals-include-risk = Co wiesz o tym, jakie ryzyko grozi jej teraz.
professionals-high-risk-heading = Gdy ryzyko jest wysokie
professionals-high-risk-body = Gdy komuś grozi wysokie ryzyko poważnej krzywdy, pracuje z tą osobą specjalistyczny doradca. Jej sprawa może zostać omówiona na spotkaniu lokalnych instytucji, które planują, jak zapewnić jej bezpieczeństwo. W Rotherham to spotkanie nazywa się MARAC.
professionals-what-next-heading = Co dalej
