# "Is this abuse?"
abuse-title = Este violență domestică?
abuse-intro = Violența domestică înseamnă că un partener, un fost partener sau cineva din familie vă rănește, vă sperie sau vă controlează. Se poate întâmpla o dată sau de multe ori. Nu înseamnă doar violență fizică.
abuse-physical-heading = Violență fizică
abuse-physical-body = Vă lovește, vă dă cu piciorul sau cu pumnul, vă arde sau vă strânge de gât. Vă împiedică să primiți îngrijiri medicale. Vă rănește animalele de companie.
abuse-sexual-heading = Violență sexuală
abuse-sexual-body = Vă obligă să aveți relații sexuale sau să faceți lucruri sexuale pe care nu le vreți. Vă presează să aveți relații sexuale neprotejate. Vă rănește în timpul actului sexual.
abuse-control-heading = Comportament de control
abuse-control-body = Vă urmărește tot ce faceți, zi de zi. Vă ține departe de prieteni și familie. Vă ia medicamentele. Se folosește de copii ca să vă controleze. Amenință că va dezvălui lucruri private despre dumneavoastră.
abuse-emotional-heading = Violență emoțională
abuse-emotional-body = Vă face să vă fie frică, să vă simțiți fără valoare sau să nu mai știți ce să credeți. Vă întoarce copiii sau prietenii împotriva dumneavoastră. Vă jignește, între patru ochi sau de față cu alții.
abuse-economic-heading = Violență financiară și economică
abuse-economic-body = Vă ia sau vă controlează banii. Vă împiedică să lucrați. Vă lasă fără mâncare, haine sau transport, ori cu facturile neplătite.
abuse-verbal-heading = Violență verbală
abuse-verbal-body = Țipă la dumneavoastră iar și iar. Râde de dumneavoastră, vă batjocorește sau vă amenință. Își bate joc de corpul, dizabilitatea, genul sau sexualitatea dumneavoastră.
abuse-online-heading = Violență online și prin telefon
abuse-online-body = Vă verifică telefonul, e-mailul sau rețelele sociale. Urmărește unde vă aflați. Distribuie, sau amenință că va distribui, fotografii ori videoclipuri private cu dumneavoastră.
abuse-children-heading = Și copiii sunt afectați
abuse-children-body = Copiii care văd sau aud violență acasă sunt și ei victime. Există sprijin atât pentru ei, cât și pentru dumneavoastră.
abuse-not-your-fault-heading = Nu este vina dumneavoastră
abuse-not-your-fault-body = Nimeni nu merită să fie tratat așa. Dacă ceva din toate acestea vi se pare cunoscut, puteți vorbi confidențial cu cineva.

# "Browse safely"
safely-title = Navigare în siguranță
safely-intro = Dacă cineva vă verifică telefonul sau calculatorul, acești pași vă pot ajuta să nu se vadă că ați fost aici. Nicio metodă nu este perfectă.
safely-exit-heading = Ieșiți rapid de pe site
safely-exit-body = Apăsați „Ieșire rapidă” în partea de sus a oricărei pagini sau apăsați de 3 ori tasta Shift. Pagina se va goli și se va deschide un site meteo. Butonul Înapoi nu vă mai aduce aici. Pentru asta este nevoie de JavaScript: dacă este dezactivat în browser, paginile vizitate aici rămân în butonul Înapoi și în istoric, așa că ștergeți-le cum se arată pe această pagină.
safely-history-heading = Istoricul de navigare
safely-history-body = Browserul păstrează o listă cu site-urile pe care le vizitați.
safely-history-private = Folosiți o fereastră privată sau incognito. Aceasta nu păstrează istoricul după ce o închideți.
safely-history-clear = Dacă nu puteți folosi o fereastră privată, ștergeți apoi acest site din istoric.
safely-history-selective = Dacă ștergeți tot istoricul, poate părea ciudat. Poate fi mai sigur să ștergeți doar paginile despre violență.
safely-devices-heading = Telefoane, calculatoare și conturi
safely-devices-shared = Dacă folosiți un dispozitiv împreună cu altcineva, acea persoană ar putea vedea ce ați căutat.
safely-devices-accounts = Verificați să nu mai fie conectat altcineva la e-mailul sau la rețelele dumneavoastră sociale și schimbați parolele pe care altcineva le-ar putea ști.
safely-devices-location = Telefonul vă poate transmite locația. Verificați setările de localizare și orice aplicație pe care nu o recunoașteți.
safely-devices-other = Dacă aveți îndoieli că dispozitivul este sigur, folosiți telefonul unui prieten sau un calculator de la bibliotecă ori de la serviciu.
safely-phone-heading = Apeluri și facturi de telefon
safely-phone-body = Multe linii de asistență sunt gratuite și nu apar pe factura de telefon. Căutați această mențiune în lista de servicii. Puteți șterge și numărul din istoricul apelurilor.

