# Safety questions added for issue 12, a professional's referral without consent, and every
# "we will contact you by …" promise (its time comes from data/service-hours.toml).
risk-fears-killed = لديك خوف من أن يقتلك هذا الشخص.
risk-fears-killed-why = الخوف على الحياة من أقوى علامات الخطر، لذلك نتصرف بسرعة.
risk-police-called = استُدعيت الشرطة بسبب هذا الشخص ثلاث مرات أو أكثر خلال السنة الماضية.
risk-police-called-why = تكرار استدعاء الشرطة يعني أن الإساءة تزداد سوءًا، لذلك نتعامل مع الأمر على أنه عاجل.

# Professionals: with consent, or without it when they judge the risk to be high.
refer-path-professional-body = لمن يعمل مع شخص ويريد إحالته إلينا: بموافقته، أو من دونها إذا كان الخطر مرتفعًا في تقديركم.
field-consent-hint = اسألوا الشخص أولًا. لا تكون الإحالة دون موافقته إلا إذا كان الخطر مرتفعًا في تقديركم، مع ذكر السبب. إذا كان أحد في خطر الآن، فاتصلوا بالرقم 999.
field-consent-no-high-risk = لم يوافق الشخص، لكن الخطر مرتفع في تقديري، لذلك أُحيله دون موافقته.
field-no-consent-reason = لماذا تتم الإحالة دون موافقة؟
field-no-consent-reason-hint = مطلوب عند الإحالة دون موافقة. اذكروا ما يجعل الخطر مرتفعًا في تقديركم، مثل التهديد بالقتل أو الخنق.
form-error-consent = يُرجى بيان ما إذا كان الشخص قد وافق. دون موافقته، لا تجوز الإحالة إلا إذا كان الخطر مرتفعًا في تقديركم.
form-error-no-consent-reason = يُرجى ذكر سبب تقدير الخطر بأنه مرتفع. نحتاج إلى ذلك لقبول الإحالة دون موافقة الشخص.
professionals-consent-risk = إذا كان الخطر مرتفعًا ولم يوافق الشخص، فتبقى الإحالة ممكنة: اختاروا في النموذج «دون موافقة» واذكروا السبب. نتعامل مع هذه الإحالات على أنها عالية الخطورة.

# When an adviser will have tried to make contact. $day is today, tomorrow, mon … sun, or
# later (more than six days ahead, then $date is shown); $time is UK time, e.g. 10:00.
contact-by-when = { $day ->
    [today] بحلول الساعة { $time } اليوم
    [tomorrow] بحلول الساعة { $time } غدًا
    [mon] بحلول يوم الاثنين الساعة { $time }
    [tue] بحلول يوم الثلاثاء الساعة { $time }
    [wed] بحلول يوم الأربعاء الساعة { $time }
    [thu] بحلول يوم الخميس الساعة { $time }
    [fri] بحلول يوم الجمعة الساعة { $time }
    [sat] بحلول يوم السبت الساعة { $time }
    [sun] بحلول يوم الأحد الساعة { $time }
   *[later] بحلول { $date } الساعة { $time }
}
refer-sent-by = سيحاول مستشار التواصل { $when }، بالطريقة المختارة في النموذج.
professionals-what-next-by = عند الإحالة الآن، سيحاول مستشار التواصل مع الشخص بطريقة آمنة { $when }.
professionals-what-next-body = يبحث المستشار مع الشخص عن الدعم المناسب: مساعدة فردية، أو عمل جماعي، أو استشارة نفسية، أو دعم من أشخاص مرّوا بتجربة مشابهة، أو زيارات ميدانية متخصصة.
