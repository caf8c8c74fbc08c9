# Shared parts of every page: the language's own name, quick exit, navigation, footer.
language-name = Slovenčina
site-name = Pomoc pri domácom násilí v Rotherhame
skip-to-content = Preskočiť na hlavný obsah
quick-exit = Opustiť stránku
quick-exit-hint = Alebo 3-krát stlačte kláves Shift
quick-exit-shift-1 = Shift ste stlačili raz. Stlačte ho ešte 2-krát a prejdete z tejto stránky na inú.
quick-exit-shift-2 = Shift ste stlačili dvakrát. Stlačte ho ešte raz a prejdete z tejto stránky na inú.
quick-exit-skip = Okamžite opustiť stránku
nav-label = Hlavné menu
nav-directory = Kto vám pomôže
nav-is-this-abuse = Je to násilie?
nav-browse-safely = Bezpečné prehliadanie
nav-safe-accommodation = Bezpečné ubytovanie
nav-your-behaviour = Trápi vás vaše správanie?
nav-professionals = Pre odborníkov
language-picker-label = Vyberte jazyk
footer-emergency = V núdzi volajte
not-found-title = Stránka sa nenašla
not-found-body = Túto stránku sme nenašli. Adresa môže byť nesprávna.
not-found-home = Prejsť na úvodnú stránku

# Emergency options, shown on many pages.
emergency-heading = Ste v nebezpečí?
emergency-999 = Volajte 999 a požiadajte o políciu.
emergency-55 = Ak nemôžete hovoriť, zavolajte z mobilu na 999, počúvajte a potom stlačte 55. Polícia tak bude vedieť, že ide o skutočný hovor.
emergency-sms = Ak nepočujete alebo nemôžete hovoriť, môžete na 999 poslať SMS. Najprv sa musíte zaregistrovať v službe emergencySMS: pošlite na 999 SMS so slovom „register“.
emergency-relay = Ak používate Relay UK, tiesňové služby zavoláte na 18000.

# Phone lines named on many pages.
phone-rise = Linka pomoci Rotherham Rise:
phone-national = National Domestic Abuse Helpline (celoštátna linka pomoci pri domácom násilí), nonstop, bezplatná:
phone-council = Linka mestského úradu Rotherham pre domáce násilie:
phone-respect = Respect Phoneline (bezplatná):
see-directory = Pozrite si všetky služby, ktoré vám môžu pomôcť

# The home page.
home-title = Pomoc pri domácom násilí v Rotherhame
home-heading = Získajte pomoc pri domácom násilí
home-lead = Nie ste v tom sami. Pomáhame každému, koho zasiahlo domáce násilie: ženám, mužom, mladým ľuďom aj rodinám. Pomoc je bezplatná a dôverná.
safe-now-question = Ste teraz v bezpečí?
safe-now-yes = Áno, som v bezpečí
safe-now-no = Nie, nie som v bezpečí
safe-now-unsafe-heading = Získajte pomoc hneď
safe-now-safe-reply = To je dobre. Nikam sa neponáhľajte a nižšie si vyberte, čo sa vás týka.
doors-heading = Vyberte, čo sa vás týka
door-need-help = Potrebujem pomoc
door-need-help-body = Niekto blízky vám ubližuje, straší vás alebo vás ovláda.
door-need-help-talk = Porozprávajte sa s niekým
door-need-help-directory = Nájdite pomoc vo vašom okolí
door-need-help-abuse = Je to, čo sa deje, násilie?
door-worried = Bojím sa o niekoho
door-worried-body = Myslíte si, že niekto z vašich priateľov alebo rodiny zažíva násilie.
door-worried-signs = Znaky násilia
door-worried-talk = Poradíme vám, ako pomôcť
door-professional = Som odborník
door-professional-body = Pracujete s niekým, kto potrebuje podporu.
door-professional-refer = Ako k nám niekoho odporučiť
door-professional-directory = Služby pre odborníkov
talk-heading = Porozprávajte sa s niekým
talk-phone = Môžete nám zavolať. Poradcovia vás vypočujú a nebudú vás súdiť.
talk-referral = Môžete nás tiež požiadať, aby sme sa vám ozvali v čase, keď je to pre vás bezpečné.
talk-referral-link = Požiadajte, aby sme sa vám ozvali
home-browse-safely = Ako používať túto stránku bezpečnejšie
