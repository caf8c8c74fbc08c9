# Shared parts of every page: the language's own name, quick exit, navigation, footer.
language-name = English
site-name = Rotherham domestic abuse support
skip-to-content = Skip to main content
quick-exit = Exit this page
quick-exit-hint = Or press the Shift key 3 times
quick-exit-shift-1 = Shift pressed once. Press it 2 more times to leave this page.
quick-exit-shift-2 = Shift pressed twice. Press it once more to leave this page.
quick-exit-skip = Exit this page now
nav-label = Main menu
nav-directory = Who can help
nav-is-this-abuse = Is this abuse?
nav-browse-safely = Browse safely
nav-safe-accommodation = Safe places to stay
nav-your-behaviour = Worried about your behaviour?
nav-professionals = For professionals
language-picker-label = Choose a language
footer-emergency = In an emergency, call
not-found-title = Page not found
not-found-body = We could not find this page. The address may be wrong.
not-found-home = Go to the home page

# Emergency options, shown on many pages.
emergency-heading = In danger now?
emergency-999 = Call 999 and ask for the police.
emergency-55 = If you cannot speak, call 999 from a mobile, listen, then press 55. The police will know it is a real call.
emergency-sms = If you are deaf or cannot speak, you can text 999 once you have registered with emergencySMS. To register, text the word "register" to 999.
emergency-relay = If you use Relay UK, call 18000 for emergency services.

# Phone lines named on many pages.
phone-rise = Rotherham Rise helpline:
phone-national = 24-hour National Domestic Abuse Helpline (free):
phone-council = Rotherham Council domestic abuse line:
phone-respect = Respect Phoneline (free):
see-directory = See every service that can help

# The home page.
home-title = Domestic abuse support in Rotherham
home-heading = Get help with domestic abuse
home-lead = You are not alone. We help anyone affected by domestic abuse: women, men, young people and families. It is free and confidential.
safe-now-question = Are you safe right now?
safe-now-yes = Yes, I am safe
safe-now-no = No, I am not safe
safe-now-unsafe-heading = Get help now
safe-now-safe-reply = Good. Take your time and choose what fits you below.
doors-heading = Choose what fits you
door-need-help = I need help
door-need-help-body = Someone close to you is hurting, scaring or controlling you.
door-need-help-talk = Talk to someone
door-need-help-directory = Find a service near you
door-need-help-abuse = Is what is happening abuse?
door-worried = I'm worried about someone
door-worried-body = You think a friend or family member is being abused.
door-worried-signs = Signs of abuse
door-worried-talk = Get advice on how to help
door-professional = I'm a professional
door-professional-body = You work with someone who needs support.
door-professional-refer = How to refer someone
door-professional-directory = Services for professionals
talk-heading = Talk to someone
talk-phone = You can call us. The advisers listen and will not judge you.
talk-referral = You can also ask us to contact you at a time that is safe for you.
talk-referral-link = Ask us to contact you
home-browse-safely = How to use this site more safely
