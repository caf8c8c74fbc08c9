# Referral forms: "ask us to contact you", for yourself, as a professional, or for someone else.
refer-title = Ask us to contact you
refer-heading = Ask us to contact you
refer-lead = Fill in this form and an adviser will contact you in a safe way. It is free and confidential. You can leave out anything you do not want to tell us.
refer-choose = Who is filling in this form?
refer-path-self = For myself
refer-path-self-body = You want support for yourself.
refer-path-professional = As a professional
refer-path-friend-or-family = For a friend or family member
refer-path-friend-or-family-body = You are worried about someone and want advice or a call back.
refer-form-title-self = Ask for support for yourself
refer-form-title-professional = Refer someone as a professional
refer-form-title-friend-or-family = Get advice about someone you are worried about
refer-other-forms = Not the right form? Choose another one
refer-optional-note = Only the questions marked "required" must be answered.
refer-required-mark = (required)
refer-errors-heading = There is a problem
refer-errors-intro = Please check these answers. Everything you typed is still here.
refer-rate-limited = Too many forms were sent from this connection. Please wait a minute, then press Send again. Nothing you typed has been lost.
refer-rate-limited-again = Too many forms were sent from this connection. Please wait a minute, go back to your form, and press Send again.
refer-unavailable = We could not save your form just now. Nothing you typed has been lost. Please press Send again in a moment, or call us.

# Are you safe right now?
refer-safe-now-self = Are you safe right now?
refer-safe-now-other = Is the person safe right now?
refer-unsafe-heading = Get help now. Your form will still be here.

# About the person and the person filling it in.
refer-about-you = About you
refer-about-person = About the person you are referring
refer-about-your-work = About you and your work
field-name-self = Your name
field-name-professional = The person's name
field-name-friend-or-family = Your name
field-name-hint = A first name is enough. You can use any name that is safe for us to use.
field-relationship = How do you know the person you are worried about?
field-wants = What would you like?
field-wants-advice = Advice on how to help them
field-wants-call-back = A call back to talk it through
field-agency = Your organisation
field-role = Your job title
field-work-contact = Your work phone number or email
field-consent-legend = Consent
field-consent = The person knows about this referral and has agreed to it.
field-about = What would you like us to know?
field-about-hint = Tell us only what you want to. You can leave this empty.

# Safe contact.
refer-contact-legend-you = How can we contact you safely?
refer-contact-legend-person = How can we contact the person safely?
field-contact-method = How should we get in touch?
field-contact-method-phone = Phone call
field-contact-method-text = Text message
field-contact-method-email = Email
field-phone = Phone number
field-email = Email address
field-voicemail-ok = Is it safe to leave a voicemail?
field-message-ok = Is it safe to send a text message or email?
field-safe-times = Safe times to contact
field-safe-name = A safe name to ask for
field-safe-name-hint = If someone else answers, we will ask for this name and will not say who we are.
field-language = Which language should we use?
field-language-other = Another language
field-language-other-name = If another language, which one?
field-interpreter = Is an interpreter needed?
field-access-needs = Any access needs?
field-access-needs-hint = For example: a British Sign Language (BSL) interpreter, large print, or help with reading.
field-children = Do children live in the home?
choice-yes = Yes
choice-no = No
choice-unknown = I don't know

# Optional questions about safety. Each one says why we ask it.
risk-legend = Questions about safety (optional)
risk-intro = These questions help us decide how soon to get in touch. Tick any that are true. If you are filling this in for someone else, answer for them if you know.
risk-frightened = You are very frightened of the person who is hurting you.
risk-frightened-why = Fear is often the best sign of how dangerous things are.
risk-injured = You have been injured.
risk-injured-why = Injuries show the abuse is physical and may need a doctor.
risk-getting-worse = The abuse is happening more often or getting worse.
risk-getting-worse-why = Abuse that is getting worse can become dangerous quickly.
risk-strangled = They have tried to strangle, choke or suffocate you.
risk-strangled-why = This is one of the strongest signs that someone's life could be in danger.
risk-threat-to-kill = They have threatened to kill you or someone else.
risk-threat-to-kill-why = Threats to kill must always be taken seriously.
risk-weapons = They have used a weapon, or threatened to use one.
risk-weapons-why = Weapons make serious harm much more likely.
risk-stalking = They follow you, watch you or keep contacting you.
risk-stalking-why = Stalking often comes before serious harm.
risk-separating = You have recently left them, or are trying to leave.
risk-separating-why = Leaving can be the most dangerous time, so we plan it carefully with you.
risk-pregnant = You are pregnant or have had a baby in the last 18 months.
risk-pregnant-why = Abuse often starts or gets worse during pregnancy and after a birth.
risk-isolated = They keep you away from friends, family or money.
risk-isolated-why = Being cut off makes it harder to get help, so we look for safe ways to reach you.

# Sending.
field-honeypot = Leave this box empty
refer-send = Send
refer-send-hint = Your form is saved as soon as you press Send.

# Field errors, shown next to the field and in a summary at the top.
form-error-required = Please answer this question.
form-error-too-long = This answer is too long. Please make it shorter.
form-error-phone-needed = Please give a phone number, or choose another way to get in touch.
form-error-email-needed = Please give an email address, or choose another way to get in touch.
form-error-phone = Please enter a phone number using only numbers, spaces and +, like 07700 900123.
form-error-email = Please enter an email address like name@example.com.
form-error-work-contact = Please enter a work phone number or email address.
form-error-choice = Please choose one of the options.

# After sending.
refer-sent-title = Thank you. We have your form.
refer-sent-safe = We will only leave a message if you said it is safe.
refer-sent-danger = If you are in danger before we get in touch, call 999.
refer-sent-exit = You can leave this site quickly at any time with the "Exit this page" button.
refer-sent-home = Back to the home page
