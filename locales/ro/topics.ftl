# "Help for your situation": the hub, its topic pages, and the extra 999 advice.
nav-help-for = Ajutor pentru situația dumneavoastră
door-need-help-topics = Ajutor pentru situația dumneavoastră: urmărire, căsătorie forțată, persoane în vârstă sau cu dizabilități și altele
help-for-title = Ajutor pentru situația dumneavoastră
help-for-intro = Violența domestică i se poate întâmpla oricui. Aceste pagini explică cum poate arăta în diferite situații, ce puteți face și cine vă poate ajuta.
help-for-not-listed = Nu sunteți sigur(ă) dacă ceea ce vi se întâmplă este violență?
help-for-is-this-abuse = Citiți despre semnele violenței
topic-signs-heading = Semne la care să fiți atenți
topic-do-heading = Ce puteți face
topic-help-heading = Cine vă poate ajuta
topic-browse-safely-link = Cum să vă protejați telefonul și calculatorul
topic-accommodation-link = Locuri sigure unde să stați

# 999 advice, added to the emergency options.
emergency-cough = Dacă nu puteți vorbi când vi se răspunde la 999, tușiți sau bateți ușor în telefon, ca operatorul să știe că aveți nevoie de ajutor.
emergency-landline = De pe un telefon fix, 55 nu funcționează: rămâneți la telefon, chiar dacă nu puteți vorbi. Dacă operatorul aude doar zgomote de fond, vă face legătura cu poliția, care poate afla de unde vine apelul de pe telefonul fix.

# Honour-based abuse and forced marriage
hba-title = Violența în numele „onoarei” și căsătoria forțată
hba-intro = Violența în numele „onoarei” este violența din partea familiei sau a comunității, care spun că le-ați făcut de rușine. Căsătoria forțată înseamnă să fiți obligat(ă) să vă căsătoriți fără acordul dumneavoastră liber și deplin. În Regatul Unit, ambele sunt infracțiuni și nu este niciodată vina dumneavoastră.
hba-sign-control = Familia hotărăște cu cine vă vedeți, cum vă îmbrăcați sau dacă aveți voie să învățați ori să lucrați.
hba-sign-threats = Sunteți amenințat(ă), lovit(ă) sau ținut(ă) în casă pentru că ați „dezonora” familia.
hba-sign-marriage = Sunteți presat(ă) să vă căsătoriți, poate cu cineva pe care nu l-ați ales.
hba-sign-travel = Se plănuiește o călătorie în străinătate și vă temeți că veți fi căsătorit(ă) sau ținut(ă) acolo.
hba-do-tell = Spuneți cuiva în care aveți încredere, din afara familiei: un profesor, un medic sau consilierii noștri.
hba-do-travel = Dacă vă temeți că veți fi dus(ă) în străinătate, cereți ajutor înainte de plecare. Forced Marriage Unit îi ajută și pe cetățenii britanici care sunt deja în străinătate.
hba-do-documents = Dacă puteți, păstrați o copie a pașaportului și a altor acte importante într-un loc sigur.
hba-do-mediation = Nu sunteți obligat(ă) să acceptați o „mediere” în familie. Vă poate pune într-un pericol și mai mare.
hba-help-body = Consilierii noștri înțeleg violența în numele „onoarei” și pot vorbi cu dumneavoastră prin interpret. Karma Nirvana are o linie națională de asistență pentru violența în numele „onoarei”, iar Forced Marriage Unit face parte din guvernul Regatului Unit.

# Stalking and harassment
stalking-title = Urmărirea (stalking) și hărțuirea
stalking-intro = Urmărirea (stalking) înseamnă că cineva vă urmărește, vă supraveghează sau vă contactează mereu, deși nu doriți, iar asta vă sperie. Hărțuirea este un comportament repetat care vă sperie sau vă tulbură. Ambele sunt infracțiuni. Urmărirea de către un fost partener este frecventă și poate fi periculoasă.
stalking-sign-contact = Apeluri, mesaje sau cadouri pe care nu le-ați cerut, iar și iar.
stalking-sign-following = Apare la casa dumneavoastră, la serviciu sau în locurile unde mergeți, ori vă așteaptă afară.
stalking-sign-online = Vă urmărește pe rețelele sociale, vă localizează telefonul sau își face conturi false.
stalking-sign-others = Vă contactează familia, prietenii sau angajatorul în legătură cu dumneavoastră.
stalking-do-record = Țineți o evidență: date, ore, ce s-a întâmplat și capturi de ecran. Ajută poliția.
stalking-do-no-contact = Nu răspundeți și nu vă întâlniți cu persoana respectivă. Orice răspuns poate prelungi situația.
stalking-do-devices = Verificați dacă telefonul sau mașina au un dispozitiv de localizare și schimbați-vă parolele.
stalking-do-police = Raportați la poliție. Instanța poate interzice persoanei să se apropie de dumneavoastră.
stalking-help-body = Consilierii noștri vă pot ajuta să planificați cum să rămâneți în siguranță și cum să raportați. National Stalking Helpline, condusă de Suzy Lamplugh Trust, oferă sfaturi oricui este urmărit.

