# The webchat: the entry on every page, the chat page, and what the chat script shows.

chat-entry-open = Vorbiți pe chat cu un consilier
chat-entry-open-note = Disponibil acum. Gratuit, confidențial și nu trebuie să vă spuneți numele.
chat-entry-closed = Chatul online este închis: niciun consilier nu este disponibil acum.
chat-entry-refer = Lăsați-ne datele dumneavoastră și vă contactăm noi
chat-opens-today = De obicei, chatul se deschide azi la ora { $time }.
chat-opens-tomorrow = De obicei, chatul se deschide mâine la ora { $time }.
chat-opens-on = De obicei, chatul se deschide { $day } la ora { $time }.
chat-opens-unknown = Vă rugăm să ne sunați sau să ne lăsați datele dumneavoastră.

chat-title = Vorbiți pe chat cu un consilier
chat-intro = Puteți vorbi pe chat, în mod confidențial, cu un consilier pregătit. Nu vă vom cere numele, adresa de e-mail sau numărul de telefon. Puteți ieși oricând cu butonul „Ieșire rapidă”.
chat-safe-question = Este sigur pentru dumneavoastră să vorbiți pe chat acum?
chat-safe-yes = Da, este sigur
chat-safe-no = Nu, nu acum
chat-unsafe-advice = Vă rugăm să ieșiți acum de pe această pagină cu butonul „Ieșire rapidă” și să reveniți când este sigur. Dacă sunteți în pericol, sunați la 999.
chat-language-label = Limba în care vreți să vorbiți pe chat
chat-start = Începeți chatul
chat-needs-js = Chatul are nevoie de JavaScript, care este dezactivat în acest browser. În schimb, puteți suna la linia de asistență sau ne puteți lăsa datele dumneavoastră.

chat-live-heading = Chatul dumneavoastră
chat-log-label = Mesaje
chat-message-label = Mesajul dumneavoastră
chat-send = Trimiteți
chat-leave = Ieșiți din chat
chat-leave-confirm = Ieșiți din chat? Consilierul va fi anunțat că ați plecat.
chat-ended-heading = Chatul s-a încheiat
chat-ended-offer = Dacă vreți să vă contactăm, lăsați-ne date de contact sigure. Puteți găsi și alte servicii care vă pot ajuta.
chat-leave-details = Lăsați date de contact sigure
chat-see-directory = Vedeți cine vă poate ajuta

chat-connecting = Se conectează…
chat-reconnecting = Conexiunea s-a întrerupt. Se reconectează… Mesajele dumneavoastră sunt păstrate.
chat-queue-position = Sunteți pe locul { $position } în coada de așteptare.
chat-queue-wait = Timp estimat de așteptare: { $minutes ->
    [one] aproximativ un minut
    [few] aproximativ { $minutes } minute
   *[other] aproximativ { $minutes } de minute
}.
chat-queue-soon = Un consilier va fi cu dumneavoastră foarte curând.
chat-offered = Un consilier urmează să intre în chat.
chat-active = Vorbiți pe chat cu un consilier.
chat-you = Dumneavoastră
chat-adviser = Consilier
chat-typing = Consilierul scrie…
chat-sending = Se trimite…
chat-delivered = Trimis
chat-read = Citit
chat-not-sent = Încă netrimis. Va fi trimis când revine conexiunea.

chat-event-joined = Un consilier a intrat în chat.
chat-event-transferred = Un alt consilier a preluat chatul.
chat-event-adviser-lost = Consilierul dumneavoastră a pierdut conexiunea. Ați revenit la începutul cozii de așteptare.
chat-event-requeued = Ați revenit în coada de așteptare pentru următorul consilier liber.
chat-event-inactive-warning = Mai sunteți acolo? Chatul se va închide în curând dacă nu trimiteți un mesaj.
chat-event-referral-created = Consilierul a făcut o trimitere pentru dumneavoastră, așa cum ați stabilit.

chat-ended-visitor-left = Ați ieșit din chat.
chat-ended-adviser-ended = Consilierul a încheiat chatul.
chat-ended-inactive = Chatul s-a închis pentru că nimeni nu a mai scris nimic de ceva vreme.
chat-ended-wait-over = Ne pare rău: niciun consilier nu a putut prelua la timp chatul dumneavoastră.
chat-ended-gone = Acest chat s-a încheiat.
chat-ended-busy = Toți consilierii noștri sunt ocupați acum, iar coada este plină. Sunați la linia de asistență non-stop de mai jos sau lăsați-ne date de contact sigure și vă vom contacta noi.
chat-ended-too-many = De pe această conexiune au fost începute prea multe chaturi. Sunați la linia de asistență non-stop de mai jos sau lăsați-ne date de contact sigure și vă vom contacta noi.
chat-ended-elsewhere = Acest chat continuă acum într-o altă filă sau fereastră. Nimic din el nu a rămas aici.

chat-error-too-long = Mesajul este prea lung. Vă rugăm să-l împărțiți în mesaje mai scurte.
chat-error-slow-down = Trimiteți mesaje foarte repede. Vă rugăm să așteptați puțin.
chat-error-unavailable = Chatul nu este disponibil chiar acum. Încercați din nou sau sunați la linia de asistență.
chat-error-empty = Scrieți mai întâi un mesaj.
