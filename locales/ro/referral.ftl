# Referral forms: "ask us to contact you", for yourself, as a professional, or for someone else.
refer-title = Cereți să vă contactăm
refer-heading = Cereți să vă contactăm
refer-lead = Completați acest formular și un consilier vă va contacta într-un mod sigur. Este gratuit și confidențial. Puteți sări peste orice nu vreți să ne spuneți.
refer-choose = Cine completează acest formular?
refer-path-self = Pentru mine
refer-path-self-body = Vreți sprijin pentru dumneavoastră.
refer-path-professional = Ca profesionist
refer-path-friend-or-family = Pentru un prieten sau o rudă
refer-path-friend-or-family-body = Vă faceți griji pentru cineva și vreți sfaturi sau să vă sunăm noi.
refer-form-title-self = Cereți sprijin pentru dumneavoastră
refer-form-title-professional = Faceți o trimitere ca profesionist
refer-form-title-friend-or-family = Cereți sfaturi despre cineva pentru care vă faceți griji
refer-other-forms = Nu este formularul potrivit? Alegeți altul
refer-optional-note = Trebuie să răspundeți doar la întrebările marcate cu „obligatoriu”.
refer-required-mark = (obligatoriu)
refer-errors-heading = A apărut o problemă
refer-errors-intro = Vă rugăm să verificați aceste răspunsuri. Tot ce ați scris este încă aici.
refer-rate-limited = Au fost trimise prea multe formulare de pe această conexiune. Așteptați un minut, apoi apăsați din nou „Trimiteți”. Nu s-a pierdut nimic din ce ați scris.
refer-rate-limited-again = Au fost trimise prea multe formulare de pe această conexiune. Așteptați un minut, reveniți la formular și apăsați din nou „Trimiteți”.
refer-unavailable = Nu am putut salva formularul chiar acum. Nu s-a pierdut nimic din ce ați scris. Apăsați din nou „Trimiteți” peste câteva momente sau sunați-ne.

# Are you safe right now?
refer-safe-now-self = Sunteți în siguranță acum?
refer-safe-now-other = Persoana este în siguranță acum?
refer-unsafe-heading = Cereți ajutor acum. Formularul rămâne aici.

# About the person and the person filling it in.
refer-about-you = Despre dumneavoastră
refer-about-person = Despre persoana pentru care faceți trimiterea
refer-about-your-work = Despre dumneavoastră și locul de muncă
field-name-self = Numele dumneavoastră
field-name-professional = Numele persoanei
field-name-friend-or-family = Numele dumneavoastră
field-name-hint = Este suficient prenumele. Puteți da orice nume pe care îl putem folosi fără risc.
field-relationship = Ce legătură aveți cu persoana pentru care vă faceți griji?
field-wants = Ce ați dori?
field-wants-advice = Sfaturi despre cum o puteți ajuta
field-wants-call-back = Să vă sunăm ca să vorbim despre asta
field-agency = Organizația dumneavoastră
field-role = Funcția dumneavoastră
field-work-contact = Telefonul sau e-mailul de serviciu
field-consent-legend = Consimțământ
field-consent = Persoana știe despre această trimitere și este de acord.
field-about = Ce ați vrea să știm?
field-about-hint = Spuneți-ne doar ce vreți. Puteți lăsa acest câmp gol.

# Safe contact.
refer-contact-legend-you = Cum vă putem contacta în siguranță?
refer-contact-legend-person = Cum putem contacta persoana în siguranță?
field-contact-method = Cum să luăm legătura?
field-contact-method-phone = Apel telefonic
field-contact-method-text = SMS
field-contact-method-email = E-mail
field-phone = Număr de telefon
field-email = Adresă de e-mail
field-voicemail-ok = Este sigur să lăsăm un mesaj vocal?
field-message-ok = Este sigur să trimitem un SMS sau un e-mail?
field-safe-times = Când este sigur să luăm legătura
field-safe-name = Un nume sigur pe care să-l cerem la telefon
field-safe-name-hint = Dacă răspunde altcineva, vom cere acest nume și nu vom spune cine suntem.
field-language = În ce limbă să vorbim?
field-language-other = Altă limbă
field-language-other-name = Dacă ați ales altă limbă, care este?
field-interpreter = Este nevoie de interpret?
field-access-needs = Există nevoi de accesibilitate?
field-access-needs-hint = De exemplu: un interpret de limbaj al semnelor britanic (BSL), text cu litere mari sau ajutor la citit.
field-children = Locuiesc copii în casă?
choice-yes = Da
choice-no = Nu
choice-unknown = Nu știu

