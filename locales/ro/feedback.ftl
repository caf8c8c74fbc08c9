# „V-a ajutat?” (după chat și după trimiterea formularului), întrebările opționale „despre
# dumneavoastră” (monitorizarea accesului egal, categoriile recensământului ONS 2021) și ce spune nota de confidențialitate.

feedback-question = V-a ajutat?
feedback-intro = Nu este obligatoriu să răspundeți. Nu știm cine sunteți, iar răspunsul dumneavoastră nu este adăugat la chat sau la cererea dumneavoastră.
feedback-helped-yes = Da
feedback-helped-partly = Puțin
feedback-helped-no = Nu
feedback-comment-label = Ce doriți să ne spuneți (opțional)
feedback-comment-hint = Cel mult { $count ->
        [one] { $count } caracter
        [few] { $count } caractere
       *[other] { $count } de caractere
    }. Vă rugăm să nu scrieți numele sau datele de contact.
feedback-send = Trimite răspunsul
feedback-error-no-answer = Înainte de a trimite, alegeți un răspuns la „V-a ajutat?”.
feedback-error-too-long = Comentariul este prea lung. Scurtați-l la cel mult { $count ->
        [one] { $count } caracter
        [few] { $count } caractere
       *[other] { $count } de caractere
    }. Tot ce ați scris este încă aici.
feedback-error-expired = Pagina a fost deschisă foarte mult timp, așa că trimiteți din nou răspunsul. Tot ce ați scris este încă aici.
feedback-error-unavailable = Nu am putut salva răspunsul acum. Încercați din nou peste un minut.
feedback-thanks-title = Mulțumim
feedback-thanks-body = Vă mulțumim că ne-ați spus. Ne ajută să ne îmbunătățim sprijinul.

about-you-invite-heading = Ajutați-ne să ajungem la toată lumea (opțional)
about-you-invite-body = Câteva întrebări scurte despre dumneavoastră ne ajută să verificăm că oricine poate primi sprijin. Răspunsurile sunt doar adunate la totaluri. Nu sunt păstrate niciodată împreună cu cererea sau chatul dumneavoastră.
about-you-invite-link = Răspundeți la câteva întrebări despre dumneavoastră
about-you-title = Despre dumneavoastră (opțional)
about-you-intro = Fiecare întrebare este opțională. Puteți sări peste oricare sau puteți alege „Prefer să nu spun”.
about-you-how-kept = Doar adunăm răspunsurile la totalurile lunare. Nu le păstrăm cu cererea sau chatul dumneavoastră și nimeni nu poate vedea ce ați ales.
about-you-privacy-link = Citiți nota de confidențialitate
about-you-prefer-not-to-say = Prefer să nu spun
about-you-send = Trimite
about-you-error-unavailable = Nu am putut salva răspunsurile acum. Încercați din nou peste un minut.
about-you-thanks-title = Mulțumim
about-you-thanks-body = Vă mulțumim. Răspunsurile dumneavoastră ne ajută să ne asigurăm că oricine poate ajunge la sprijin.

about-you-age = Vârsta dumneavoastră
about-you-age-under-18 = Sub 18 ani
about-you-age-18-24 = 18–24 de ani
about-you-age-25-34 = 25–34 de ani
about-you-age-35-44 = 35–44 de ani
about-you-age-45-54 = 45–54 de ani
about-you-age-55-64 = 55–64 de ani
about-you-age-65-74 = 65–74 de ani
about-you-age-75-plus = 75 de ani sau mai mult

about-you-gender = Genul dumneavoastră
about-you-gender-woman = Femeie
about-you-gender-man = Bărbat
about-you-gender-non-binary = Persoană non-binară
about-you-gender-another-way = Îmi descriu genul în alt fel

about-you-ethnic-group = Grupul dumneavoastră etnic
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
about-you-ethnic-group-white-gypsy-or-irish-traveller = Gypsy sau Irish Traveller (comunități tradiționale nomade din Marea Britanie și Irlanda)
about-you-ethnic-group-white-roma = Rom
about-you-ethnic-group-white-other = Altă origine albă (de exemplu, română)
about-you-ethnic-group-other-arab = Arab
about-you-ethnic-group-other-any = Alt grup etnic

about-you-disability = Aveți o afecțiune sau o boală fizică ori psihică ce a durat sau se așteaptă să dureze 12 luni sau mai mult și care vă reduce capacitatea de a face activitățile de zi cu zi?
about-you-disability-yes-a-lot = Da, mult
about-you-disability-yes-a-little = Da, puțin
about-you-disability-no = Nu

about-you-sexual-orientation = Care dintre acestea vă descrie cel mai bine orientarea sexuală?
about-you-sexual-orientation-straight-or-heterosexual = Heterosexuală
about-you-sexual-orientation-gay-or-lesbian = Gay sau lesbiană
about-you-sexual-orientation-bisexual = Bisexuală
about-you-sexual-orientation-another-orientation = Altă orientare sexuală

privacy-voice-heading = „V-a ajutat?” și întrebările despre dumneavoastră
privacy-voice-feedback = Dacă răspundeți la „V-a ajutat?”, păstrăm răspunsul și comentariul protejate prin criptare. Nu le legăm de chatul sau cererea dumneavoastră, nu folosim cookie-uri și păstrăm doar ziua, nu și ora. Doar coordonatorii de echipă pot citi comentariile.
privacy-voice-feedback-retention = Răspunsurile și comentariile sunt șterse după { $count ->
        [one] { $count } zi
        [few] { $count } zile
       *[other] { $count } de zile
    }.
privacy-voice-about-you = Răspunsurile la întrebările „despre dumneavoastră” sunt doar adunate la totalurile lunare, fiecare întrebare separat. Nu sunt păstrate niciodată cu cererea sau chatul dumneavoastră, iar totalurile sub 5 nu sunt afișate niciodată.
privacy-voice-why = Întrebăm ca să verificăm că oricine poate ajunge la noi: femei și bărbați, persoane LGBT+, persoane din orice grup etnic, persoane cu dizabilități și persoane în vârstă. Fiecare întrebare este opțională.
