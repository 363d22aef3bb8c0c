# Portico — العربية (ar). ترجمة لملف en.ftl، وفيه المفاتيح نفسها.
# الحالة: ينتظر هذا الملف مراجعة طبيب أو ممارس صحي لغته الأم العربية قبل أن يراه المرضى.
# Status: awaits review by a native-speaking clinician before patients see it.
# قواعد كل اللغات: لا معلومات صحية في الرسائل النصية أو البريد الإلكتروني؛ الرسائل النصية قصيرة؛
# يجب أن تبقى { $variables } كما هي.
# Rules for every locale: no health details in SMS or email; keep SMS lines short;
# { $variables } must stay as they are.
# Note: the wording avoids gendered second-person verbs where it can ("يرجى" + verbal noun).
# { "\u2066" } … { "\u2069" } (LRI … PDI) keep the sample phone numbers left-to-right.

## اللغة نفسها (The language itself)
language-name = العربية
# "ltr" or "rtl"
language-direction = rtl
switcher-label = اللغة

## التاريخ والوقت (Dates and times, built by Portico from these parts)
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
weekday-short-1 = الاثنين
weekday-short-2 = الثلاثاء
weekday-short-3 = الأربعاء
weekday-short-4 = الخميس
weekday-short-5 = الجمعة
weekday-short-6 = السبت
weekday-short-7 = الأحد
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
month-short-1 = يناير
month-short-2 = فبراير
month-short-3 = مارس
month-short-4 = أبريل
month-short-5 = مايو
month-short-6 = يونيو
month-short-7 = يوليو
month-short-8 = أغسطس
month-short-9 = سبتمبر
month-short-10 = أكتوبر
month-short-11 = نوفمبر
month-short-12 = ديسمبر
time-am = ص
time-pm = م
# $h12 (1–12), $h24 (0–23), $hh24 (00–23), $mm (00–59), $ampm (time-am or time-pm)
time-of-day = { $h12 }:{ $mm } { $ampm }
# $weekday, $month, $day, $year, $time
date-long = { $weekday }، { $day } { $month } { $year }
datetime-long = { $weekday }، { $day } { $month } { $year } الساعة { $time }
# Used in SMS: as short as the language allows. $weekday, $month are the short forms.
datetime-short = { $weekday } { $day } { $month }، { $time }
minutes = { $count ->
    [zero] { $count } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}

## الرسائل النصية والبريد الإلكتروني (SMS and email)
sms-link-signin = { $clinic }: رابط تسجيل الدخول: { $url } أرسل STOP لإلغاء الاشتراك
sms-link-appointment = { $clinic }: لعرض موعدك وتأكيده: { $url } أرسل STOP لإلغاء الاشتراك
sms-link-thread = { $clinic }: لديك رسالة جديدة: { $url } أرسل STOP لإلغاء الاشتراك
sms-link-refill = { $clinic }: طلب تجديد الوصفة: { $url } أرسل STOP لإلغاء الاشتراك
sms-link-settings = { $clinic }: إعداداتك: { $url } أرسل STOP لإلغاء الاشتراك
sms-reminder = { $clinic }: موعدك { $when }. للتأكيد أو التغيير: { $url } أرسل STOP لإلغاء الاشتراك
# The reminder that also says how to answer by reply, sent when it fits the
# message's segment budget; $yes and $no are reply-word-confirm and reply-word-cancel.
sms-reminder-reply = { $clinic }: موعدك { $when }. أرسل { $yes } للتأكيد أو { $no } للإلغاء، أو للتغيير: { $url } أرسل STOP لإلغاء الاشتراك
# One SMS for the visits of several patients who share a phone: no names, only times.
sms-household = { $clinic }: { $count } مواعيد: { $whens }. افتح: { $url } أرسل STOP لإلغاء الاشتراك
sms-cancellation = { $clinic }: أُلغي موعدك { $when }. التفاصيل: { $url } أرسل STOP لإلغاء الاشتراك
# A caregiver's copy of a patient's reminder: no name of the patient, the caregiver's own page.
sms-copy-reminder = { $clinic }: موعد لمن تساعده { $when }. للاطلاع: { $url } أرسل STOP لإيقاف هذه النسخ
sms-copy-cancellation = { $clinic }: أُلغي موعد لمن تساعده { $when }. للاطلاع: { $url } أرسل STOP لإيقاف هذه النسخ
sms-message-alert = { $clinic }: لديك رسالة جديدة. لقراءتها: { $url } أرسل STOP لإلغاء الاشتراك
sms-refill-update = { $clinic }: تم تحديث طلب تجديد الوصفة. للاطلاع: { $url } أرسل STOP لإلغاء الاشتراك
sms-step-up-code = { $clinic }: رمزك { $code }. ينتهي خلال 10 دقائق. يرجى عدم مشاركته.
sms-contact-confirm = { $clinic }: رمز تأكيد هذا الرقم هو { $code }. ينتهي خلال 10 دقائق.
sms-contact-changed = { $clinic }: تم تغيير رقم الهاتف الذي تصلك عليه الرسائل. إن لم يكن التغيير منك، يرجى الاتصال بالرقم { $phone }.
email-subject-signin = { $clinic }: رابط تسجيل الدخول
email-subject-appointment = { $clinic }: موعدك
email-subject-thread = { $clinic }: لديك رسالة جديدة
email-subject-refill = { $clinic }: طلب تجديد الوصفة
email-subject-settings = { $clinic }: إعداداتك
email-subject-reminder = { $clinic }: تذكير بالموعد
email-subject-cancellation = { $clinic }: تم إلغاء الموعد
email-subject-copy-reminder = { $clinic }: تذكير بموعد شخص تساعده
email-subject-copy-cancellation = { $clinic }: تم إلغاء موعد شخص تساعده
email-subject-message-alert = { $clinic }: لديك رسالة جديدة
email-subject-refill-update = { $clinic }: تم تحديث طلب تجديد الوصفة
email-subject-step-up-code = { $clinic }: رمزك
email-subject-contact-confirm = { $clinic }: تأكيد عنوان بريدك الإلكتروني
email-subject-contact-changed = { $clinic }: تم تغيير بيانات الاتصال الخاصة بك
email-hello = مرحبًا { $name }،
email-what-signin = هذا رابط تسجيل الدخول الخاص بك
email-what-appointment = لعرض موعدك وتأكيده
email-what-thread = لديك رسالة جديدة
email-what-refill = لعرض طلب تجديد الوصفة
email-what-settings = لفتح إعداداتك
email-what-reminder = موعدك { $when }. للتأكيد أو التغيير
email-what-cancellation = تم إلغاء موعدك { $when }
email-what-copy-reminder = موعد شخص تساعده { $when }. للاطلاع عليه
email-what-copy-cancellation = تم إلغاء موعد شخص تساعده { $when }. للاطلاع عليه
email-copy-why = تصلك هذه الرسالة لأن الشخص الذي تساعده طلب أن تصلك تذكيرات مواعيده أيضًا. لإيقافها، يرجى فتح الرابط واختيار «إيقاف إرسال هذه التذكيرات إليّ».
email-what-message-alert = لديك رسالة جديدة. لقراءتها
email-what-refill-update = تم تحديث طلب تجديد الوصفة
email-open-button = فتح
email-link-note = يعمل الرابط مرة واحدة فقط، ثم تنتهي صلاحيته بعد مدة. إذا انتهت صلاحيته، يمكنك فتحه على أي حال وطلب رابط جديد.
email-call = للتحدث مع أحد الموظفين، يرجى الاتصال بالرقم { $phone }.
email-after-hours = خارج ساعات العمل، اتصل بالرقم { $phone }.
email-step-up-code = رمزك هو { $code }. ينتهي خلال 10 دقائق. يرجى عدم إعطائه لأي شخص.
email-contact-confirm = رمز تأكيد عنوان البريد الإلكتروني هذا هو { $code }. ينتهي خلال 10 دقائق.
email-contact-changed = تم تغيير عنوان البريد الإلكتروني الذي تصلك عليه رسائل { $clinic }. إن لم يكن التغيير منك، يرجى الاتصال بالرقم { $phone }.
email-code = ألا يفتح الرابط، أو تقرأ هذه الرسالة على جهاز آخر؟ افتح { "\u2066" }{ $url }{ "\u2069" } واكتب الرمز { "\u2066" }{ $code }{ "\u2069" }.

