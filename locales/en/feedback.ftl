# "Did this help?" (after a chat and a referral), the optional "about you" questions
# (equal-access monitoring, ONS 2021 categories) and what the privacy notice says of both.

feedback-question = Did this help?
feedback-intro = You do not have to answer. We do not know who you are, and your answer is not added to your chat or referral.
feedback-helped-yes = Yes
feedback-helped-partly = A little
feedback-helped-no = No
feedback-comment-label = Anything you want to tell us (optional)
feedback-comment-hint = Up to { $count ->
        [one] { $count } character
       *[other] { $count } characters
    }. Please do not write your name or contact details.
feedback-send = Send your answer
feedback-error-no-answer = Please choose an answer to "Did this help?" before you send.
feedback-error-too-long = Your comment is too long. Please make it shorter: up to { $count ->
        [one] { $count } character
       *[other] { $count } characters
    }. Everything you wrote is still here.
feedback-error-expired = This page was open for a long time, so please send your answer again. Everything you wrote is still here.
feedback-error-unavailable = We could not save your answer just now. Please try again in a minute.
feedback-thanks-title = Thank you
feedback-thanks-body = Thank you for telling us. It helps us make the service better.

about-you-invite-heading = Help us reach everyone (optional)
about-you-invite-body = A few short questions about you help us check that everyone can get support. Your answers are only added to totals. They are never kept with your referral or chat.
about-you-invite-link = Answer a few questions about you
about-you-title = About you (optional)
about-you-intro = Every question is optional. Skip any you want, or choose "Prefer not to say".
about-you-how-kept = We only add your answers to monthly totals. We do not keep them with your referral or chat, and nobody can see what you chose.
about-you-privacy-link = Read our privacy notice
about-you-prefer-not-to-say = Prefer not to say
about-you-send = Send
about-you-error-unavailable = We could not save your answers just now. Please try again in a minute.
about-you-thanks-title = Thank you
about-you-thanks-body = Thank you. Your answers help us make sure everyone can reach support.

about-you-age = Your age
about-you-age-under-18 = Under 18
about-you-age-18-24 = 18 to 24
about-you-age-25-34 = 25 to 34
about-you-age-35-44 = 35 to 44
about-you-age-45-54 = 45 to 54
about-you-age-55-64 = 55 to 64
about-you-age-65-74 = 65 to 74
about-you-age-75-plus = 75 or over

about-you-gender = Your gender
about-you-gender-woman = Woman
about-you-gender-man = Man
about-you-gender-non-binary = Non-binary
about-you-gender-another-way = I describe my gender another way

about-you-ethnic-group = Your ethnic group
about-you-ethnic-group-heading-asian = Asian, Asian British or Asian Welsh
about-you-ethnic-group-heading-black = Black, Black British, Black Welsh, Caribbean or African
about-you-ethnic-group-heading-mixed = Mixed or Multiple ethnic groups
about-you-ethnic-group-heading-white = White
about-you-ethnic-group-heading-other = Other ethnic group
about-you-ethnic-group-asian-bangladeshi = Bangladeshi
about-you-ethnic-group-asian-chinese = Chinese
about-you-ethnic-group-asian-indian = Indian
about-you-ethnic-group-asian-pakistani = Pakistani
about-you-ethnic-group-asian-other = Any other Asian background
about-you-ethnic-group-black-african = African
about-you-ethnic-group-black-caribbean = Caribbean
about-you-ethnic-group-black-other = Any other Black, Black British or Caribbean background
about-you-ethnic-group-mixed-white-and-asian = White and Asian
about-you-ethnic-group-mixed-white-and-black-african = White and Black African
about-you-ethnic-group-mixed-white-and-black-caribbean = White and Black Caribbean
about-you-ethnic-group-mixed-other = Any other Mixed or Multiple ethnic background
about-you-ethnic-group-white-british = English, Welsh, Scottish, Northern Irish or British
about-you-ethnic-group-white-irish = Irish
about-you-ethnic-group-white-gypsy-or-irish-traveller = Gypsy or Irish Traveller
about-you-ethnic-group-white-roma = Roma
about-you-ethnic-group-white-other = Any other White background
about-you-ethnic-group-other-arab = Arab
about-you-ethnic-group-other-any = Any other ethnic group

about-you-disability = Do you have a physical or mental health condition or illness that has lasted, or is expected to last, 12 months or more, and does it reduce your ability to do day-to-day activities?
about-you-disability-yes-a-lot = Yes, a lot
about-you-disability-yes-a-little = Yes, a little
about-you-disability-no = No

about-you-sexual-orientation = Which of these best describes your sexual orientation?
about-you-sexual-orientation-straight-or-heterosexual = Straight or heterosexual
about-you-sexual-orientation-gay-or-lesbian = Gay or lesbian
about-you-sexual-orientation-bisexual = Bisexual
about-you-sexual-orientation-another-orientation = Another sexual orientation

privacy-voice-heading = "Did this help?" and questions about you
privacy-voice-feedback = If you answer "Did this help?", we keep your answer and any comment, locked with encryption. We do not keep it with your chat or referral, we use no cookie, and we keep only the day, not the time. Only team leaders can read comments.
privacy-voice-feedback-retention = Answers and comments are deleted after { $count ->
        [one] { $count } day
       *[other] { $count } days
    }.
privacy-voice-about-you = Answers to the "about you" questions are only added to monthly totals, one question at a time. They are never kept with your referral or chat, and totals under 5 are never shown.
privacy-voice-why = We ask so we can check that everyone can reach us: women and men, LGBT+ people, people of every ethnic group, disabled people and older people. Every question is optional.