# "Worried about your own behaviour?"
behaviour-title = Vă îngrijorează propriul comportament?
behaviour-intro = Dacă ați rănit, ați speriat sau ați controlat un partener sau pe cineva din familie, sau vă temeți că ați putea s-o faceți, puteți primi ajutor ca să vă schimbați.
behaviour-signs-heading = Poate aveți nevoie de ajutor dacă
behaviour-sign-control = verificați sau încercați să controlați cu cine se vede partenerul și unde merge
behaviour-sign-anger = vă pierdeți cumpătul, țipați, spargeți lucruri sau loviți
behaviour-sign-fear = observați că partenerul sau copiii se tem de dumneavoastră
behaviour-sign-blame = îi învinovățiți pe alții pentru felul în care vă purtați
behaviour-respect-heading = Respect Phoneline
behaviour-respect-body = O linie de asistență confidențială pentru persoanele îngrijorate de propriul comportament față de partener sau de cineva din familie. Oferă sfaturi și informații despre programele din zona dumneavoastră.
behaviour-inspire-heading = Inspire to Change
behaviour-inspire-body = Un program din Rotherham, organizat de Cranstoun, pentru persoanele care vor să renunțe la comportamentul abuziv. Include activități de grup și sesiuni individuale.
behaviour-danger-heading = Dacă cineva este în pericol
behaviour-danger-body = Dacă credeți că cineva este în pericol chiar acum, sunați la 999.

# "Safe places to stay"
accommodation-title = Locuri sigure unde să stați
accommodation-intro = Dacă nu este sigur să rămâneți acasă, există locuri sigure unde puteți merge. Dacă vreți să rămâneți acasă, puteți primi ajutor ca locuința să fie mai sigură.
accommodation-types-heading = Tipuri de locuințe sigure
accommodation-refuge = Adăpost: o casă sigură unde pot locui femei și copii, cu personal care îi sprijină.
accommodation-dispersed = Locuință separată: un apartament sau o casă sigură doar pentru dumneavoastră, cu același sprijin ca într-un adăpost.
accommodation-sanctuary = Programul Sanctuary: încuietori suplimentare și măsuri de siguranță montate în locuința dumneavoastră, ca să puteți rămâne acolo în siguranță.
accommodation-specialist = Locuințe specializate: de exemplu pentru persoane de culoare, asiatice sau din minorități etnice, persoane LGBT+, persoane cu dizabilități sau cu alte nevoi.
accommodation-move-on = Locuință de tranziție: o locuință cu mai puțin sprijin, după adăpost și până la o locuință permanentă.
accommodation-emergency = Cazare de urgență: un loc sigur unde puteți sta o perioadă scurtă, cât timp decideți ce să faceți.
accommodation-children-heading = Copiii
accommodation-children-body = Copiii pot veni cu dumneavoastră. Pot primi și ei sprijin, de exemplu terapie prin joc.
accommodation-ask-heading = Cum cereți un loc sigur
accommodation-ask-body = Sunați la una dintre aceste linii. Vor discuta cu dumneavoastră ce opțiuni aveți și vă vor ajuta să găsiți un loc.

# "For professionals"
professionals-title = Pentru profesioniști
professionals-intro = Rotherham Rise este punctul unic de acces pentru sprijin în caz de violență domestică în Rotherham, indiferent de nivelul de risc. Orice profesionist poate face o trimitere.
professionals-how-heading = Cum faceți o trimitere
professionals-how-body = Folosiți formularul nostru de trimitere online sau sunați la linia de asistență ca să faceți o trimitere.
professionals-how-link = Faceți o trimitere online
professionals-consent-heading = Consimțământ
professionals-consent-body = Întrebați persoana înainte să faceți trimiterea.
professionals-consent-ask = Spuneți-i către cine o trimiteți și de ce, și întrebați-o dacă este de acord.
professionals-consent-safe = Întrebați cum și când o puteți contacta în siguranță și dacă e sigur să-i lăsați un mesaj scris sau vocal.
professionals-include-heading = Ce să includeți
professionals-include-contact = O modalitate sigură și un moment sigur pentru a contacta persoana.
professionals-include-language = Limba pe care o vorbește și dacă are nevoie de interpret sau de alt sprijin, de exemplu limbajul semnelor britanic (BSL).
professionals-include-children = Dacă în locuință trăiesc copii.
professionals-include-risk = Ce știți despre riscul la care este expusă acum.
professionals-high-risk-heading = Când riscul este ridicat
professionals-high-risk-body = Când cineva riscă să sufere o vătămare gravă, un consilier specializat lucrează cu persoana respectivă. Cazul poate fi discutat la o întâlnire a instituțiilor locale, care stabilește cum va fi protejată persoana. În Rotherham, această întâlnire se numește MARAC.
professionals-what-next-heading = Ce urmează