## الردود على الرسائل الواردة (Replies to inbound texts)
# Words a patient may text back, comma-separated, matched without regard to case or accents.
# Spellings without hamza (الغاء، ايقاف) are listed too, as many people type them that way.
inbound-confirm = نعم, تأكيد
inbound-cancel = لا, إلغاء, الغاء
inbound-help = مساعدة
inbound-stop = توقف, إيقاف, ايقاف
inbound-start = ابدأ
reply-confirmed = شكرًا لك، تم تأكيد موعدك.
reply-cancelled = تم إلغاء موعدك. يرجى الاتصال بالعيادة لحجز موعد آخر.
reply-no-appointment = لم نجد موعدًا قادمًا لهذا الرقم. يرجى الاتصال بالعيادة.
reply-unknown-number = هذا الرقم غير مسجل لدى أي عيادة. يرجى الاتصال بعيادتك.
reply-unknown-number-kept = شكرًا لك. لا نعرف هذا الرقم، لذا ستقرأ عيادتك رسالتك لكنها قد لا تتمكن من الرد برسالة نصية. إذا كان الأمر عاجلًا، يُرجى الاتصال بعيادتك.
reply-acknowledged = شكرًا لك. سيقرأ فريق الرعاية رسالتك ويرد في أقرب وقت ممكن.
# $when: the promised reply time, in the patient's time zone
reply-acknowledged-by = شكرًا لك. سيقرأ فريق الرعاية رسالتك ويرد قبل { $when }.
reply-help-call = { $clinic }: للاتصال: { $phone }.
reply-help-after-hours = خارج ساعات العمل: { $phone }.
reply-help-stop = لإلغاء الاشتراك، أرسل STOP.
# The words reminders name: each must be in inbound-confirm / inbound-cancel, and
# the cancel word must not be one carriers take as an opt-out (STOP, CANCEL, END, QUIT, ...).
reply-word-confirm = نعم
reply-word-cancel = إلغاء
# When a reply could mean several visits: $choices lists reply-choice items.
reply-which-confirm = أي موعد تريد تأكيده؟ أرسل { $choices }.
reply-which-cancel = أي موعد تريد إلغاءه؟ أرسل { $choices }.
reply-choice = { $number } لموعد { $when }
reply-choice-unknown = يُرجى الرد برقم من 1 إلى { $count }.
reply-unmatched-clinic = لم نتمكن من معرفة العيادة المقصودة بهذه الرسالة. يُرجى الاتصال بعيادتك.

## في كل صفحة (Every page)
page-sign-out = تسجيل الخروج
page-signed-out = تم تسجيل خروجك
page-signed-out-explain = للعودة، يرجى فتح أحدث رابط وصلك من عيادتك.
page-home-link = الرئيسية
page-settings-link = الإعدادات
page-call = لديك أسئلة؟ يرجى الاتصال بالرقم { $phone }.
page-problem-heading = يرجى المحاولة مرة أخرى
page-csrf-explain = لم نتمكن من التأكد من أن هذا الطلب جاء من هذه الصفحة.
page-form-explain = لم نتمكن من قراءة هذا النموذج.
page-error-heading = حدث خطأ من جهتنا
page-error-explain = يرجى المحاولة مرة أخرى بعد دقيقة. إذا تكرر ذلك، يرجى الاتصال بعيادتك.
page-conflict-heading = تم ذلك بالفعل
page-conflict-explain = يبدو أن هذا قد حُفظ بالفعل. ارجع وأعد تحميل الصفحة لترى الوضع الحالي.
page-not-found-heading = لم نجد هذه الصفحة
page-not-found-explain = يرجى فتح أحدث رابط من عيادتك، أو الاتصال بها.
page-session-heading = يرجى فتح الرابط مرة أخرى
page-session-explain = انتهت زيارتك هنا حفاظًا على أمان معلوماتك. يرجى فتح أحدث رابط من عيادتك.
page-code = الرمز: { $code }

## صفحة الدخول والروابط (Landing and links)
landing-signin-heading = تسجيل الدخول
landing-signin-explain = يرجى الضغط على الزر لفتح صفحتك لدى العيادة.
landing-signin-button = متابعة
landing-appointment-heading = موعدك
landing-appointment-explain = هل ستحضر؟ أكّد بضغطة واحدة، أو اطّلع على التفاصيل أولًا لتغيير الموعد أو إلغائه.
landing-appointment-see = عرض أو تغيير
landing-thread-heading = لديك رسالة جديدة
landing-thread-explain = يرجى الضغط على الزر لفتح رسائلك من فريق الرعاية.
landing-thread-button = فتح رسائلي
landing-refill-heading = طلب تجديد الوصفة
landing-refill-explain = يرجى الضغط على الزر لعرض طلب تجديد الوصفة.
landing-refill-button = عرض طلبي
landing-settings-heading = إعداداتك
landing-settings-explain = يرجى الضغط على الزر لفتح إعداداتك.
landing-settings-button = فتح إعداداتي
landing-household-heading = مواعيد عائلتك
landing-household-explain = لهذا الهاتف مواعيد لأكثر من شخص. اضغط الزر لرؤيتها؛ يُفتح كل موعد بعد إدخال تاريخ ميلاد الشخص صاحب الموعد.
landing-household-button = عرض المواعيد
## Visits of several patients who share a phone: times only until a date of birth says whose.
household-heading = المواعيد لهذا الهاتف
household-explain = لفتح موعد، أدخل تاريخ ميلاد الشخص صاحب الموعد.
household-visit = موعد في { $when }
household-birth-date = تاريخ ميلاد صاحب هذا الموعد
household-open = افتح هذا الموعد
household-wrong = تاريخ الميلاد هذا لا يطابق هذا الموعد. يُرجى التحقق والمحاولة مرة أخرى.
household-locked = أُدخلت تواريخ ميلاد خاطئة مرات كثيرة. يُرجى الاتصال بالعيادة.
household-off = لم تعد هذه العيادة تفتح المواعيد بتاريخ الميلاد. يُرجى الاتصال بالعيادة.
household-gone = هذا الموعد لم يعد متاحًا.
landing-once = يعمل هذا الرابط مرة واحدة فقط. إذا وصلك بشكل غير متوقع، يمكنك تجاهله.
landing-code-heading = هل تفتح هذا على جهاز آخر؟
landing-code-where = على ذلك الجهاز، افتح { "\u2066" }{ $url }{ "\u2069" } واكتب هذا الرمز:
link-used-heading = تم استخدام هذا الرابط من قبل
link-used-explain = يعمل كل رابط مرة واحدة فقط حفاظًا على أمان معلوماتك. يمكننا أن نرسل إليك رابطًا جديدًا.
link-expired-heading = انتهت صلاحية هذا الرابط
link-expired-explain = تتوقف الروابط عن العمل بعد مدة حفاظًا على أمان معلوماتك. يمكننا أن نرسل إليك رابطًا جديدًا.
link-revoked-heading = هذا الرابط لم يعد يعمل
link-revoked-explain = أرسلت عيادتك رابطًا أحدث، أو أوقفت هذا الرابط. يمكننا أن نرسل إليك رابطًا جديدًا.
link-bad-heading = هذا الرابط لا يعمل
link-bad-explain = ربما لم يُنسخ كاملًا. يرجى إخبارنا بطريقة للتواصل معك، وإذا كانت بياناتك مسجلة لدى عيادتك، فسنرسل رابطًا جديدًا.
link-reopen-explain = لم نتمكن من التأكد من أن هذا الطلب جاء من هذه الصفحة. يرجى فتح الرابط من رسالتك مرة أخرى.
link-send-new = إرسال رابط جديد إليّ
link-send-new-note = سنرسله إلى الهاتف أو البريد الإلكتروني المسجل لدى عيادتك.
link-contact-label = رقم هاتفك المحمول (مع رمز الدولة، مثل { "\u2066" }+1 312 555 0142{ "\u2069" }) أو بريدك الإلكتروني
link-sent-heading = يرجى التحقق من هاتفك أو بريدك الإلكتروني
link-sent-explain = إذا كانت لدى عيادتك وسيلة للتواصل معك، فإن رابطًا جديدًا في طريقه إليك. قد يستغرق وصوله دقيقة.
link-wait-heading = يرجى الانتظار قليلًا
link-wait-explain = وصلتنا طلبات كثيرة من شبكتك. يرجى المحاولة مرة أخرى بعد ساعة، أو الاتصال بعيادتك.
link-check-heading = يرجى التحقق مما كتبته
link-check-explain = يرجى إدخال رقم هاتف محمول يبدأ بعلامة + ثم رمز الدولة (مثل { "\u2066" }+1 312 555 0142{ "\u2069" })، أو عنوان بريد إلكتروني.
link-bad-code = هل في رسالتك رمز أيضًا؟ اكتبه هنا.

