# The privacy notice and the accessibility statement, linked from the footer.
footer-privacy = Ochrana súkromia
footer-accessibility = Vyhlásenie o prístupnosti

privacy-title = Ochrana súkromia
privacy-intro = Táto stránka vysvetľuje, aké informácie táto webová stránka zbiera, prečo, kde sa uchovávajú, ako dlho a kto ich môže vidieť. Zbierame čo najmenej.
privacy-visit-heading = Keď si túto stránku len čítate
privacy-visit-cookies = Nepoužívame cookies, sledovanie ani analytiku a nič sa nenačítava z iných stránok.
privacy-visit-logs = Náš server si zapíše, ktorá stránka bola vyžiadaná a kedy, ale nie vašu internetovú adresu ani nič, čo napíšete.
privacy-visit-limits = Aby sme zabránili zneužitiu, počítame, ako často prichádzajú formuláre a chaty z toho istého pripojenia. Vaša internetová adresa sa na to drží len krátko v pamäti; čo ukladáme, je zakódovaný kód, nie adresa.
privacy-visit-browser = Váš prehliadač si však môže vašu návštevu uložiť do histórie.
privacy-forms-heading = Keď vyplníte formulár
privacy-forms-body = Každý formulár sa pýta len na to, čo poradca potrebuje, aby vás mohol bezpečne kontaktovať a pochopiť, čo sa deje:
privacy-forms-self = Za seba: meno, ktoré môžeme používať, ako a kedy vás môžeme bezpečne kontaktovať, váš jazyk a potreby prístupnosti, či s vami žijú deti, čo nám chcete povedať, a vaše odpovede na otázky o bezpečí.
privacy-forms-friend = Za priateľa alebo člena rodiny: vaše meno a kontakt, odkiaľ toho človeka poznáte a čo vás znepokojuje.
privacy-forms-professional = Od odborníka: vaše meno, organizácia, pracovná pozícia a pracovný kontakt, a údaje, situácia a odpovede o bezpečí odporúčanej osoby.
privacy-forms-why = Používame ich na to, aby sme vás kontaktovali, ponúkli vám pomoc a chránili vás aj vaše deti.
privacy-forms-retention = Po uzavretí vašej žiadosti ju uchovávame { $count ->
        [one] { $count } deň
        [few] { $count } dni
        [many] { $count } dňa
       *[other] { $count } dní
    }, potom sa vymaže.
privacy-forms-held = Ak náš filter spamu formulár zadrží, skontroluje ho vedúci pracovník. Vymaže sa najneskôr po { $count ->
        [one] { $count } dni
        [few] { $count } dňoch
        [many] { $count } dňa
       *[other] { $count } dňoch
    }.
privacy-chat-heading = Keď používate chat
privacy-chat-what = Chat sa nepýta na vaše meno. Uchováva váš jazyk a správy, ktoré píšete vy a poradca.
privacy-chat-device = Vo vašom zariadení si chat uchováva len to, čo potrebuje na opätovné pripojenie, a len v tejto karte prehliadača. Vymaže sa, keď kartu zavriete alebo stlačíte „{ quick-exit }“.
privacy-chat-referral = Ak súhlasíte, poradca môže z chatu vytvoriť žiadosť o pomoc.
privacy-chat-retention = Rozhovor sa vymaže { $count ->
        [one] { $count } deň
        [few] { $count } dni
        [many] { $count } dňa
       *[other] { $count } dní
    } po poslednej správe.
privacy-where-heading = Kde sa uchovávajú
privacy-where-body = Všetko sa uchováva v databáze služby (Redis). Mená, kontakty, správy a odpovede sa pred uložením šifrujú, takže bez kľúča služby sa nedajú prečítať. Nešifrovane ukladáme len to, čo treba na zoradenie žiadostí (druh formulára, jazyk, naliehavosť a časy).
privacy-who-heading = Kto ich môže vidieť
privacy-who-body = Len poradcovia služby a ich vedúci (administrátori), ktorí sa prihlasujú heslom a jednorazovým kódom. Poradca uvidí vaše údaje, až keď prevezme vašu žiadosť alebo chat, a každé otvorenie žiadosti sa zaznamená.
privacy-who-sharing = Vaše informácie nepredávame. Iným, napríklad polícii alebo sociálnym službám pre deti, ich odovzdáme len s vaším súhlasom, alebo bez neho, ak ide o niečí život alebo je ohrozené dieťa, ako to dovoľuje zákon.
privacy-rights-heading = Vaše práva
privacy-rights-body = Môžete požiadať o kópiu svojich informácií, o ich opravu alebo vymazanie. Kontaktujte službu a poradca vám pomôže.
privacy-rights-complain = Ak nie ste spokojní s tým, ako vaše informácie používame, môžete sa sťažovať na Information Commissioner's Office (ICO), britský úrad na ochranu údajov.

a11y-title = Vyhlásenie o prístupnosti
a11y-intro = Chceme, aby túto stránku mohol používať každý: na starom telefóne, s čítačkou obrazovky, len pomocou klávesnice alebo bez JavaScriptu.
a11y-standard-heading = Ako je táto stránka prístupná
a11y-standard-body = Snažíme sa spĺňať pravidlá WCAG 2.2 (Web Content Accessibility Guidelines) na úrovni AA. Stránka je v angličtine, urdčine, arabčine, poľštine, slovenčine a rumunčine. Stránky v urdčine a arabčine sa čítajú sprava doľava.
a11y-tested-heading = Ako to overujeme
a11y-tested-axe = Automatické kontroly nástrojom axe-core na každej stránke v každom jazyku.
a11y-tested-keyboard = Používanie stránok len pomocou klávesnice a kontrola, či je vždy vidieť, kde sa nachádzate.
a11y-tested-no-js = Používanie každej stránky s vypnutým JavaScriptom.
a11y-tested-semantics = Kontrola, či sú nadpisy, časti stránky, popisy polí formulára a odkazy označené pre čítačky obrazovky.
a11y-tested-rtl = Kontrola rozloženia sprava doľava v urdčine a arabčine.
a11y-limits-heading = Čo zatiaľ nefunguje dobre
a11y-limit-chat = Chat potrebuje JavaScript. Bez neho nám môžete zavolať alebo vyplniť formulár.
a11y-limit-screen-readers = Stránku sme ešte netestovali s ľuďmi, ktorí používajú čítačky obrazovky.
a11y-limit-formats = Stránky zatiaľ nie sú k dispozícii ako videá v britskom posunkovom jazyku (BSL) ani v ľahko čitateľnej podobe (Easy Read).
a11y-limit-translations = Nie všetky preklady už skontroloval rodený hovorca.
a11y-report-heading = Nahláste problém
a11y-report-body = Ak vám niečo na tejto stránke nefunguje alebo potrebujete informácie v inej podobe, dajte nám vedieť. Odpovieme a pokúsime sa to opraviť.
a11y-report-complain = Ak nie ste spokojní s našou odpoveďou, môžete sa obrátiť na Equality Advisory and Support Service (EASS).
