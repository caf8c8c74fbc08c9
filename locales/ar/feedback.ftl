# «هل ساعدك هذا؟» (بعد المحادثة وبعد الإحالة)، وأسئلة «عنك» الاختيارية (متابعة المساواة في
# الوصول، بفئات تعداد ONS لعام 2021)، وما يقوله إشعار الخصوصية عنهما. صياغة تشمل الجنسين.

feedback-question = هل ساعدك هذا؟
feedback-intro = الإجابة ليست إلزامية. لا نعرف هويتك، ولا تُضاف إجابتك إلى محادثتك أو إحالتك.
feedback-helped-yes = نعم
feedback-helped-partly = قليلًا
feedback-helped-no = لا
feedback-comment-label = أي شيء تودّ إخبارنا به (اختياري)
feedback-comment-hint = بحدّ أقصى { $count ->
        [zero] { $count } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $count } أحرف
        [many] { $count } حرفًا
       *[other] { $count } حرف
    }. يُرجى عدم كتابة الاسم أو بيانات الاتصال.
feedback-send = إرسال الإجابة
feedback-error-no-answer = يُرجى اختيار إجابة عن سؤال «هل ساعدك هذا؟» قبل الإرسال.
feedback-error-too-long = التعليق طويل جدًا. يُرجى اختصاره إلى { $count ->
        [zero] { $count } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $count } أحرف
        [many] { $count } حرفًا
       *[other] { $count } حرف
    } كحدّ أقصى. كل ما كُتب ما زال هنا.
feedback-error-expired = بقيت هذه الصفحة مفتوحة وقتًا طويلًا، لذا يُرجى إرسال الإجابة مرة أخرى. كل ما كُتب ما زال هنا.
feedback-error-unavailable = تعذّر حفظ الإجابة الآن. يُرجى المحاولة مرة أخرى بعد دقيقة.
feedback-thanks-title = شكرًا لك
feedback-thanks-body = شكرًا على إخبارنا. هذا يساعدنا على تحسين خدمتنا.

about-you-invite-heading = ساعدنا على الوصول إلى الجميع (اختياري)
about-you-invite-body = بضعة أسئلة قصيرة عنك تساعدنا على التأكد من أن الدعم متاح للجميع. تُضاف الإجابات إلى المجاميع فقط، ولا تُحفظ أبدًا مع إحالتك أو محادثتك.
about-you-invite-link = الإجابة عن بضعة أسئلة عنك
about-you-title = عنك (اختياري)
about-you-intro = كل الأسئلة اختيارية. يمكن تخطي أي سؤال أو اختيار «أفضّل عدم الإجابة».
about-you-how-kept = نضيف الإجابات إلى مجاميع شهرية فقط. لا نحفظها مع إحالتك أو محادثتك، ولا يمكن لأحد رؤية ما اخترته.
about-you-privacy-link = قراءة إشعار الخصوصية
about-you-prefer-not-to-say = أفضّل عدم الإجابة
about-you-send = إرسال
about-you-error-unavailable = تعذّر حفظ الإجابات الآن. يُرجى المحاولة مرة أخرى بعد دقيقة.
about-you-thanks-title = شكرًا لك
about-you-thanks-body = شكرًا لك. تساعدنا إجاباتك على التأكد من أن الجميع يستطيعون الوصول إلى الدعم.

about-you-age = العمر
about-you-age-under-18 = أقل من 18 سنة
about-you-age-18-24 = من 18 إلى 24 سنة
about-you-age-25-34 = من 25 إلى 34 سنة
about-you-age-35-44 = من 35 إلى 44 سنة
about-you-age-45-54 = من 45 إلى 54 سنة
about-you-age-55-64 = من 55 إلى 64 سنة
about-you-age-65-74 = من 65 إلى 74 سنة
about-you-age-75-plus = 75 سنة أو أكثر

about-you-gender = النوع الاجتماعي
about-you-gender-woman = امرأة
about-you-gender-man = رجل
about-you-gender-non-binary = غير ثنائي/ة
about-you-gender-another-way = أصف نوعي الاجتماعي بطريقة أخرى