## الرموز (/c)، للرابط الذي لا يفتح
code-heading = اكتب رمزك
code-explain = في الرسالة التي فيها رابطك رمزٌ أيضًا، مثل { "\u2066" }7KQM-3XTR{ "\u2069" }. اكتبه هنا لتفتح صفحتك على هذا الجهاز.
code-label = رمزك (8 حروف وأرقام لاتينية)
code-button = متابعة
code-note = يعمل الرمز مرة واحدة فقط مثل رابطه، وحتى انتهاء صلاحية الرابط فقط.
code-format = هذا ليس رمزًا. يتكون الرمز من 8 حروف وأرقام لاتينية، مثل { "\u2066" }7KQM-3XTR{ "\u2069" }.
code-wrong = لم يعمل هذا الرمز. يرجى التحقق منه والمحاولة مرة أخرى. بعد 5 محاولات خاطئة يتوقف الرمز عن العمل.
code-used-heading = سبق استخدام هذا الرمز
code-used-explain = يعمل الرمز ورابطه مرة واحدة فقط بينهما، وقد استُخدم أحدهما. يمكننا أن نرسل إليك رابطًا جديدًا.
code-expired-heading = انتهت صلاحية هذا الرمز
code-expired-explain = يعمل الرمز فقط ما دام رابطه صالحًا، وقد انتهت صلاحية ذلك الرابط. يمكننا أن نرسل إليك رابطًا جديدًا.
code-locked-heading = لم يعد هذا الرمز يعمل
code-locked-explain = كُتب خطأً مرات كثيرة، فأوقفناه حفاظًا على أمان معلوماتك. افتح الرابط الموجود في رسالتك بدلًا من ذلك، أو اطلب رابطًا جديدًا.
code-paused-explain = الرموز متوقفة مؤقتًا بسبب كثرة المحاولات الخاطئة. افتح الرابط الموجود في رسالتك بدلًا من ذلك، أو حاول مرة أخرى بعد ساعة.

## الصفحة الرئيسية (Home)
home-hello = مرحبًا { $name }
home-upcoming = مواعيدك القادمة
home-none = ليست لديك مواعيد قادمة.
home-with = مع { $provider }
home-messages = رسائلك مع فريق الرعاية
home-refills = تجديد الوصفات الطبية

## الموعد (Appointment)
appointment-heading = موعدك
appointment-when = الوقت
appointment-duration = المدة
appointment-where = المكان
appointment-map = الخريطة
appointment-with = مع
appointment-status = الحالة
appointment-bring = ما يجب إحضاره
appointment-bring-default = بطاقة هوية عليها صورتك، وبطاقة التأمين، وقائمة بالأدوية التي تأخذها حاليًا.
status-scheduled = محدد
status-confirmed = مؤكد
status-cancelled = ملغى
appointment-confirm = أؤكد أنني سأحضر
appointment-cancel-legend = إلغاء هذا الموعد
reason-feeling-better = أشعر بتحسن
reason-conflict = لدي ارتباط آخر في هذا الوقت
reason-transport = ليست لدي وسيلة للوصول
reason-other = سبب آخر
appointment-cancel = إلغاء الموعد
appointment-another-time-label = أحتاج إلى وقت آخر (اختياري: الوقت الذي يناسبك)
appointment-another-time = طلب وقت آخر
appointment-calendar = إضافة إلى تقويمي
calendar-summary = موعد في { $clinic }
appointment-all = جميع مواعيدك
appointment-done-confirmed = شكرًا لك. تم تأكيد موعدك.
appointment-done-cancelled = تم إلغاء موعدك. يمكنك الاتصال بالعيادة متى أردت موعدًا جديدًا.
appointment-done-requested = أرسلنا طلبك إلى فريق الرعاية. سيتواصلون معك لتحديد وقت آخر.
appointment-done-already-confirmed = تم تأكيد هذا الموعد من قبل. شكرًا لك.
appointment-done-cancelled-cannot-confirm = تم إلغاء هذا الموعد، لذلك لم يعد من الممكن تأكيده. يرجى الاتصال بالعيادة إذا أردت موعدًا جديدًا.
appointment-done-passed-cannot-confirm = لقد بدأ هذا الموعد أو انقضى، لذلك لم يعد من الممكن تأكيده.
appointment-done-confirm-failed = لم نتمكن من تأكيد موعدك الآن. يرجى المحاولة مرة أخرى بعد دقيقة.

## الرسائل (Messages)
thread-heading = رسائلك مع فريق الرعاية
thread-empty = لا توجد رسائل بعد.
thread-reply-label = رسالة إلى فريق الرعاية
thread-reply-hint = حتى 2000 حرف. هذه الرسائل ليست لحالات الطوارئ: في حالة الطوارئ يرجى الاتصال بالرقم 911 أو برقم الطوارئ المحلي.
thread-send = إرسال
thread-sent = تم إرسال رسالتك. سيرد فريق الرعاية في أقرب وقت ممكن.
# $when: the promised reply time, in the patient's time zone
thread-sent-by = تم إرسال رسالتك. سيرد فريق الرعاية قبل { $when }.
thread-check-heading = يرجى مراجعة رسالتك
thread-empty-message = رسالتك فارغة.
thread-long-message = رسالتك طويلة جدًا (الحد الأقصى 2000 حرف).

## التحقق من الهوية (Step-up)
step-up-heading = تأكيد هويتك
step-up-explain = قد تحتوي هذه الصفحة على معلومات صحية. للحفاظ على خصوصيتها، نتحقق من هويتك قبل عرضها.
step-up-locked = حفاظًا على سلامتك، أوقفنا هذا التحقق مؤقتًا. يرجى الاتصال بالعيادة.
step-up-code-label = يرجى إدخال الرمز المكون من 6 أرقام الذي أرسلناه إلى { $destination }
step-up-continue = متابعة
step-up-send-code = إرسال رمز إلى { $destination }
step-up-birth-date-label = أو يمكنك إدخال تاريخ ميلادك
step-up-ways-code = { $channel ->
    [sms] سنرسل رمزًا في رسالة نصية إلى رقم هاتفك { $destination }.
   *[email] سنرسل رمزًا بالبريد الإلكتروني إلى { $destination }.
}
step-up-ways-code-or-birth-date = { $channel ->
    [sms] يمكننا إرسال رمز في رسالة نصية إلى رقم هاتفك { $destination }، أو يمكنك إدخال تاريخ ميلادك.
   *[email] يمكننا إرسال رمز بالبريد الإلكتروني إلى { $destination }، أو يمكنك إدخال تاريخ ميلادك.
}
step-up-ways-birth-date = يرجى إدخال تاريخ ميلادك للمتابعة.
step-up-birth-date-only-label = تاريخ ميلادك
step-up-no-way-off = لدينا طريقة واحدة فقط للتواصل معك، وهذه العيادة لا تستخدم تاريخ الميلاد في هذا التحقق. يرجى الاتصال بالعيادة وطلب إضافة رقم هاتف ثانٍ أو عنوان بريد إلكتروني إلى ملفك؛ وعندها يمكننا إرسال رمز إليك.
step-up-no-way-no-birth-date = لدينا طريقة واحدة فقط للتواصل معك، ولا يوجد تاريخ ميلاد في ملفك. يرجى الاتصال بالعيادة وطلب إضافة تاريخ ميلادك، أو رقم هاتف ثانٍ أو عنوان بريد إلكتروني، إلى ملفك.
step-up-no-second = ليست لدينا وسيلة اتصال أخرى نرسل إليها الرمز.
step-up-too-many-codes = أرسلنا عدة رموز بالفعل. يرجى الانتظار ساعة، أو الاتصال بالعيادة.
step-up-send-failed = لم نتمكن من إرسال الرمز الآن. يرجى المحاولة مرة أخرى بعد دقيقة.
step-up-too-many-tries = محاولات كثيرة جدًا. يرجى الانتظار ساعة، أو الاتصال بالعيادة.
step-up-code-wrong = الرمز غير صحيح، أو انتهت صلاحيته.
step-up-birth-date-wrong = هذا التاريخ لا يطابق سجلاتنا.
## تجديد الوصفات (Refills)
refills-heading = تجديد الوصفات الطبية
refills-new = طلب تجديد وصفة
refills-pick = أي دواء؟
refills-other = دواء آخر
refills-other-label = اسم الدواء وتركيزه (كما هو مكتوب على الملصق)
refills-pharmacy = أي صيدلية؟
refills-pharmacy-new = صيدلية أخرى (الاسم والمدينة)
refills-note-label = أي شيء يجب أن يعرفه فريق الرعاية (اختياري)
refills-submit = إرسال الطلب
refills-yours = طلباتك
refills-none = ليست لديك طلبات تجديد بعد.
refills-sent = وصلنا طلبك. سنخبرك عندما تكون هناك خطوة جديدة.
refills-need-medicine = يرجى اختيار دواء أو كتابة اسمه.
refills-need-pharmacy = يرجى اختيار صيدلية أو كتابة اسمها.
refill-heading = طلب تجديد الوصفة
refill-medicine = الدواء
refill-pharmacy = الصيدلية
refill-timeline = ما حدث حتى الآن
refill-status-received = تم الاستلام
refill-status-in-review = قيد المراجعة
refill-status-sent-to-pharmacy = أُرسل إلى الصيدلية
refill-status-needs-visit = تحتاج العيادة إلى رؤيتك أولًا
refill-status-denied = لم تتم الموافقة: يرجى الاتصال بالعيادة
refill-book-visit = طلب موعد زيارة
refill-visit-requested = طلبنا من فريق الرعاية حجز موعد لك. سيتواصلون معك.
refill-all = جميع طلبات تجديد الوصفات

