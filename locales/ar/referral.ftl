# Referral forms: "ask us to contact you", for yourself, as a professional, or for someone else.
refer-title = طلب التواصل معك
refer-heading = طلب التواصل معك
refer-lead = بعد ملء هذا النموذج، سيتواصل معك مستشار بطريقة آمنة. الخدمة مجانية وسرية. يمكنك ترك أي سؤال لا ترغب في الإجابة عنه.
refer-choose = من يملأ هذا النموذج؟
refer-path-self = لنفسي
refer-path-self-body = الدعم لك أنت.
refer-path-professional = بصفة مهنية
refer-path-friend-or-family = لصديق أو أحد أفراد العائلة
refer-path-friend-or-family-body = القلق على شخص ما، وطلب نصيحة أو اتصال منا.
refer-form-title-self = طلب الدعم لنفسك
refer-form-title-professional = إحالة شخص بصفة مهنية
refer-form-title-friend-or-family = نصيحة بشأن شخص يقلقك وضعه
refer-other-forms = ليس هذا النموذج المناسب؟ اختيار نموذج آخر
refer-optional-note = يجب الإجابة فقط عن الأسئلة المكتوب بجانبها «مطلوب».
refer-required-mark = (مطلوب)
refer-errors-heading = هناك مشكلة
refer-errors-intro = يُرجى مراجعة هذه الإجابات. كل ما كتبته ما زال هنا.
refer-rate-limited = أُرسل عدد كبير من النماذج من هذا الاتصال. يُرجى الانتظار دقيقة، ثم الضغط على «إرسال» مرة أخرى. لم يضِع شيء مما كتبته.
refer-rate-limited-again = أُرسل عدد كبير من النماذج من هذا الاتصال. يُرجى الانتظار دقيقة، ثم العودة إلى النموذج والضغط على «إرسال» مرة أخرى.
refer-unavailable = لم نتمكن من حفظ النموذج الآن. لم يضِع شيء مما كتبته. يُرجى الضغط على «إرسال» مرة أخرى بعد قليل، أو الاتصال بنا.

# Are you safe right now?
refer-safe-now-self = هل أنت بأمان الآن؟
refer-safe-now-other = هل الشخص بأمان الآن؟
refer-unsafe-heading = المساعدة الآن. سيبقى نموذجك هنا.

# About the person and the person filling it in.
refer-about-you = معلومات عنك
refer-about-person = معلومات عن الشخص المُحال
refer-about-your-work = معلومات عنك وعن عملك
field-name-self = اسمك
field-name-professional = اسم الشخص
field-name-friend-or-family = اسمك
field-name-hint = يكفي الاسم الأول. يمكنك كتابة أي اسم من الآمن أن نستخدمه.
field-relationship = ما صلتك بالشخص الذي يقلقك وضعه؟
field-wants = ما الذي يناسبك؟
field-wants-advice = نصيحة حول كيفية مساعدته
field-wants-call-back = أن نتصل بك لنتحدث في الأمر
field-agency = جهة عملك
field-role = مسمّاك الوظيفي
field-work-contact = رقم هاتفك أو بريدك الإلكتروني في العمل
field-consent-legend = الموافقة
field-consent = الشخص على علم بهذه الإحالة ووافق عليها.
field-about = ما الذي يهمك أن نعرفه؟
field-about-hint = يكفي ما ترغب في مشاركته فقط. يمكنك ترك هذا الحقل فارغًا.

# Safe contact.
refer-contact-legend-you = كيف يمكننا التواصل معك بأمان؟
refer-contact-legend-person = كيف يمكننا التواصل مع الشخص بأمان؟
field-contact-method = ما طريقة التواصل المناسبة؟
field-contact-method-phone = مكالمة هاتفية
field-contact-method-text = رسالة نصية
field-contact-method-email = البريد الإلكتروني
field-phone = رقم الهاتف
field-email = عنوان البريد الإلكتروني
field-voicemail-ok = هل من الآمن ترك رسالة صوتية؟
field-message-ok = هل من الآمن إرسال رسالة نصية أو بريد إلكتروني؟
field-safe-times = أوقات آمنة للتواصل
field-safe-name = اسم آمن نسأل عنه
field-safe-name-hint = إذا ردّ شخص آخر، سنسأل عن هذا الاسم ولن نقول من نحن.
field-language = بأي لغة نتحدث؟
field-language-other = لغة أخرى
field-language-other-name = إذا كانت لغة أخرى، فما هي؟
field-interpreter = هل هناك حاجة إلى مترجم؟
field-access-needs = هل هناك احتياجات خاصة؟
field-access-needs-hint = مثلًا: مترجم لغة الإشارة البريطانية (BSL)، أو خط كبير، أو مساعدة في القراءة.
field-children = هل يعيش أطفال في المنزل؟
choice-yes = نعم
choice-no = لا
choice-unknown = لا أعرف

