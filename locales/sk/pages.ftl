# "Is this abuse?"
abuse-title = Je to násilie?
abuse-intro = Domáce násilie je, keď vám partner, bývalý partner alebo niekto z rodiny ubližuje, straší vás alebo vás ovláda. Môže sa to stať raz alebo opakovane. Nejde len o bitie.
abuse-physical-heading = Fyzické násilie
abuse-physical-body = Bije vás, kope, udiera päsťou, páli alebo škrtí. Bráni vám ísť k lekárovi. Ubližuje vašim zvieratám.
abuse-sexual-heading = Sexuálne násilie
abuse-sexual-body = Núti vás k sexu alebo k sexuálnym praktikám, ktoré nechcete. Tlačí na vás, aby ste mali nechránený sex. Ubližuje vám počas sexu.
abuse-control-heading = Kontrolujúce správanie
abuse-control-body = Každý deň sleduje, čo robíte. Drží vás ďalej od priateľov a rodiny. Berie vám lieky. Ovláda vás cez vaše deti. Vyhráža sa, že prezradí súkromné veci o vás.
abuse-emotional-heading = Psychické násilie
abuse-emotional-body = Vyvoláva vo vás strach, pocit bezcennosti alebo zmätok. Obracia proti vám vaše deti alebo priateľov. Uráža vás, v súkromí aj pred inými.
abuse-economic-heading = Finančné a ekonomické násilie
abuse-economic-body = Berie vám peniaze alebo ich kontroluje. Nedovolí vám pracovať. Nenechá vám na jedlo, oblečenie, dopravu ani na účty.
abuse-verbal-heading = Verbálne násilie
abuse-verbal-body = Opakovane na vás kričí. Smeje sa vám, zosmiešňuje vás alebo sa vám vyhráža. Robí si posmech z vášho tela, postihnutia, pohlavia alebo sexuality.
abuse-online-heading = Násilie online a cez telefón
abuse-online-body = Kontroluje váš telefón, e-mail alebo sociálne siete. Sleduje, kde ste. Zverejňuje vaše súkromné fotky alebo videá, alebo sa vyhráža, že ich zverejní.
abuse-children-heading = Násilie zasahuje aj deti
abuse-children-body = Deti, ktoré doma násilie vidia alebo počujú, sú tiež obeťami. Pomoc je tu pre ne aj pre vás.
abuse-not-your-fault-heading = Nie je to vaša vina
abuse-not-your-fault-body = Nikto si nezaslúži násilie. Ak vám niečo z toho znie povedome, môžete sa o tom dôverne s niekým porozprávať.

# "Browse safely"
safely-title = Bezpečné prehliadanie
safely-intro = Ak vám niekto kontroluje telefón alebo počítač, tieto kroky vám pomôžu udržať návštevu v tajnosti. Žiadny spôsob však nie je stopercentný.
safely-exit-heading = Rýchlo opustite stránku
safely-exit-body = Hore na každej stránke stlačte „Opustiť stránku“ alebo 3-krát stlačte kláves Shift. Obrazovka sa vyprázdni a otvorí sa stránka s počasím. Tlačidlom Späť sa sem nevrátite. Funguje to len so zapnutým JavaScriptom: ak je v prehliadači vypnutý, stránky, ktoré ste tu videli, zostanú pod tlačidlom Späť aj v histórii – vymažte ich podľa návodu na tejto stránke.
safely-history-heading = História prehliadania
safely-history-body = Váš prehliadač si ukladá zoznam stránok, ktoré navštívite.
safely-history-private = Použite súkromné okno (inkognito). Po zatvorení si históriu neuchová.
safely-history-clear = Ak súkromné okno použiť nemôžete, potom túto stránku vymažte z histórie.
safely-history-selective = Vymazanie celej histórie môže pôsobiť podozrivo. Bezpečnejšie môže byť vymazať len stránky o násilí.
safely-devices-heading = Telefóny, počítače a účty
safely-devices-shared = Ak zariadenie s niekým zdieľate, ten človek môže vidieť, čo ste si pozerali.
safely-devices-accounts = Skontrolujte, či nie je niekto iný prihlásený do vášho e-mailu alebo sociálnych sietí. Zmeňte heslá, ktoré môže poznať.
safely-devices-location = Váš telefón môže zdieľať vašu polohu. Skontrolujte nastavenia polohy a aplikácie, ktoré nepoznáte.
safely-devices-other = Ak neviete, či je vaše zariadenie bezpečné, použite telefón priateľa alebo počítač v knižnici či v práci.
safely-phone-heading = Hovory a vyúčtovanie telefónu
safely-phone-body = Mnohé linky pomoci sú bezplatné a vo vyúčtovaní sa nezobrazia. Túto informáciu nájdete v zozname služieb. Číslo môžete aj vymazať z histórie hovorov.

