# Referral forms: "ask us to contact you", for yourself, as a professional, or for someone else.
refer-title = Požiadajte, aby sme sa vám ozvali
refer-heading = Požiadajte, aby sme sa vám ozvali
refer-lead = Vyplňte tento formulár a poradca sa vám bezpečne ozve. Je to bezplatné a dôverné. Čokoľvek nám nechcete povedať, môžete vynechať.
refer-choose = Kto vypĺňa tento formulár?
refer-path-self = Pre seba
refer-path-self-body = Chcete podporu pre seba.
refer-path-professional = Ako odborník
refer-path-friend-or-family = Pre priateľa alebo niekoho z rodiny
refer-path-friend-or-family-body = Bojíte sa o niekoho a chcete radu alebo telefonát od nás.
refer-form-title-self = Požiadajte o podporu pre seba
refer-form-title-professional = Odporučte niekoho ako odborník
refer-form-title-friend-or-family = Získajte radu, ak sa o niekoho bojíte
refer-other-forms = Nie je to správny formulár? Vyberte iný
refer-optional-note = Odpovedať musíte len na otázky označené ako „povinné“.
refer-required-mark = (povinné)
refer-errors-heading = Vyskytol sa problém
refer-errors-intro = Skontrolujte, prosím, tieto odpovede. Všetko, čo ste napísali, tu stále je.
refer-rate-limited = Z tohto pripojenia prišlo príliš veľa formulárov. Počkajte, prosím, minútu a potom znova stlačte „Odoslať“. Nič z toho, čo ste napísali, sa nestratilo.
refer-rate-limited-again = Z tohto pripojenia prišlo príliš veľa formulárov. Počkajte, prosím, minútu, vráťte sa k formuláru a znova stlačte „Odoslať“.
refer-unavailable = Formulár sa nám teraz nepodarilo uložiť. Nič z toho, čo ste napísali, sa nestratilo. O chvíľu znova stlačte „Odoslať“ alebo nám zavolajte.

# Are you safe right now?
refer-safe-now-self = Ste teraz v bezpečí?
refer-safe-now-other = Je ten človek teraz v bezpečí?
refer-unsafe-heading = Získajte pomoc hneď. Váš formulár tu zostane.

# About the person and the person filling it in.
refer-about-you = O vás
refer-about-person = O človeku, ktorého odporúčate
refer-about-your-work = O vás a vašej práci
field-name-self = Vaše meno
field-name-professional = Meno tohto človeka
field-name-friend-or-family = Vaše meno
field-name-hint = Stačí krstné meno. Môže to byť akékoľvek meno, ktoré môžeme bezpečne používať.
field-relationship = Odkiaľ poznáte človeka, o ktorého sa bojíte?
field-wants = Čo by ste chceli?
field-wants-advice = Radu, ako pomôcť
field-wants-call-back = Telefonát, aby sme sa o tom porozprávali
field-agency = Vaša organizácia
field-role = Vaša pracovná pozícia
field-work-contact = Váš pracovný telefón alebo e-mail
field-consent-legend = Súhlas
field-consent = Tento človek o odporučení vie a súhlasí s ním.
field-about = Čo by ste nám chceli povedať?
field-about-hint = Napíšte len to, čo chcete. Toto pole môžete nechať prázdne.

# Safe contact.
refer-contact-legend-you = Ako vás môžeme bezpečne kontaktovať?
refer-contact-legend-person = Ako môžeme toho človeka bezpečne kontaktovať?
field-contact-method = Ako sa máme ozvať?
field-contact-method-phone = Telefonát
field-contact-method-text = SMS
field-contact-method-email = E-mail
field-phone = Telefónne číslo
field-email = E-mailová adresa
field-voicemail-ok = Je bezpečné nechať odkaz v hlasovej schránke?
field-message-ok = Je bezpečné poslať SMS alebo e-mail?
field-safe-times = Bezpečný čas na kontakt
field-safe-name = Bezpečné meno, na ktoré sa máme pýtať
field-safe-name-hint = Ak telefón zdvihne niekto iný, spýtame sa na toto meno a nepovieme, kto sme.
field-language = V akom jazyku máme komunikovať?
field-language-other = Iný jazyk
field-language-other-name = Ak iný jazyk, aký?
field-interpreter = Je potrebný tlmočník?
field-access-needs = Je potrebná nejaká osobitná pomoc?
field-access-needs-hint = Napríklad tlmočník do britského posunkového jazyka (BSL), veľké písmo alebo pomoc s čítaním.
field-children = Žijú v domácnosti deti?
choice-yes = Áno
choice-no = Nie
choice-unknown = Neviem