about-you-ethnic-group = المجموعة العرقية
about-you-ethnic-group-heading-asian = آسيوي/ة، أو بريطاني/ة آسيوي/ة، أو ويلزي/ة آسيوي/ة
about-you-ethnic-group-heading-black = أسود/سوداء، أو بريطاني/ة أسود/سوداء، أو ويلزي/ة أسود/سوداء، أو كاريبي/ة، أو أفريقي/ة
about-you-ethnic-group-heading-mixed = مجموعات عرقية مختلطة أو متعددة
about-you-ethnic-group-heading-white = أبيض/بيضاء
about-you-ethnic-group-heading-other = مجموعة عرقية أخرى
about-you-ethnic-group-asian-bangladeshi = بنغلاديشي/ة
about-you-ethnic-group-asian-chinese = صيني/ة
about-you-ethnic-group-asian-indian = هندي/ة
about-you-ethnic-group-asian-pakistani = باكستاني/ة
about-you-ethnic-group-asian-other = أي خلفية آسيوية أخرى
about-you-ethnic-group-black-african = أفريقي/ة
about-you-ethnic-group-black-caribbean = كاريبي/ة
about-you-ethnic-group-black-other = أي خلفية سوداء أو بريطانية سوداء أو كاريبية أخرى
about-you-ethnic-group-mixed-white-and-asian = أبيض وآسيوي
about-you-ethnic-group-mixed-white-and-black-african = أبيض وأسود أفريقي
about-you-ethnic-group-mixed-white-and-black-caribbean = أبيض وأسود كاريبي
about-you-ethnic-group-mixed-other = أي خلفية مختلطة أو متعددة أخرى
about-you-ethnic-group-white-british = إنجليزي/ة، أو ويلزي/ة، أو اسكتلندي/ة، أو من أيرلندا الشمالية، أو بريطاني/ة
about-you-ethnic-group-white-irish = أيرلندي/ة
about-you-ethnic-group-white-gypsy-or-irish-traveller = من الغجر (Gypsy) أو الرحّالة الأيرلنديين (Irish Traveller)
about-you-ethnic-group-white-roma = من الروما
about-you-ethnic-group-white-other = أي خلفية بيضاء أخرى
about-you-ethnic-group-other-arab = عربي/ة
about-you-ethnic-group-other-any = أي مجموعة عرقية أخرى

about-you-disability = هل لديك حالة صحية جسدية أو نفسية أو مرض استمر، أو يُتوقع أن يستمر، 12 شهرًا أو أكثر، ويحدّ من قدرتك على القيام بالأنشطة اليومية؟
about-you-disability-yes-a-lot = نعم، كثيرًا
about-you-disability-yes-a-little = نعم، قليلًا
about-you-disability-no = لا

about-you-sexual-orientation = أيّ مما يلي يصف ميولك الجنسية على أفضل وجه؟
about-you-sexual-orientation-straight-or-heterosexual = مغاير/ة الجنس
about-you-sexual-orientation-gay-or-lesbian = مثلي أو مثلية
about-you-sexual-orientation-bisexual = مزدوج/ة الميول الجنسية
about-you-sexual-orientation-another-orientation = ميول جنسية أخرى

privacy-voice-heading = «هل ساعدك هذا؟» والأسئلة عنك
privacy-voice-feedback = عند الإجابة عن «هل ساعدك هذا؟» نحتفظ بالإجابة وبأي تعليق محميّين بالتشفير. لا نربطهما بمحادثتك أو إحالتك، ولا نستخدم ملفات تعريف الارتباط، ونحفظ اليوم فقط دون الساعة. لا يقرأ التعليقات إلا قادة الفرق.
privacy-voice-feedback-retention = تُحذف الإجابات والتعليقات بعد { $count ->
        [zero] { $count } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $count } أيام
        [many] { $count } يومًا
       *[other] { $count } يوم
    }.
privacy-voice-about-you = تُضاف الإجابات عن أسئلة «عنك» إلى مجاميع شهرية فقط، كل سؤال على حدة. لا تُحفظ أبدًا مع إحالتك أو محادثتك، ولا نعرض أبدًا أي مجموع أقل من 5.
privacy-voice-why = نسأل لنتأكد من أن الجميع يستطيعون الوصول إلينا: النساء والرجال، وأفراد مجتمع الميم (LGBT+)، والناس من كل المجموعات العرقية، وذوو الإعاقة، وكبار السن. كل الأسئلة اختيارية.