# "Worried about your own behaviour?"
behaviour-title = Trápi vás vaše vlastné správanie?
behaviour-intro = Ak ste ublížili partnerovi alebo niekomu z rodiny, strašili ich či ovládali, alebo sa bojíte, že by ste mohli, môžete dostať pomoc, aby ste sa zmenili.
behaviour-signs-heading = Pomoc sa vám môže hodiť, ak
behaviour-sign-control = kontrolujete alebo sa snažíte určovať, s kým sa partner stretáva a kam chodí
behaviour-sign-anger = strácate nervy, kričíte, rozbíjate veci alebo udierate
behaviour-sign-fear = vidíte, že sa vás partner alebo deti boja
behaviour-sign-blame = za svoje správanie viníte iných
behaviour-respect-heading = Respect Phoneline
behaviour-respect-body = Dôverná linka pomoci pre ľudí, ktorých trápi ich vlastné správanie k partnerovi alebo niekomu z rodiny. Poradí vám a povie vám o programoch vo vašom okolí.
behaviour-inspire-heading = Inspire to Change
behaviour-inspire-body = Program v Rotherhame pre ľudí, ktorí chcú prestať s násilím. Vedie ho organizácia Cranstoun. Prebieha v skupine aj individuálne.
behaviour-danger-heading = Ak je niekto v nebezpečí
behaviour-danger-body = Ak si myslíte, že je niekto práve teraz v nebezpečí, volajte 999.

# "Safe places to stay"
accommodation-title = Bezpečné ubytovanie
accommodation-intro = Ak pre vás nie je bezpečné zostať doma, môžete ísť na bezpečné miesto. Ak chcete zostať doma, pomôžeme vám, aby tam bolo bezpečnejšie.
accommodation-types-heading = Druhy bezpečného ubytovania
accommodation-refuge = Azylový dom (refuge): bezpečný dom, kde môžu bývať ženy s deťmi a kde im pomáha personál.
accommodation-dispersed = Samostatné ubytovanie: vlastný bezpečný byt alebo dom s rovnakou podporou ako v azylovom dome.
accommodation-sanctuary = Zabezpečenie domova (sanctuary scheme): do vášho domu namontujú ďalšie zámky a zabezpečenie, aby ste tam mohli bezpečne zostať.
accommodation-specialist = Špecializované ubytovanie: napríklad pre ľudí z etnických menšín, LGBT+ ľudí, ľudí so zdravotným postihnutím alebo s inými potrebami.
accommodation-move-on = Prechodné ubytovanie: bývanie s menšou podporou po odchode z azylového domu, kým nezískate trvalý domov.
accommodation-emergency = Núdzové ubytovanie: bezpečné miesto na krátky čas, kým sa rozhodnete, čo ďalej.
accommodation-children-heading = Deti
accommodation-children-body = Deti môžu ísť s vami. Aj ony môžu dostať vlastnú podporu, napríklad terapiu hrou.
accommodation-ask-heading = Ako požiadať o bezpečné miesto
accommodation-ask-body = Zavolajte na niektorú z týchto liniek. Prejdú s vami vaše možnosti a pomôžu vám nájsť miesto.

# "For professionals"
professionals-title = Pre odborníkov
professionals-intro = Rotherham Rise je jednotné kontaktné miesto pre pomoc pri domácom násilí v Rotherhame, pri akejkoľvek miere rizika. Klienta môže odporučiť každý odborník.
professionals-how-heading = Ako odporučiť klienta
professionals-how-body = Použite náš online formulár alebo klienta odporučte telefonicky cez linku pomoci.
professionals-how-link = Odporučiť klienta online
professionals-consent-heading = Súhlas
professionals-consent-body = Pred odporučením sa opýtajte dotyčného človeka.
professionals-consent-ask = Povedzte mu, kam a prečo ho odporúčate, a opýtajte sa, či súhlasí.
professionals-consent-safe = Opýtajte sa, ako a kedy ho môžete bezpečne kontaktovať a či je bezpečné poslať mu správu alebo nechať odkaz v hlasovej schránke.
professionals-include-heading = Čo uviesť
professionals-include-contact = Bezpečný spôsob a bezpečný čas, kedy človeka kontaktovať.
professionals-include-language = Jeho jazyk a či potrebuje tlmočníka alebo inú podporu, napríklad britský posunkový jazyk.
professionals-include-children = Či v domácnosti žijú deti.
professionals-include-risk = Čo viete o riziku, ktoré mu teraz hrozí.
professionals-high-risk-heading = Keď je riziko vysoké
professionals-high-risk-body = Keď človeku hrozí vysoké riziko vážnej ujmy, pracuje s ním špecializovaný poradca. Jeho prípad môžu prebrať na stretnutí miestnych inštitúcií, ktoré plánuje, ako ho ochrániť. V Rotherhame sa toto stretnutie volá MARAC.
professionals-what-next-heading = Čo bude ďalej
