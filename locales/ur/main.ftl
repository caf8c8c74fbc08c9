# Shared parts of every page: the language's own name, quick exit, navigation, footer.
language-name = اردو
site-name = روتھرہم میں گھریلو بدسلوکی کے لیے مدد
skip-to-content = اصل مواد پر جائیں
quick-exit = اس صفحے سے نکلیں
quick-exit-hint = یا Shift کا بٹن 3 بار دبائیں
quick-exit-shift-1 = آپ نے Shift ایک بار دبایا۔ یہ صفحہ چھوڑنے کے لیے اسے 2 بار اور دبائیں۔
quick-exit-shift-2 = آپ نے Shift دو بار دبایا۔ یہ صفحہ چھوڑنے کے لیے اسے ایک بار اور دبائیں۔
quick-exit-skip = ابھی اس صفحے سے نکلیں
nav-label = مین مینو
nav-directory = کون مدد کر سکتا ہے
nav-is-this-abuse = کیا یہ بدسلوکی ہے؟
nav-browse-safely = محفوظ طریقے سے براؤز کریں
nav-safe-accommodation = رہنے کی محفوظ جگہیں
nav-your-behaviour = اپنے رویّے کے بارے میں فکرمند ہیں؟
nav-professionals = پیشہ ور افراد کے لیے
language-picker-label = زبان چنیں
footer-emergency = ایمرجنسی میں کال کریں
not-found-title = صفحہ نہیں ملا
not-found-body = ہمیں یہ صفحہ نہیں ملا۔ ہو سکتا ہے ایڈریس غلط ہو۔
not-found-home = ہوم پیج پر جائیں

# Emergency options, shown on many pages.
emergency-heading = کیا آپ ابھی خطرے میں ہیں؟
emergency-999 = 999 پر کال کریں اور پولیس کا کہیں۔
emergency-55 = اگر آپ بول نہیں سکتے تو موبائل سے 999 پر کال کریں، سنیں، پھر 55 دبائیں۔ پولیس سمجھ جائے گی کہ یہ اصلی کال ہے۔
emergency-sms = اگر آپ سن یا بول نہیں سکتے تو emergencySMS پر رجسٹر ہونے کے بعد 999 پر ٹیکسٹ میسج بھیج سکتے ہیں۔ رجسٹر ہونے کے لیے 999 پر انگریزی لفظ "register" لکھ کر بھیجیں۔
emergency-relay = اگر آپ Relay UK استعمال کرتے ہیں تو ایمرجنسی سروسز کے لیے 18000 پر کال کریں۔

# Phone lines named on many pages.
phone-rise = Rotherham Rise ہیلپ لائن:
phone-national = National Domestic Abuse Helpline (گھریلو بدسلوکی کی قومی ہیلپ لائن)، 24 گھنٹے، مفت:
phone-council = روتھرہم کونسل کی گھریلو بدسلوکی لائن:
phone-respect = Respect Phoneline (مفت):
see-directory = مدد کرنے والی سب سروسز دیکھیں

# The home page.
home-title = روتھرہم میں گھریلو بدسلوکی کے لیے مدد
home-heading = گھریلو بدسلوکی سے نکلنے کے لیے مدد لیں
home-lead = آپ اکیلے نہیں ہیں۔ ہم گھریلو بدسلوکی سے متاثر ہر شخص کی مدد کرتے ہیں: خواتین، مرد، نوجوان اور خاندان۔ یہ مدد مفت ہے اور آپ کی بات راز میں رہتی ہے۔
safe-now-question = کیا آپ اس وقت محفوظ ہیں؟
safe-now-yes = ہاں، میں محفوظ ہوں
safe-now-no = نہیں، میں محفوظ نہیں ہوں
safe-now-unsafe-heading = ابھی مدد لیں
safe-now-safe-reply = اچھی بات ہے۔ آرام سے نیچے دیکھیں اور جو آپ کے لیے ٹھیک ہو وہ چنیں۔
doors-heading = جو آپ کے لیے ٹھیک ہو وہ چنیں
door-need-help = مجھے مدد چاہیے
door-need-help-body = آپ کا کوئی قریبی آپ کو تکلیف دیتا ہے، ڈراتا ہے یا آپ کو قابو میں رکھتا ہے۔
door-need-help-talk = کسی سے بات کریں
door-need-help-directory = اپنے قریب کوئی سروس ڈھونڈیں
door-need-help-abuse = جو ہو رہا ہے، کیا وہ بدسلوکی ہے؟
door-worried = مجھے کسی کی فکر ہے
door-worried-body = آپ کو لگتا ہے کہ آپ کے کسی دوست یا رشتے دار کے ساتھ بدسلوکی ہو رہی ہے۔
door-worried-signs = بدسلوکی کی نشانیاں
door-worried-talk = مدد کیسے کریں، اس پر مشورہ لیں
door-professional = میں پیشہ ور کارکن ہوں
door-professional-body = آپ کسی ایسے شخص کے ساتھ کام کرتے ہیں جسے مدد چاہیے۔
door-professional-refer = کسی کو ریفر کیسے کریں
door-professional-directory = پیشہ ور افراد کے لیے سروسز
talk-heading = کسی سے بات کریں
talk-phone = آپ ہمیں فون کر سکتے ہیں۔ ہمارے مشیر آپ کی بات دھیان سے سنتے ہیں اور آپ کو غلط نہیں سمجھیں گے۔
talk-referral = آپ ہم سے یہ بھی کہہ سکتے ہیں کہ ہم کسی ایسے وقت آپ سے رابطہ کریں جو آپ کے لیے محفوظ ہو۔
talk-referral-link = ہم سے کہیں کہ ہم آپ سے رابطہ کریں
home-browse-safely = اس ویب سائٹ کو زیادہ محفوظ طریقے سے کیسے استعمال کریں
