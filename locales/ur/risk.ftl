# Safety questions added for issue 12, a professional's referral without consent, and every
# "we will contact you by …" promise (its time comes from data/service-hours.toml).
risk-fears-killed = آپ کو ڈر ہے کہ یہ شخص آپ کی جان لے سکتا ہے۔
risk-fears-killed-why = اپنی جان کے بارے میں آپ کا ڈر خطرے کی سب سے بڑی نشانیوں میں سے ایک ہے، اس لیے ہم جلدی قدم اٹھاتے ہیں۔
risk-police-called = پچھلے ایک سال میں اس شخص کی وجہ سے تین یا اس سے زیادہ بار پولیس بلائی گئی ہے۔
risk-police-called-why = بار بار پولیس بلانے کا مطلب ہے کہ بدسلوکی بڑھ رہی ہے، اس لیے ہم اسے فوری معاملہ سمجھتے ہیں۔

# Professionals: with consent, or without it when they judge the risk to be high.
refer-path-professional-body = آپ کسی ایسے شخص کے ساتھ کام کرتے ہیں جسے آپ ریفر کرنا چاہتے ہیں: اس کی رضامندی سے، یا اگر آپ کی رائے میں خطرہ زیادہ ہے تو رضامندی کے بغیر۔
field-consent-hint = پہلے اس شخص سے پوچھیں۔ رضامندی کے بغیر صرف اسی وقت ریفر کریں جب آپ کی رائے میں خطرہ زیادہ ہو، اور ہمیں اس کی وجہ بتائیں۔ اگر کوئی ابھی خطرے میں ہے تو 999 پر کال کریں۔
field-consent-no-high-risk = یہ شخص راضی نہیں ہے، لیکن میری رائے میں خطرہ زیادہ ہے، اس لیے یہ ریفرل رضامندی کے بغیر ہے۔
field-no-consent-reason = آپ رضامندی کے بغیر کیوں ریفر کر رہے ہیں؟
field-no-consent-reason-hint = اگر آپ رضامندی کے بغیر ریفر کر رہے ہیں تو یہ جواب ضروری ہے۔ بتائیں کہ آپ کس وجہ سے خطرہ زیادہ سمجھتے ہیں، مثلاً جان سے مارنے کی دھمکی یا گلا دبانا۔
form-error-consent = براہِ کرم بتائیں کہ کیا یہ شخص راضی ہے۔ اس کی رضامندی کے بغیر آپ صرف اسی وقت ریفر کر سکتے ہیں جب آپ کی رائے میں خطرہ زیادہ ہو۔
form-error-no-consent-reason = براہِ کرم بتائیں کہ آپ خطرہ زیادہ کیوں سمجھتے ہیں۔ رضامندی کے بغیر ریفرل لینے کے لیے ہمیں یہ جاننا ضروری ہے۔
professionals-consent-risk = اگر خطرہ زیادہ ہو اور وہ راضی نہ ہوں، تب بھی آپ ریفر کر سکتے ہیں: فارم پر "رضامندی کے بغیر" والا جواب چنیں اور ہمیں وجہ بتائیں۔ ہم ایسے ریفرل کو زیادہ خطرے والا سمجھتے ہیں۔

# When an adviser will have tried to make contact. $day is today, tomorrow, mon … sun, or
# later (more than six days ahead, then $date is shown); $time is UK time, e.g. 10:00.
contact-by-when = { $day ->
    [today] آج { $time } بجے تک
    [tomorrow] کل { $time } بجے تک
    [mon] پیر کو { $time } بجے تک
    [tue] منگل کو { $time } بجے تک
    [wed] بدھ کو { $time } بجے تک
    [thu] جمعرات کو { $time } بجے تک
    [fri] جمعہ کو { $time } بجے تک
    [sat] ہفتے کو { $time } بجے تک
    [sun] اتوار کو { $time } بجے تک
   *[later] { $date } کو { $time } بجے تک
}
refer-sent-by = ایک مشیر { $when } آپ کے چنے ہوئے طریقے سے رابطہ کرنے کی کوشش کرے گا۔
professionals-what-next-by = اگر آپ ابھی ریفر کریں تو ایک مشیر { $when } اس شخص سے محفوظ طریقے سے رابطہ کرنے کی کوشش کرے گا۔
professionals-what-next-body = مشیر اس شخص کے ساتھ مل کر صحیح مدد ڈھونڈے گا: اکیلے میں مدد، گروپ سیشن، کاؤنسلنگ، ملتے جلتے تجربے والے لوگوں کا ساتھ (پیئر سپورٹ)، یا ماہر عملہ جو خود آ کر ملتا ہے۔