## الإعدادات (Settings)
settings-heading = إعداداتك
settings-saved = تم حفظ إعداداتك.
settings-language = لغة الرسائل والصفحات
settings-channels = كيف نتواصل معك أولًا
settings-channel-both = رسالة نصية وبريد إلكتروني معًا، للتذكيرات
settings-channel-sms-first = رسالة نصية أولًا، ثم البريد الإلكتروني
settings-channel-email-first = البريد الإلكتروني أولًا، ثم رسالة نصية
settings-channel-sms-only = رسائل نصية فقط
settings-channel-email-only = البريد الإلكتروني فقط
settings-quiet = ساعات الهدوء (لا رسائل بين هذين الوقتين)
settings-quiet-from = من
settings-quiet-until = حتى
settings-optout = ما يمكننا إرساله إليك
settings-allow-sms = الرسائل النصية
settings-allow-email = البريد الإلكتروني
settings-optout-note = قد تتصل بك العيادة هاتفيًا بشأن أمور تتعلق بسلامتك.
settings-save = حفظ الإعدادات
settings-contact = هاتفك وبريدك الإلكتروني
settings-phone = الهاتف المحمول
settings-email = البريد الإلكتروني
settings-change = تغيير
settings-new-phone = رقم الهاتف المحمول الجديد (مع رمز الدولة)
settings-new-email = عنوان البريد الإلكتروني الجديد
settings-confirm-code-label = { $kind ->
    [phone] يرجى إدخال الرمز المكون من 6 أرقام الذي أرسلناه إلى الرقم الجديد
   *[other] يرجى إدخال الرمز المكون من 6 أرقام الذي أرسلناه إلى العنوان الجديد
}
settings-confirm = تأكيد التغيير
settings-contact-sent = أرسلنا رمزًا إلى وسيلة الاتصال الجديدة. يرجى إدخاله أدناه لإتمام التغيير.
settings-contact-changed = تم تغيير بيانات الاتصال الخاصة بك. وأبلغنا وسيلة الاتصال القديمة أيضًا.
settings-contact-invalid = يرجى التحقق من الرقم أو العنوان الذي كتبته.
settings-contact-same = هذا هو المسجل لدينا بالفعل.
settings-contact-code-wrong = الرمز غير صحيح، أو انتهت صلاحيته.
settings-none = غير مسجل
settings-quiet-invalid = يرجى اختيار وقتي البداية والنهاية لساعات الهدوء.
settings-channels-invalid = يرجى السماح بوسيلة واحدة على الأقل للتواصل معك.