# Abuse after separation, and economic abuse
separation-title = Violența după despărțire și violența economică
separation-intro = Adesea, violența nu se oprește când relația se termină. Se poate agrava, iar perioada plecării poate fi cea mai periculoasă. Violența economică înseamnă că cineva vă controlează banii sau bunurile, ca să nu puteți fi independent(ă).
separation-sign-contact = După despărțire, vă contactează, vă urmărește sau vă amenință în continuare.
separation-sign-children = Folosește întâlnirile cu copiii sau instanța ca să vă sperie sau să vă controleze.
separation-sign-money = Vă ia banii, nu vă lasă să lucrați sau vă obligă să plătiți totul.
separation-sign-debt = Face datorii pe numele dumneavoastră sau refuză să plătească pentru copii.
separation-do-plan = Planificați cu un consilier cum să plecați sau cum să rămâneți în siguranță. Plecarea este o perioadă riscantă, așa că planificați-o cu grijă.
separation-do-bank = Deschideți un cont bancar despre care persoana nu știe și schimbați-vă parolele și codurile PIN.
separation-do-records = Păstrați mesajele, dovezile plăților și amenințările.
separation-do-advice = Cereți sfaturi despre bani, datorii, ajutoare sociale, locuință și îngrijirea copiilor. Citizens Advice vă ajută cu bani și datorii.
separation-help-body = Consilierii noștri vă pot ajuta cu siguranța, locuința și instanța. Surviving Economic Abuse este o organizație națională care oferă sfaturi despre bani și violență.

# Young people in their own relationships
young-title = Tineri: violența în relația ta
young-intro = Violența poate apărea în orice relație, la orice vârstă. Dacă persoana cu care ieși te face să te simți speriat(ă), controlat(ă) sau rău în pielea ta, nu este în regulă și nu este vina ta.
young-sign-phone = Îți verifică telefonul, îți cere parolele sau se enervează dacă nu răspunzi imediat.
young-sign-friends = Îți spune cu cine să te vezi sau cum să te îmbraci.
young-sign-pressure = Te presează să faci sex sau să trimiți poze nud.
young-sign-threats = Amenință că îți va distribui pozele, că te va răni sau că se va răni dacă pleci.
young-do-trust = Vorbește cu cineva în care ai încredere: un prieten, cineva din familie, un profesor sau asistenta de la școală.
young-do-photos = Distribuirea pozelor tale nud sau amenințarea cu asta este o infracțiune. Poți raporta și poți cere ca pozele să fie șterse.
young-do-safe = Dacă te întâlnești cu persoana respectivă, spune cuiva unde mergi.
young-help-body = Serviciul nostru sprijină și tinerii, iar tu poți vorbi cu noi. Dacă ai sub 19 ani, Childline este gratuit și confidențial, la telefon sau online.
young-directory-link = Servicii pentru tineri

# Older people
older-title = Persoanele în vârstă
older-intro = Violența domestică li se întâmplă și persoanelor în vârstă. Poate veni de la un partener de mulți ani, de la copii sau nepoți adulți ori de la alte rude. Este tot violență, chiar dacă acea persoană are și grijă de dumneavoastră.
older-sign-money = Cineva vă ia pensia sau economiile ori vă pune să semnați acte.
older-sign-care = Cineva care are grijă de dumneavoastră vă neglijează, vă rănește sau vă ține medicamentele.
older-sign-isolation = Sunteți împiedicat(ă) să vă vedeți prietenii, să mergeți la medic sau să ieșiți din casă.
older-sign-fear = Vă este frică de cineva din casă sau vă este frică să-i spuneți nu.
older-do-tell = Spuneți cuiva în care aveți încredere: medicului, unei asistente sau unui îngrijitor.
older-do-council = Echipa de asistență socială pentru adulți a consiliului local (adult social care) vă poate ajuta să fiți în siguranță. Lucrează împreună cu dumneavoastră și vă întreabă ce doriți.
older-do-money = Dacă cineva vă ia banii, banca vă poate proteja suplimentar contul.
older-help-body = Consilierii noștri sprijină oameni de toate vârstele, la telefon sau în persoană. Hourglass are o linie națională de asistență despre violența asupra persoanelor în vârstă.

