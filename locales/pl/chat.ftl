# The webchat: the entry on every page, the chat page, and what the chat script shows.

chat-entry-open = Porozmawiaj z doradcą na czacie
chat-entry-open-note = Czat działa teraz. Jest bezpłatny i poufny, a imienia nie musisz podawać.
chat-entry-closed = Czat online jest zamknięty: w tej chwili żaden doradca nie jest dostępny.
chat-entry-refer = Zostaw swoje dane, a skontaktujemy się z Tobą
chat-opens-today = Czat zwykle otwiera się dziś o { $time }.
chat-opens-tomorrow = Czat zwykle otwiera się jutro o { $time }.
chat-opens-on = Czat zwykle otwiera się: { $day }, godz. { $time }.
chat-opens-unknown = Zadzwoń albo zostaw swoje dane.

chat-title = Porozmawiaj z doradcą na czacie
chat-intro = Możesz prywatnie porozmawiać na czacie z przeszkolonym doradcą. Nie zapytamy o imię, e-mail ani numer telefonu. W każdej chwili możesz wyjść przyciskiem „Opuść tę stronę”.
chat-safe-question = Czy możesz teraz bezpiecznie rozmawiać na czacie?
chat-safe-yes = Tak, jest bezpiecznie
chat-safe-no = Nie, nie teraz
chat-unsafe-advice = Opuść teraz tę stronę przyciskiem „Opuść tę stronę” i wróć, gdy będzie bezpiecznie. Jeśli grozi Ci niebezpieczeństwo, zadzwoń pod 999.
chat-language-label = Język, w którym chcesz rozmawiać
chat-start = Rozpocznij czat
chat-needs-js = Czat wymaga JavaScriptu, który jest wyłączony w tej przeglądarce. Zamiast tego możesz zadzwonić na infolinię albo zostawić swoje dane.

chat-live-heading = Twój czat
chat-log-label = Wiadomości
chat-message-label = Twoja wiadomość
chat-send = Wyślij
chat-leave = Opuść czat
chat-leave-confirm = Opuścić czat? Doradca dostanie informację, że Cię już nie ma.
chat-ended-heading = Czat się zakończył
chat-ended-offer = Jeśli chcesz, żebyśmy się z Tobą skontaktowali, zostaw bezpieczne dane kontaktowe. Możesz też znaleźć inne miejsca pomocy.
chat-leave-details = Zostaw bezpieczne dane kontaktowe
chat-see-directory = Zobacz, kto może pomóc

chat-connecting = Łączenie…
chat-reconnecting = Połączenie zostało przerwane. Ponowne łączenie… Twoje wiadomości są zachowane.
chat-queue-position = Twoje miejsce w kolejce: { $position }.
chat-queue-wait = Szacowany czas oczekiwania: około { $minutes ->
    [one] 1 minuty
   *[other] { $minutes } minut
}.
chat-queue-soon = Doradca odezwie się do Ciebie już za chwilę.
chat-offered = Za chwilę dołączy doradca.
chat-active = Rozmawiasz z doradcą.
chat-you = Ty
chat-adviser = Doradca
chat-typing = Doradca pisze…
chat-sending = Wysyłanie…
chat-delivered = Wysłano
chat-read = Przeczytano
chat-not-sent = Jeszcze nie wysłano. Wiadomość zostanie wysłana, gdy wróci połączenie.

chat-event-joined = Doradca jest już na czacie.
chat-event-transferred = Rozmowę przejmuje inny doradca.
chat-event-adviser-lost = Połączenie z doradcą zostało przerwane. Wracasz na początek kolejki.
chat-event-requeued = Wracasz do kolejki i czekasz na pierwszego wolnego doradcę.
chat-event-inactive-warning = Czy nadal tu jesteś? Czat wkrótce się zamknie, jeśli nie wyślesz wiadomości.
chat-event-referral-created = Zgodnie z ustaleniami doradca przygotował dla Ciebie skierowanie.

chat-ended-visitor-left = Czat został zakończony na Twoją prośbę.
chat-ended-adviser-ended = Czat został zakończony przez doradcę.
chat-ended-inactive = Czat został zamknięty, bo przez jakiś czas nikt nic nie napisał.
chat-ended-wait-over = Przepraszamy: żaden doradca nie mógł w porę przyjąć Twojego czatu.
chat-ended-gone = Ten czat się zakończył.
chat-ended-busy = Wszyscy nasi doradcy są teraz zajęci, a kolejka jest pełna. Zadzwoń na całodobową infolinię poniżej albo zostaw bezpieczne dane kontaktowe, a skontaktujemy się z Tobą.
chat-ended-too-many = Z tego połączenia rozpoczęto zbyt wiele czatów. Zadzwoń na całodobową infolinię poniżej albo zostaw bezpieczne dane kontaktowe, a skontaktujemy się z Tobą.
chat-ended-elsewhere = Ten czat jest teraz otwarty w innej karcie lub innym oknie. Nic z niego nie zostało tutaj.

chat-error-too-long = Wiadomość jest za długa. Podziel ją na krótsze wiadomości.
chat-error-slow-down = Wysyłasz wiadomości bardzo szybko. Poczekaj chwilę.
chat-error-unavailable = Czat jest w tej chwili niedostępny. Spróbuj ponownie albo zadzwoń na infolinię.
chat-error-empty = Najpierw napisz wiadomość.