# The care team's pages and emails (/staff).
staff-signin-title = تسجيل دخول فريق الرعاية
staff-signin-explain = أدخل بريدك الإلكتروني للعمل. سنرسل إليك رابط تسجيل دخول ورمزًا من ستة أرقام.
staff-email-label = البريد الإلكتروني للعمل
staff-signin-send = أرسل لي رابط تسجيل الدخول
staff-signin-sent = إذا كان هذا العنوان لأحد أعضاء فريق رعاية، فإن رابط تسجيل الدخول والرمز في طريقهما إليه. يعملان مرة واحدة فقط، لمدة 15 دقيقة.
staff-code-title = هل لديك رمز؟
staff-code-explain = هل فتحت البريد على جهاز آخر؟ أدخل هنا بريدك الإلكتروني للعمل والرمز المكوّن من ستة أرقام.
staff-code-label = الرمز المكوّن من ستة أرقام
staff-code-submit = سجّل الدخول بالرمز
staff-code-wrong = لم يعمل هذا الرمز. تحقق منه أو اطلب بريدًا جديدًا.
staff-too-many = محاولات كثيرة جدًا. انتظر ساعة ثم اطلب بريدًا جديدًا.
staff-email-wrong = أدخل بريدًا إلكترونيًا للعمل مثل name@example.org.
staff-link-title = تسجيل الدخول إلى { $clinic }
staff-link-explain = اضغط الزر لتسجيل الدخول. يعمل الرابط مرة واحدة فقط.
staff-link-button = تسجيل الدخول
staff-link-dead-heading = هذا الرابط لم يعد يعمل
staff-link-dead = انتهت صلاحيته أو استُخدم من قبل. اطلب بريد تسجيل دخول جديدًا.
staff-signin-again = اطلب بريد تسجيل دخول جديدًا
staff-invite-title = انضم إلى فريق الرعاية في { $clinic }
staff-invite-explain = { $name }، تمت دعوتك بصفة { $role }. اضغط الزر لقبول الدعوة وتسجيل الدخول.
staff-invite-button = اقبل وسجّل الدخول
staff-role-clinician = طبيب
staff-role-nurse = ممرض
staff-role-front-desk = الاستقبال
staff-role-admin = مسؤول
staff-inbox-title = صندوق الوارد
staff-views-label = عروض صندوق الوارد
staff-view-needs-reply = بانتظار الرد
staff-view-overdue = متأخرة
staff-view-mine = المسندة إليّ
staff-view-unassigned = غير مسندة
staff-older = محادثات أقدم
staff-saved-label = ابدأ من رد محفوظ
staff-saved-use = استخدمه
staff-notes-heading = ملاحظات داخلية
staff-notes-explain = لا يراها إلا فريق الرعاية؛ ولا تُرسل إلى المريض أبدًا.
staff-notes-none = لا توجد ملاحظات بعد.
staff-note-label = أضف ملاحظة للفريق
staff-note-add = أضف الملاحظة
staff-note-wrong = اكتب الملاحظة (حتى 4000 حرف).
staff-urgent = عاجل
staff-reply-held = لم يُرسل: وصلت رسالة جديدة أثناء كتابتك. اقرأها أعلاه؛ ردك ما زال هنا لترسله أو تعدّله.
staff-view-open = كل المفتوحة
staff-view-closed = المغلقة
staff-view-unmatched = رسائل غير مطابقة
staff-inbox-empty = لا شيء هنا.
staff-signed-in-as = تم تسجيل الدخول باسم { $name } في { $clinic }
staff-sign-out = تسجيل الخروج
staff-status-open = مفتوحة
staff-status-waiting = بانتظار المريض، للمراجعة في { $date }
staff-status-closed = مغلقة
# $when: when the reply is (or was) due, in the clinic's time zone
staff-due = الرد مطلوب قبل { $when }
staff-overdue = متأخرة: كان الرد مطلوبًا قبل { $when }
staff-assigned-to = مسندة إلى { $name }
staff-unassigned = غير مسندة
staff-unmatched-from = من { $phone }
staff-unverified = من رقم مشترك — المرسل غير مُتحقق منه
staff-reply-label = الرد على { $name }
staff-reply-explain = يتلقى المريض تنبيهًا مع رابط؛ لا تظهر كلماتك إلا خلف الرابط.
staff-reply-send = أرسل الرد
staff-reply-wrong = اكتب ردًا لا يتجاوز 4000 حرف، دون أحرف تحكم.
staff-assign-me = أسندها إليّ
staff-wait-label = المراجعة في
staff-wait-button = ضع علامة بانتظار المريض
staff-close-button = أغلق
staff-back-inbox = العودة إلى صندوق الوارد
staff-date-wrong = أدخل تاريخ المراجعة بالشكل YYYY-MM-DD، اليوم أو بعده.
email-subject-staff-invite = { $clinic }: دعوة للانضمام إلى فريق الرعاية
email-staff-invite = { $name }، تدعوك { $clinic } للرد على المرضى في Portico بصفة { $role }. اقبل الدعوة خلال 7 أيام: { $link }
email-subject-staff-sign-in = { $clinic }: رابط تسجيل الدخول
email-staff-sign-in = سجّل الدخول إلى { $clinic }: { $link } — أو أدخل هذا الرمز في صفحة تسجيل الدخول: { $code }. يعمل الرابط والرمز مرة واحدة، لمدة 15 دقيقة. إذا لم تطلب تسجيل الدخول، فتجاهل هذا البريد.
# Passkeys and signing in without a link
footer-signin = تسجيل الدخول
link-refused-signin = هل لديك مفتاح مرور؟ سجّل الدخول به
step-up-passkey-next = بعد هذه الخطوة يمكنك إضافة مفتاح مرور، لتستخدم في المرة القادمة وجهك أو بصمتك أو قفل الشاشة بدلًا من ذلك.
signin-heading = تسجيل الدخول
signin-passkey-explain = إذا أضفت مفتاح مرور، فاستخدم وجهك أو بصمتك أو قفل الشاشة.
signin-passkey-button = تسجيل الدخول بمفتاح مرور
passkey-browser-problem = لم يعمل مفتاح المرور في هذا المتصفح. يمكنك المحاولة مرة أخرى.
signin-no-script = لتسجيل الدخول بمفتاح مرور، استخدم متصفحًا مفعّلًا فيه JavaScript. أو يمكننا أن نرسل إليك رابطًا جديدًا.
signin-link-heading = أرسلوا إليّ رابطًا جديدًا
passkey-offer-heading = في المرة القادمة، استخدم وجهك أو بصمتك أو قفل الشاشة
passkey-offer-explain = بمفتاح المرور يمكنك تسجيل الدخول دون انتظار رسالة نصية أو بريد إلكتروني. وهو ليس إلزاميًا أبدًا.
passkey-add = إضافة مفتاح مرور
passkey-add-confirm-first = ستؤكد أولًا أنك أنت.
passkey-no-script = تتطلب إضافة مفتاح مرور أو استخدامه متصفحًا مفعّلًا فيه JavaScript.
passkey-not-now = ليس الآن
passkey-refused-heading = لم يُقبل مفتاح المرور
passkey-expired-explain = استغرقت هذه المحاولة وقتًا طويلًا أو سبق استخدامها. لم يتغير شيء. يُرجى المحاولة مرة أخرى.
passkey-failed-explain = لم نتمكن من التحقق من رد جهازك. لم يتغير شيء. يُرجى المحاولة مرة أخرى.
passkey-taken-explain = مفتاح المرور هذا مسجّل بالفعل. لم يتغير شيء.
passkey-unknown-explain = لا يفتح مفتاح المرور هذا أي صفحات مريض هنا (ربما أُزيل). يمكنك طلب رابط جديد بدلًا من ذلك.
passkey-not-verified-explain = لم يؤكد جهازك أنك أنت (الوجه أو البصمة أو الرقم السري أو قفل الشاشة). تبقى تفاصيلك الصحية مغلقة.
passkey-name-invalid = يجب أن يكون اسم مفتاح المرور سطرًا واحدًا لا يتجاوز 200 حرف.
passkey-name-browser = { $browser }، { $date }
passkey-name-plain = مفتاح مرور، { $date }
passkey-never-used = أبدًا
passkey-on-devices = على أجهزتك
passkey-on-key = على مفتاح أمان
passkey-settings-heading = مفاتيح المرور
passkey-created = أُضيف في { $date }
passkey-last-used = آخر استخدام: { $date }
passkey-rename-label = الاسم
passkey-rename = إعادة التسمية
passkey-remove = إزالة
passkey-none = ليس لديك مفتاح مرور بعد.
settings-passkey-added = أُضيف مفتاح المرور. في المرة القادمة سجّل الدخول به.
settings-passkey-renamed = أُعيدت تسمية مفتاح المرور.
settings-passkey-removed = أُزيل مفتاح المرور. لم يعد يسجّل دخولك.
sms-passkey-added = { $clinic }: أُضيف مفتاح مرور لتسجيل الدخول إلى صفحاتك كمريض. إن لم تكن أنت، فاتصل بالرقم { $phone }.
email-subject-passkey-added = { $clinic }: أُضيف مفتاح مرور
email-passkey-added = أُضيف مفتاح مرور لتسجيل الدخول إلى صفحاتك كمريض لدى { $clinic }. إن لم تكن أنت، فاتصل بالرقم { $phone }.
sms-passkey-removed = { $clinic }: أُزيل مفتاح مرور من صفحاتك كمريض. إن لم تكن أنت، فاتصل بالرقم { $phone }.
email-subject-passkey-removed = { $clinic }: أُزيل مفتاح مرور
email-passkey-removed = أُزيل مفتاح مرور من صفحاتك كمريض لدى { $clinic }، ولم يعد يسجّل الدخول. إن لم تكن أنت، فاتصل بالرقم { $phone }.

