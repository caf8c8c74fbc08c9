# Referral forms: "ask us to contact you", for yourself, as a professional, or for someone else.
refer-title = ہم سے کہیں کہ ہم آپ سے رابطہ کریں
refer-heading = ہم سے کہیں کہ ہم آپ سے رابطہ کریں
refer-lead = یہ فارم بھریں، ایک مشیر محفوظ طریقے سے آپ سے رابطہ کرے گا۔ یہ مفت ہے اور آپ کی بات راز میں رہے گی۔ جو بات آپ ہمیں نہیں بتانا چاہتے، اسے چھوڑ سکتے ہیں۔
refer-choose = یہ فارم کون بھر رہا ہے؟
refer-path-self = اپنے لیے
refer-path-self-body = آپ اپنے لیے مدد چاہتے ہیں۔
refer-path-professional = پیشہ ور کارکن کے طور پر
refer-path-friend-or-family = کسی دوست یا رشتے دار کے لیے
refer-path-friend-or-family-body = آپ کو کسی کی فکر ہے اور آپ کو مشورہ چاہیے، یا آپ چاہتے ہیں کہ ہم آپ کو فون کریں۔
refer-form-title-self = اپنے لیے مدد مانگیں
refer-form-title-professional = پیشہ ور کارکن کے طور پر کسی کو ریفر کریں
refer-form-title-friend-or-family = جس کی آپ کو فکر ہے، اس کے بارے میں مشورہ لیں
refer-other-forms = یہ صحیح فارم نہیں؟ کوئی اور فارم چنیں
refer-optional-note = صرف ان سوالوں کا جواب دینا لازمی ہے جن پر "ضروری" لکھا ہے۔
refer-required-mark = (ضروری)
refer-errors-heading = کچھ مسئلہ ہے
refer-errors-intro = براہِ کرم یہ جواب دیکھ لیں۔ آپ نے جو کچھ لکھا تھا، وہ سب یہیں موجود ہے۔
refer-rate-limited = اس کنکشن سے بہت زیادہ فارم بھیجے گئے ہیں۔ براہِ کرم ایک منٹ رکیں، پھر دوبارہ "بھیجیں" دبائیں۔ آپ نے جو لکھا تھا، وہ ضائع نہیں ہوا۔
refer-rate-limited-again = اس کنکشن سے بہت زیادہ فارم بھیجے گئے ہیں۔ براہِ کرم ایک منٹ رکیں، اپنے فارم پر واپس جائیں، اور دوبارہ "بھیجیں" دبائیں۔
refer-unavailable = ہم ابھی آپ کا فارم محفوظ نہیں کر سکے۔ آپ نے جو لکھا تھا، وہ ضائع نہیں ہوا۔ براہِ کرم تھوڑی دیر بعد دوبارہ "بھیجیں" دبائیں، یا ہمیں فون کریں۔

# Are you safe right now?
refer-safe-now-self = کیا آپ اس وقت محفوظ ہیں؟
refer-safe-now-other = کیا وہ شخص اس وقت محفوظ ہے؟
refer-unsafe-heading = ابھی مدد لیں۔ آپ کا فارم یہیں رہے گا۔

# About the person and the person filling it in.
refer-about-you = آپ کے بارے میں
refer-about-person = جس شخص کو آپ ریفر کر رہے ہیں، اس کے بارے میں
refer-about-your-work = آپ کے اور آپ کے کام کے بارے میں
field-name-self = آپ کا نام
field-name-professional = اس شخص کا نام
field-name-friend-or-family = آپ کا نام
field-name-hint = صرف پہلا نام کافی ہے۔ آپ کوئی بھی ایسا نام لکھ سکتے ہیں جسے استعمال کرنا ہمارے لیے محفوظ ہو۔
field-relationship = جس شخص کی آپ کو فکر ہے، آپ اسے کیسے جانتے ہیں؟
field-wants = آپ کیا چاہتے ہیں؟
field-wants-advice = ان کی مدد کیسے کریں، اس پر مشورہ
field-wants-call-back = ہم آپ کو فون کریں اور آپ کھل کر بات کر سکیں
field-agency = آپ کا ادارہ
field-role = آپ کا عہدہ
field-work-contact = آپ کے کام کا فون نمبر یا ای میل
field-consent-legend = رضامندی
field-consent = اس شخص کو اس ریفرل کا علم ہے اور وہ اس پر راضی ہے۔
field-about = آپ ہمیں کیا بتانا چاہتے ہیں؟
field-about-hint = صرف وہی بتائیں جو آپ بتانا چاہیں۔ آپ اسے خالی بھی چھوڑ سکتے ہیں۔

