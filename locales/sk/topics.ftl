# "Help for your situation": the hub, its topic pages, and the extra 999 advice.
nav-help-for = Pomoc vo vašej situácii
door-need-help-topics = Pomoc vo vašej situácii: prenasledovanie, nútený sobáš, starší ľudia, ľudia so zdravotným postihnutím a ďalšie
help-for-title = Pomoc vo vašej situácii
help-for-intro = Domáce násilie sa môže stať komukoľvek. Tieto stránky vysvetľujú, ako môže vyzerať v rôznych situáciách, čo môžete urobiť a kto vám pomôže.
help-for-not-listed = Nie ste si istí, či to, čo sa vám deje, je násilie?
help-for-is-this-abuse = Prečítajte si o znakoch násilia
topic-signs-heading = Čoho si všímať
topic-do-heading = Čo môžete urobiť
topic-help-heading = Kto vám pomôže
topic-browse-safely-link = Ako chrániť svoj telefón a počítač
topic-accommodation-link = Bezpečné ubytovanie

# 999 advice, added to the emergency options.
emergency-cough = Ak po spojení s 999 nemôžete hovoriť, zakašlite alebo poklepte na telefón, aby operátor vedel, že potrebujete pomoc.
emergency-landline = Z pevnej linky číslo 55 nefunguje: zostaňte na linke, aj keď nemôžete hovoriť. Ak operátor počuje len zvuky v pozadí, spojí vás s políciou, ktorá vie zistiť, odkiaľ hovor z pevnej linky prichádza.

# Honour-based abuse and forced marriage
hba-title = Násilie v mene „cti“ a nútený sobáš
hba-intro = Násilie v mene „cti“ je násilie zo strany rodiny alebo komunity, ktorá tvrdí, že ste jej priniesli hanbu. Nútený sobáš je, keď vás nútia uzavrieť manželstvo bez vášho slobodného a úplného súhlasu. V Spojenom kráľovstve je oboje trestný čin a nikdy to nie je vaša vina.
hba-sign-control = Rodina rozhoduje, s kým sa stretávate, čo nosíte a či môžete študovať alebo pracovať.
hba-sign-threats = Vyhrážajú sa vám, bijú vás alebo vás nepustia z domu, pretože vraj „robíte rodine hanbu“.
hba-sign-marriage = Tlačia na vás, aby ste sa vydali alebo oženili, alebo aby ste si vzali niekoho, koho ste si nevybrali.
hba-sign-travel = Plánuje sa cesta do zahraničia a bojíte sa, že vás tam vydajú alebo oženia, alebo vás tam nechajú.
hba-do-tell = Povedzte to niekomu, komu dôverujete, mimo rodiny, napríklad učiteľovi, lekárovi alebo našim poradcom.
hba-do-travel = Ak sa bojíte, že vás odvezú do zahraničia, požiadajte o pomoc ešte pred cestou. Forced Marriage Unit pomáha aj britským občanom, ktorí už sú v zahraničí.
hba-do-documents = Ak môžete, uložte si kópiu pasu a ďalších dôležitých dokladov na bezpečné miesto.
hba-do-mediation = Nemusíte súhlasiť s rodinnou „mediáciou“. Môže vás vystaviť ešte väčšiemu nebezpečenstvu.
hba-help-body = Naši poradcovia rozumejú násiliu v mene „cti“ a môžu sa s vami rozprávať cez tlmočníka. Karma Nirvana prevádzkuje celoštátnu linku pomoci pri násilí v mene „cti“ a Forced Marriage Unit je súčasťou britskej vlády.

