# The "Who can help" page: the service directory.
directory-title = Kto vám pomôže
directory-intro = Služby pre každého, koho zasiahlo domáce násilie. Vyberte, kto ste a ako sa chcete ozvať.
directory-filter-who = Pre koho?
directory-filter-how = Ako sa chcete ozvať?
directory-filter-apply = Zobraziť služby
directory-filter-clear = Zrušiť výber
directory-count = { $count ->
    [one] 1 služba
    [few] { $count } služby
    [many] { $count } služby
   *[other] { $count } služieb
}
directory-for = Pre koho
directory-area = Oblasť
directory-languages = Jazyky
status-always-open = Otvorené nonstop, 24 hodín denne
status-no-fixed-hours = Zavolajte a opýtajte sa, kedy majú čas
status-open-until = Teraz otvorené do { $time }
status-opens-today = Teraz zatvorené. Otvára sa dnes o { $time }
status-opens-tomorrow = Teraz zatvorené. Otvára sa zajtra o { $time }
status-opens-on = Teraz zatvorené. Otvára sa: { $day } o { $time }
weekday-mon = pondelok
weekday-tue = utorok
weekday-wed = streda
weekday-thu = štvrtok
weekday-fri = piatok
weekday-sat = sobota
weekday-sun = nedeľa
audience-everyone = Všetci
audience-women = Ženy
audience-men = Muži
audience-lgbt = LGBT+ ľudia
audience-young-people = Mladí ľudia
audience-deaf = Nepočujúci
audience-minority-ethnic = Etnické menšiny
audience-complex-needs = Ľudia so zložitými potrebami
audience-professionals = Odborníci
audience-perpetrators = Ľudia, ktorých trápi vlastné správanie
channel-phone = Telefón
channel-text = SMS
channel-webchat = Online chat
channel-web = Webová stránka
channel-email = E-mail
note-free = Hovor zadarmo
note-not-on-phone-bill = Nezobrazí sa vo vyúčtovaní
note-confidential = Dôverné
note-emergency-only = Len v núdzi
note-interpreters = K dispozícii sú tlmočníci
note-call-to-arrange = Podporu si dohodnete telefonicky
note-housing = Pomoc s bývaním
language-code-en = Angličtina
language-code-interpreter = Iné jazyky cez tlmočníka
service-rotherham-rise-offer = Jednotné kontaktné miesto pre pomoc pri domácom násilí v Rotherhame, pri akejkoľvek miere rizika. Linka pomoci, webová stránka a online chat. Vypočujú vás, pomôžu vám zostať v bezpečí a nájdu pre vás vhodnú podporu: individuálnu pomoc, skupiny, poradenstvo alebo podporu od ľudí s podobnou skúsenosťou.
service-rotherham-council-offer = Linka mestského úradu Rotherham pre domáce násilie. Poradia vám a sprostredkujú podporu, ktorú ponúka mesto.
service-daaos-offer = Terénna služba mesta pre ľudí, ktorým iné potreby, napríklad duševné problémy, drogy alebo alkohol, sťažujú využiť bežnú pomoc. Prídu za vami a zostanú s vami v kontakte. Nemá priame číslo: poradcovia Rotherham Rise sa s vami najprv porozprávajú a ak je pre vás vhodná, dohodnú ju.
service-south-yorkshire-police-emergency-offer = Ak ste teraz v nebezpečí, volajte 999. Ak nemôžete hovoriť, po výzve stlačte 55. Nepočujúci a ľudia, ktorí nemôžu hovoriť, môžu po registrácii v emergencySMS poslať SMS na 999.
service-south-yorkshire-police-offer = Ak nejde o núdzu, nahláste násilie polícii na čísle 101.
service-national-helpline-offer = Bezplatná a dôverná pomoc nonstop, každý deň. Pomôžu vám nájsť azylový dom.
service-mens-advice-line-offer = Rady a emocionálna podpora pre mužov, ktorí zažívajú násilie. Pomôžu im ochrániť seba aj svoje deti.
service-mankind-offer = Dôverná linka pomoci pre mužov, ktorí zažívajú násilie od partnerky, partnera alebo niekoho z rodiny.
service-uava-offer = Podpora pre každého od 13 rokov v Leicesteri, Leicestershire a Rutlande: linka pomoci, podpora len cez SMS, rady o bezpečí a bezpečné ubytovanie.
service-hope-project-offer = Podpora pre ľudí ohrozených domácim násilím, ktorí potrebujú bývanie a majú aj iné potreby. Zavolajte a zistite, či vám môžu pomôcť.
service-family-action-offer = Podpora pre rodiny v ťažkej situácii, napríklad pri domácom násilí, finančných starostiach alebo problémoch s duševným zdravím.
service-citizens-advice-offer = Bezplatné a nezávislé poradenstvo o peniazoch, dávkach, bývaní a vašich právach.
service-rothacs-offer = Poradenstvo a terapia pre ľudí v Rotherhame, ktorých zasiahlo násilie. Požiadať o ne môžete cez Rotherham Rise.
service-inspire-to-change-offer = Program v Rotherhame pre ľudí, ktorí chcú prestať ubližovať partnerovi alebo niekomu z rodiny.
service-respect-phoneline-offer = Dôverná linka pomoci pre ľudí, ktorých trápi ich vlastné správanie k partnerovi alebo niekomu z rodiny.