## Live updates on open pages
live-updated = آخر تحديث: { $time }.
live-refresh = تحديث
live-on = تظهر الرسائل الجديدة هنا فور وصولها.
live-off = توقفت التحديثات المباشرة. أعد تحميل الصفحة لرؤية الرسائل الجديدة.
live-inbox-on = تتحدّث هذه القائمة عند وصول الرسائل.
live-typing-team = فريق الرعاية يكتب…
live-typing-name = { $name } يكتب…
live-typing-patient = المريض يكتب…
live-seen = شاهدها المريض { $time }
live-refused-heading = التحديثات المباشرة متوقفة مؤقتًا
live-too-many-tabs = هذه الصفحة مفتوحة في علامات تبويب كثيرة. أغلق بعضها ثم أعد تحميل هذه الصفحة.
live-too-many-streams = التحديثات المباشرة مشغولة الآن. أعد تحميل الصفحة لرؤية الرسائل الجديدة.
live-typing-wait = تُرسل إشعارات الكتابة مرة كل بضع ثوانٍ على الأكثر.
## Caregiver grants
sms-grant-invitation = { $clinic }: دعاك { $patient } للمساعدة في رعايته. للقبول: { $url }
email-subject-grant-invitation = { $clinic }: دعاك { $patient } للمساعدة في رعايته
email-grant-invitation = دعاك { $patient } للمساعدة في رعايته لدى { $clinic }. للقبول، افتح هذا الرابط وأكّد بالرمز الذي سنرسله إليك: { $url }
caregiver-refused-heading = لا يمكنك فتح هذه الصفحة
caregiver-refused-explain = صلاحيتك في رعاية هذا الشخص لا تشمل هذه الصفحة، أو انتهت، أو سُحبت. اطلبها منه (أو من العيادة) إن احتجت إليها.
caregiver-helping = أنت تساعد { $patient }
caregiver-back = العودة إلى صفحتك
caregiver-list-heading = الأشخاص الذين تساعدهم
caregiver-list-none = لم يمنحك أحد صلاحية حاليًا.
caregiver-scope-appointments = المواعيد
caregiver-scope-messages = الرسائل مع فريق الرعاية
caregiver-scope-refills = تجديد الوصفات
caregiver-nothing = لا يوجد ما يُعرض بعد.
caregiver-sender = { $caregiver } نيابةً عن { $patient }
invitation-refused-heading = لا يمكن استخدام هذه الدعوة
invitation-refused-explain = استُخدمت من قبل، أو انتهت صلاحيتها، أو سُحبت. اطلب دعوة جديدة من الشخص الذي دعاك.
invitation-heading = أنت مدعو للمساعدة
invitation-intro = دعا { $patient } { $caregiver } للمساعدة في:
invitation-accept = قبول
invitation-send-code = أرسل لي رمزًا
invitation-code-explain = للقبول، أكّد هويتك برمز نرسله إلى { $destination }.
invitation-code-locked = رموز خاطئة كثيرة. اطلب دعوة جديدة من الشخص الذي دعاك.
caregivers-heading = الأشخاص الذين يساعدونك
caregivers-none = لا يستطيع أحد التصرف نيابةً عنك بعد.
caregivers-never-used = ليس بعد
caregivers-status-invited = مدعو، لم يقبل بعد
caregivers-status-active = سارية
caregivers-status-revoked = مسحوبة
caregivers-status-expired = منتهية
caregivers-basis-patient-given = أنت من منح هذه الصلاحية
caregivers-basis-parent-of-minor = منحتها العيادة: ولي أمر قاصر
caregivers-basis-legal-representative = منحتها العيادة: ممثل قانوني
caregivers-invited = أُرسلت دعوتك.
caregivers-not-sent = حُفظت الدعوة لكن تعذّر إرسالها. تحقق من الرقم أو البريد، أو اسحبها وحاول مرة أخرى.
caregivers-revoked = سُحبت الصلاحية. تتوقف عن العمل فورًا.
caregivers-since = منذ { $date }
caregivers-until = حتى { $date }
caregivers-last-used = آخر استخدام: { $date }
caregivers-revoke = سحب صلاحية { $name }
caregivers-invite-heading = ادعُ شخصًا للمساعدة
caregivers-name = اسمه
caregivers-contact = هاتفه المحمول أو بريده الإلكتروني
caregivers-contact-hint = أرقام الهاتف مع رمز الدولة، مثل ‎+1 312 555 0190.
caregivers-scopes = ما يمكنه فعله نيابةً عنك
caregivers-settings-never = إعداداتك وهاتفك وبريدك تبقى دائمًا لك وحدك.
caregivers-months = لأي مدة
caregivers-months-option = { $months } شهرًا
caregivers-invite = أرسل الدعوة
caregivers-bad-name = يرجى إدخال اسمه (دون < أو >).
caregivers-bad-contact = يرجى إدخال رقم محمول مع رمز الدولة، أو عنوان بريد إلكتروني.
caregivers-bad-scopes = يرجى اختيار أمر واحد على الأقل يمكنه فعله.
caregivers-bad-months = يرجى اختيار مدة الصلاحية.
caregivers-copies = إرسال تذكيرات مواعيدي إليه أيضًا (برسالة نصية أو بريد إلكتروني، إلى وسيلة الاتصال أعلاه)
caregivers-copies-on = تصله تذكيرات مواعيدك أيضًا
caregivers-copies-start = إرسال تذكيرات مواعيدي إلى { $name }
caregivers-copies-stop = إيقاف إرسال تذكيراتي إلى { $name }
caregivers-copies-started = ستصله تذكيرات مواعيدك أيضًا، بدءًا من التذكير القادم.
caregivers-copies-stopped = لن تصله تذكيراتك بعد الآن.
caregivers-copies-need-appointments = لا تُرسَل التذكيرات إلا إلى من يمكنه الاطلاع على مواعيدك: يرجى تحديد «المواعيد» أيضًا.
caregiver-copies-on = تصلك تذكيرات مواعيد { $name }.
caregiver-copies-stop = إيقاف إرسال هذه التذكيرات إليّ
caregiver-copies-stopped = لن تصلك تذكيرات { $name } بعد الآن.
caregiver-visit-confirm = تأكيد هذا الموعد
caregiver-visit-cancel = إلغاء هذا الموعد
caregiver-visit-confirmed = تم تأكيد الموعد. ويظهر ذلك لدى { $name } أيضًا.
caregiver-visit-cancelled = تم إلغاء الموعد. وأُبلغ { $name } وفريق الرعاية بذلك.
caregiver-visit-unchanged = لم يتغير شيء: لم يعد من الممكن تأكيد هذا الموعد أو إلغاؤه.
caregiver-visit-reschedule-requested = طلبنا من فريق الرعاية إيجاد وقت آخر لموعد { $name } هذا.
caregiver-refill-sent = وصل الطلب إلى فريق الرعاية. ويظهر ذلك لدى { $name } أيضًا.
caregivers-teen-explain = في سنّك هذه، لم يعد بإمكان { $name } قراءة رسائلك أو الاطلاع على طلبات تجديد وصفاتك هنا. وتغيير ذلك يعود إليك:
caregivers-teen-restore-messages = السماح لـ { $name } بقراءة رسائلي مجددًا
caregivers-teen-withdraw-messages = عدم السماح لـ { $name } بقراءة رسائلي بعد الآن
caregivers-teen-restore-refills = السماح لـ { $name } بالاطلاع على طلبات تجديد وصفاتي مجددًا
caregivers-teen-withdraw-refills = عدم السماح لـ { $name } بالاطلاع على طلبات تجديد وصفاتي بعد الآن
caregivers-teen-restored = تم. يمكنك التراجع عن ذلك من هنا في أي وقت.
caregivers-teen-withdrawn = تم. أصبح ذلك لك وحدك من جديد.
page-after-hours = خارج ساعات العمل، اتصل على
red-flag-reply = إذا كانت هذه حالة طارئة، فاتصل بالرقم { $emergency } الآن. للتواصل مع العيادة، اتصل بالرقم { $phone }. أبلغنا فريق الرعاية بأن رسالتك عاجلة.
red-flag-reply-no-line = إذا كانت هذه حالة طارئة، فاتصل بالرقم { $emergency } الآن. أبلغنا فريق الرعاية بأن رسالتك عاجلة.
unsubscribe-heading = إيقاف رسائل التذكير والتنبيه بالبريد الإلكتروني
unsubscribe-ask = إيقاف إرسال رسائل التذكير وتنبيهات الرسائل إلى { $email }؟
unsubscribe-button = إيقاف هذه الرسائل
unsubscribe-still = ستظل الرموز التي تطلبها وإشعارات الأمان تصل إلى هذا العنوان.
unsubscribe-done = تم: توقفت رسائل التذكير وتنبيهات الرسائل إلى { $email }.
unsubscribe-back-on = لاستلامها مرة أخرى، اختر البريد الإلكتروني من جديد في إعداداتك.
staff-reports-title = أوقات الرد
staff-reports-period = الرسائل التي انتظرت الرد من { $from } إلى { $to }
staff-reports-from = من
staff-reports-to = إلى
staff-reports-show = اعرض
staff-reports-category = الموضوع
staff-reports-answered = تم الرد
staff-reports-median = الوسيط، بساعات العمل
staff-reports-p90 = المئين 90، بساعات العمل
staff-reports-within = ضمن الموعد الموعود
staff-reports-open = تنتظر الرد الآن
staff-reports-overdue = متأخرة الآن
staff-reports-all = الكل
staff-reports-chart = ساعات العمل حتى أول رد: الوسيط (داكن) والمئين 90 (فاتح)، حسب موضوع الرسالة
staff-reports-none = لا توجد ردود في هذه الفترة.
category-appointment = المواعيد
category-refill = تجديد الوصفات
category-question = الأسئلة
category-billing = الفواتير
category-other = أخرى

