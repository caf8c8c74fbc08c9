# Shared parts of every page: the language's own name, quick exit, navigation, footer.
language-name = العربية
site-name = دعم ضحايا العنف الأسري في روثرهام
skip-to-content = الانتقال إلى المحتوى الرئيسي
quick-exit = الخروج من هذه الصفحة
quick-exit-hint = أو اضغط على مفتاح Shift ثلاث مرات
quick-exit-shift-1 = ضغطت على Shift مرة واحدة. اضغط مرتين أخريين لمغادرة هذه الصفحة.
quick-exit-shift-2 = ضغطت على Shift مرتين. اضغط مرة أخرى لمغادرة هذه الصفحة.
quick-exit-skip = الخروج من هذه الصفحة الآن
nav-label = القائمة الرئيسية
nav-directory = من يمكنه المساعدة
nav-is-this-abuse = هل هذه إساءة؟
nav-browse-safely = التصفح بأمان
nav-safe-accommodation = أماكن آمنة للإقامة
nav-your-behaviour = هل يقلقك سلوكك؟
nav-professionals = للمختصين
language-picker-label = اختيار اللغة
footer-emergency = في حالة الطوارئ، اتصل بالرقم
not-found-title = الصفحة غير موجودة
not-found-body = لم نجد هذه الصفحة. ربما يكون العنوان خطأ.
not-found-home = الذهاب إلى الصفحة الرئيسية

# Emergency options, shown on many pages.
emergency-heading = هل أنت في خطر الآن؟
emergency-999 = اتصل بالرقم 999 واطلب الشرطة.
emergency-55 = إذا لم تستطع الكلام، اتصل بالرقم 999 من هاتف محمول، واستمع، ثم اضغط 55. ستعرف الشرطة أنها مكالمة حقيقية.
emergency-sms = إذا كنت من الصم أو لا تستطيع الكلام، يمكنك إرسال رسالة نصية إلى 999 بعد التسجيل في خدمة emergencySMS. للتسجيل، أرسل كلمة "register" في رسالة نصية إلى 999.
emergency-relay = إذا كنت تستخدم Relay UK، اتصل بالرقم 18000 للوصول إلى خدمات الطوارئ.

# Phone lines named on many pages.
phone-rise = خط مساعدة Rotherham Rise:
phone-national = الخط الوطني للمساعدة في حالات العنف الأسري، على مدار 24 ساعة (مجاني):
phone-council = خط العنف الأسري التابع لمجلس روثرهام (Rotherham Council):
phone-respect = خط Respect الهاتفي (مجاني):
see-directory = عرض كل الخدمات التي يمكنها المساعدة

# The home page.
home-title = دعم ضحايا العنف الأسري في روثرهام
home-heading = احصل على المساعدة بشأن العنف الأسري
home-lead = لست وحدك. نحن نساعد كل من يتأثر بالعنف الأسري: النساء والرجال والشباب والعائلات. خدماتنا مجانية وسرية.
safe-now-question = هل أنت بأمان الآن؟
safe-now-yes = نعم، أنا بأمان
safe-now-no = لا، لست بأمان
safe-now-unsafe-heading = اطلب المساعدة الآن
safe-now-safe-reply = هذا جيد. لا داعي للعجلة، اختر ما يناسبك من الخيارات أدناه.
doors-heading = ما الذي يناسبك؟
door-need-help = أحتاج إلى مساعدة
door-need-help-body = شخص قريب منك يؤذيك أو يخيفك أو يتحكم بك.
door-need-help-talk = التحدث مع شخص
door-need-help-directory = البحث عن خدمة قريبة منك
door-need-help-abuse = هل ما يحدث معي إساءة؟
door-worried = أشعر بالقلق على شخص ما
door-worried-body = ربما يتعرض صديق أو أحد أفراد عائلتك للإساءة.
door-worried-signs = علامات الإساءة
door-worried-talk = نصائح عن كيفية المساعدة
door-professional = أنا من المختصين
door-professional-body = تعمل مع شخص يحتاج إلى دعم.
door-professional-refer = كيفية إحالة شخص
door-professional-directory = خدمات للمختصين
talk-heading = التحدث مع شخص
talk-phone = يمكنك الاتصال بنا. المستشارون يستمعون إليك ولن يحكموا عليك.
talk-referral = يمكنك أيضًا أن تطلب منا التواصل معك في وقت يكون آمنًا لك.
talk-referral-link = اطلب أن نتواصل معك
home-browse-safely = كيف تستخدم هذا الموقع بأمان أكبر