# Safe contact.
refer-contact-legend-you = ہم آپ سے محفوظ طریقے سے کیسے رابطہ کریں؟
refer-contact-legend-person = ہم اس شخص سے محفوظ طریقے سے کیسے رابطہ کریں؟
field-contact-method = ہم کس طرح رابطہ کریں؟
field-contact-method-phone = فون کال
field-contact-method-text = ٹیکسٹ میسج
field-contact-method-email = ای میل
field-phone = فون نمبر
field-email = ای میل ایڈریس
field-voicemail-ok = کیا وائس میل چھوڑنا محفوظ ہے؟
field-message-ok = کیا ٹیکسٹ میسج یا ای میل بھیجنا محفوظ ہے؟
field-safe-times = رابطے کے لیے محفوظ وقت
field-safe-name = ہم کس نام کا پوچھیں؟ (کوئی محفوظ نام)
field-safe-name-hint = اگر فون کوئی اور اٹھائے تو ہم اسی نام کا پوچھیں گے اور یہ نہیں بتائیں گے کہ ہم کون ہیں۔
field-language = ہم کس زبان میں بات کریں؟
field-language-other = کوئی اور زبان
field-language-other-name = اگر کوئی اور زبان ہے تو کون سی؟
field-interpreter = کیا ترجمان کی ضرورت ہے؟
field-access-needs = کیا کسی خاص سہولت کی ضرورت ہے؟
field-access-needs-hint = مثلاً: برٹش سائن لینگویج (BSL) کا ترجمان، بڑے حروف میں لکھائی، یا پڑھنے میں مدد۔
field-children = کیا گھر میں بچے رہتے ہیں؟
choice-yes = ہاں
choice-no = نہیں
choice-unknown = مجھے معلوم نہیں

