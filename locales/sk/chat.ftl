# The webchat: the entry on every page, the chat page, and what the chat script shows.

chat-entry-open = Porozprávajte sa s poradcom na chate
chat-entry-open-note = Práve sme online. Je to bezplatné a dôverné. Nemusíte nám povedať svoje meno.
chat-entry-closed = Online chat je zatvorený: momentálne nie je k dispozícii žiadny poradca.
chat-entry-refer = Nechajte nám svoje údaje a ozveme sa vám
chat-opens-today = Chat sa zvyčajne otvára dnes o { $time }.
chat-opens-tomorrow = Chat sa zvyčajne otvára zajtra o { $time }.
chat-opens-on = Chat sa zvyčajne otvára: { $day } o { $time }.
chat-opens-unknown = Zavolajte nám, prosím, alebo nám nechajte svoje údaje.

chat-title = Porozprávajte sa s poradcom na chate
chat-intro = Môžete si v súkromí písať s vyškoleným poradcom. Nebudeme sa pýtať na vaše meno, e-mail ani telefónne číslo. Kedykoľvek môžete odísť tlačidlom „Opustiť stránku“.
chat-safe-question = Môžete teraz bezpečne chatovať?
chat-safe-yes = Áno, je to bezpečné
chat-safe-no = Nie, teraz nie
chat-unsafe-advice = Opustite, prosím, hneď túto stránku tlačidlom „Opustiť stránku“ a vráťte sa, keď to bude bezpečné. Ak ste v nebezpečí, volajte 999.
chat-language-label = Jazyk, v ktorom chcete písať
chat-start = Začať chat
chat-needs-js = Chat potrebuje JavaScript, ktorý je v tomto prehliadači vypnutý. Namiesto toho môžete zavolať na linku pomoci alebo nám nechať svoje údaje.

chat-live-heading = Váš chat
chat-log-label = Správy
chat-message-label = Vaša správa
chat-send = Odoslať
chat-leave = Opustiť chat
chat-leave-confirm = Chcete opustiť chat? Poradca dostane informáciu, že ste odišli.
chat-ended-heading = Chat sa skončil
chat-ended-offer = Ak chcete, aby sme sa vám ozvali, nechajte nám bezpečný kontakt. Môžete si pozrieť aj ďalšie služby, ktoré vám môžu pomôcť.
chat-leave-details = Nechajte nám bezpečný kontakt
chat-see-directory = Pozrite si, kto vám pomôže

chat-connecting = Pripája sa…
chat-reconnecting = Spojenie sa prerušilo. Znova sa pripája… Vaše správy zostávajú uložené.
chat-queue-position = Vaše poradie v rade: { $position }.
chat-queue-wait = Odhadované čakanie: asi { $minutes ->
    [one] 1 minúta
    [few] { $minutes } minúty
   *[other] { $minutes } minút
}.
chat-queue-soon = Poradca sa vám bude venovať už o chvíľu.
chat-offered = Poradca sa práve pripája.
chat-active = Píšete si s poradcom.
chat-you = Vy
chat-adviser = Poradca
chat-typing = Poradca píše…
chat-sending = Odosiela sa…
chat-delivered = Odoslané
chat-read = Prečítané
chat-not-sent = Zatiaľ neodoslané. Odošle sa, keď sa spojenie obnoví.

chat-event-joined = Poradca sa pripojil k chatu.
chat-event-transferred = Chat prevzal iný poradca.
chat-event-adviser-lost = Váš poradca stratil spojenie. Ste opäť na začiatku radu.
chat-event-requeued = Ste opäť v rade a čakáte na najbližšieho voľného poradcu.
chat-event-inactive-warning = Ste ešte tu? Ak nepošlete správu, chat sa čoskoro zavrie.
chat-event-referral-created = Poradca vás podľa dohody odporučil ďalej.

chat-ended-visitor-left = Opustili ste chat.
chat-ended-adviser-ended = Poradca ukončil chat.
chat-ended-inactive = Chat sa zavrel, pretože nikto chvíľu nič nenapísal.
chat-ended-wait-over = Je nám ľúto: žiadny poradca nestihol váš chat prevziať včas.
chat-ended-gone = Tento chat sa skončil.
chat-ended-busy = Všetci naši poradcovia sú teraz zaneprázdnení a rad je plný. Zavolajte na nepretržitú linku pomoci nižšie alebo nám nechajte bezpečný kontakt a ozveme sa vám.
chat-ended-too-many = Z tohto pripojenia sa začalo príliš veľa chatov. Zavolajte na nepretržitú linku pomoci nižšie alebo nám nechajte bezpečný kontakt a ozveme sa vám.
chat-ended-elsewhere = Tento chat teraz pokračuje na inej karte alebo v inom okne. Nič z neho tu nezostalo.

chat-error-too-long = Vaša správa je príliš dlhá. Rozdeľte ju, prosím, na kratšie správy.
chat-error-slow-down = Posielate správy veľmi rýchlo. Počkajte, prosím, chvíľu.
chat-error-unavailable = Chat teraz nie je k dispozícii. Skúste to znova alebo zavolajte na linku pomoci.
chat-error-empty = Najprv napíšte správu.
