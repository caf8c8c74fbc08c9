# The header's folded menus and what the footer says a visit leaves behind.
nav-summary = Meniu
language-picker-summary = Limba
footer-browser-history = Browserul păstrează lista paginilor vizitate (istoricul), cu excepția cazului în care folosiți o fereastră privată (incognito). Oricine folosește acest dispozitiv poate vedea că ați intrat pe acest site.
footer-site-keeps = Acest site nu folosește cookie-uri și nu urmărește vizitatorii, iar jurnalele sale nu păstrează adresa dumneavoastră IP. Păstrează doar ce ne trimiteți printr-un formular sau prin chat.
footer-browse-safely = Cum să navigați mai în siguranță
