# The privacy notice and the accessibility statement, linked from the footer.
footer-privacy = Notă de confidențialitate
footer-accessibility = Declarație de accesibilitate

privacy-title = Notă de confidențialitate
privacy-intro = Această pagină explică ce informații colectează acest site, de ce, unde sunt păstrate, cât timp și cine le poate vedea. Colectăm cât mai puțin posibil.
privacy-visit-heading = Când citiți acest site
privacy-visit-cookies = Nu folosim cookie-uri, urmărire sau analize, iar nimic nu se încarcă de pe alte site-uri.
privacy-visit-logs = Serverul nostru notează ce pagină a fost cerută și când, dar nu adresa dumneavoastră de internet și nici ce scrieți.
privacy-visit-limits = Ca să prevenim abuzurile, numărăm cât de des vin formulare și conversații de la aceeași conexiune. Adresa dumneavoastră de internet este ținută pentru asta doar scurt timp în memorie; ce se păstrează este un cod amestecat, nu adresa.
privacy-visit-browser = Browserul dumneavoastră poate totuși păstra un istoric al vizitei.
privacy-forms-heading = Când completați un formular de trimitere
privacy-forms-body = Fiecare formular cere doar ce îi trebuie unui consilier ca să vă contacteze în siguranță și să înțeleagă ce se întâmplă:
privacy-forms-self = Pentru dumneavoastră: un nume pe care îl putem folosi, cum și când vă putem contacta în siguranță, limba și nevoile de accesibilitate, dacă locuiesc copii cu dumneavoastră, ce doriți să ne spuneți și răspunsurile la întrebările despre siguranță.
privacy-forms-friend = Pentru un prieten sau o rudă: numele și datele dumneavoastră de contact, de unde cunoașteți persoana și ce vă îngrijorează.
privacy-forms-professional = De la un profesionist: numele, organizația, funcția și datele de contact de la serviciu, plus datele, situația și răspunsurile despre siguranță ale persoanei trimise.
privacy-forms-why = Folosim aceste informații ca să vă contactăm, să vă oferim sprijin și să vă protejăm pe dumneavoastră și pe copiii dumneavoastră.
privacy-forms-retention = După ce trimiterea este închisă, o păstrăm { $count ->
        [one] { $count } zi
        [few] { $count } zile
       *[other] { $count } de zile
    }, apoi este ștearsă.
privacy-forms-held = Dacă filtrul nostru de spam reține un formular, acesta este verificat de un responsabil. Este șters după cel mult { $count ->
        [one] { $count } zi
        [few] { $count } zile
       *[other] { $count } de zile
    }.
privacy-chat-heading = Când folosiți chatul
privacy-chat-what = Chatul nu vă cere numele. Păstrează limba dumneavoastră și mesajele scrise de dumneavoastră și de consilier.
privacy-chat-device = Pe dispozitivul dumneavoastră, chatul păstrează doar ce îi trebuie ca să se reconecteze, în această filă a browserului. Totul se șterge când închideți fila sau apăsați „{ quick-exit }”.
privacy-chat-referral = Dacă sunteți de acord, un consilier poate face o trimitere pornind de la chat.
privacy-chat-retention = O conversație este ștearsă la { $count ->
        [one] { $count } zi
        [few] { $count } zile
       *[other] { $count } de zile
    } după ultimul mesaj.
privacy-where-heading = Unde sunt păstrate
privacy-where-body = Totul este păstrat în baza de date a serviciului (Redis). Numele, datele de contact, mesajele și răspunsurile sunt criptate înainte de a fi salvate, deci nu pot fi citite fără cheia serviciului. Necriptat se păstrează doar ce trebuie pentru ordinea trimiterilor (tipul formularului, limba, urgența și orele).
privacy-who-heading = Cine le poate vedea
privacy-who-body = Doar consilierii serviciului și coordonatorii lor (administratorii), care intră în cont cu o parolă și un cod de unică folosință. Un consilier vă vede datele doar după ce preia trimiterea sau chatul dumneavoastră, iar fiecare deschidere a unei trimiteri este înregistrată.
privacy-who-sharing = Nu vindem informațiile dumneavoastră. Le transmitem altora, de exemplu poliției sau serviciilor pentru copii, doar cu acordul dumneavoastră sau fără el atunci când viața cuiva este amenințată sau un copil este în pericol, așa cum permite legea.
privacy-rights-heading = Drepturile dumneavoastră
privacy-rights-body = Puteți cere o copie a informațiilor dumneavoastră, corectarea sau ștergerea lor. Contactați serviciul și un consilier vă va ajuta.
privacy-rights-complain = Dacă nu sunteți mulțumit(ă) de felul în care vă folosim informațiile, puteți depune o plângere la Information Commissioner's Office (ICO), autoritatea britanică pentru protecția datelor.

a11y-title = Declarație de accesibilitate
a11y-intro = Vrem ca oricine să poată folosi acest site: pe un telefon vechi, cu un cititor de ecran, doar cu tastatura sau fără JavaScript.
a11y-standard-heading = Cât de accesibil este acest site
a11y-standard-body = Ne propunem să respectăm ghidurile WCAG 2.2 (Web Content Accessibility Guidelines), nivelul AA. Site-ul este în engleză, urdu, arabă, poloneză, slovacă și română. Paginile în urdu și arabă se citesc de la dreapta la stânga.
a11y-tested-heading = Cum îl verificăm
a11y-tested-axe = Verificări automate cu axe-core pe fiecare pagină, în fiecare limbă.
a11y-tested-keyboard = Folosirea paginilor doar cu tastatura, verificând că se vede mereu unde vă aflați.
a11y-tested-no-js = Folosirea fiecărei pagini cu JavaScript oprit.
a11y-tested-semantics = Verificarea faptului că titlurile, zonele paginii, etichetele formularelor și linkurile sunt marcate pentru cititoarele de ecran.
a11y-tested-rtl = Verificarea aranjării de la dreapta la stânga în urdu și arabă.
a11y-limits-heading = Ce nu funcționează încă bine
a11y-limit-chat = Chatul are nevoie de JavaScript. Fără el, ne puteți suna sau puteți completa un formular de trimitere.
a11y-limit-screen-readers = Nu am testat încă site-ul cu persoane care folosesc cititoare de ecran.
a11y-limit-formats = Paginile nu sunt încă disponibile ca videoclipuri în limbajul mimico-gestual britanic (BSL) sau în format ușor de citit (Easy Read).
a11y-limit-translations = Nu toate traducerile au fost verificate încă de un vorbitor nativ.
a11y-report-heading = Spuneți-ne despre o problemă
a11y-report-body = Dacă ceva de pe acest site nu funcționează pentru dumneavoastră sau aveți nevoie de informații în alt format, vă rugăm să ne spuneți. Vă vom răspunde și vom încerca să rezolvăm.
a11y-report-complain = Dacă nu sunteți mulțumit(ă) de răspunsul nostru, puteți contacta Equality Advisory and Support Service (EASS).
