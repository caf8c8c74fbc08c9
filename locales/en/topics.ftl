# "Help for your situation": the hub, its topic pages, and the extra 999 advice.
nav-help-for = Help for you
door-need-help-topics = Help for your situation: stalking, forced marriage, older or disabled people and more
help-for-title = Help for your situation
help-for-intro = Domestic abuse can happen to anyone. These pages explain what it can look like in different situations, what you can do, and who can help.
help-for-not-listed = Not sure if what is happening to you is abuse?
help-for-is-this-abuse = Read about the signs of abuse
topic-signs-heading = Signs to look out for
topic-do-heading = What you can do
topic-help-heading = Who can help
topic-browse-safely-link = How to keep your phone and computer safe
topic-accommodation-link = Safe places to stay

# 999 advice, added to the emergency options.
emergency-cough = If you cannot speak when 999 answers, cough or tap the phone so the operator knows you need help.
emergency-landline = From a landline, 55 does not work: stay on the line even if you cannot speak. If the operator hears only background noise, they put you through to the police, who can find where a landline call comes from.

# Honour-based abuse and forced marriage
hba-title = Honour-based abuse and forced marriage
hba-intro = Honour-based abuse is abuse by family or community members who say you have brought them shame. Forced marriage is when you are made to marry without your free and full agreement. Both are crimes in the UK, and neither is ever your fault.
hba-sign-control = Your family controls who you see, what you wear, or whether you study or work.
hba-sign-threats = You are threatened, hit or kept at home for "dishonouring" the family.
hba-sign-marriage = You are pressured to marry, or to marry someone you did not choose.
hba-sign-travel = A trip abroad is planned and you fear you will be married or kept there.
hba-do-tell = Tell someone you trust outside the family, such as a teacher, doctor or one of our advisers.
hba-do-travel = If you are afraid of being taken abroad, get help before you travel. The Forced Marriage Unit can also help British nationals who are already abroad.
hba-do-documents = If you can, keep a copy of your passport and other important papers somewhere safe.
hba-do-mediation = You do not have to agree to family "mediation". It can put you in more danger.
hba-help-body = Our advisers understand honour-based abuse and can talk to you with an interpreter. Karma Nirvana runs a national helpline for honour-based abuse, and the Forced Marriage Unit is part of the UK government.

# Stalking and harassment
stalking-title = Stalking and harassment
stalking-intro = Stalking is when someone keeps following, watching or contacting you when you do not want it, and it makes you afraid. Harassment is repeated behaviour that frightens or upsets you. Both are crimes. Stalking by an ex-partner is common and can be dangerous.
stalking-sign-contact = Calls, messages or gifts you did not ask for, again and again.
stalking-sign-following = They turn up at your home, your work or places you go, or wait outside.
stalking-sign-online = They watch your social media, track your phone or make fake accounts.
stalking-sign-others = They contact your family, friends or employer about you.
stalking-do-record = Keep a record: dates, times, what happened, and screenshots. It helps the police.
stalking-do-no-contact = Do not reply to them or meet them. Any reply can keep it going.
stalking-do-devices = Check your phone and car for trackers, and change your passwords.
stalking-do-police = Report it to the police. A court can order them to stay away from you.
stalking-help-body = Our advisers can help you plan how to stay safe and how to report it. The National Stalking Helpline, run by the Suzy Lamplugh Trust, gives advice to anyone who is being stalked.

# Abuse after separation, and economic abuse
separation-title = Abuse after separation, and economic abuse
separation-intro = Abuse often does not stop when a relationship ends. It can get worse, and the time around leaving can be the most dangerous. Economic abuse is when someone controls your money or what you own, so that you cannot be independent.
separation-sign-contact = They keep contacting, following or threatening you after you have split up.
separation-sign-children = They use contact with the children, or the courts, to frighten or control you.
separation-sign-money = They take your money, stop you working, or make you pay for everything.
separation-sign-debt = They run up debts in your name, or refuse to pay towards the children.
separation-do-plan = Plan with an adviser how to leave or how to stay safe. Leaving is a risky time, so plan it carefully.
separation-do-bank = Open a bank account they do not know about, and change your passwords and PINs.
separation-do-records = Keep records of messages, payments and threats.
separation-do-advice = Get advice on money, debt, benefits, housing and arrangements for the children. Citizens Advice can help with money and debt.
separation-help-body = Our advisers can help with safety, housing and going to court. Surviving Economic Abuse is a national charity with advice about money and abuse.

# Young people in their own relationships
young-title = Young people: abuse in your relationship
young-intro = Abuse can happen in any relationship, at any age. If the person you are seeing makes you feel scared, controlled or bad about yourself, it is not okay, and it is not your fault.
young-sign-phone = They check your phone, want your passwords, or get angry if you do not reply straight away.
young-sign-friends = They tell you who you can see or what to wear.
young-sign-pressure = They pressure you into sex, or into sending nude photos.
young-sign-threats = They threaten to share your photos, to hurt you, or to hurt themselves if you leave.
young-do-trust = Talk to someone you trust: a friend, someone in your family, a teacher or a school nurse.
young-do-photos = Sharing or threatening to share nude photos of you is a crime. You can report it, and you can ask for the photos to be taken down.
young-do-safe = If you meet them, tell someone where you are going.
young-help-body = Our service supports young people, and you can talk to us. If you are under 19, Childline is free and confidential, by phone or online.
young-directory-link = Services for young people