# Teams, cover while away, and late replies (/staff).
staff-view-my-teams = فرقي
# $when: when the reply is due, in the clinic's time zone; $link: the conversation's address
email-subject-reply-due-soon = يقترب موعد الرد على مريض
email-reply-due-soon = { $name }، يجب الرد على مريض قبل { $when }. افتح المحادثة: { $link }
email-subject-reply-escalated = أُحيل إليك رد متأخر
email-reply-escalated = { $name }، كان يجب الرد على مريض قبل { $when } ولم يُرسل الرد بعد. أصبح الآن من مسؤوليتك. افتح المحادثة: { $link }
staff-team-label = الفريق
staff-team-none = بلا فريق (العيادة كلها)
staff-team-move = انقل إلى فريق
# $name: the colleague who is away
staff-covering-for = نيابةً عن { $name }
staff-steps-heading = كيف وصلت إلى هنا
# $team: a team's name; $from, $to: people of the care team
staff-step-routed = وُجّهت إلى { $team }
staff-step-covered = { $from } غائب: أُسندت إلى { $to }
staff-step-pooled = { $from } غائب: أُعيدت إلى الفريق
staff-step-warned = موعد الرد قريب: أُبلغ { $to }
staff-step-warned-nobody = موعد الرد قريب: لم يكن هناك من يُبلَّغ
staff-step-escalated = متأخرة: أُسندت إلى { $to }
staff-step-no-one-further = متأخرة: لا يوجد أحد آخر تُسند إليه
staff-away-link = الغياب
staff-away-title = الغياب عن العمل
staff-away-explain = أثناء غيابك، تذهب الرسائل السريرية المسندة إليك إلى الزميل الذي ينوب عنك، وتعود رسائل المواعيد والفواتير إلى فريقك. ينتهي غيابك تلقائيًا بعد آخر يوم فيه.
staff-away-from = أول يوم غياب
staff-away-to = آخر يوم غياب
staff-away-cover = من ينوب عنك
staff-away-no-cover = لا أحد (تعود الرسائل إلى الفريق)
staff-away-add = احفظ الغياب
staff-away-mine = فترات غيابك
staff-away-none = ليس لديك غياب مخطط له.
staff-away-cancel = ألغِ هذا الغياب
staff-away-team = من الغائب
staff-away-nobody = لا أحد غائب.
# $name: who is away; $from, $to: the first and last days; $cover: who covers
staff-away-row = { $name }: من { $from } إلى { $to }
staff-away-row-cover = { $name }: من { $from } إلى { $to }، ينوب عنه { $cover }
staff-away-wrong-dates = تحقق من التواريخ: يجب ألا يكون آخر يوم قبل أول يوم أو في الماضي، ولا تزيد مدة الغياب على سنة.
staff-away-wrong-cover = اختر شخصًا آخر من فريق الرعاية لينوب عنك.
staff-away-loop = هذا الزميل غائب في تلك الفترة أيضًا، وأنت تنوب عنه: اختر شخصًا آخر.
# $away: the clinician who is away; $until: their last day away; $cover: who answers meanwhile
thread-covering = أثناء غياب { $away } (حتى { $until })، يرد { $cover } على رسائلك.
staff-reports-all-teams = كل الفرق

# Staff passkeys (/staff/passkeys, /staff/signin).
staff-passkeys-title = مفاتيح المرور
staff-passkeys-explain = سجّل الدخول إلى صفحات فريق الرعاية بوجهك أو بصمتك أو قفل الشاشة أو مفتاح أمان بدلًا من رابط يصلك بالبريد الإلكتروني. كل مفتاح مرور خاص بك وحدك.
staff-passkeys-stale = لإضافة مفتاح مرور أو إزالته، سجّل الدخول من جديد أولًا: يجب أن يتم ذلك خلال 20 دقيقة من تسجيل الدخول.
staff-passkey-added = أُضيف مفتاح المرور. في المرة القادمة سجّل الدخول به.
staff-passkey-removed = أُزيل مفتاح المرور. لم يعد يسجّل دخولك.
staff-signin-passkey-explain = إذا أضفت مفتاح مرور، فاستخدم وجهك أو بصمتك أو قفل الشاشة أو مفتاح الأمان.
staff-passkey-unknown = لا يسجّل مفتاح المرور هذا الدخول إلى أي فريق رعاية هنا (ربما أُزيل). سجّل الدخول ببريدك الإلكتروني للعمل بدلًا من ذلك.
staff-passkey-not-verified = لم يؤكد جهازك أنك أنت (الوجه أو البصمة أو الرقم السري أو قفل الشاشة). لم يتم تسجيل دخولك.
# $name: the staff member; $clinic: the clinic's name
email-subject-staff-passkey-added = { $clinic }: أُضيف مفتاح مرور إلى تسجيل دخولك
email-staff-passkey-added = { $name }، أُضيف مفتاح مرور لتسجيل الدخول إلى صفحات فريق الرعاية في { $clinic }. إن لم تكن أنت، فأبلغ مسؤول عيادتك فورًا.
email-subject-staff-passkey-removed = { $clinic }: أُزيل مفتاح مرور من تسجيل دخولك
email-staff-passkey-removed = { $name }، أُزيل مفتاح مرور من تسجيل دخولك إلى صفحات فريق الرعاية في { $clinic }. لم يعد يسجّل دخولك. إن لم تكن أنت، فأبلغ مسؤول عيادتك فورًا.
# $names: colleagues who opened the conversation in the last minutes, each with the time
staff-viewing = يطّلع على هذا أيضًا: { $names }
# $line: the crisis line the clinic names, as dialled
red-flag-crisis = إذا كنت تفكر في إيذاء نفسك، فاتصل أو أرسل رسالة إلى { $line } الآن، في أي وقت.
# $channel: staff-contact-sms or staff-contact-email; $why: one of the staff-contact-* reasons
staff-step-contact-flagged = { $channel } لم يعد يصل إلى المريض: { $why }. تواصل معه بطريقة أخرى.
staff-contact-sms = رقم هاتفه المحمول
staff-contact-email = عنوان بريده الإلكتروني
staff-contact-invalid = يقول المزوّد إنه لا يستقبل الرسائل
staff-contact-opted-out = طلب عدم إرسال المزيد
staff-contact-bouncing = البريد المرسل إليه يرتدّ
staff-assign-to = إسناد إلى
staff-assign-button = إسناد

# The clinic's teams, for its administrators (/staff/admin/teams).
staff-admin-teams-title = الفرق
staff-admin-teams-explain = تذهب كل رسالة من مريض إلى فريق وفق قواعد التوجيه في العيادة، وإلا فإلى الفريق الافتراضي. ويُحال الرد المتأخر في النهاية إلى رئيس الفريق.
staff-admin-only = لا يغيّر فرق العيادة إلا مسؤول العيادة.
staff-admin-reauth = لتغيير فرق العيادة، سجّل الدخول من جديد أولًا: لا تُقبل التغييرات إلا خلال 20 دقيقة من تسجيل الدخول.
staff-admin-new-team = فريق جديد
staff-admin-team-name = الاسم
staff-admin-team-lead = رئيس الفريق
staff-admin-no-lead = بلا رئيس (أول مسؤول في العيادة)
staff-admin-team-default = الفريق الافتراضي (للرسائل التي لا توجّهها أي قاعدة)
staff-admin-team-members = الأعضاء
staff-admin-save = حفظ
staff-admin-add = إضافة فريق
staff-admin-saved = تم الحفظ.
staff-admin-name-wrong = يحتاج الفريق إلى اسم من سطر واحد، لا يتجاوز 200 حرف، ولا يحمله أي فريق آخر في العيادة.
# $name: an admin; $url, $id: the endpoint; $when: since when it has accepted no event
email-subject-webhook-disabled = أُوقف عنوان استقبال الأحداث
email-webhook-disabled = { $name }، توقّف Portico عن إرسال الأحداث إلى { $url } (العنوان { $id }): لم يقبل أي حدث منذ { $when } رغم إعادة المحاولة لأكثر من يوم. أصلح جهة الاستقبال ثم أعد تشغيلها عبر PATCH /api/v1/webhooks/{ $id } مع "enabled": true.

