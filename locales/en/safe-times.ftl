# Safe days and times to contact, on the referral form. Times are UK time.
safe-times-hint = Tick the days, then choose the times, in UK time. Leave this empty if you would rather write it in your own words below.
safe-times-any = Any time is safe
safe-times-days = Safe days
safe-times-range-1 = Safe times on those days
safe-times-range-2 = Another safe time on those days (optional)
safe-times-from = From
safe-times-until = Until
safe-times-choose = Choose a time
safe-times-note = Anything else about safe times
safe-times-note-hint = For example: not when my partner is at home.
safe-times-error-incomplete = Choose both a start time and an end time, or leave both empty.
safe-times-error-order = The end time must be later than the start time.
safe-times-error-days = Tick at least one day for these times, or tick "Any time is safe".