# Areas a service works in (the ids in data/services.toml's [areas]).
directory-scope = Služby pre ľudí v Rotherhame a služby, ktoré pôsobia v celom South Yorkshire, Anglicku alebo Spojenom kráľovstve. Služby, ktoré pôsobia len v iných oblastiach, tu nie sú.
directory-checked = Údaje naposledy overené
directory-reached-through = Nemá priame číslo: o túto pomoc požiadajte { $service }. Najprv sa s vami porozprávajú a ak je vhodná, dohodnú ju.
area-rotherham = Rotherham
area-south-yorkshire = South Yorkshire
area-rutland = Rutland
area-leicester-leicestershire-rutland = Leicester, Leicestershire a Rutland
area-england = Anglicko
area-england-and-wales = Anglicko a Wales
area-uk = Celé Spojené kráľovstvo
language-code-bsl = britský posunkový jazyk (BSL)

# National specialist services.
service-galop-offer = Celoštátna linka pomoci pre LGBT+ ľudí, ktorí zažívajú domáce násilie; odpovedajú na nej LGBT+ ľudia. Citová aj praktická podpora, aj pri násilí zo strany rodiny.
service-karma-nirvana-offer = Celoštátna linka pomoci pri násilí v mene takzvanej cti a pri nútených sobášoch, v akejkoľvek komunite. Pre ohrozených ľudí, pre tých, ktorí sa o niekoho boja, aj pre odborníkov.
service-forced-marriage-unit-offer = Vládny útvar pre nútené sobáše (Forced Marriage Unit). Pomoc, ak vás nútia do sobáša alebo sa toho bojíte, v Spojenom kráľovstve aj v zahraničí. Rady pre tých, ktorí sa o niekoho boja, aj pre odborníkov.
service-national-stalking-helpline-offer = Rady a podpora, ak vás niekto sleduje, pozoruje alebo vás stále kontaktuje, aj keď je to bývalý partner či partnerka.
service-rape-crisis-support-line-offer = Podpora pre každého od 16 rokov, koho zasiahlo znásilnenie, sexuálne násilie alebo sexuálne obťažovanie, bez ohľadu na to, kedy sa to stalo, nonstop. Zavolajte alebo píšte na chate na ich webovej stránke.
service-childline-offer = Bezplatná a dôverná pomoc pre deti a mladých ľudí do 19 rokov v čomkoľvek, čo ich trápi, aj pri násilí doma alebo vo vzťahu.
service-nspcc-helpline-offer = Pre dospelých, ktorí sa boja o dieťa, aj o dieťa, ktoré žije v domácnosti s domácim násilím. Rady pre rodičov, opatrovateľov a odborníkov.
service-signhealth-offer = Pomoc pri domácom násilí pre nepočujúcich, ktorú vedú nepočujúci pracovníci v britskom posunkovom jazyku. Kontakt cez ich webovú stránku.
