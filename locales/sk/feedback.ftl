# „Pomohlo vám to?“ (po chate a po žiadosti), nepovinné otázky „o vás“ (sledovanie
# rovného prístupu, kategórie sčítania ONS 2021) a čo o nich hovorí informácia o ochrane súkromia.

feedback-question = Pomohlo vám to?
feedback-intro = Nemusíte odpovedať. Nevieme, kto ste, a vaša odpoveď sa nepridáva k vášmu chatu ani žiadosti.
feedback-helped-yes = Áno
feedback-helped-partly = Trochu
feedback-helped-no = Nie
feedback-comment-label = Čo nám chcete povedať (nepovinné)
feedback-comment-hint = Najviac { $count ->
        [one] { $count } znak
        [few] { $count } znaky
        [many] { $count } znaku
       *[other] { $count } znakov
    }. Prosím, nepíšte svoje meno ani kontaktné údaje.
feedback-send = Poslať odpoveď
feedback-error-no-answer = Pred odoslaním vyberte odpoveď na otázku „Pomohlo vám to?“.
feedback-error-too-long = Komentár je príliš dlhý. Skráťte ho najviac na { $count ->
        [one] { $count } znak
        [few] { $count } znaky
        [many] { $count } znaku
       *[other] { $count } znakov
    }. Všetko, čo ste napísali, tu stále je.
feedback-error-expired = Táto stránka bola otvorená veľmi dlho, preto pošlite odpoveď znova. Všetko, čo ste napísali, tu stále je.
feedback-error-unavailable = Odpoveď sa teraz nepodarilo uložiť. Skúste to znova o minútu.
feedback-thanks-title = Ďakujeme
feedback-thanks-body = Ďakujeme, že ste nám odpovedali. Pomáha nám to zlepšovať našu pomoc.

about-you-invite-heading = Pomôžte nám dostať sa ku každému (nepovinné)
about-you-invite-body = Niekoľko krátkych otázok o vás nám pomáha overiť, či pomoc môže dostať každý. Odpovede sa len pripočítajú k celkovým počtom. Nikdy sa neukladajú s vašou žiadosťou ani chatom.
about-you-invite-link = Odpovedzte na niekoľko otázok o sebe
about-you-title = O vás (nepovinné)
about-you-intro = Každá otázka je nepovinná. Ktorúkoľvek môžete vynechať alebo vybrať „Radšej to neuvediem“.
about-you-how-kept = Odpovede len pripočítame k mesačným počtom. Neukladáme ich s vašou žiadosťou ani chatom a nikto neuvidí, čo ste vybrali.
about-you-privacy-link = Prečítajte si informáciu o ochrane súkromia
about-you-prefer-not-to-say = Radšej to neuvediem
about-you-send = Poslať
about-you-error-unavailable = Odpovede sa teraz nepodarilo uložiť. Skúste to znova o minútu.
about-you-thanks-title = Ďakujeme
about-you-thanks-body = Ďakujeme. Vaše odpovede nám pomáhajú zabezpečiť, aby sa pomoc dostala ku každému.

about-you-age = Váš vek
about-you-age-under-18 = Menej ako 18 rokov
about-you-age-18-24 = 18 – 24 rokov
about-you-age-25-34 = 25 – 34 rokov
about-you-age-35-44 = 35 – 44 rokov
about-you-age-45-54 = 45 – 54 rokov
about-you-age-55-64 = 55 – 64 rokov
about-you-age-65-74 = 65 – 74 rokov
about-you-age-75-plus = 75 rokov alebo viac

about-you-gender = Vaše rodové zaradenie
about-you-gender-woman = Žena
about-you-gender-man = Muž
about-you-gender-non-binary = Nebinárna osoba
about-you-gender-another-way = Svoje rodové zaradenie opisujem inak

about-you-ethnic-group = Vaša etnická skupina
about-you-ethnic-group-heading-asian = Ázijská, britská ázijská alebo waleská ázijská
about-you-ethnic-group-heading-black = Čierna, britská čierna, waleská čierna, karibská alebo africká
about-you-ethnic-group-heading-mixed = Zmiešaná alebo viacnásobná
about-you-ethnic-group-heading-white = Biela
about-you-ethnic-group-heading-other = Iná etnická skupina
about-you-ethnic-group-asian-bangladeshi = Bangladéšska
about-you-ethnic-group-asian-chinese = Čínska
about-you-ethnic-group-asian-indian = Indická
about-you-ethnic-group-asian-pakistani = Pakistanská
about-you-ethnic-group-asian-other = Iný ázijský pôvod
about-you-ethnic-group-black-african = Africká
about-you-ethnic-group-black-caribbean = Karibská
about-you-ethnic-group-black-other = Iný čierny, britský čierny alebo karibský pôvod
about-you-ethnic-group-mixed-white-and-asian = Biela a ázijská
about-you-ethnic-group-mixed-white-and-black-african = Biela a čierna africká
about-you-ethnic-group-mixed-white-and-black-caribbean = Biela a čierna karibská
about-you-ethnic-group-mixed-other = Iný zmiešaný alebo viacnásobný pôvod
about-you-ethnic-group-white-british = Anglická, waleská, škótska, severoírska alebo britská
about-you-ethnic-group-white-irish = Írska
about-you-ethnic-group-white-gypsy-or-irish-traveller = Gypsy alebo Irish Traveller (tradičné kočovné komunity v Británii a Írsku)
about-you-ethnic-group-white-roma = Rómska
about-you-ethnic-group-white-other = Iný biely pôvod (napríklad slovenský)
about-you-ethnic-group-other-arab = Arabská
about-you-ethnic-group-other-any = Iná etnická skupina

about-you-disability = Máte telesné alebo duševné ochorenie či zdravotný problém, ktorý trvá alebo má trvať 12 mesiacov alebo dlhšie a obmedzuje vás v bežných denných činnostiach?
about-you-disability-yes-a-lot = Áno, veľmi
about-you-disability-yes-a-little = Áno, trochu
about-you-disability-no = Nie

about-you-sexual-orientation = Čo najlepšie opisuje vašu sexuálnu orientáciu?
about-you-sexual-orientation-straight-or-heterosexual = Heterosexuálna
about-you-sexual-orientation-gay-or-lesbian = Gej alebo lesba
about-you-sexual-orientation-bisexual = Bisexuálna
about-you-sexual-orientation-another-orientation = Iná sexuálna orientácia

privacy-voice-heading = „Pomohlo vám to?“ a otázky o vás
privacy-voice-feedback = Ak odpoviete na otázku „Pomohlo vám to?“, odpoveď a komentár uchovávame zabezpečené šifrovaním. Nespájame ich s vaším chatom ani žiadosťou, nepoužívame súbory cookie a ukladáme len deň, nie čas. Komentáre môžu čítať len vedúci tímov.
privacy-voice-feedback-retention = Odpovede a komentáre vymažeme po { $count ->
        [one] { $count } dni
        [few] { $count } dňoch
        [many] { $count } dňa
       *[other] { $count } dňoch
    }.
privacy-voice-about-you = Odpovede na otázky „o vás“ len pripočítame k mesačným počtom, každú otázku zvlášť. Nikdy sa neukladajú s vašou žiadosťou ani chatom a počty menšie ako 5 nikdy nezobrazujeme.
privacy-voice-why = Pýtame sa, aby sme overili, či sa k nám dostane každý: ženy aj muži, LGBT+ ľudia, ľudia každej etnickej skupiny, ľudia so zdravotným postihnutím a starší ľudia. Každá otázka je nepovinná.