# Children living with domestic abuse
children-title = Copiii care trăiesc cu violența domestică
children-intro = Copiii care trăiesc într-o casă cu violență domestică sunt și ei victime, chiar dacă nu sunt răniți direct. Văd, aud și simt ce se întâmplă. Cu sprijin, copiii își pot reveni bine.
children-affected-heading = Cum pot fi afectați copiii
children-sign-fear = Sunt speriați, neliniștiți sau nu se mai dezlipesc de dumneavoastră, ori dorm prost.
children-sign-behaviour = Sunt furioși sau foarte tăcuți ori se poartă ca niște copii mai mici.
children-sign-school = Le este greu la școală sau nu vor să meargă.
children-sign-blame = Cred că e vina lor sau încearcă să vă protejeze.
children-do-heading = Ce puteți face ca părinte
children-do-talk = Spuneți-le că nu este vina lor și ascultați-i când vor să vorbească.
children-do-plan = Faceți împreună un plan simplu de siguranță: un loc sigur și cum să sune la 999.
children-do-school = Anunțați școala sau grădinița, ca să vă poată sprijini copilul.
children-do-help = Cereți sprijin și pentru dumneavoastră. Siguranța dumneavoastră îi ajută și pe ei să fie în siguranță.
children-services-heading = Serviciile pentru copii sunt acolo ca să ajute
children-services-body = Mulți părinți se tem că, dacă cer ajutor, le vor fi luați copiii. Serviciile pentru copii (children's services) vor ca acești copii să fie în siguranță alături de părintele care nu este violent. Lucrează împreună cu dumneavoastră, iar luarea unui copil în plasament este ultima soluție. Dacă ne spuneți despre copiii dumneavoastră, vă putem găsi mai ușor sprijinul potrivit pentru toți.
children-help-body = Serviciul nostru sprijină și copii și tineri, nu doar adulți. Copiii și tinerii pot vorbi gratuit cu Childline, iar NSPCC îi ajută pe adulții îngrijorați pentru un copil.

# LGBT+ people
lgbt-title = Persoanele LGBT+
lgbt-intro = Violența domestică apare și în relațiile și familiile persoanelor LGBT+. Meritați un sprijin care vă înțelege, oricine ați fi și pe oricine ați iubi.
lgbt-sign-outing = Vă amenință că le va spune altora despre orientarea sau identitatea dumneavoastră de gen.
lgbt-sign-identity = Spune că nu sunteți un bărbat „adevărat”, o femeie „adevărată” sau o persoană LGBT+ „adevărată” ori controlează cum vă exprimați genul.
lgbt-sign-medication = Vă împiedică să luați hormoni sau să primiți alte îngrijiri medicale de care aveți nevoie.
lgbt-sign-isolation = Vă spune că nimeni nu vă va ajuta pentru că sunteți LGBT+ sau vă izolează de prieteni și de comunitate.
lgbt-do-talk = Vorbiți cu un serviciu în care aveți încredere. Dumneavoastră alegeți ce ne spuneți despre dumneavoastră.
lgbt-do-family = Violența din partea familiei din cauza a ceea ce sunteți este tot violență domestică, la fel și căsătoria forțată.
lgbt-do-record = Notați ce se întâmplă și păstrați actele importante într-un loc sigur.
lgbt-help-body = Serviciul nostru sprijină persoanele LGBT+. Galop are o linie națională de asistență pentru persoanele LGBT+ care se confruntă cu violență.
lgbt-directory-link = Servicii pentru persoanele LGBT+

# Disabled and Deaf people
disabled-title = Persoanele cu dizabilități și persoanele surde
disabled-intro = Persoanele cu dizabilități și persoanele surde trec mai des prin violență domestică și le este mai greu să primească ajutor. Persoana violentă poate fi un partener, cineva din familie sau cineva care are grijă de dumneavoastră.
disabled-sign-care = Refuză să vă ajute cu îngrijirea, mâncarea sau medicamentele ori vă rănește când vă ajută.
disabled-sign-equipment = Vă ia scaunul cu rotile, aparatul auditiv, telefonul sau alte echipamente.
disabled-sign-money = Vă controlează ajutoarele sociale sau banii.
disabled-sign-communication = Vă împiedică să comunicați sau „traduce” în locul dumneavoastră, ca să nu puteți vorbi în nume propriu.
disabled-contact-heading = Ajutor în BSL sau prin text
disabled-contact-bsl = 999 BSL este o aplicație și un site gratuit care vă pune în legătură cu 999 printr-un interpret de limbaj mimico-gestual britanic (BSL).
disabled-contact-sms = Puteți trimite SMS la 999 după ce vă înregistrați la emergencySMS.
disabled-contact-helpline = National Domestic Abuse Helpline poate fi contactată în BSL prin site-ul său.
disabled-contact-us = Spuneți-ne cum doriți să comunicăm, de exemplu prin interpret BSL, prin SMS sau prin e-mail, și ne ocupăm noi.
disabled-contact-relay = Relay UK: ca să ajungeți la 999 scriind, folosiți aplicația Relay UK sau un telefon text și formați
disabled-do-tell = Spuneți cuiva în care aveți încredere: unui medic, unui asistent social sau unei persoane care vă sprijină.
disabled-do-council = Dacă persoana care vă face rău este îngrijitorul dumneavoastră, echipa de asistență socială pentru adulți a consiliului local (adult social care) vă poate ajuta să fiți în siguranță și poate aranja altă îngrijire.
disabled-help-body = Consilierii noștri pot vorbi cu dumneavoastră la telefon, prin chat sau cu un interpret. Serviciile pentru persoanele surde sunt în lista noastră.
disabled-directory-link = Servicii pentru persoanele surde