# Optional questions about safety. Each one says why we ask it.
risk-legend = حفاظت کے بارے میں سوال (اختیاری)
risk-intro = ان سوالوں سے ہمیں یہ طے کرنے میں مدد ملتی ہے کہ کتنی جلدی رابطہ کرنا ہے۔ جو باتیں سچ ہیں، ان پر نشان لگائیں۔ اگر آپ یہ فارم کسی اور کے لیے بھر رہے ہیں اور آپ کو معلوم ہے، تو ان کی طرف سے جواب دیں۔
risk-frightened = جو شخص آپ کو تکلیف دیتا ہے، آپ اس سے بہت ڈرتے ہیں۔
risk-frightened-why = اکثر آپ کا ڈر ہی سب سے اچھی طرح بتاتا ہے کہ حالات کتنے خطرناک ہیں۔
risk-injured = آپ کو چوٹیں آئی ہیں۔
risk-injured-why = چوٹوں سے پتا چلتا ہے کہ بدسلوکی جسمانی ہے، اور ہو سکتا ہے ڈاکٹر کو دکھانا پڑے۔
risk-getting-worse = بدسلوکی اب پہلے سے زیادہ ہونے لگی ہے یا بدتر ہو رہی ہے۔
risk-getting-worse-why = بڑھتی ہوئی بدسلوکی بہت جلد خطرناک بن سکتی ہے۔
risk-strangled = اس نے آپ کا گلا دبانے، گلا گھونٹنے یا سانس روکنے کی کوشش کی ہے۔
risk-strangled-why = یہ اس بات کی سب سے بڑی نشانیوں میں سے ایک ہے کہ کسی کی جان خطرے میں ہو سکتی ہے۔
risk-threat-to-kill = اس نے آپ کو یا کسی اور کو جان سے مارنے کی دھمکی دی ہے۔
risk-threat-to-kill-why = جان سے مارنے کی دھمکی کو ہمیشہ سنجیدگی سے لینا چاہیے۔
risk-weapons = اس نے کوئی ہتھیار استعمال کیا ہے، یا استعمال کرنے کی دھمکی دی ہے۔
risk-weapons-why = ہتھیار ہو تو سنگین نقصان کا خطرہ بہت بڑھ جاتا ہے۔
risk-stalking = وہ شخص آپ کا پیچھا کرتا ہے، آپ پر نظر رکھتا ہے یا بار بار آپ سے رابطہ کرتا ہے۔
risk-stalking-why = سنگین نقصان سے پہلے اکثر پیچھا کیا جاتا ہے۔
risk-separating = آپ حال ہی میں اس سے الگ ہوئے ہیں، یا الگ ہونے کی کوشش کر رہے ہیں۔
risk-separating-why = الگ ہونے کا وقت سب سے زیادہ خطرناک ہو سکتا ہے، اس لیے ہم آپ کے ساتھ مل کر اس کا منصوبہ احتیاط سے بناتے ہیں۔
risk-pregnant = آپ حاملہ ہیں، یا پچھلے 18 مہینوں میں آپ کے ہاں بچہ پیدا ہوا ہے۔
risk-pregnant-why = بدسلوکی اکثر حمل کے دوران اور بچے کی پیدائش کے بعد شروع ہوتی ہے یا بڑھ جاتی ہے۔
risk-isolated = وہ شخص آپ کو دوستوں، گھر والوں یا پیسوں سے دور رکھتا ہے۔
risk-isolated-why = سب سے کٹ جانے سے مدد لینا مشکل ہو جاتا ہے، اس لیے ہم آپ تک پہنچنے کے محفوظ طریقے ڈھونڈتے ہیں۔

# Sending.
field-honeypot = اس خانے کو خالی چھوڑیں
refer-send = بھیجیں
refer-send-hint = جیسے ہی آپ "بھیجیں" دبائیں گے، آپ کا فارم ہمارے پاس محفوظ ہو جائے گا۔

# Field errors, shown next to the field and in a summary at the top.
form-error-required = براہِ کرم اس سوال کا جواب دیں۔
form-error-too-long = یہ جواب بہت لمبا ہے۔ براہِ کرم اسے چھوٹا کریں۔
form-error-phone-needed = براہِ کرم فون نمبر لکھیں، یا رابطے کا کوئی اور طریقہ چنیں۔
form-error-email-needed = براہِ کرم ای میل ایڈریس لکھیں، یا رابطے کا کوئی اور طریقہ چنیں۔
form-error-phone = براہِ کرم فون نمبر میں صرف ہندسے، اسپیس اور + لکھیں، جیسے: 07700 900123
form-error-email = براہِ کرم ای میل ایڈریس اس طرح لکھیں: name@example.com
form-error-work-contact = براہِ کرم اپنے کام کا فون نمبر یا ای میل ایڈریس لکھیں۔
form-error-choice = براہِ کرم ان میں سے کوئی ایک چنیں۔

# After sending.
refer-sent-title = شکریہ۔ آپ کا فارم ہمیں مل گیا ہے۔
refer-sent-safe = ہم میسج صرف تب چھوڑیں گے جب آپ نے بتایا ہو کہ ایسا کرنا محفوظ ہے۔
refer-sent-danger = اگر ہمارے رابطہ کرنے سے پہلے آپ خطرے میں ہوں تو 999 پر کال کریں۔
refer-sent-exit = آپ کسی بھی وقت "اس صفحے سے نکلیں" کا بٹن دبا کر یہ ویب سائٹ جلدی سے چھوڑ سکتے ہیں۔
refer-sent-home = ہوم پیج پر واپس جائیں
