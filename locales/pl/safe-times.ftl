# Bezpieczne dni i godziny kontaktu w formularzu zgłoszenia. Godziny według czasu w Wielkiej Brytanii.
safe-times-hint = Zaznacz dni, a potem wybierz godziny (czas w Wielkiej Brytanii). Zostaw puste, jeśli wolisz napisać to własnymi słowami poniżej.
safe-times-any = Każda pora jest bezpieczna
safe-times-days = Bezpieczne dni
safe-times-range-1 = Bezpieczne godziny w te dni
safe-times-range-2 = Inne bezpieczne godziny w te dni (nieobowiązkowe)
safe-times-from = Od
safe-times-until = Do
safe-times-choose = Wybierz godzinę
safe-times-note = Coś jeszcze o bezpiecznych porach
safe-times-note-hint = Na przykład: nie wtedy, gdy mój partner jest w domu.
safe-times-error-incomplete = Wybierz godzinę początku i końca albo zostaw obie puste.
safe-times-error-order = Godzina końca musi być późniejsza niż godzina początku.
safe-times-error-days = Zaznacz co najmniej jeden dzień dla tych godzin albo zaznacz „Każda pora jest bezpieczna”.