# Optional questions about safety. Each one says why we ask it.
risk-legend = أسئلة عن السلامة (اختيارية)
risk-intro = تساعدنا هذه الأسئلة على أن نعرف بأي سرعة يجب أن نتواصل. يمكنك وضع علامة على كل ما ينطبق. عند ملء النموذج لشخص آخر، يمكنك الإجابة عنه إن كانت المعلومة معروفة لك.
risk-frightened = لديك خوف شديد من الشخص الذي يؤذيك.
risk-frightened-why = الخوف غالبًا هو أفضل مؤشر على مدى الخطر.
risk-injured = حدثت لك إصابات.
risk-injured-why = الإصابات تعني أن الإساءة جسدية، وقد تحتاج إلى طبيب.
risk-getting-worse = الإساءة تتكرر أكثر أو تزداد سوءًا.
risk-getting-worse-why = الإساءة التي تزداد سوءًا قد تصبح خطيرة بسرعة.
risk-strangled = حاول الشخص المسيء خنقك أو الضغط على رقبتك أو كتم أنفاسك.
risk-strangled-why = هذه من أقوى العلامات على أن حياة شخص ما قد تكون في خطر.
risk-threat-to-kill = هدّد الشخص المسيء بقتلك أو بقتل شخص آخر.
risk-threat-to-kill-why = يجب دائمًا أخذ التهديد بالقتل على محمل الجد.
risk-weapons = استخدم الشخص المسيء سلاحًا، أو هدّد باستخدامه.
risk-weapons-why = وجود السلاح يجعل الأذى الجسيم أكثر احتمالًا بكثير.
risk-stalking = الشخص المسيء يلاحقك أو يراقبك أو لا يتوقف عن التواصل معك.
risk-stalking-why = الملاحقة كثيرًا ما تسبق الأذى الجسيم.
risk-separating = انفصلت عنه مؤخرًا، أو لديك محاولة للانفصال عنه.
risk-separating-why = قد تكون فترة الانفصال هي الأخطر، لذلك نخطط لها معك بعناية.
risk-pregnant = حمل حالي، أو ولادة طفل خلال آخر 18 شهرًا.
risk-pregnant-why = كثيرًا ما تبدأ الإساءة أو تزداد سوءًا أثناء الحمل وبعد الولادة.
risk-isolated = الشخص المسيء يُبعدك عن أصدقائك أو عائلتك، أو يمنعك من التصرف في المال.
risk-isolated-why = العزلة تجعل طلب المساعدة أصعب، لذلك نبحث عن طرق آمنة للوصول إليك.

# Sending.
field-honeypot = يُرجى ترك هذا الحقل فارغًا
refer-send = إرسال
refer-send-hint = يُحفظ نموذجك بمجرد الضغط على «إرسال».

# Field errors, shown next to the field and in a summary at the top.
form-error-required = يُرجى الإجابة عن هذا السؤال.
form-error-too-long = هذه الإجابة طويلة جدًا. يُرجى اختصارها.
form-error-phone-needed = يُرجى كتابة رقم هاتف، أو اختيار طريقة أخرى للتواصل.
form-error-email-needed = يُرجى كتابة عنوان بريد إلكتروني، أو اختيار طريقة أخرى للتواصل.
form-error-phone = يُرجى كتابة رقم الهاتف بالأرقام والمسافات وعلامة + فقط، مثل 07700 900123.
form-error-email = يُرجى كتابة عنوان بريد إلكتروني مثل name@example.com.
form-error-work-contact = يُرجى كتابة رقم هاتف العمل أو البريد الإلكتروني للعمل.
form-error-choice = يُرجى اختيار أحد الخيارات.

# After sending.
refer-sent-title = شكرًا لك. وصلنا نموذجك.
refer-sent-safe = لن نترك رسالة إلا إذا قلت إن ذلك آمن.
refer-sent-danger = إذا حدث خطر عليك قبل أن نتواصل معك، فالاتصال بالرقم 999 فورًا.
refer-sent-exit = يمكنك مغادرة هذا الموقع بسرعة في أي وقت بالضغط على زر «الخروج من هذه الصفحة».
refer-sent-home = العودة إلى الصفحة الرئيسية