# The patient's own trail (/p/activity): what they and the people who help them did here.
activity-heading = من فتح ملفك
activity-explain = كل ما فعلته هنا أنت وأي شخص سمحت له بمساعدتك، بدءًا بالأحدث. وتحتفظ عيادتك بالسجل نفسه.
activity-none = لا شيء بعد.
activity-older = الأقدم
activity-newest = العودة إلى الأحدث
activity-you = أنت
# $name: the caregiver, as the patient named them
activity-caregiver = { $name }، ممن يساعدونك
activity-someone = أحد الأشخاص الذين يساعدونك
# How the person had proved who they are.
activity-auth-link = بالرابط الذي أرسلناه
activity-auth-code = برمز أرسلناه
activity-auth-passkey = بمفتاح مرور
activity-auth-link-code = بالرابط الذي أرسلناه ورمز
activity-auth-link-birth-date = بالرابط الذي أرسلناه وتاريخ ميلادك
activity-auth-code-birth-date = برمز أرسلناه وتاريخ ميلادك
activity-auth-sms = برسالة نصية من هاتفك
# What they did.
activity-link-redeemed = فتح رابط من العيادة
activity-link-code-used = تسجيل الدخول برمز
activity-link-renewed = طلب رابط جديد
activity-step-up-code-sent = طلب رمز لتأكيد الهوية
activity-step-up-passed = تأكيد الهوية بنجاح
activity-step-up-failed = محاولة لتأكيد الهوية لم تتطابق
activity-passkey-signed-in = تسجيل الدخول بمفتاح مرور
activity-passkey-registered = إضافة مفتاح مرور
activity-passkey-renamed = إعادة تسمية مفتاح مرور
activity-passkey-removed = إزالة مفتاح مرور
activity-passkey-refused = لم يُقبل مفتاح مرور
activity-passkey-possible-clone = استُخدم مفتاح مرور بطريقة توحي بوجود نسخة منه
activity-appointment-confirmed = تأكيد موعد
activity-appointment-cancelled = إلغاء موعد
activity-appointment-reschedule-requested = طلب وقت آخر لموعد
activity-message-received = إرسال رسالة إلى العيادة
activity-message-red-flag = وُسمت رسالة بأنها عاجلة لفريق الرعاية
activity-refill-requested = طلب تجديد وصفة
activity-refill-visit-requested = طلب موعد زيارة بشأن تجديد وصفة
activity-patient-settings = تغيير الإعدادات
activity-contact-change-started = بدء تغيير رقم هاتف أو بريد إلكتروني
activity-contact-changed = تغيير رقم هاتف أو بريد إلكتروني
activity-contact-opted-out = طلب عدم تلقي مزيد من الرسائل النصية
activity-contact-opted-in = طلب تلقي الرسائل النصية مجددًا
activity-patient-unsubscribed = إيقاف رسائل البريد الإلكتروني بنقرة واحدة
activity-grant-invited = دعوة شخص للمساعدة
activity-grant-revoked = سحب صلاحية شخص
activity-grant-accepted = قبول دعوتك للمساعدة
activity-grant-appointments-viewed = الاطلاع على مواعيدك
activity-grant-messages-viewed = قراءة رسائلك
activity-grant-refills-viewed = الاطلاع على طلبات تجديد وصفاتك
activity-grant-message-sent = إرسال رسالة نيابةً عنك
activity-grant-copies-started = تفعيل نسخ التذكيرات لشخص يساعدك
activity-grant-copies-stopped = إيقاف نسخ التذكيرات لشخص يساعدك
activity-grant-appointment-confirmed = تأكيد موعد نيابةً عنك
activity-grant-appointment-cancelled = إلغاء موعد نيابةً عنك
activity-grant-refill-requested = طلب تجديد وصفة نيابةً عنك
activity-grant-teen-restored = السماح لولي الأمر بالاطلاع على المزيد مجددًا
activity-grant-teen-withdrawn = سحب ما كان بإمكان ولي الأمر الاطلاع عليه
activity-grant-link-opened = فتح رابط تذكير أُرسل إليه
activity-grant-link-refused = رُفض رابط تذكير أُرسل إليه
activity-messages-viewed = قراءة رسائلك
activity-refills-viewed = الاطلاع على طلبات تجديد وصفاتك
activity-other = استخدام ملفك
# Settings and the caregivers page link to the trail.
activity-link = من فتح ملفك
# A parent's grant once the child reaches the clinic's age for privacy. $name: the patient; $age: their age
caregiver-teen-private = منذ بلوغ { $name } سن { $age }، أصبحت قراءة هذه الرسائل مقصورة على { $name }. ولا يزال بإمكانك الكتابة إلى فريق الرعاية نيابةً عن { $name }.
# A caregiver signing in again (/p/for/sign-in).
caregiver-sign-in-heading = تسجيل الدخول لمساعدة شخص ما
caregiver-sign-in-explain = اكتب رقم الهاتف المحمول أو البريد الإلكتروني الذي قبلت به دعوة، وسنرسل إليه رمزًا.
caregiver-sign-in-contact = هاتفك المحمول أو بريدك الإلكتروني
caregiver-sign-in-send = أرسل لي رمزًا
caregiver-sign-in-sent = إذا كنت قد قبلت دعوةً بهذا الرقم أو البريد الإلكتروني، فإن رمزًا في طريقه إليك. يعمل الرمز لمدة 10 دقائق.
caregiver-sign-in-code = الرمز الذي أرسلناه
caregiver-sign-in-button = تسجيل الدخول
caregiver-sign-in-more = لا يعرض رابط التذكير الذي فتحته إلا المواعيد التي يتعلق بها. سجّل الدخول لترى كل ما يمكنك فعله.
caregiver-link-heading = تذكير لشخص تساعده
caregiver-link-explain = افتحه لترى المواعيد، ولتأكيدها أو إلغائها أو طلب وقت آخر.
caregiver-link-open = فتح المواعيد
caregiver-link-dead-heading = هذا الرابط لم يعد يعمل
caregiver-link-dead-explain = استُخدم من قبل أو انتهت صلاحيته، أو انتهت الصلاحية التي أُرسل بموجبها. لا يزال بإمكانك تسجيل الدخول بالهاتف أو البريد الإلكتروني الذي وصلتك عليه الدعوة.
caregiver-link-sign-in = تسجيل الدخول لمساعدة شخص ما
caregiver-settings-heading = الرسائل النصية ورسائل البريد الإلكتروني التي نرسلها إليك
caregiver-settings-explain = تصلك التذكيرات الخاصة بالأشخاص الذين تساعدهم، وإشعاراتنا إليك، بهذه اللغة، ولا تصلك أبدًا ليلًا حيث تقيم.
caregiver-settings-zone = مكان إقامتك (المنطقة الزمنية)
caregiver-settings-zone-unsaid = غير محدد: المنطقة الزمنية للشخص الذي تساعده
caregiver-settings-save = حفظ
caregiver-settings-saved = تم الحفظ.
caregiver-passkeys-stale = لإضافة مفتاح مرور أو إزالته، سجّل الخروج ثم سجّل الدخول من جديد أولًا: يمكن ذلك خلال 20 دقيقة من تسجيل الدخول.
caregiver-passkey-unknown = لا يفتح مفتاح المرور هذا صفحات أي شخص تساعده هنا (ربما أُزيل). يمكنك تسجيل الدخول برمز بدلًا من ذلك.
email-subject-caregiver-passkey-added = { $clinic }: أُضيف مفتاح مرور إلى تسجيل دخولك
caregiver-passkey-added-notice = { $clinic }: أُضيف مفتاح مرور لتسجيل الدخول لمساعدة شخص ما. إن لم تكن أنت، فاتصل بالرقم { $phone }.
email-subject-caregiver-passkey-removed = { $clinic }: أُزيل مفتاح مرور من تسجيل دخولك
caregiver-passkey-removed-notice = { $clinic }: أُزيل مفتاح مرور من تسجيل دخولك لمساعدة شخص ما. لم يعد يسجّل دخولك. إن لم تكن أنت، فاتصل بالرقم { $phone }.
signin-caregiver-link = هل تساعد شخصًا ما؟ سجّل الدخول هنا
# Thirty days before a parent's grant changes with the child's age: to the parent and to the child.
# $clinic; $date: the day it changes; $patient: the child; $caregiver: the parent; $age: the age then
email-subject-growing-up = تغيير فيمن يمكنه الاطلاع على ملفك
growing-up-narrows-parent = { $clinic }: يوافق { $date } بلوغ { $patient } سن { $age }. بعد ذلك يظل بإمكانك الاطلاع على المواعيد والكتابة إلى فريق الرعاية نيابةً عن { $patient }، لكن الرسائل وطلبات تجديد الوصفات لن تعود متاحة لك.
growing-up-narrows-teen = { $clinic }: يوافق { $date } بلوغك سن { $age }. بعد ذلك يظل بإمكان { $caregiver } الاطلاع على مواعيدك والكتابة إلى فريق الرعاية نيابةً عنك، لكن ذلك لن يشمل رسائلك ولا طلبات تجديد وصفاتك.
growing-up-ends-parent = { $clinic }: يوافق { $date } بلوغ { $patient } سن 18، وعندها تنتهي صلاحيتك في الاطلاع على ملف { $patient }. إن كانت لك صفة الممثل القانوني، فيُرجى الطلب من العيادة تسجيل ذلك.
growing-up-ends-teen = { $clinic }: يوافق { $date } بلوغك سن 18، وعندها لن يعود بإمكان { $caregiver } الاطلاع على ملفك نيابةً عنك.
