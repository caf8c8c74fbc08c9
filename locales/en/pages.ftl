# "Is this abuse?"
abuse-title = Is this abuse?
abuse-intro = Domestic abuse is when a partner, ex-partner or family member hurts, scares or controls you. It can happen once or many times. It is not only violence.
abuse-physical-heading = Physical abuse
abuse-physical-body = Hitting, kicking, punching, burning or choking you. Stopping you from getting medical help. Hurting your pets.
abuse-sexual-heading = Sexual abuse
abuse-sexual-body = Making you have sex or do sexual things you do not want. Pressuring you into unsafe sex. Hurting you during sex.
abuse-control-heading = Controlling behaviour
abuse-control-body = Watching what you do every day. Keeping you away from friends and family. Taking your medicine. Using your children to control you. Threatening to share private things about you.
abuse-emotional-heading = Emotional abuse
abuse-emotional-body = Making you feel afraid, worthless or confused. Turning your children or friends against you. Insulting you, in private or in front of others.
abuse-economic-heading = Money and economic abuse
abuse-economic-body = Taking or controlling your money. Stopping you from working. Leaving you without food, clothes, transport or bills paid.
abuse-verbal-heading = Verbal abuse
abuse-verbal-body = Shouting at you again and again. Laughing at you, mocking you or threatening you. Making fun of your body, disability, gender or sexuality.
abuse-online-heading = Online and phone abuse
abuse-online-body = Checking your phone, email or social media. Tracking where you are. Sharing, or threatening to share, private photos or videos of you.
abuse-children-heading = Children are affected too
abuse-children-body = Children who see or hear abuse at home are victims too. Support is there for them as well as for you.
abuse-not-your-fault-heading = It is not your fault
abuse-not-your-fault-body = Nobody deserves to be abused. If any of this sounds familiar, you can talk to someone in confidence.

# "Browse safely"
safely-title = Browse safely
safely-intro = If someone checks your phone or computer, these steps can help keep your visit private. No method is perfect.
safely-exit-heading = Leave this site quickly
safely-exit-body = Press "Exit this page" at the top of any page, or press the Shift key 3 times. The page will go blank and a weather website will open. The Back button will not bring you back here. This needs JavaScript: if it is turned off in your browser, the pages you saw here stay in Back and in your history, so clear them as described on this page.
safely-history-heading = Your browsing history
safely-history-body = Your browser keeps a list of the sites you visit.
safely-history-private = Use a private or incognito window. It does not keep history after you close it.
safely-history-clear = If you cannot use a private window, delete this site from your history afterwards.
safely-history-selective = Deleting all of your history can look unusual. Deleting only the pages about abuse may be safer.
safely-devices-heading = Phones, computers and accounts
safely-devices-shared = If you share a device, the other person may see what you looked at.
safely-devices-accounts = Check that nobody else is logged in to your email or social media, and change passwords they may know.
safely-devices-location = Your phone may share your location. Check the location settings and any apps you do not recognise.
safely-devices-other = If you are not sure your device is safe, use a friend's phone or a computer at a library or at work.
safely-phone-heading = Calls and phone bills
safely-phone-body = Many helplines are free and do not show on phone bills. Look for this in the list of services. You can also delete the number from your call history.

# "Worried about your own behaviour?"
behaviour-title = Worried about your own behaviour?
behaviour-intro = If you have hurt, frightened or controlled a partner or family member, or you are worried you might, you can get help to change.
behaviour-signs-heading = You may want help if you
behaviour-sign-control = check on, or try to control, who your partner sees and where they go
behaviour-sign-anger = lose your temper, shout, break things or hit out
behaviour-sign-fear = notice your partner or children are afraid of you
behaviour-sign-blame = blame others for the way you behave
behaviour-respect-heading = Respect Phoneline
behaviour-respect-body = A confidential helpline for people who are worried about their own behaviour towards a partner or family member. It gives advice and information about programmes near you.
behaviour-inspire-heading = Inspire to Change
behaviour-inspire-body = A programme in Rotherham, run by Cranstoun, for people who want to stop being abusive. It includes group and one-to-one work.
behaviour-danger-heading = If someone is in danger
behaviour-danger-body = If you think someone is in danger right now, call 999.

# "Safe places to stay"
accommodation-title = Safe places to stay
accommodation-intro = If it is not safe for you to stay at home, there are safe places to go. If you want to stay at home, there is help to make it safer.
accommodation-types-heading = Kinds of safe accommodation
accommodation-refuge = A refuge: a safe house where women and children can stay, with staff to support them.
accommodation-dispersed = Dispersed accommodation: a safe flat or house of your own, with the same support as a refuge.
accommodation-sanctuary = A sanctuary scheme: extra locks and security fitted to your home, so that you can stay there safely.
accommodation-specialist = Specialist accommodation: for example for Black, Asian and minority ethnic people, LGBT+ people, disabled people, or people with other needs.
accommodation-move-on = Move-on accommodation: a home with lighter support, for after a refuge and before a permanent home.
accommodation-emergency = Emergency accommodation: a safe place to stay for a short time while you decide what to do.
accommodation-children-heading = Children
accommodation-children-body = Your children can come with you. They can get support of their own, such as play therapy.
accommodation-ask-heading = How to ask for a safe place
accommodation-ask-body = Call one of these lines. They will talk through your options and help you find a place.

# "For professionals"
professionals-title = For professionals
professionals-intro = Rotherham Rise is the single point of access for domestic abuse support in Rotherham, at every level of risk. Any professional can refer.
professionals-how-heading = How to refer
professionals-how-body = Use our online referral form, or call the helpline to make a referral.
professionals-how-link = Refer someone online
professionals-consent-heading = Consent
professionals-consent-body = Ask the person before you refer them.
professionals-consent-ask = Tell them who you are referring them to and why, and ask if they agree.
professionals-consent-safe = Ask how and when it is safe to contact them, and whether a message or voicemail is safe.
professionals-include-heading = What to include
professionals-include-contact = A safe way and a safe time to contact the person.
professionals-include-language = Their language, and whether they need an interpreter or other support, such as British Sign Language.
professionals-include-children = Whether children live in the home.
professionals-include-risk = What you know about the risk to them now.
professionals-high-risk-heading = When the risk is high
professionals-high-risk-body = When someone is at high risk of serious harm, a specialist adviser works with them. Their case may be discussed at a meeting of local agencies that plans how to keep them safe. In Rotherham this meeting is called the MARAC.
professionals-what-next-heading = What happens next
