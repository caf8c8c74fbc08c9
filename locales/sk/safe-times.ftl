# Bezpečné dni a časy na kontakt vo formulári žiadosti. Časy sú podľa času v Spojenom kráľovstve.
safe-times-hint = Označte dni a potom vyberte časy (čas v Spojenom kráľovstve). Nechajte prázdne, ak to radšej napíšete vlastnými slovami nižšie.
safe-times-any = Bezpečné je kedykoľvek
safe-times-days = Bezpečné dni
safe-times-range-1 = Bezpečný čas v tieto dni
safe-times-range-2 = Ďalší bezpečný čas v tieto dni (nepovinné)
safe-times-from = Od
safe-times-until = Do
safe-times-choose = Vyberte čas
safe-times-note = Niečo ďalšie o bezpečných časoch
safe-times-note-hint = Napríklad: nie vtedy, keď je partner doma.
safe-times-error-incomplete = Vyberte čas začiatku aj konca, alebo nechajte oba prázdne.
safe-times-error-order = Čas konca musí byť neskôr ako čas začiatku.
safe-times-error-days = Pre tieto časy označte aspoň jeden deň, alebo označte „Bezpečné je kedykoľvek“.
