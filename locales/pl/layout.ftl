# The header's folded menus and what the footer says a visit leaves behind.
nav-summary = Menu
language-picker-summary = Język
footer-browser-history = Przeglądarka zapisuje listę odwiedzanych stron (historię), chyba że używasz okna prywatnego (incognito). Każdy, kto korzysta z tego urządzenia, może zobaczyć, że ta strona była otwierana.
footer-site-keeps = Ta strona nie używa plików cookie ani śledzenia, a jej logi nie zapisują Twojego adresu IP. Przechowuje tylko to, co wyślesz nam w formularzu lub na czacie.
footer-browse-safely = Jak przeglądać bezpieczniej
