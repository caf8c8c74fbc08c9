# "کیا اس سے مدد ملی؟" (چیٹ اور ریفرل کے بعد)، اختیاری "آپ کے بارے میں" سوالات (برابر رسائی کی
# نگرانی، ONS 2021 مردم شماری کی قسمیں)، اور پرائیویسی نوٹس میں ان کا ذکر۔

feedback-question = کیا اس سے آپ کی مدد ہوئی؟
feedback-intro = جواب دینا ضروری نہیں۔ ہم نہیں جانتے کہ آپ کون ہیں، اور آپ کا جواب آپ کی چیٹ یا ریفرل کے ساتھ نہیں جوڑا جاتا۔
feedback-helped-yes = ہاں
feedback-helped-partly = کچھ حد تک
feedback-helped-no = نہیں
feedback-comment-label = آپ ہمیں کچھ بتانا چاہیں تو (اختیاری)
feedback-comment-hint = زیادہ سے زیادہ { $count ->
        [one] { $count } حرف
       *[other] { $count } حروف
    }۔ براہِ کرم اپنا نام یا رابطے کی تفصیلات نہ لکھیں۔
feedback-send = جواب بھیجیں
feedback-error-no-answer = بھیجنے سے پہلے براہِ کرم "کیا اس سے آپ کی مدد ہوئی؟" کا کوئی جواب چنیں۔
feedback-error-too-long = آپ کا تبصرہ بہت لمبا ہے۔ براہِ کرم اسے { $count ->
        [one] { $count } حرف
       *[other] { $count } حروف
    } یا اس سے کم کر دیں۔ آپ نے جو لکھا تھا وہ سب یہیں موجود ہے۔
feedback-error-expired = یہ صفحہ بہت دیر تک کھلا رہا، اس لیے براہِ کرم اپنا جواب دوبارہ بھیجیں۔ آپ نے جو لکھا تھا وہ سب یہیں موجود ہے۔
feedback-error-unavailable = ہم اس وقت آپ کا جواب محفوظ نہیں کر سکے۔ براہِ کرم ایک منٹ بعد دوبارہ کوشش کریں۔
feedback-thanks-title = شکریہ
feedback-thanks-body = ہمیں بتانے کا شکریہ۔ اس سے ہمیں اپنی مدد بہتر بنانے میں مدد ملتی ہے۔

about-you-invite-heading = سب تک پہنچنے میں ہماری مدد کریں (اختیاری)
about-you-invite-body = آپ کے بارے میں چند مختصر سوالات سے ہم یہ دیکھ سکتے ہیں کہ ہر کسی کو مدد مل سکے۔ آپ کے جواب صرف کل تعداد میں جمع ہوتے ہیں۔ انہیں کبھی آپ کے ریفرل یا چیٹ کے ساتھ نہیں رکھا جاتا۔
about-you-invite-link = اپنے بارے میں چند سوالات کے جواب دیں
about-you-title = آپ کے بارے میں (اختیاری)
about-you-intro = ہر سوال اختیاری ہے۔ آپ کوئی بھی سوال چھوڑ سکتے ہیں یا "میں نہیں بتانا چاہتا/چاہتی" چن سکتے ہیں۔
about-you-how-kept = ہم آپ کے جواب صرف ماہانہ کل تعداد میں جمع کرتے ہیں۔ ہم انہیں آپ کے ریفرل یا چیٹ کے ساتھ نہیں رکھتے، اور کوئی نہیں دیکھ سکتا کہ آپ نے کیا چنا۔
about-you-privacy-link = ہمارا پرائیویسی نوٹس پڑھیں
about-you-prefer-not-to-say = میں نہیں بتانا چاہتا/چاہتی
about-you-send = بھیجیں
about-you-error-unavailable = ہم اس وقت آپ کے جواب محفوظ نہیں کر سکے۔ براہِ کرم ایک منٹ بعد دوبارہ کوشش کریں۔
about-you-thanks-title = شکریہ
about-you-thanks-body = شکریہ۔ آپ کے جوابات سے ہمیں یقینی بنانے میں مدد ملتی ہے کہ ہر کوئی مدد تک پہنچ سکے۔

about-you-age = آپ کی عمر
about-you-age-under-18 = 18 سال سے کم
about-you-age-18-24 = 18 سے 24 سال
about-you-age-25-34 = 25 سے 34 سال
about-you-age-35-44 = 35 سے 44 سال
about-you-age-45-54 = 45 سے 54 سال
about-you-age-55-64 = 55 سے 64 سال
about-you-age-65-74 = 65 سے 74 سال
about-you-age-75-plus = 75 سال یا اس سے زیادہ

about-you-gender = آپ کی صنف
about-you-gender-woman = عورت
about-you-gender-man = مرد
about-you-gender-non-binary = نان بائنری
about-you-gender-another-way = میں اپنی صنف کسی اور طرح بیان کرتا/کرتی ہوں