# Stalking and harassment
stalking-title = Prenasledovanie a obťažovanie
stalking-intro = Prenasledovanie (stalking) je, keď vás niekto stále sleduje, pozoruje alebo vás kontaktuje, hoci to nechcete, a máte z toho strach. Obťažovanie je opakované správanie, ktoré vás desí alebo trápi. Oboje je trestný čin. Prenasledovanie zo strany bývalého partnera je časté a môže byť nebezpečné.
stalking-sign-contact = Telefonáty, správy alebo darčeky, o ktoré ste nežiadali, stále dokola.
stalking-sign-following = Objavuje sa pri vašom dome, v práci alebo na miestach, kam chodíte, alebo čaká vonku.
stalking-sign-online = Sleduje vaše sociálne siete, sleduje polohu vášho telefónu alebo si zakladá falošné účty.
stalking-sign-others = Kontaktuje kvôli vám vašu rodinu, priateľov alebo zamestnávateľa.
stalking-do-record = Zapisujte si všetko: dátumy, časy, čo sa stalo, a robte snímky obrazovky. Polícii to pomôže.
stalking-do-no-contact = Neodpovedajte a nestretávajte sa s ním alebo s ňou. Každá odpoveď to môže predĺžiť.
stalking-do-devices = Skontrolujte, či v telefóne alebo v aute nie je sledovacie zariadenie, a zmeňte si heslá.
stalking-do-police = Nahláste to polícii. Súd môže tejto osobe zakázať, aby sa k vám približovala.
stalking-help-body = Naši poradcovia vám pomôžu naplánovať, ako zostať v bezpečí a ako to nahlásiť. National Stalking Helpline, ktorú prevádzkuje Suzy Lamplugh Trust, radí každému, koho niekto prenasleduje.

# Abuse after separation, and economic abuse
separation-title = Násilie po rozchode a ekonomické násilie
separation-intro = Násilie sa často nekončí spolu so vzťahom. Môže sa zhoršiť a obdobie odchodu býva najnebezpečnejšie. Ekonomické násilie je, keď niekto ovláda vaše peniaze alebo majetok, aby ste nemohli byť samostatní.
separation-sign-contact = Po rozchode vás stále kontaktuje, sleduje alebo sa vám vyhráža.
separation-sign-children = Využíva stretnutia s deťmi alebo súd, aby vás zastrašil alebo ovládal.
separation-sign-money = Berie vám peniaze, nedovolí vám pracovať alebo vás núti platiť za všetko.
separation-sign-debt = Robí dlhy na vaše meno alebo odmieta platiť na deti.
separation-do-plan = S poradcom si naplánujte, ako odísť alebo ako zostať v bezpečí. Odchod je rizikové obdobie, preto ho plánujte starostlivo.
separation-do-bank = Založte si bankový účet, o ktorom nevie, a zmeňte si heslá a PIN kódy.
separation-do-records = Uchovávajte správy, doklady o platbách a záznamy o vyhrážkach.
separation-do-advice = Poraďte sa o peniazoch, dlhoch, dávkach, bývaní a starostlivosti o deti. Citizens Advice pomáha s peniazmi a dlhmi.
separation-help-body = Naši poradcovia vám pomôžu s bezpečím, bývaním aj súdom. Surviving Economic Abuse je celoštátna organizácia, ktorá radí v otázkach peňazí a násilia.

# Young people in their own relationships
young-title = Mladí ľudia: násilie vo vašom vzťahu
young-intro = Násilie sa môže stať v každom vzťahu a v každom veku. Ak sa pri človeku, s ktorým chodíte, cítite vystrašení, ovládaní alebo zle sami zo seba, nie je to v poriadku a nie je to vaša vina.
young-sign-phone = Kontroluje vám telefón, chce vaše heslá alebo sa hnevá, keď neodpíšete hneď.
young-sign-friends = Určuje vám, s kým sa môžete stretávať alebo čo si máte obliecť.
young-sign-pressure = Tlačí na vás, aby ste mali sex alebo poslali nahé fotky.
young-sign-threats = Vyhráža sa, že zverejní vaše fotky, ublíži vám alebo sebe, ak odídete.
young-do-trust = Porozprávajte sa s niekým, komu dôverujete: s kamarátom, niekým z rodiny, učiteľom alebo školskou zdravotnou sestrou.
young-do-photos = Zdieľať vaše nahé fotky alebo sa tým vyhrážať je trestný čin. Môžete to nahlásiť a požiadať o odstránenie fotiek.
young-do-safe = Ak sa s ním alebo s ňou stretávate, povedzte niekomu, kam idete.
young-help-body = Naša služba pomáha aj mladým ľuďom a môžete sa s nami porozprávať. Ak máte menej ako 19 rokov, Childline je bezplatná a dôverná, telefonicky aj online.
young-directory-link = Pomoc pre mladých ľudí

