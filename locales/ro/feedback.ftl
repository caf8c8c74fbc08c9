# „V-a ajutat?” (după chat și după trimiterea formularului), întrebările opționale „despre
# tine” (monitorizarea accesului egal, categoriile recensământului ONS 2021) și ce spune nota de confidențialitate.

feedback-question = Te-a ajutat?
feedback-intro = Nu este obligatoriu să răspunzi. Nu știm cine ești, iar răspunsul tău nu este adăugat la chat sau la cererea ta.
feedback-helped-yes = Da
feedback-helped-partly = Puțin
feedback-helped-no = Nu
feedback-comment-label = Ce vrei să ne spui (opțional)
feedback-comment-hint = Cel mult { $count ->
        [one] { $count } caracter
        [few] { $count } caractere
       *[other] { $count } de caractere
    }. Te rugăm să nu scrii numele sau datele tale de contact.
feedback-send = Trimite răspunsul
feedback-error-no-answer = Înainte să trimiți, alege un răspuns la „Te-a ajutat?”.
feedback-error-too-long = Comentariul este prea lung. Scurtează-l la cel mult { $count ->
        [one] { $count } caracter
        [few] { $count } caractere
       *[other] { $count } de caractere
    }. Tot ce ai scris este încă aici.
feedback-error-expired = Pagina a fost deschisă foarte mult timp, așa că trimite din nou răspunsul. Tot ce ai scris este încă aici.
feedback-error-unavailable = Nu am putut salva răspunsul acum. Încearcă din nou peste un minut.
feedback-thanks-title = Mulțumim
feedback-thanks-body = Mulțumim că ne-ai spus. Ne ajută să ne îmbunătățim sprijinul.

about-you-invite-heading = Ajută-ne să ajungem la toată lumea (opțional)
about-you-invite-body = Câteva întrebări scurte despre tine ne ajută să verificăm că oricine poate primi sprijin. Răspunsurile sunt doar adunate la totaluri. Nu sunt păstrate niciodată împreună cu cererea sau chatul tău.
about-you-invite-link = Răspunde la câteva întrebări despre tine
about-you-title = Despre tine (opțional)
about-you-intro = Fiecare întrebare este opțională. Poți sări peste oricare sau poți alege „Prefer să nu spun”.
about-you-how-kept = Doar adunăm răspunsurile la totalurile lunare. Nu le păstrăm cu cererea sau chatul tău și nimeni nu poate vedea ce ai ales.
about-you-privacy-link = Citește nota de confidențialitate
about-you-prefer-not-to-say = Prefer să nu spun
about-you-send = Trimite
about-you-error-unavailable = Nu am putut salva răspunsurile acum. Încearcă din nou peste un minut.
about-you-thanks-title = Mulțumim
about-you-thanks-body = Mulțumim. Răspunsurile tale ne ajută să ne asigurăm că oricine poate ajunge la sprijin.

about-you-age = Vârsta ta
about-you-age-under-18 = Sub 18 ani
about-you-age-18-24 = 18–24 de ani
about-you-age-25-34 = 25–34 de ani
about-you-age-35-44 = 35–44 de ani
about-you-age-45-54 = 45–54 de ani
about-you-age-55-64 = 55–64 de ani
about-you-age-65-74 = 65–74 de ani
about-you-age-75-plus = 75 de ani sau mai mult

about-you-gender = Genul tău
about-you-gender-woman = Femeie
about-you-gender-man = Bărbat
about-you-gender-non-binary = Persoană non-binară
about-you-gender-another-way = Îmi descriu genul în alt fel

about-you-ethnic-group = Grupul tău etnic
about-you-ethnic-group-heading-asian = Asiatic, britanic asiatic sau galez asiatic
about-you-ethnic-group-heading-black = Negru, britanic negru, galez negru, caraibian sau african
about-you-ethnic-group-heading-mixed = Mixt sau multiplu
about-you-ethnic-group-heading-white = Alb
about-you-ethnic-group-heading-other = Alt grup etnic
about-you-ethnic-group-asian-bangladeshi = Bangladeshi
about-you-ethnic-group-asian-chinese = Chinez
about-you-ethnic-group-asian-indian = Indian
about-you-ethnic-group-asian-pakistani = Pakistanez
about-you-ethnic-group-asian-other = Altă origine asiatică
about-you-ethnic-group-black-african = African
about-you-ethnic-group-black-caribbean = Caraibian
about-you-ethnic-group-black-other = Altă origine neagră, britanică neagră sau caraibiană
about-you-ethnic-group-mixed-white-and-asian = Alb și asiatic
about-you-ethnic-group-mixed-white-and-black-african = Alb și negru african
about-you-ethnic-group-mixed-white-and-black-caribbean = Alb și negru caraibian
about-you-ethnic-group-mixed-other = Altă origine mixtă sau multiplă
about-you-ethnic-group-white-british = Englez, galez, scoțian, nord-irlandez sau britanic
about-you-ethnic-group-white-irish = Irlandez
about-you-ethnic-group-white-gypsy-or-irish-traveller = Țigan (Gypsy) sau Irish Traveller
about-you-ethnic-group-white-roma = Rom
about-you-ethnic-group-white-other = Altă origine albă (de exemplu, română)
about-you-ethnic-group-other-arab = Arab
about-you-ethnic-group-other-any = Alt grup etnic

about-you-disability = Ai o afecțiune sau o boală fizică ori psihică ce a durat sau se așteaptă să dureze 12 luni sau mai mult și care îți reduce capacitatea de a face activitățile de zi cu zi?
about-you-disability-yes-a-lot = Da, mult
about-you-disability-yes-a-little = Da, puțin
about-you-disability-no = Nu

about-you-sexual-orientation = Care dintre acestea îți descrie cel mai bine orientarea sexuală?
about-you-sexual-orientation-straight-or-heterosexual = Heterosexuală
about-you-sexual-orientation-gay-or-lesbian = Gay sau lesbiană
about-you-sexual-orientation-bisexual = Bisexuală
about-you-sexual-orientation-another-orientation = Altă orientare sexuală

privacy-voice-heading = „Te-a ajutat?” și întrebările despre tine
privacy-voice-feedback = Dacă răspunzi la „Te-a ajutat?”, păstrăm răspunsul și comentariul protejate prin criptare. Nu le legăm de chatul sau cererea ta, nu folosim cookie-uri și păstrăm doar ziua, nu și ora. Doar coordonatorii de echipă pot citi comentariile.
privacy-voice-feedback-retention = Răspunsurile și comentariile sunt șterse după { $count ->
        [one] { $count } zi
        [few] { $count } zile
       *[other] { $count } de zile
    }.
privacy-voice-about-you = Răspunsurile la întrebările „despre tine” sunt doar adunate la totalurile lunare, fiecare întrebare separat. Nu sunt păstrate niciodată cu cererea sau chatul tău, iar totalurile sub 5 nu sunt afișate niciodată.
privacy-voice-why = Întrebăm ca să verificăm că oricine poate ajunge la noi: femei și bărbați, persoane LGBT+, persoane din orice grup etnic, persoane cu dizabilități și persoane în vârstă. Fiecare întrebare este opțională.
