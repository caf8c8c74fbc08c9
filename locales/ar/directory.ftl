# The "Who can help" page: the service directory.
directory-title = من يمكنه المساعدة
directory-intro = خدمات لكل من يتأثر بالإساءة المنزلية. يمكنك اختيار الفئة التي تنتمي إليها وطريقة التواصل التي تناسبك.
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
status-no-fixed-hours = الاتصال بهم لمعرفة الأوقات التي يمكنهم التحدث فيها
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
audience-professionals = المختصون والمختصات
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
note-call-to-arrange = الاتصال لترتيب الدعم
note-housing = مساعدة في السكن
language-code-en = الإنجليزية
language-code-interpreter = لغات أخرى بمساعدة مترجم
service-rotherham-rise-offer = نقطة الوصول الموحدة لدعم ضحايا الإساءة المنزلية في روثرهام، على جميع مستويات الخطورة. خط مساعدة وموقع إلكتروني ومحادثة عبر الإنترنت. يستمعون إليك، ويساعدونك على البقاء بأمان، ويجدون لك الدعم المناسب: مساعدة فردية أو مجموعات أو استشارة نفسية أو دعم من أشخاص مرّوا بتجربة مشابهة.
service-rotherham-council-offer = خط الإساءة المنزلية التابع لمجلس روثرهام. يقدم النصائح، ويوصلك بخدمات الدعم التابعة للمجلس.
service-daaos-offer = خدمة الزيارات الميدانية التابعة للمجلس، للأشخاص الذين تصعّب عليهم احتياجات أخرى، مثل مشاكل الصحة النفسية أو المخدرات أو الكحول، الاستفادة من الدعم المعتاد. يأتون إليك ويبقون على تواصل معك. لا يوجد رقم مباشر لها: يتحدث معك مستشارو Rotherham Rise أولًا، ويرتبون لك هذه الخدمة إذا كانت مناسبة.
service-south-yorkshire-police-emergency-offer = الاتصال بالرقم 999 عند وجود خطر الآن. إذا لم يكن بإمكانك الكلام، يكفي الضغط على 55 عند الطلب. يمكن للصم ولمن لا يستطيع الكلام إرسال رسالة نصية إلى 999 بعد التسجيل في خدمة emergencySMS.
service-south-yorkshire-police-offer = الاتصال بالرقم 101 للإبلاغ عن الإساءة إلى الشرطة في غير حالات الطوارئ.
service-national-helpline-offer = دعم مجاني وسري على مدار 24 ساعة، كل يوم. يمكنهم مساعدتك في إيجاد دار إيواء.
service-mens-advice-line-offer = نصائح ودعم نفسي للرجال الذين يتعرضون للإساءة، ومساعدة لحمايتهم وحماية أطفالهم.
service-mankind-offer = خط مساعدة سري للرجال الذين يتعرضون للإساءة من شريك الحياة أو أحد أفراد العائلة.
service-uava-offer = دعم لكل من عمره 13 عامًا أو أكثر في Leicester وLeicestershire وRutland: خط مساعدة، ودعم عبر الرسائل النصية فقط، ونصائح للسلامة، وسكن آمن.
service-hope-project-offer = دعم للأشخاص المعرضين لخطر الإساءة المنزلية الذين يحتاجون إلى مكان للسكن ولديهم احتياجات أخرى أيضًا. الاتصال بهم يوضح إن كان بإمكانك الحصول على المساعدة.
service-family-action-offer = دعم للعائلات التي تواجه مشاكل صعبة، مثل الإساءة المنزلية والهموم المالية والصحة النفسية.
service-citizens-advice-offer = نصائح مجانية ومستقلة حول المال والإعانات الحكومية والسكن وحقوقك.
service-rothacs-offer = استشارة وعلاج نفسي للأشخاص المتأثرين بالإساءة في روثرهام. يمكنك طلبه عن طريق Rotherham Rise.
service-inspire-to-change-offer = برنامج في روثرهام للأشخاص الذين يريدون التوقف عن الإساءة إلى شريك الحياة أو أحد أفراد العائلة.
service-respect-phoneline-offer = خط مساعدة سري للأشخاص القلقين من سلوكهم تجاه شريك الحياة أو أحد أفراد العائلة.

# Areas a service works in (the ids in data/services.toml's [areas]).
directory-scope = خدمات للمقيمين والمقيمات في روثرهام، وخدمات تغطي جنوب يوركشاير أو إنجلترا أو المملكة المتحدة كلها. الخدمات التي تعمل في مناطق أخرى فقط غير مدرجة هنا.
directory-checked = آخر تحقق من المعلومات
directory-reached-through = لا يوجد رقم مباشر: يمكن طلب هذا الدعم عن طريق { $service }. يتحدثون معك أولًا، ويرتبونه لك إذا كان مناسبًا.
area-rotherham = روثرهام
area-south-yorkshire = جنوب يوركشاير
area-rutland = رتلاند
area-leicester-leicestershire-rutland = ليستر وليسترشاير ورتلاند
area-england = إنجلترا
area-england-and-wales = إنجلترا وويلز
area-uk = المملكة المتحدة كلها
language-code-bsl = لغة الإشارة البريطانية (BSL)

# National specialist services.
service-galop-offer = الخط الوطني للمساعدة لأفراد مجتمع الميم (LGBT+) الذين يتعرضون للإساءة المنزلية، ويجيب عليه أشخاص من مجتمع الميم. دعم نفسي وعملي، بما في ذلك الإساءة من أفراد العائلة.
service-karma-nirvana-offer = الخط الوطني للمساعدة في حالات الإساءة المرتبطة بما يسمى «الشرف» والزواج القسري، في أي مجتمع. للأشخاص المعرضين للخطر، ولمن يقلق على شخص ما، وللمختصين والمختصات.
service-forced-marriage-unit-offer = وحدة الزواج القسري التابعة للحكومة البريطانية. مساعدة لمن يُجبَر على الزواج أو يخشى ذلك، داخل المملكة المتحدة أو خارجها. ونصائح لمن يقلق على شخص ما، وللمختصين والمختصات.
service-national-stalking-helpline-offer = نصائح ودعم إذا كان شخص ما يلاحقك أو يراقبك أو لا يتوقف عن التواصل معك، حتى لو كان شريكًا سابقًا.
service-rape-crisis-support-line-offer = دعم لكل من عمره 16 عامًا أو أكثر وتأثر بالاغتصاب أو الإساءة الجنسية أو التحرش الجنسي، مهما كان وقت حدوثه، على مدار 24 ساعة. الاتصال أو المحادثة عبر الإنترنت من خلال موقعهم.
service-childline-offer = مساعدة مجانية وخاصة للأطفال والشباب دون 19 عامًا في أي أمر يقلقهم، بما في ذلك الإساءة في البيت أو في علاقة عاطفية.
service-nspcc-helpline-offer = للبالغين القلقين على طفل، بما في ذلك طفل يعيش في بيت فيه إساءة منزلية. نصائح للآباء والأمهات ومقدمي الرعاية والمختصين.
service-signhealth-offer = خدمة للصم في حالات الإساءة المنزلية، يديرها موظفون صم يعملون بلغة الإشارة البريطانية. التواصل معهم عبر موقعهم الإلكتروني.