# Older people
older-title = Starší ľudia
older-intro = Domáce násilie sa deje aj starším ľuďom. Môže prichádzať od dlhoročného partnera, od dospelých detí či vnúčat alebo od iných členov rodiny. Je to násilie, aj keď sa o vás ten človek zároveň stará.
older-sign-money = Niekto vám berie dôchodok alebo úspory, alebo vás núti podpisovať papiere.
older-sign-care = Niekto, kto sa o vás stará, vás zanedbáva, ubližuje vám alebo vám nedáva lieky.
older-sign-isolation = Nedovolí vám stretávať sa s priateľmi, ísť k lekárovi alebo chodiť von.
older-sign-fear = Bojíte sa niekoho, s kým bývate, alebo sa mu bojíte povedať nie.
older-do-tell = Povedzte to niekomu, komu dôverujete, napríklad lekárovi, zdravotnej sestre alebo opatrovateľovi.
older-do-council = Tím sociálnej starostlivosti o dospelých na mestskom úrade (adult social care) vám pomôže zostať v bezpečí. Spolupracuje s vami a pýta sa, čo chcete vy.
older-do-money = Ak vám niekto berie peniaze, banka môže váš účet lepšie zabezpečiť.
older-help-body = Naši poradcovia pomáhajú ľuďom v každom veku, telefonicky alebo osobne. Hourglass prevádzkuje celoštátnu linku pomoci pri násilí na starších ľuďoch.

