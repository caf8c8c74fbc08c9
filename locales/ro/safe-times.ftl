# Zilele și orele sigure pentru contact, în formularul de trimitere. Orele sunt ora Regatului Unit.
safe-times-hint = Bifați zilele, apoi alegeți orele (ora Regatului Unit). Lăsați gol dacă preferați să scrieți mai jos, cu cuvintele dumneavoastră.
safe-times-any = Oricând este sigur
safe-times-days = Zile sigure
safe-times-range-1 = Ore sigure în acele zile
safe-times-range-2 = Alt interval sigur în acele zile (opțional)
safe-times-from = De la
safe-times-until = Până la
safe-times-choose = Alegeți ora
safe-times-note = Altceva despre orele sigure
safe-times-note-hint = De exemplu: nu când partenerul meu este acasă.
safe-times-error-incomplete = Alegeți atât ora de început, cât și ora de sfârșit, sau lăsați-le pe amândouă goale.
safe-times-error-order = Ora de sfârșit trebuie să fie după ora de început.
safe-times-error-days = Bifați cel puțin o zi pentru aceste ore, sau bifați „Oricând este sigur”.
