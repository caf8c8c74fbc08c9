# The privacy notice and the accessibility statement, linked from the footer.
footer-privacy = Privacy notice
footer-accessibility = Accessibility statement

privacy-title = Privacy notice
privacy-intro = This page explains what information this website collects, why, where it is kept, for how long, and who can see it. We collect as little as we can.
privacy-visit-heading = When you read this website
privacy-visit-cookies = We use no cookies, no tracking and no analytics, and nothing is loaded from other websites.
privacy-visit-logs = Our server notes which page was asked for and when, but not your internet address or anything you type.
privacy-visit-limits = To stop misuse, we count how often forms and chats come from the same connection. Your internet address is held only briefly in memory for this; anything stored uses a scrambled code instead.
privacy-visit-browser = Your browser may still keep a history of your visit.
privacy-forms-heading = When you fill in a referral form
privacy-forms-body = Each form asks only for what an adviser needs to contact you safely and understand what is happening:
privacy-forms-self = For yourself: a name we can use, how and when it is safe to contact you, your language and access needs, whether children live with you, what you want to tell us, and your answers to the safety questions.
privacy-forms-friend = For a friend or family member: your name and how to reach you, how you know them, and what you are worried about.
privacy-forms-professional = From a professional: your name, organisation, job and work contact details, and the details, situation and safety answers of the person you refer.
privacy-forms-why = We use this to contact you, to offer support and to keep you and your children safe.
privacy-forms-retention = When your referral is closed, we keep it for { $count ->
        [one] { $count } day
       *[other] { $count } days
    }, then it is deleted.
privacy-forms-held = If our spam check holds back a form, a manager checks it. It is deleted after { $count ->
        [one] { $count } day
       *[other] { $count } days
    } at most.
privacy-chat-heading = When you use the webchat
privacy-chat-what = The chat does not ask for your name. It keeps your language and the messages you and the adviser write.
privacy-chat-device = On your device, the chat keeps only what it needs to reconnect, in this browser tab. It is cleared when you close the tab or press "{ quick-exit }".
privacy-chat-referral = If you agree, an adviser can make a referral from the chat.
privacy-chat-retention = A conversation is deleted { $count ->
        [one] { $count } day
       *[other] { $count } days
    } after its last message.
privacy-where-heading = Where it is kept
privacy-where-body = Everything is kept in the service's database (Redis). Names, contact details, messages and answers are encrypted before they are stored, so they cannot be read without the service's key. Only what is needed to put referrals in order (the type of form, the language, how urgent it is and the times) is stored without encryption.
privacy-who-heading = Who can see it
privacy-who-body = Only the service's advisers and their managers (admins), who sign in with a password and a one-time code. An adviser sees your details only when they take on your referral or chat, and every time someone opens a referral it is recorded.
privacy-who-sharing = We do not sell your information. We share it with others, such as the police or children's services, only with your agreement, or without it when someone's life is at risk or a child is in danger, as the law allows.
privacy-rights-heading = Your rights
privacy-rights-body = You can ask for a copy of your information, ask us to correct it, or ask us to delete it. Contact the service, and an adviser will help you.
privacy-rights-complain = If you are unhappy with how we use your information, you can complain to the Information Commissioner's Office (ICO).

a11y-title = Accessibility statement
a11y-intro = We want everyone to be able to use this website: on an old phone, with a screen reader, with a keyboard only, or without JavaScript.
a11y-standard-heading = How accessible this website is
a11y-standard-body = We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. The website is in English, Urdu, Arabic, Polish, Slovak and Romanian. Urdu and Arabic pages read from right to left.
a11y-tested-heading = How we test it
a11y-tested-axe = Automatic checks with axe-core on every page, in every language.
a11y-tested-keyboard = Using the pages with a keyboard only, checking that you can always see where you are.
a11y-tested-no-js = Using every page with JavaScript turned off.
a11y-tested-semantics = Checking that headings, page areas, form labels and links are marked up for screen readers.
a11y-tested-rtl = Checking the right-to-left layout in Urdu and Arabic.
a11y-limits-heading = What does not work well yet
a11y-limit-chat = The webchat needs JavaScript. Without it, you can call us or fill in a referral form.
a11y-limit-screen-readers = We have not yet tested the website with people who use screen readers.
a11y-limit-formats = The pages are not yet available as British Sign Language videos or in Easy Read.
a11y-limit-translations = Not every translation has been checked by a native speaker yet.
a11y-report-heading = Tell us about a problem
a11y-report-body = If something on this website does not work for you, or you need information in another format, please tell us. We will reply and try to fix it.
a11y-report-complain = If you are not happy with our reply, you can contact the Equality Advisory and Support Service (EASS).
