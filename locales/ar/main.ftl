# Shared parts of every page: the language's own name, quick exit, navigation, footer.
# Wording addresses women and men alike: verbal nouns, "يمكنك" and past-tense forms, which
# read the same for both, instead of masculine-only imperatives (see locales/STATUS.md).
language-name = العربية
site-name = دعم ضحايا الإساءة المنزلية في روثرهام
skip-to-content = الانتقال إلى المحتوى الرئيسي
quick-exit = الخروج من هذه الصفحة
quick-exit-hint = أو الضغط على مفتاح Shift ثلاث مرات
quick-exit-shift-1 = ضغطت على Shift مرة واحدة. بضغطتين أخريين تتم مغادرة هذه الصفحة.
quick-exit-shift-2 = ضغطت على Shift مرتين. بضغطة أخرى تتم مغادرة هذه الصفحة.
quick-exit-skip = الخروج من هذه الصفحة الآن
nav-label = القائمة الرئيسية
nav-directory = من يمكنه المساعدة
nav-is-this-abuse = هل هذه إساءة؟
nav-browse-safely = التصفح بأمان
nav-safe-accommodation = أماكن آمنة للإقامة
nav-your-behaviour = هل يقلقك سلوكك؟
nav-professionals = للمختصين والمختصات
language-picker-label = اختيار اللغة
footer-emergency = في حالة الطوارئ، الاتصال بالرقم
not-found-title = الصفحة غير موجودة
not-found-body = لم نجد هذه الصفحة. ربما يكون العنوان خطأ.
not-found-home = الذهاب إلى الصفحة الرئيسية

# Emergency options, shown on many pages.
emergency-heading = هل أنت في خطر الآن؟
emergency-999 = الاتصال بالرقم 999 وطلب الشرطة.
emergency-55 = إذا لم يكن بإمكانك الكلام: الاتصال بالرقم 999 من هاتف محمول، ثم الاستماع، ثم الضغط على 55. ستعرف الشرطة أنها مكالمة حقيقية.
emergency-sms = إذا كنت من الصم أو لا يمكنك الكلام، يمكنك إرسال رسالة نصية إلى 999 بعد التسجيل في خدمة emergencySMS. للتسجيل، يكفي إرسال كلمة "register" في رسالة نصية إلى 999.
emergency-relay = إذا كنت تستخدم أو تستخدمين Relay UK، فالرقم 18000 يوصلك بخدمات الطوارئ.

# Phone lines named on many pages.
phone-rise = خط مساعدة Rotherham Rise:
phone-national = National Domestic Abuse Helpline (الخط الوطني للمساعدة في حالات الإساءة المنزلية)، على مدار 24 ساعة، مجاني:
phone-council = خط الإساءة المنزلية التابع لمجلس روثرهام (Rotherham Council):
phone-respect = خط Respect الهاتفي (Respect Phoneline)، مجاني:
see-directory = عرض كل الخدمات التي يمكنها المساعدة

# The home page.
home-title = دعم ضحايا الإساءة المنزلية في روثرهام
home-heading = المساعدة في حالات الإساءة المنزلية
home-lead = لست وحدك. نحن نساعد كل من يتأثر بالإساءة المنزلية: النساء والرجال والشباب والعائلات. خدماتنا مجانية وسرية.
safe-now-question = هل أنت بأمان الآن؟
safe-now-yes = نعم، أنا بأمان
safe-now-no = لا، لست بأمان
safe-now-unsafe-heading = المساعدة الآن
safe-now-safe-reply = هذا جيد. لا داعي للعجلة، يمكنك اختيار ما يناسبك من الخيارات أدناه.
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
door-professional = أعمل في مجال مهني
door-professional-body = في عملك، يحتاج شخص ما إلى دعم.
door-professional-refer = كيفية إحالة شخص
door-professional-directory = خدمات للمختصين والمختصات
talk-heading = التحدث مع شخص
talk-phone = يمكنك الاتصال بنا. المستشارون والمستشارات يستمعون إليك ولن يحكموا عليك.
talk-referral = يمكنك أيضًا طلب التواصل معك في وقت يكون آمنًا لك.
talk-referral-link = طلب التواصل معك
home-browse-safely = كيفية استخدام هذا الموقع بأمان أكبر