about-you-ethnic-group = آپ کا نسلی گروپ
about-you-ethnic-group-heading-asian = ایشیائی، برطانوی ایشیائی یا ویلش ایشیائی
about-you-ethnic-group-heading-black = سیاہ فام، برطانوی سیاہ فام، ویلش سیاہ فام، کیریبین یا افریقی
about-you-ethnic-group-heading-mixed = مخلوط یا ایک سے زیادہ نسلی گروپ
about-you-ethnic-group-heading-white = سفید فام
about-you-ethnic-group-heading-other = کوئی اور نسلی گروپ
about-you-ethnic-group-asian-bangladeshi = بنگلہ دیشی
about-you-ethnic-group-asian-chinese = چینی
about-you-ethnic-group-asian-indian = بھارتی
about-you-ethnic-group-asian-pakistani = پاکستانی
about-you-ethnic-group-asian-other = کوئی اور ایشیائی پس منظر
about-you-ethnic-group-black-african = افریقی
about-you-ethnic-group-black-caribbean = کیریبین
about-you-ethnic-group-black-other = کوئی اور سیاہ فام، برطانوی سیاہ فام یا کیریبین پس منظر
about-you-ethnic-group-mixed-white-and-asian = سفید فام اور ایشیائی
about-you-ethnic-group-mixed-white-and-black-african = سفید فام اور سیاہ فام افریقی
about-you-ethnic-group-mixed-white-and-black-caribbean = سفید فام اور سیاہ فام کیریبین
about-you-ethnic-group-mixed-other = کوئی اور مخلوط یا ایک سے زیادہ نسلی پس منظر
about-you-ethnic-group-white-british = انگریز، ویلش، اسکاٹش، شمالی آئرش یا برطانوی
about-you-ethnic-group-white-irish = آئرش
about-you-ethnic-group-white-gypsy-or-irish-traveller = جپسی (Gypsy) یا آئرش ٹریولر
about-you-ethnic-group-white-roma = روما
about-you-ethnic-group-white-other = کوئی اور سفید فام پس منظر
about-you-ethnic-group-other-arab = عرب
about-you-ethnic-group-other-any = کوئی اور نسلی گروپ

about-you-disability = کیا آپ کو کوئی جسمانی یا ذہنی صحت کا مسئلہ یا بیماری ہے جو 12 مہینے یا اس سے زیادہ رہی ہے یا رہنے کی توقع ہے، اور جو روزمرہ کے کام کرنے کی آپ کی صلاحیت کم کرتی ہے؟
about-you-disability-yes-a-lot = ہاں، بہت زیادہ
about-you-disability-yes-a-little = ہاں، تھوڑی سی
about-you-disability-no = نہیں

about-you-sexual-orientation = ان میں سے کون سا آپ کے جنسی رجحان کو سب سے بہتر بیان کرتا ہے؟
about-you-sexual-orientation-straight-or-heterosexual = مخالف جنس میں دلچسپی (ہیٹروسیکشوئل)
about-you-sexual-orientation-gay-or-lesbian = گے یا لیزبین
about-you-sexual-orientation-bisexual = بائی سیکشوئل
about-you-sexual-orientation-another-orientation = کوئی اور جنسی رجحان

privacy-voice-heading = "کیا اس سے آپ کی مدد ہوئی؟" اور آپ کے بارے میں سوالات
privacy-voice-feedback = اگر آپ "کیا اس سے آپ کی مدد ہوئی؟" کا جواب دیتے ہیں تو ہم آپ کا جواب اور تبصرہ خفیہ کاری (encryption) سے محفوظ کر کے رکھتے ہیں۔ ہم اسے آپ کی چیٹ یا ریفرل کے ساتھ نہیں جوڑتے، کوئی کوکی استعمال نہیں کرتے، اور صرف دن رکھتے ہیں، وقت نہیں۔ تبصرے صرف ٹیم لیڈر پڑھ سکتے ہیں۔
privacy-voice-feedback-retention = جوابات اور تبصرے { $count ->
        [one] { $count } دن
       *[other] { $count } دن
    } بعد مٹا دیے جاتے ہیں۔
privacy-voice-about-you = "آپ کے بارے میں" سوالات کے جواب صرف ماہانہ کل تعداد میں جمع ہوتے ہیں، ہر سوال الگ۔ انہیں کبھی آپ کے ریفرل یا چیٹ کے ساتھ نہیں رکھا جاتا، اور 5 سے کم کی تعداد کبھی نہیں دکھائی جاتی۔
privacy-voice-why = ہم یہ اس لیے پوچھتے ہیں تاکہ دیکھ سکیں کہ ہر کوئی ہم تک پہنچ سکے: عورتیں اور مرد، LGBT+ لوگ، ہر نسلی گروپ کے لوگ، معذوری والے لوگ اور بزرگ۔ ہر سوال اختیاری ہے۔
