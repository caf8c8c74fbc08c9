# The webchat: the entry on every page, the chat page, and what the chat script shows.

chat-entry-open = کسی مشیر سے چیٹ کریں
chat-entry-open-note = ابھی آن لائن۔ مفت اور راز دارانہ، اور آپ کو اپنا نام بتانے کی ضرورت نہیں۔
chat-entry-closed = آن لائن چیٹ بند ہے: اس وقت کوئی مشیر موجود نہیں۔
chat-entry-refer = اپنی تفصیلات لکھ دیں، ہم آپ سے رابطہ کریں گے
chat-opens-today = چیٹ عام طور پر آج { $time } بجے کھلتی ہے۔
chat-opens-tomorrow = چیٹ عام طور پر کل { $time } بجے کھلتی ہے۔
chat-opens-on = چیٹ عام طور پر { $day } کو { $time } بجے کھلتی ہے۔
chat-opens-unknown = براہِ کرم فون کریں، یا اپنی تفصیلات لکھ دیں۔

chat-title = کسی مشیر سے چیٹ کریں
chat-intro = آپ ایک تربیت یافتہ مشیر سے راز داری کے ساتھ چیٹ کر سکتے ہیں۔ ہم آپ کا نام، ای میل یا فون نمبر نہیں پوچھیں گے۔ آپ "اس صفحے سے نکلیں" کا بٹن دبا کر کسی بھی وقت جا سکتے ہیں۔
chat-safe-question = کیا اس وقت آپ کے لیے چیٹ کرنا محفوظ ہے؟
chat-safe-yes = ہاں، محفوظ ہے
chat-safe-no = نہیں، ابھی نہیں
chat-unsafe-advice = براہِ کرم ابھی "اس صفحے سے نکلیں" کا بٹن دبا کر یہ صفحہ چھوڑ دیں، اور جب محفوظ ہو تو واپس آئیں۔ اگر آپ خطرے میں ہیں تو 999 پر کال کریں۔
chat-language-label = آپ کس زبان میں چیٹ کرنا چاہتے ہیں
chat-start = چیٹ شروع کریں
chat-needs-js = چیٹ کے لیے JavaScript ضروری ہے، جو اس براؤزر میں بند ہے۔ اس کی جگہ آپ ہیلپ لائن پر فون کر سکتے ہیں یا اپنی تفصیلات لکھ سکتے ہیں۔

chat-live-heading = آپ کی چیٹ
chat-log-label = پیغامات
chat-message-label = آپ کا پیغام
chat-send = بھیجیں
chat-leave = چیٹ چھوڑیں
chat-leave-confirm = کیا آپ چیٹ چھوڑنا چاہتے ہیں؟ مشیر کو بتا دیا جائے گا کہ آپ چلے گئے ہیں۔
chat-ended-heading = چیٹ ختم ہو گئی ہے
chat-ended-offer = اگر آپ چاہتے ہیں کہ ہم آپ سے رابطہ کریں تو رابطے کی محفوظ تفصیلات دیں۔ آپ مدد کرنے والی دوسری سروسز بھی دیکھ سکتے ہیں۔
chat-leave-details = رابطے کی محفوظ تفصیلات دیں
chat-see-directory = دیکھیں کون مدد کر سکتا ہے

chat-connecting = رابطہ ہو رہا ہے…
chat-reconnecting = کنکشن ٹوٹ گیا۔ دوبارہ جوڑا جا رہا ہے… آپ کے پیغامات محفوظ ہیں۔
chat-queue-position = قطار میں آپ کا نمبر { $position } ہے۔
chat-queue-wait = اندازاً انتظار: تقریباً { $minutes } منٹ۔
chat-queue-soon = ایک مشیر بہت جلد آپ سے بات کریں گے۔
chat-offered = ایک مشیر بس آنے والے ہیں۔
chat-active = آپ ایک مشیر سے چیٹ کر رہے ہیں۔
chat-you = آپ
chat-adviser = مشیر
chat-typing = مشیر لکھ رہے ہیں…
chat-sending = بھیجا جا رہا ہے…
chat-delivered = بھیج دیا گیا
chat-read = پڑھ لیا گیا
chat-not-sent = ابھی نہیں بھیجا گیا۔ کنکشن واپس آنے پر بھیج دیا جائے گا۔

chat-event-joined = ایک مشیر چیٹ میں شامل ہو گئے ہیں۔
chat-event-transferred = اب ایک اور مشیر یہ چیٹ سنبھال رہے ہیں۔
chat-event-adviser-lost = آپ کے مشیر کا کنکشن ٹوٹ گیا۔ آپ دوبارہ قطار میں سب سے آگے ہیں۔
chat-event-requeued = آپ اگلے فارغ مشیر کے لیے دوبارہ قطار میں ہیں۔
chat-event-inactive-warning = کیا آپ ابھی یہیں ہیں؟ اگر آپ نے کوئی پیغام نہ بھیجا تو چیٹ جلد بند ہو جائے گی۔
chat-event-referral-created = جیسا کہ آپ سے طے ہوا تھا، مشیر نے آپ کا ریفرل کر دیا ہے۔

chat-ended-visitor-left = آپ نے چیٹ چھوڑ دی۔
chat-ended-adviser-ended = مشیر نے چیٹ ختم کر دی۔
chat-ended-inactive = چیٹ بند ہو گئی کیونکہ کچھ دیر سے کسی نے کچھ نہیں لکھا۔
chat-ended-wait-over = ہمیں افسوس ہے: کوئی مشیر وقت پر آپ کی چیٹ نہیں لے سکا۔
chat-ended-gone = یہ چیٹ ختم ہو چکی ہے۔

chat-error-too-long = آپ کا پیغام بہت لمبا ہے۔ براہِ کرم اسے چھوٹے پیغامات میں بانٹ دیں۔
chat-error-slow-down = آپ بہت تیزی سے پیغام بھیج رہے ہیں۔ براہِ کرم ذرا رکیں۔
chat-error-unavailable = چیٹ اس وقت دستیاب نہیں۔ براہِ کرم دوبارہ کوشش کریں، یا ہیلپ لائن پر فون کریں۔
chat-error-empty = پہلے کوئی پیغام لکھیں۔
