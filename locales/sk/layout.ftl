# The header's folded menus and what the footer says a visit leaves behind.
nav-summary = Menu
language-picker-summary = Jazyk
footer-browser-history = Prehliadač si ukladá zoznam navštívených stránok (históriu), ak nepoužívate súkromné okno (inkognito). Ktokoľvek, kto používa toto zariadenie, môže zistiť, že ste túto stránku navštívili.
footer-site-keeps = Táto stránka nepoužíva cookies ani sledovanie a jej záznamy (logy) neuchovávajú vašu IP adresu. Uchováva len to, čo nám pošlete vo formulári alebo v chate.
footer-browse-safely = Ako prehliadať bezpečnejšie
