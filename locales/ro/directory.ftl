# The "Who can help" page: the service directory.
directory-title = Cine vă poate ajuta
directory-intro = Servicii pentru oricine este afectat de violența domestică. Alegeți cine sunteți și cum vreți să luați legătura.
directory-filter-who = Pentru cine este?
directory-filter-how = Cum vreți să luați legătura?
directory-filter-apply = Afișați serviciile
directory-filter-clear = Ștergeți selecția
directory-count = { $count ->
    [one] 1 serviciu
    [few] { $count } servicii
   *[other] { $count } de servicii
}
directory-for = Pentru
directory-area = Zonă
directory-languages = Limbi
status-always-open = Deschis acum, 24 de ore din 24
status-no-fixed-hours = Sunați ca să aflați când pot vorbi cu dumneavoastră
status-open-until = Deschis acum, până la ora { $time }
status-opens-today = Închis acum. Se deschide azi la ora { $time }
status-opens-tomorrow = Închis acum. Se deschide mâine la ora { $time }
status-opens-on = Închis acum. Se deschide { $day } la ora { $time }
weekday-mon = luni
weekday-tue = marți
weekday-wed = miercuri
weekday-thu = joi
weekday-fri = vineri
weekday-sat = sâmbătă
weekday-sun = duminică
audience-everyone = Toată lumea
audience-women = Femei
audience-men = Bărbați
audience-lgbt = Persoane LGBT+
audience-young-people = Tineri
audience-deaf = Persoane surde
audience-minority-ethnic = Comunități etnice minoritare
audience-complex-needs = Persoane cu nevoi complexe
audience-professionals = Profesioniști
audience-perpetrators = Persoane îngrijorate de propriul comportament
channel-phone = Telefon
channel-text = SMS
channel-webchat = Chat online
channel-web = Site web
channel-email = E-mail
note-free = Apel gratuit
note-not-on-phone-bill = Nu apare pe factura de telefon
note-confidential = Confidențial
note-emergency-only = Doar pentru urgențe
note-interpreters = Sunt disponibili interpreți
note-call-to-arrange = Sunați ca să stabiliți sprijinul
note-housing = Ajutor cu locuința
language-code-en = Engleză
language-code-interpreter = Alte limbi, prin interpret
service-rotherham-rise-offer = Punctul unic de acces pentru sprijin în caz de violență domestică în Rotherham, indiferent de nivelul de risc. Linie de asistență, site web și chat online. Vă ascultă, vă ajută să fiți în siguranță și găsesc sprijinul potrivit: ajutor individual, grupuri, consiliere sau sprijin de la persoane cu experiențe similare.
service-rotherham-council-offer = Linia Rotherham Council pentru violență domestică. Sfaturi și acces la serviciile de sprijin ale consiliului.
service-daaos-offer = Serviciul de intervenție pe teren al consiliului, pentru persoane cărora alte nevoi, de exemplu probleme de sănătate mintală, cu drogurile sau cu alcoolul, le îngreunează accesul la sprijinul obișnuit. Vin ei la dumneavoastră și țin legătura cu dumneavoastră. Nu are un număr direct: consilierii Rotherham Rise vorbesc mai întâi cu dumneavoastră și, dacă vi se potrivește, vă fac legătura.
service-south-yorkshire-police-emergency-offer = Sunați la 999 dacă sunteți în pericol acum. Dacă nu puteți vorbi, apăsați 55 când vi se cere. Persoanele surde și cele care nu pot vorbi pot trimite SMS la 999 după ce s-au înregistrat la emergencySMS.
service-south-yorkshire-police-offer = Sunați la 101 ca să anunțați poliția despre violența domestică, când nu este o urgență.
service-national-helpline-offer = Sprijin gratuit și confidențial, 24 de ore din 24, în fiecare zi. Vă pot ajuta să găsiți un adăpost.
service-mens-advice-line-offer = Sfaturi și sprijin emoțional pentru bărbații care trec prin violență domestică, plus ajutor ca ei și copiii lor să fie în siguranță.
service-mankind-offer = O linie de asistență confidențială pentru bărbații care suferă violență din partea unui partener sau a cuiva din familie.
service-uava-offer = Sprijin pentru oricine are cel puțin 13 ani, în Leicester, Leicestershire și Rutland: linie de asistență, sprijin doar prin SMS, sfaturi de siguranță și locuințe sigure.
service-hope-project-offer = Sprijin pentru persoanele expuse riscului de violență domestică, care au nevoie de o locuință și au și alte nevoi. Sunați ca să aflați dacă puteți primi ajutor.
service-family-action-offer = Sprijin pentru familiile care trec prin probleme grele, inclusiv violență domestică, griji legate de bani și probleme de sănătate mintală.
service-citizens-advice-offer = Sfaturi gratuite și independente despre bani, ajutoare sociale, locuință și drepturile dumneavoastră.
service-rothacs-offer = Consiliere și terapie pentru persoanele afectate de violență domestică în Rotherham. Solicitați-le prin Rotherham Rise.
service-inspire-to-change-offer = Un program din Rotherham pentru persoanele care vor să renunțe la comportamentul abuziv față de partener sau de cineva din familie.
service-respect-phoneline-offer = O linie de asistență confidențială pentru persoanele îngrijorate de propriul comportament față de partener sau de cineva din familie.

