# Shared parts of every page: the language's own name, quick exit, navigation, footer.
language-name = Polski
site-name = Przemoc domowa – wsparcie w Rotherham
skip-to-content = Przejdź do treści głównej
quick-exit = Opuść tę stronę
quick-exit-hint = Albo naciśnij 3 razy klawisz Shift
quick-exit-shift-1 = Shift naciśnięty raz. Naciśnij go jeszcze 2 razy, aby opuścić tę stronę.
quick-exit-shift-2 = Shift naciśnięty dwa razy. Naciśnij go jeszcze raz, aby opuścić tę stronę.
quick-exit-skip = Opuść tę stronę teraz
nav-label = Menu główne
nav-directory = Kto może pomóc
nav-is-this-abuse = Czy to przemoc?
nav-browse-safely = Bezpieczne przeglądanie
nav-safe-accommodation = Bezpieczne schronienie
nav-your-behaviour = Niepokoi Cię własne zachowanie?
nav-professionals = Dla specjalistów
language-picker-label = Wybierz język
footer-emergency = W nagłej sytuacji zadzwoń pod numer
not-found-title = Nie znaleziono strony
not-found-body = Nie możemy znaleźć tej strony. Adres może być błędny.
not-found-home = Przejdź do strony głównej

# Emergency options, shown on many pages.
emergency-heading = Grozi Ci teraz niebezpieczeństwo?
emergency-999 = Zadzwoń pod 999 i poproś o policję.
emergency-55 = Jeśli nie możesz mówić, zadzwoń pod 999 z komórki, posłuchaj, a potem naciśnij 55. Policja będzie wiedzieć, że to prawdziwe zgłoszenie.
emergency-sms = Jeśli jesteś osobą głuchą lub nie możesz mówić, możesz wysłać SMS pod 999, gdy zarejestrujesz się w emergencySMS. Aby się zarejestrować, wyślij pod 999 SMS o treści „register”.
emergency-relay = Jeśli korzystasz z Relay UK, zadzwoń pod 18000, aby połączyć się ze służbami ratunkowymi.

# Phone lines named on many pages.
phone-rise = Infolinia Rotherham Rise:
phone-national = National Domestic Abuse Helpline (krajowa linia pomocy w sprawie przemocy domowej), całodobowo, bezpłatnie:
phone-council = Linia Rotherham Council ds. przemocy domowej:
phone-respect = Respect Phoneline (bezpłatnie):
see-directory = Zobacz wszystkie miejsca pomocy

# The home page.
home-title = Wsparcie w sytuacji przemocy domowej w Rotherham
home-heading = Pomoc w sytuacji przemocy domowej
home-lead = Nie musisz mierzyć się z tym w pojedynkę. Pomagamy każdemu, kogo dotyka przemoc domowa: kobietom, mężczyznom, młodzieży i rodzinom. Pomoc jest bezpłatna i poufna.
safe-now-question = Czy teraz nic Ci nie grozi?
safe-now-yes = Tak, nic mi nie grozi
safe-now-no = Nie, grozi mi niebezpieczeństwo
safe-now-unsafe-heading = Wezwij pomoc teraz
safe-now-safe-reply = Dobrze. Nie spiesz się i wybierz poniżej to, co pasuje do Twojej sytuacji.
doors-heading = Wybierz, co pasuje do Twojej sytuacji
door-need-help = Potrzebuję pomocy
door-need-help-body = Ktoś bliski Cię krzywdzi, straszy lub kontroluje.
door-need-help-talk = Porozmawiaj z kimś
door-need-help-directory = Znajdź pomoc w pobliżu
door-need-help-abuse = Czy to, co się dzieje, to przemoc?
door-worried = Martwię się o kogoś
door-worried-body = Podejrzewasz, że ktoś z Twoich bliskich lub przyjaciół doświadcza przemocy.
door-worried-signs = Oznaki przemocy
door-worried-talk = Poradź się, jak pomóc
door-professional = Pomagam zawodowo
door-professional-body = Pracujesz z kimś, kto potrzebuje wsparcia.
door-professional-refer = Jak skierować kogoś po wsparcie
door-professional-directory = Miejsca pomocy dla specjalistów
talk-heading = Porozmawiaj z kimś
talk-phone = Możesz do nas zadzwonić. Nasi doradcy wysłuchają Cię i nie będą Cię oceniać.
talk-referral = Możesz też poprosić nas o kontakt w porze, która jest dla Ciebie bezpieczna.
talk-referral-link = Poproś nas o kontakt
home-browse-safely = Jak bezpieczniej korzystać z tej strony
