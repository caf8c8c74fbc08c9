# Shared parts of every page: the language's own name, quick exit, navigation, footer.
language-name = Română
site-name = Sprijin în caz de violență domestică – Rotherham
skip-to-content = Salt la conținutul principal
quick-exit = Ieșire rapidă
quick-exit-hint = Sau apăsați de 3 ori tasta Shift
quick-exit-shift-1 = Ați apăsat Shift o dată. Mai apăsați de 2 ori ca să ieșiți de pe pagină.
quick-exit-shift-2 = Ați apăsat Shift de două ori. Mai apăsați o dată ca să ieșiți de pe pagină.
quick-exit-skip = Ieșiți acum de pe această pagină
nav-label = Meniu principal
nav-directory = Cine vă poate ajuta
nav-is-this-abuse = Este violență domestică?
nav-browse-safely = Navigare în siguranță
nav-safe-accommodation = Locuri sigure unde să stați
nav-your-behaviour = Vă îngrijorează propriul comportament?
nav-professionals = Pentru profesioniști
language-picker-label = Alegeți limba
footer-emergency = În caz de urgență, sunați la
not-found-title = Pagina nu a fost găsită
not-found-body = Nu am găsit această pagină. Poate adresa este greșită.
not-found-home = Mergeți la pagina principală

# Emergency options, shown on many pages.
emergency-heading = Sunteți în pericol acum?
emergency-999 = Sunați la 999 și cereți poliția.
emergency-55 = Dacă nu puteți vorbi, sunați la 999 de pe mobil, ascultați, apoi apăsați 55. Poliția va ști că este un apel real.
emergency-sms = Dacă aveți deficiențe de auz sau nu puteți vorbi, puteți trimite SMS la 999 după ce vă înregistrați la emergencySMS. Pentru înregistrare, trimiteți prin SMS cuvântul „register” la 999.
emergency-relay = Dacă folosiți Relay UK, sunați la 18000 pentru serviciile de urgență.

# Phone lines named on many pages.
phone-rise = Linia de asistență Rotherham Rise:
phone-national = National Domestic Abuse Helpline (linia națională de sprijin pentru violența domestică), non-stop, apel gratuit:
phone-council = Linia Rotherham Council pentru violență domestică:
phone-respect = Respect Phoneline (apel gratuit):
see-directory = Vedeți toate serviciile care vă pot ajuta

# The home page.
home-title = Sprijin în caz de violență domestică în Rotherham
home-heading = Cereți ajutor în caz de violență domestică
home-lead = Nu trebuie să treceți prin asta fără ajutor. Ajutăm pe oricine este afectat de violența domestică: femei, bărbați, tineri și familii. Este gratuit și confidențial.
safe-now-question = Sunteți în siguranță acum?
safe-now-yes = Da, sunt în siguranță
safe-now-no = Nu, nu sunt în siguranță
safe-now-unsafe-heading = Cereți ajutor acum
safe-now-safe-reply = Bine. Luați-vă timp și alegeți mai jos ce vi se potrivește.
doors-heading = Alegeți ce vi se potrivește
door-need-help = Am nevoie de ajutor
door-need-help-body = Cineva apropiat vă rănește, vă sperie sau vă controlează.
door-need-help-talk = Vorbiți cu cineva
door-need-help-directory = Găsiți un serviciu în apropiere
door-need-help-abuse = Ceea ce vi se întâmplă este violență domestică?
door-worried = Îmi fac griji pentru cineva
door-worried-body = Credeți că un prieten sau o rudă se confruntă cu violență domestică.
door-worried-signs = Semnele violenței domestice
door-worried-talk = Aflați cum puteți ajuta
door-professional = Sunt profesionist
door-professional-body = Lucrați cu cineva care are nevoie de sprijin.
door-professional-refer = Cum faceți o trimitere
door-professional-directory = Servicii pentru profesioniști
talk-heading = Vorbiți cu cineva
talk-phone = Ne puteți suna. Consilierii vă ascultă și nu vă judecă.
talk-referral = Ne puteți cere și să vă contactăm noi, într-un moment sigur pentru dumneavoastră.
talk-referral-link = Cereți să vă contactăm
home-browse-safely = Cum să folosiți acest site în siguranță