# Areas a service works in (the ids in data/services.toml's [areas]).
directory-scope = Servicii pentru persoanele din Rotherham și servicii care acoperă South Yorkshire, Anglia sau tot Regatul Unit. Serviciile care funcționează doar în alte zone nu apar aici.
directory-checked = Informații verificate ultima dată
directory-reached-through = Nu are un număr direct: cereți acest sprijin prin { $service }. Vorbesc mai întâi cu dumneavoastră și, dacă vi se potrivește, îl organizează.
area-rotherham = Rotherham
area-south-yorkshire = South Yorkshire
area-rutland = Rutland
area-leicester-leicestershire-rutland = Leicester, Leicestershire și Rutland
area-england = Anglia
area-england-and-wales = Anglia și Țara Galilor
area-uk = Tot Regatul Unit
language-code-bsl = limbajul semnelor britanic (BSL)

# National specialist services.
service-galop-offer = Linia națională de sprijin pentru persoanele LGBT+ care trec prin violență domestică, la care răspund persoane LGBT+. Sprijin emoțional și practic, inclusiv când violența vine din partea familiei.
service-karma-nirvana-offer = Linia națională de sprijin pentru violența în numele așa-zisei „onoări” și pentru căsătoriile forțate, în orice comunitate. Pentru persoanele în pericol, pentru cei îngrijorați pentru cineva și pentru profesioniști.
service-forced-marriage-unit-offer = Unitatea guvernamentală pentru căsătorii forțate (Forced Marriage Unit). Ajutor dacă sunteți forțat(ă) să vă căsătoriți sau vă temeți de asta, în Regatul Unit sau în străinătate. Sfaturi pentru cei îngrijorați pentru cineva și pentru profesioniști.
service-national-stalking-helpline-offer = Sfaturi și sprijin dacă cineva vă urmărește, vă supraveghează sau vă contactează întruna, inclusiv un fost partener sau o fostă parteneră.
service-rape-crisis-support-line-offer = Sprijin pentru orice persoană de la 16 ani în sus afectată de viol, violență sexuală sau hărțuire sexuală, indiferent când s-a întâmplat, non-stop. Sunați sau scrieți pe chat prin site-ul lor.
service-childline-offer = Ajutor gratuit și confidențial pentru copii și tineri sub 19 ani, în orice îi îngrijorează, inclusiv violența de acasă sau dintr-o relație.
service-nspcc-helpline-offer = Pentru adulții îngrijorați pentru un copil, inclusiv un copil care trăiește într-o casă cu violență domestică. Sfaturi pentru părinți, îngrijitori și profesioniști.
service-signhealth-offer = Un serviciu pentru persoanele surde care trec prin violență domestică, condus de personal surd care lucrează în limbajul semnelor britanic. Contact prin site-ul lor.
