# Safety questions added for issue 12, a professional's referral without consent, and every
# "we will contact you by …" promise (its time comes from data/service-hours.toml).
risk-fears-killed = Vă este frică de faptul că persoana respectivă vă va omorî.
risk-fears-killed-why = Teama pentru propria viață este unul dintre cele mai puternice semne de pericol, așa că acționăm repede.
risk-police-called = În ultimul an, poliția a fost chemată din cauza acestei persoane de trei ori sau mai des.
risk-police-called-why = Chemările repetate ale poliției arată că violența se agravează, așa că tratăm situația ca urgentă.

# Professionals: with consent, or without it when they judge the risk to be high.
refer-path-professional-body = Lucrați cu o persoană pe care vreți să o trimiteți către noi: cu acordul ei sau fără acord, dacă apreciați că riscul este ridicat.
field-consent-hint = Întrebați mai întâi persoana. Trimiteți-o fără acordul ei doar dacă apreciați că riscul este ridicat și spuneți-ne de ce. Dacă cineva este în pericol acum, sunați la 999.
field-consent-no-high-risk = Persoana nu este de acord, dar apreciez că riscul este ridicat, așa că o trimit fără consimțământul ei.
field-no-consent-reason = De ce faceți trimiterea fără consimțământ?
field-no-consent-reason-hint = Obligatoriu dacă trimiteți fără consimțământ. Spuneți ce vă face să apreciați că riscul este ridicat, de exemplu amenințări cu moartea sau strangulare.
form-error-consent = Vă rugăm să spuneți dacă persoana este de acord. Fără acordul ei, o puteți trimite doar dacă apreciați că riscul este ridicat.
form-error-no-consent-reason = Vă rugăm să spuneți de ce apreciați că riscul este ridicat. Avem nevoie de asta pentru o trimitere fără consimțământul persoanei.
professionals-consent-risk = Dacă riscul este ridicat și persoana nu este de acord, o puteți trimite totuși: alegeți în formular varianta „fără consimțământ” și spuneți-ne de ce. Tratăm aceste trimiteri ca risc ridicat.

# When an adviser will have tried to make contact. $day is today, tomorrow, mon … sun, or
# later (more than six days ahead, then $date is shown); $time is UK time, e.g. 10:00.
contact-by-when = { $day ->
    [today] cel târziu azi la { $time }
    [tomorrow] cel târziu mâine la { $time }
    [mon] cel târziu luni la { $time }
    [tue] cel târziu marți la { $time }
    [wed] cel târziu miercuri la { $time }
    [thu] cel târziu joi la { $time }
    [fri] cel târziu vineri la { $time }
    [sat] cel târziu sâmbătă la { $time }
    [sun] cel târziu duminică la { $time }
   *[later] cel târziu pe { $date } la { $time }
}
refer-sent-by = Un consilier va încerca să vă contacteze { $when }, în modul ales de dumneavoastră.
professionals-what-next-by = Dacă trimiteți pe cineva acum, un consilier va încerca să contacteze persoana în siguranță { $when }.
professionals-what-next-body = Consilierul găsește împreună cu persoana sprijinul potrivit: ajutor individual, activități de grup, consiliere, sprijin de la persoane cu experiențe similare sau sprijin specializat pe teren.
