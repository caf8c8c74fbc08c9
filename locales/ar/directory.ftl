# The "Who can help" page: the service directory.
directory-title = من يمكنه المساعدة
directory-intro = خدمات لكل من يتأثر بالعنف الأسري. اختر الفئة التي تنتمي إليها وطريقة التواصل التي تناسبك.
directory-filter-who = لمن هذه الخدمة؟
directory-filter-how = ما طريقة التواصل التي تناسبك؟
directory-filter-apply = عرض الخدمات
directory-filter-clear = مسح الاختيارات
directory-count = { $count ->
    [zero] لا توجد خدمات
    [one] خدمة واحدة
    [two] خدمتان
    [few] { $count } خدمات
    [many] { $count } خدمة
   *[other] { $count } خدمة
}
directory-for = لمن
directory-area = المنطقة
directory-languages = اللغات
status-always-open = مفتوح الآن، على مدار 24 ساعة
status-no-fixed-hours = اتصل لمعرفة الأوقات التي يمكنهم التحدث فيها
status-open-until = مفتوح الآن حتى الساعة { $time }
status-opens-today = مغلق الآن. يفتح اليوم الساعة { $time }
status-opens-tomorrow = مغلق الآن. يفتح غدًا الساعة { $time }
status-opens-on = مغلق الآن. يفتح يوم { $day } الساعة { $time }
weekday-mon = الاثنين
weekday-tue = الثلاثاء
weekday-wed = الأربعاء
weekday-thu = الخميس
weekday-fri = الجمعة
weekday-sat = السبت
weekday-sun = الأحد
audience-everyone = الجميع
audience-women = النساء
audience-men = الرجال
audience-lgbt = مجتمع الميم (LGBT+)
audience-young-people = الشباب
audience-deaf = الصم
audience-minority-ethnic = الأقليات العرقية
audience-complex-needs = الأشخاص ذوو الاحتياجات المعقدة
audience-professionals = المختصون
audience-perpetrators = الأشخاص القلقون من سلوكهم
channel-phone = الهاتف
channel-text = رسالة نصية
channel-webchat = محادثة عبر الإنترنت
channel-web = موقع إلكتروني
channel-email = البريد الإلكتروني
note-free = الاتصال مجاني
note-not-on-phone-bill = لا يظهر في فاتورة الهاتف
note-confidential = سري
note-emergency-only = للطوارئ فقط
note-interpreters = يتوفر مترجمون
note-call-to-arrange = اتصل لترتيب الدعم
note-housing = مساعدة في السكن
language-code-en = الإنجليزية
language-code-interpreter = لغات أخرى بمساعدة مترجم
service-rotherham-rise-offer = نقطة الوصول الموحدة لدعم ضحايا العنف الأسري في روثرهام، على جميع مستويات الخطورة. خط مساعدة وموقع إلكتروني ومحادثة عبر الإنترنت. يستمعون إليك، ويساعدونك على البقاء بأمان، ويجدون لك الدعم المناسب: مساعدة فردية أو مجموعات أو استشارة نفسية أو دعم من أشخاص مرّوا بتجربة مشابهة.
service-rotherham-council-offer = خط العنف الأسري التابع لمجلس روثرهام. يقدم النصائح، ويوصلك بخدمات الدعم التابعة للمجلس.
service-daaos-offer = خدمة الزيارات الميدانية التابعة للمجلس، للأشخاص ذوي الاحتياجات المعقدة، مثل مشاكل الصحة النفسية أو المخدرات أو الكحول. يأتون إليك ويبقون على تواصل معك.
service-south-yorkshire-police-emergency-offer = اتصل بالرقم 999 إذا كنت في خطر الآن. إذا لم تستطع الكلام، اضغط 55 عندما يُطلب منك ذلك.
service-south-yorkshire-police-offer = اتصل بالرقم 101 للإبلاغ عن الإساءة إلى الشرطة في غير حالات الطوارئ.
service-national-helpline-offer = دعم مجاني وسري على مدار 24 ساعة، كل يوم. يمكنهم مساعدتك في إيجاد دار إيواء.
service-mens-advice-line-offer = نصائح ودعم نفسي للرجال الذين يتعرضون للإساءة، ومساعدة لحمايتهم وحماية أطفالهم.
service-mankind-offer = خط مساعدة سري للرجال الذين يتعرضون للإساءة من شريك الحياة أو أحد أفراد العائلة.
service-uava-offer = دعم لكل من عمره 13 عامًا أو أكثر في Leicester وLeicestershire وRutland: خط مساعدة، ودعم عبر الرسائل النصية فقط، ونصائح للسلامة، وسكن آمن.
service-hope-project-offer = دعم للأشخاص المعرضين لخطر العنف الأسري الذين يحتاجون إلى مكان للسكن ولديهم احتياجات أخرى أيضًا. اتصل لتعرف إن كان بإمكانك الحصول على المساعدة.
service-family-action-offer = دعم للعائلات التي تواجه مشاكل صعبة، مثل العنف الأسري والهموم المالية والصحة النفسية.
service-citizens-advice-offer = نصائح مجانية ومستقلة حول المال والإعانات الحكومية والسكن وحقوقك.
service-rothacs-offer = استشارة وعلاج نفسي للأشخاص المتأثرين بالإساءة في روثرهام. يمكنك طلبه عن طريق Rotherham Rise.
service-inspire-to-change-offer = برنامج في روثرهام للأشخاص الذين يريدون التوقف عن الإساءة إلى شريك الحياة أو أحد أفراد العائلة.
service-respect-phoneline-offer = خط مساعدة سري للأشخاص القلقين من سلوكهم تجاه شريك الحياة أو أحد أفراد العائلة.
