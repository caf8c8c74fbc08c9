# The webchat: the entry on every page, the chat page, and what the chat script shows.

chat-entry-open = محادثة مع مستشار أو مستشارة
chat-entry-open-note = متاحة الآن. مجانية وسرية، ولا داعي لذكر اسمك.
chat-entry-closed = المحادثة عبر الإنترنت مغلقة: لا يوجد مستشار متاح الآن.
chat-entry-refer = ترك بياناتك لنتواصل معك
chat-opens-today = تبدأ المحادثة عادةً اليوم الساعة { $time }.
chat-opens-tomorrow = تبدأ المحادثة عادةً غدًا الساعة { $time }.
chat-opens-on = تبدأ المحادثة عادةً يوم { $day } الساعة { $time }.
chat-opens-unknown = يُرجى الاتصال بنا، أو ترك بياناتك.

chat-title = محادثة مع مستشار أو مستشارة
chat-intro = يمكنك التحدث بخصوصية مع مستشار مدرَّب عبر المحادثة. لن نسألك عن اسمك أو بريدك الإلكتروني أو رقم هاتفك. يمكنك المغادرة في أي وقت بالضغط على زر «الخروج من هذه الصفحة».
chat-safe-question = هل من الآمن لك بدء المحادثة الآن؟
chat-safe-yes = نعم، الوضع آمن
chat-safe-no = لا، ليس الآن
chat-unsafe-advice = يُرجى مغادرة هذه الصفحة الآن بالضغط على زر «الخروج من هذه الصفحة»، والعودة عندما يكون ذلك آمنًا. عند وجود خطر عليك، الاتصال بالرقم 999.
chat-language-label = لغة المحادثة
chat-start = بدء المحادثة
chat-needs-js = تحتاج المحادثة إلى JavaScript، وهو متوقف في هذا المتصفح. يمكنك بدلًا من ذلك الاتصال بخط المساعدة أو ترك بياناتك.

chat-live-heading = محادثتك
chat-log-label = الرسائل
chat-message-label = رسالتك
chat-send = إرسال
chat-leave = مغادرة المحادثة
chat-leave-confirm = مغادرة المحادثة؟ سيُبلَّغ المستشار بأنك غادرت.
chat-ended-heading = انتهت المحادثة
chat-ended-offer = إذا أردت أن نتواصل معك، يمكنك ترك بيانات اتصال آمنة. ويمكنك أيضًا العثور على خدمات أخرى يمكنها المساعدة.
chat-leave-details = ترك بيانات اتصال آمنة
chat-see-directory = عرض من يمكنه المساعدة

chat-connecting = جارٍ الاتصال…
chat-reconnecting = انقطع الاتصال. جارٍ إعادة الاتصال… رسائلك محفوظة.
chat-queue-position = ترتيبك في قائمة الانتظار: { $position }.
chat-queue-wait = مدة الانتظار المتوقعة: { $minutes ->
    [zero] أقل من دقيقة
    [one] حوالي دقيقة واحدة
    [two] حوالي دقيقتين
    [few] حوالي { $minutes } دقائق
   *[other] حوالي { $minutes } دقيقة
}.
chat-queue-soon = سينضم إليك مستشار قريبًا جدًا.
chat-offered = مستشار على وشك الانضمام.
chat-active = المحادثة جارية الآن مع مستشار.
chat-you = أنت
chat-adviser = المستشار
chat-typing = المستشار يكتب…
chat-sending = جارٍ الإرسال…
chat-delivered = أُرسلت
chat-read = قُرئت
chat-not-sent = لم تُرسَل بعد. ستُرسَل عند عودة الاتصال.

chat-event-joined = انضم مستشار إلى المحادثة.
chat-event-transferred = تولّى مستشار آخر المحادثة.
chat-event-adviser-lost = انقطع الاتصال لدى مستشارك. عدت إلى مقدمة قائمة الانتظار.
chat-event-requeued = عدت إلى قائمة الانتظار لأول مستشار متاح.
chat-event-inactive-warning = هل ما زلت هنا؟ ستُغلق المحادثة قريبًا ما لم تصل رسالة منك.
chat-event-referral-created = أجرى المستشار إحالة لك، كما اتفقتما.

chat-ended-visitor-left = غادرت المحادثة.
chat-ended-adviser-ended = أنهى المستشار المحادثة.
chat-ended-inactive = أُغلقت المحادثة لأن أحدًا لم يكتب شيئًا منذ فترة.
chat-ended-wait-over = نأسف: لم يتمكن أي مستشار من استلام محادثتك في الوقت المناسب.
chat-ended-gone = انتهت هذه المحادثة.
chat-ended-busy = جميع مستشارينا مشغولون الآن وقائمة الانتظار ممتلئة. يُرجى الاتصال بخط المساعدة المتاح على مدار 24 ساعة أدناه، أو ترك بيانات اتصال آمنة وسنتواصل معك.
chat-ended-too-many = بدأت محادثات كثيرة جدًا من هذا الاتصال. يُرجى الاتصال بخط المساعدة المتاح على مدار 24 ساعة أدناه، أو ترك بيانات اتصال آمنة وسنتواصل معك.
chat-ended-elsewhere = انتقلت هذه المحادثة إلى علامة تبويب أو نافذة أخرى. لم يبقَ منها شيء هنا.

chat-error-too-long = رسالتك طويلة جدًا. يُرجى تقسيمها إلى رسائل أقصر.
chat-error-slow-down = الرسائل تصل بسرعة كبيرة. يُرجى الانتظار قليلًا.
chat-error-unavailable = المحادثة غير متاحة الآن. يُرجى المحاولة مرة أخرى، أو الاتصال بخط المساعدة.
chat-error-empty = يُرجى كتابة رسالة أولًا.