# Older people
older-title = Older people
older-intro = Domestic abuse happens to older people too. It can come from a partner of many years, from grown-up children or grandchildren, or from others in the family. It is still abuse when that person also looks after you.
older-sign-money = Someone takes your pension or savings, or makes you sign papers.
older-sign-care = Someone who looks after you neglects you, hurts you, or keeps your medicine from you.
older-sign-isolation = You are stopped from seeing friends, going to your doctor or going out.
older-sign-fear = You are afraid of someone in your home, or afraid to say no to them.
older-do-tell = Tell someone you trust, such as your doctor, a nurse or a carer.
older-do-council = The council's adult social care team can help you stay safe. They work with you and ask what you want.
older-do-money = If someone is taking your money, your bank can add protection to your account.
older-help-body = Our advisers support people of every age, by phone or in person. Hourglass runs a national helpline about the abuse of older people.

# Children living with domestic abuse
children-title = Children living with domestic abuse
children-intro = Children who live with domestic abuse are victims of it too, even when they are not hurt themselves. They see, hear and feel what happens. With support, children can recover well.
children-affected-heading = How children may be affected
children-sign-fear = They are scared, anxious or clingy, or they sleep badly.
children-sign-behaviour = They are angry or very quiet, or they act younger than their age.
children-sign-school = They struggle at school, or do not want to go.
children-sign-blame = They think it is their fault, or they try to protect you.
children-do-heading = What you can do as a parent
children-do-talk = Tell them it is not their fault, and listen when they want to talk.
children-do-plan = Make a simple safety plan with them: a safe place to go, and how to call 999.
children-do-school = Let their school or nursery know, so they can support your child.
children-do-help = Get support for yourself. Keeping yourself safe helps to keep them safe.
children-services-heading = Children's services are there to help
children-services-body = Many parents fear that asking for help means their children will be taken away. Children's services want to keep children safe with the parent who is not abusive. They work with you, and taking a child into care is a last resort. Telling us about your children helps us get the right support for all of you.
children-help-body = Our service supports children and young people as well as adults. Childline is free for children and young people to talk to, and the NSPCC helps adults who are worried about a child.

# LGBT+ people
lgbt-title = LGBT+ people
lgbt-intro = Domestic abuse happens in LGBT+ relationships and families too. You deserve support that understands you, whoever you are and whoever you love.
lgbt-sign-outing = They threaten to tell people about your sexuality or your gender identity.
lgbt-sign-identity = They say you are not a "real" man, woman or LGBT+ person, or control how you show your gender.
lgbt-sign-medication = They stop you getting hormones or other medical care you need.
lgbt-sign-isolation = They tell you nobody will help you because you are LGBT+, or cut you off from your friends and community.
lgbt-do-talk = Talk to a service you trust. You choose what you tell us about yourself.
lgbt-do-family = Abuse from your family because of who you are is domestic abuse too, and so is being forced to marry.
lgbt-do-record = Keep a record of what happens, and keep important documents somewhere safe.
lgbt-help-body = Our service supports LGBT+ people. Galop runs a national helpline for LGBT+ people who are facing abuse.
lgbt-directory-link = Services for LGBT+ people

# Disabled and Deaf people
disabled-title = Disabled and Deaf people
disabled-intro = Disabled and Deaf people are more likely to face domestic abuse, and it can be harder to get help. The person abusing you may be a partner, someone in your family, or someone who cares for you.
disabled-sign-care = They refuse to help you with care, food or medicine, or hurt you while they help you.
disabled-sign-equipment = They take away your wheelchair, hearing aids, phone or other equipment.
disabled-sign-money = They control your benefits or your money.
disabled-sign-communication = They stop you communicating, or "interpret" for you so that you cannot speak for yourself.
disabled-contact-heading = Getting help in BSL or by text
disabled-contact-bsl = 999 BSL is a free app and website that connects you to 999 through a British Sign Language interpreter.
disabled-contact-sms = You can text 999 once you have registered with emergencySMS.
disabled-contact-helpline = The National Domestic Abuse Helpline can be reached in BSL through its website.
disabled-contact-us = Tell us how you want to communicate, for example with a BSL interpreter, by text or by email, and we will arrange it.
disabled-contact-relay = Relay UK: to reach 999 by typing, use the Relay UK app or a textphone and call
disabled-do-tell = Tell someone you trust, such as a doctor, a social worker or a support worker.
disabled-do-council = If the person abusing you is your carer, the council's adult social care team can help you stay safe and arrange other care.
disabled-help-body = Our advisers can talk with you by phone, webchat or with an interpreter. Services for Deaf people are listed in our directory.
disabled-directory-link = Services for Deaf people