# Children living with domestic abuse
children-title = Deti, ktoré žijú s domácim násilím
children-intro = Deti, ktoré žijú v domácnosti s násilím, sú tiež jeho obeťami, aj keď im nikto priamo neubližuje. Vidia, počujú a cítia, čo sa deje. S pomocou sa deti môžu dobre zotaviť.
children-affected-heading = Ako to môže deti ovplyvniť
children-sign-fear = Sú vystrašené, úzkostné alebo sa vás stále držia, alebo zle spia.
children-sign-behaviour = Sú nahnevané alebo veľmi tiché, alebo sa správajú ako mladšie deti.
children-sign-school = Majú problémy v škole alebo do nej nechcú chodiť.
children-sign-blame = Myslia si, že je to ich vina, alebo sa vás snažia chrániť.
children-do-heading = Čo môžete urobiť ako rodič
children-do-talk = Povedzte im, že to nie je ich vina, a počúvajte ich, keď chcú hovoriť.
children-do-plan = Urobte si s nimi jednoduchý bezpečnostný plán: bezpečné miesto a ako zavolať na 999.
children-do-school = Dajte vedieť škole alebo škôlke, aby mohli vaše dieťa podporiť.
children-do-help = Vyhľadajte pomoc aj pre seba. Keď ste v bezpečí vy, pomáha to chrániť aj ich.
children-services-heading = Sociálne služby pre deti sú tu, aby pomohli
children-services-body = Veľa rodičov sa bojí, že ak požiadajú o pomoc, vezmú im deti. Sociálne služby pre deti (children's services) chcú, aby deti zostali v bezpečí s rodičom, ktorý násilie nepácha. Spolupracujú s vami a umiestnenie dieťaťa mimo domova je až posledná možnosť. Keď nám poviete o svojich deťoch, ľahšie nájdeme správnu pomoc pre vás všetkých.
children-help-body = Naša služba pomáha nielen dospelým, ale aj deťom a mladým ľuďom. S Childline sa deti a mladí ľudia môžu rozprávať bezplatne a NSPCC pomáha dospelým, ktorí sa o nejaké dieťa boja.

# LGBT+ people
lgbt-title = LGBT+ ľudia
lgbt-intro = Domáce násilie sa deje aj vo vzťahoch a rodinách LGBT+ ľudí. Zaslúžite si pomoc, ktorá vám rozumie, nech ste ktokoľvek a nech milujete kohokoľvek.
lgbt-sign-outing = Vyhráža sa, že povie ostatným o vašej sexuálnej orientácii alebo rodovej identite.
lgbt-sign-identity = Hovorí, že nie ste „skutočný“ muž, „skutočná“ žena alebo „skutočný“ LGBT+ človek, alebo ovláda, ako prejavujete svoj rod.
lgbt-sign-medication = Nedovolí vám brať hormóny alebo dostať inú zdravotnú starostlivosť, ktorú potrebujete.
lgbt-sign-isolation = Hovorí vám, že vám nikto nepomôže, lebo ste LGBT+, alebo vás odrezáva od priateľov a komunity.
lgbt-do-talk = Porozprávajte sa so službou, ktorej dôverujete. Sami rozhodujete, čo nám o sebe poviete.
lgbt-do-family = Aj násilie zo strany rodiny pre to, kým ste, je domáce násilie, rovnako ako nútený sobáš.
lgbt-do-record = Zapisujte si, čo sa deje, a dôležité doklady majte na bezpečnom mieste.
lgbt-help-body = Naša služba pomáha LGBT+ ľuďom. Galop prevádzkuje celoštátnu linku pomoci pre LGBT+ ľudí, ktorí čelia násiliu.
lgbt-directory-link = Pomoc pre LGBT+ ľudí

# Disabled and Deaf people
disabled-title = Ľudia so zdravotným postihnutím a nepočujúci ľudia
disabled-intro = Ľudia so zdravotným postihnutím a nepočujúci ľudia zažívajú domáce násilie častejšie a ťažšie sa dostávajú k pomoci. Násilie môže páchať partner, niekto z rodiny alebo niekto, kto sa o vás stará.
disabled-sign-care = Odmieta vám pomôcť so starostlivosťou, jedlom alebo liekmi, alebo vám pri pomoci ubližuje.
disabled-sign-equipment = Berie vám vozík, načúvací prístroj, telefón alebo iné pomôcky.
disabled-sign-money = Ovláda vaše dávky alebo peniaze.
disabled-sign-communication = Bráni vám komunikovať alebo za vás „tlmočí“, takže nemôžete hovoriť sami za seba.
disabled-contact-heading = Pomoc v BSL alebo cez text
disabled-contact-bsl = 999 BSL je bezplatná aplikácia a webová stránka, ktorá vás spojí s 999 cez tlmočníka britského posunkového jazyka (BSL).
disabled-contact-sms = Na 999 môžete poslať SMS, keď sa zaregistrujete v službe emergencySMS.
disabled-contact-helpline = National Domestic Abuse Helpline je dostupná v BSL cez svoju webovú stránku.
disabled-contact-us = Povedzte nám, ako chcete komunikovať, napríklad cez tlmočníka BSL, SMS alebo e-mailom, a my to zariadime.
disabled-contact-relay = Relay UK: ak sa chcete na 999 dovolať písaním, použite aplikáciu Relay UK alebo textový telefón a vytočte
disabled-do-tell = Povedzte to niekomu, komu dôverujete, napríklad lekárovi, sociálnemu pracovníkovi alebo asistentovi.
disabled-do-council = Ak vám ubližuje váš opatrovateľ, tím sociálnej starostlivosti o dospelých na mestskom úrade (adult social care) vám pomôže zostať v bezpečí a zariadi inú starostlivosť.
disabled-help-body = Naši poradcovia sa s vami môžu rozprávať telefonicky, cez chat alebo s tlmočníkom. Služby pre nepočujúcich ľudí nájdete v našom zozname.
disabled-directory-link = Pomoc pre nepočujúcich ľudí
