# The header's folded menus and what the footer says a visit leaves behind.
nav-summary = القائمة
language-picker-summary = اللغة
footer-browser-history = يحتفظ المتصفح بقائمة الصفحات التي تُفتح فيه (سجل التصفح)، إلا عند استخدام نافذة خاصة أو نافذة التصفح المتخفي. وقد يرى كل من يستخدم هذا الجهاز أن هذا الموقع قد فُتح عليه.
footer-site-keeps = لا يستخدم هذا الموقع ملفات تعريف الارتباط (cookies) ولا أي وسيلة تتبع، ولا تحتفظ سجلاته بعنوان IP. ولا يحفظ إلا ما يُرسَل إلينا عبر نموذج أو محادثة.
footer-browse-safely = كيفية التصفح بأمان أكبر