# Optional questions about safety. Each one says why we ask it.
risk-legend = Otázky o bezpečnosti (nepovinné)
risk-intro = Podľa týchto otázok sa rozhodneme, ako rýchlo sa vám ozveme. Označte všetko, čo platí. Ak formulár vypĺňate za niekoho iného, odpovedzte za tohto človeka, ak to viete.
risk-frightened = Veľmi sa bojíte človeka, ktorý vám ubližuje.
risk-frightened-why = Strach často najlepšie ukazuje, aké veľké je nebezpečenstvo.
risk-injured = Utrpeli ste zranenie.
risk-injured-why = Zranenia ukazujú, že ide o fyzické násilie, a možno budete potrebovať lekára.
risk-getting-worse = Násilie je čoraz častejšie alebo horšie.
risk-getting-worse-why = Keď sa násilie zhoršuje, môže sa rýchlo stať nebezpečným.
risk-strangled = Ten človek sa vás pokúsil škrtiť, dusiť alebo vám zabrániť dýchať.
risk-strangled-why = Je to jeden z najvážnejších znakov, že môže ísť o život.
risk-threat-to-kill = Ten človek sa vyhrážal, že zabije vás alebo niekoho iného.
risk-threat-to-kill-why = Vyhrážky zabitím treba brať vždy vážne.
risk-weapons = Ten človek použil zbraň alebo sa vyhrážal, že ju použije.
risk-weapons-why = Zbraň výrazne zvyšuje riziko vážnej ujmy.
risk-stalking = Prenasleduje vás, sleduje vás alebo sa vám neustále ozýva.
risk-stalking-why = Prenasledovanie často predchádza vážnej ujme.
risk-separating = Nedávno ste od toho človeka odišli alebo sa snažíte odísť.
risk-separating-why = Odchod môže byť najnebezpečnejšie obdobie, preto ho s vami starostlivo naplánujeme.
risk-pregnant = Ste tehotná alebo ste za posledných 18 mesiacov porodili.
risk-pregnant-why = Násilie často začína alebo sa zhoršuje počas tehotenstva a po pôrode.
risk-isolated = Drží vás ďalej od priateľov, rodiny alebo peňazí.
risk-isolated-why = Bez kontaktu s inými je ťažšie získať pomoc, preto hľadáme bezpečný spôsob, ako sa k vám dostať.

# Sending.
field-honeypot = Toto pole nechajte prázdne
refer-send = Odoslať
refer-send-hint = Formulár sa uloží hneď, ako stlačíte „Odoslať“.

# Field errors, shown next to the field and in a summary at the top.
form-error-required = Odpovedzte, prosím, na túto otázku.
form-error-too-long = Táto odpoveď je príliš dlhá. Skráťte ju, prosím.
form-error-phone-needed = Uveďte, prosím, telefónne číslo alebo vyberte iný spôsob kontaktu.
form-error-email-needed = Uveďte, prosím, e-mailovú adresu alebo vyberte iný spôsob kontaktu.
form-error-phone = Zadajte telefónne číslo len s číslicami, medzerami a znakom +, napríklad 07700 900123.
form-error-email = Zadajte e-mailovú adresu v tvare name@example.com.
form-error-work-contact = Zadajte pracovné telefónne číslo alebo e-mailovú adresu.
form-error-choice = Vyberte, prosím, jednu z možností.

# After sending.
refer-sent-title = Ďakujeme. Váš formulár sme dostali.
refer-sent-safe = Odkaz vám necháme, len ak ste uviedli, že je to bezpečné.
refer-sent-danger = Ak budete v nebezpečí skôr, ako sa vám ozveme, volajte 999.
refer-sent-exit = Túto stránku môžete kedykoľvek rýchlo opustiť tlačidlom „Opustiť stránku“.
refer-sent-home = Späť na úvodnú stránku