# Optional questions about safety. Each one says why we ask it.
risk-legend = Întrebări despre siguranță (opțional)
risk-intro = Aceste întrebări ne ajută să hotărâm cât de repede să luăm legătura. Bifați tot ce este adevărat. Dacă completați formularul pentru altcineva, răspundeți în locul persoanei, dacă știți.
risk-frightened = Vă este foarte frică de persoana care vă rănește.
risk-frightened-why = Frica arată adesea cel mai bine cât de periculoasă este situația.
risk-injured = Ați suferit răni.
risk-injured-why = Rănile arată că violența este fizică și poate fi nevoie de un medic.
risk-getting-worse = Violența se întâmplă tot mai des sau se agravează.
risk-getting-worse-why = Violența care se agravează poate deveni periculoasă foarte repede.
risk-strangled = A încercat să vă strângă de gât, să vă sugrume sau să vă sufoce.
risk-strangled-why = Este unul dintre cele mai clare semne că viața cuiva poate fi în pericol.
risk-threat-to-kill = V-a amenințat că vă omoară pe dumneavoastră sau pe altcineva.
risk-threat-to-kill-why = Amenințările cu moartea trebuie luate întotdeauna în serios.
risk-weapons = A folosit o armă sau a amenințat că va folosi una.
risk-weapons-why = Când există o armă, riscul unei vătămări grave este mult mai mare.
risk-stalking = Vă urmărește, vă supraveghează sau vă contactează întruna.
risk-stalking-why = Urmărirea și hărțuirea vin adesea înaintea unei vătămări grave.
risk-separating = V-ați despărțit de curând de această persoană sau încercați să plecați.
risk-separating-why = Plecarea poate fi perioada cea mai periculoasă, de aceea o plănuim cu atenție împreună cu dumneavoastră.
risk-pregnant = Sunteți însărcinată sau ați născut în ultimele 18 luni.
risk-pregnant-why = Violența începe sau se agravează adesea în timpul sarcinii și după naștere.
risk-isolated = Vă ține departe de prieteni, de familie sau de bani.
risk-isolated-why = Izolarea vă face mai greu să cereți ajutor, așa că vom căuta căi sigure de a lua legătura cu dumneavoastră.

# Sending.
field-honeypot = Lăsați acest câmp gol
refer-send = Trimiteți
refer-send-hint = Formularul se salvează imediat ce apăsați „Trimiteți”.

# Field errors, shown next to the field and in a summary at the top.
form-error-required = Vă rugăm să răspundeți la această întrebare.
form-error-too-long = Răspunsul este prea lung. Vă rugăm să-l scurtați.
form-error-phone-needed = Scrieți un număr de telefon sau alegeți alt mod prin care să luăm legătura.
form-error-email-needed = Scrieți o adresă de e-mail sau alegeți alt mod prin care să luăm legătura.
form-error-phone = Scrieți numărul de telefon folosind doar cifre, spații și +, de exemplu 07700 900123.
form-error-email = Scrieți o adresă de e-mail de forma name@example.com.
form-error-work-contact = Scrieți un număr de telefon sau o adresă de e-mail de serviciu.
form-error-choice = Vă rugăm să alegeți una dintre variante.

# After sending.
refer-sent-title = Vă mulțumim. Am primit formularul.
refer-sent-safe = Vă lăsăm un mesaj doar dacă ne-ați spus că este sigur.
refer-sent-danger = Dacă sunteți în pericol până vă contactăm, sunați la 999.
refer-sent-exit = Puteți ieși oricând rapid de pe acest site cu butonul „Ieșire rapidă”.
refer-sent-home = Înapoi la pagina principală
