# Portico — русский (ru). Перевод en.ftl; ключи те же, что в en.ftl.
# Статус: перед показом пациентам файл должен проверить врач, для которого русский язык родной.
# Status: awaits review by a native-speaking clinician before patients see it.
# Правила для всех языков: никаких сведений о здоровье в SMS и письмах; SMS — коротко;
# { $variables } не менять.
# Rules for every locale: no health details in SMS or email; keep SMS lines short;
# { $variables } must stay as they are.

## Язык (The language itself)
language-name = Русский
# "ltr" or "rtl"
language-direction = ltr
switcher-label = Язык

## Даты и время (Dates and times, built by Portico from these parts)
weekday-1 = понедельник
weekday-2 = вторник
weekday-3 = среда
weekday-4 = четверг
weekday-5 = пятница
weekday-6 = суббота
weekday-7 = воскресенье
weekday-short-1 = пн
weekday-short-2 = вт
weekday-short-3 = ср
weekday-short-4 = чт
weekday-short-5 = пт
weekday-short-6 = сб
weekday-short-7 = вс
# Month names are in the genitive case ("10 мая"), as used in dates.
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря
month-short-1 = янв.
month-short-2 = февр.
month-short-3 = мар.
month-short-4 = апр.
month-short-5 = мая
month-short-6 = июн.
month-short-7 = июл.
month-short-8 = авг.
month-short-9 = сент.
month-short-10 = окт.
month-short-11 = нояб.
month-short-12 = дек.
time-am = до полудня
time-pm = после полудня
# $h12 (1–12), $h24 (0–23), $hh24 (00–23), $mm (00–59), $ampm (time-am or time-pm)
time-of-day = { $hh24 }:{ $mm }
# $weekday, $month, $day, $year, $time
date-long = { $weekday }, { $day } { $month } { $year } г.
datetime-long = { $weekday }, { $day } { $month } { $year } г. в { $time }
# Used in SMS: as short as the language allows. $weekday, $month are the short forms.
datetime-short = { $weekday }, { $day } { $month } в { $time }
minutes = { $count ->
    [one] { $count } минута
    [few] { $count } минуты
    [many] { $count } минут
   *[other] { $count } минуты
}

## SMS и электронная почта (SMS and email)
sms-link-signin = { $clinic }: ваша ссылка для входа: { $url } STOP — отписаться
sms-link-appointment = { $clinic }: посмотрите и подтвердите запись: { $url } STOP — отписаться
sms-link-thread = { $clinic }: у вас новое сообщение: { $url } STOP — отписаться
sms-link-refill = { $clinic }: ваш запрос на рецепт: { $url } STOP — отписаться
sms-link-settings = { $clinic }: ваши настройки: { $url } STOP — отписаться
sms-reminder = { $clinic }: приём { $when }. Подтвердить или изменить: { $url } STOP — отписаться
# The reminder that also says how to answer by reply, sent when it fits the
# message's segment budget; $yes and $no are reply-word-confirm and reply-word-cancel.
sms-reminder-reply = { $clinic }: приём { $when }. Ответьте { $yes } — подтвердить, { $no } — отменить. Изменить: { $url } STOP — отписаться
# One SMS for the visits of several patients who share a phone: no names, only times.
sms-household = { $clinic }: приёмов: { $count }: { $whens }. Открыть: { $url } STOP — отписаться
sms-cancellation = { $clinic }: ваш приём { $when } отменён. Подробнее: { $url } STOP — отписаться
# A caregiver's copy of a patient's reminder: no name of the patient, the caregiver's own page.
sms-copy-reminder = { $clinic }: у того, кому вы помогаете, приём { $when }. Подробнее: { $url } STOP — не получать копии
sms-copy-cancellation = { $clinic }: приём { $when } у того, кому вы помогаете, отменён. Подробнее: { $url } STOP — не получать копии
sms-message-alert = { $clinic }: у вас новое сообщение. Прочитать: { $url } STOP — отписаться
sms-refill-update = { $clinic }: есть новости по запросу на рецепт: { $url } STOP — отписаться
sms-step-up-code = { $clinic }: код { $code }. Действует 10 минут. Никому не сообщайте.
sms-contact-confirm = { $clinic }: код для подтверждения номера: { $code }. Действует 10 минут.
sms-contact-changed = { $clinic }: номер телефона для сообщений изменён. Если это сделали не вы, позвоните: { $phone }.
email-subject-signin = { $clinic }: ваша ссылка для входа
email-subject-appointment = { $clinic }: ваша запись на приём
email-subject-thread = { $clinic }: у вас новое сообщение
email-subject-refill = { $clinic }: ваш запрос на повторный рецепт
email-subject-settings = { $clinic }: ваши настройки
email-subject-reminder = { $clinic }: напоминание о приёме
email-subject-cancellation = { $clinic }: приём отменён
email-subject-copy-reminder = { $clinic }: напоминание о приёме человека, которому вы помогаете
email-subject-copy-cancellation = { $clinic }: отменён приём человека, которому вы помогаете
email-subject-message-alert = { $clinic }: у вас новое сообщение
email-subject-refill-update = { $clinic }: новости по вашему запросу на повторный рецепт
email-subject-step-up-code = { $clinic }: ваш код
email-subject-contact-confirm = { $clinic }: подтвердите адрес электронной почты
email-subject-contact-changed = { $clinic }: ваши контактные данные изменены
email-hello = Здравствуйте, { $name }!
email-what-signin = Вот ваша ссылка для входа
email-what-appointment = Посмотрите и подтвердите вашу запись на приём
email-what-thread = У вас новое сообщение
email-what-refill = Посмотрите ваш запрос на повторный рецепт
email-what-settings = Откройте ваши настройки
email-what-reminder = Ваш приём: { $when }. Подтвердите его или измените
email-what-cancellation = Ваш приём { $when } отменён
email-what-copy-reminder = У человека, которому вы помогаете, приём { $when }. Посмотрите подробности
email-what-copy-cancellation = Приём { $when } у человека, которому вы помогаете, отменён. Посмотрите подробности
email-copy-why = Вы получили это письмо, потому что по просьбе человека, которому вы помогаете, его напоминания о приёмах приходят и вам. Чтобы они больше не приходили, откройте ссылку и выберите «Больше не присылать мне эти напоминания».
email-what-message-alert = У вас новое сообщение. Прочитайте его
email-what-refill-update = Есть новости по вашему запросу на повторный рецепт
email-open-button = Открыть
email-link-note = Ссылка работает один раз, и через некоторое время срок её действия истекает. Если срок истёк, всё равно откройте её и попросите новую.
email-call = Чтобы поговорить с сотрудником, позвоните: { $phone }.
email-after-hours = В нерабочее время звоните по номеру { $phone }.
email-step-up-code = Ваш код: { $code }. Он действует 10 минут. Никому его не сообщайте.
email-contact-confirm = Код для подтверждения этого адреса электронной почты: { $code }. Он действует 10 минут.
email-contact-changed = Адрес электронной почты для сообщений от { $clinic } изменён. Если это сделали не вы, позвоните: { $phone }.
email-code = Ссылка не открывается или вы читаете это на другом устройстве? Откройте { $url } и введите код { $code }.

## Ответы на входящие SMS (Replies to inbound texts)
# Words a patient may text back, comma-separated, matched without regard to case or accents.
inbound-confirm = ДА, ПОДТВЕРЖДАЮ, ПОДТВЕРДИТЬ
inbound-cancel = НЕТ, ОТМЕНА
inbound-help = ПОМОЩЬ
inbound-stop = СТОП, ОТПИСАТЬСЯ
inbound-start = СТАРТ
reply-confirmed = Спасибо, ваша запись подтверждена.
reply-cancelled = Ваша запись отменена. Позвоните в клинику, чтобы записаться на другое время.
reply-no-appointment = Мы не нашли предстоящих записей для этого номера. Пожалуйста, позвоните в клинику.
reply-unknown-number = Этот номер не зарегистрирован ни в одной клинике. Пожалуйста, позвоните в вашу клинику.
reply-unknown-number-kept = Спасибо. Мы не знаем этот номер: клиника прочитает ваше сообщение, но, возможно, не сможет ответить по SMS. Если это срочно, позвоните в клинику.
reply-acknowledged = Спасибо. Ваша медицинская команда прочитает сообщение и ответит как можно скорее.
# $when: the promised reply time, in the patient's time zone
reply-acknowledged-by = Спасибо. Ваша медицинская команда прочитает сообщение и ответит до { $when }.
reply-help-call = { $clinic }: позвоните по номеру { $phone }.
reply-help-after-hours = В нерабочее время: { $phone }.
reply-help-stop = Чтобы отписаться, отправьте STOP.
# The words reminders name: each must be in inbound-confirm / inbound-cancel, and
# the cancel word must not be one carriers take as an opt-out (STOP, CANCEL, END, QUIT, ...).
reply-word-confirm = ДА
reply-word-cancel = НЕТ
# When a reply could mean several visits: $choices lists reply-choice items.
reply-which-confirm = Какой приём подтвердить? Ответьте: { $choices }.
reply-which-cancel = Какой приём отменить? Ответьте: { $choices }.
reply-choice = { $number } — { $when }
reply-choice-unknown = Ответьте числом от 1 до { $count }.
reply-unmatched-clinic = Мы не смогли понять, в какую клинику это сообщение. Позвоните в свою клинику.

## На каждой странице (Every page)
page-sign-out = Выйти
page-signed-out = Вы вышли
page-signed-out-explain = Чтобы вернуться, откройте самую новую ссылку от вашей клиники.
page-home-link = Главная
page-settings-link = Настройки
page-call = Есть вопросы? Позвоните: { $phone }.
page-problem-heading = Пожалуйста, попробуйте ещё раз
page-csrf-explain = Мы не смогли проверить, что этот запрос отправлен с этой страницы.
page-form-explain = Мы не смогли прочитать эту форму.
page-error-heading = У нас что-то пошло не так
page-error-explain = Пожалуйста, попробуйте ещё раз через минуту. Если ошибка повторяется, позвоните в вашу клинику.
page-conflict-heading = Это уже сделано
page-conflict-explain = Похоже, это уже сохранено. Вернитесь назад и обновите страницу, чтобы увидеть текущее состояние.
page-not-found-heading = Мы не нашли эту страницу
page-not-found-explain = Откройте самую новую ссылку от вашей клиники или позвоните туда.
page-session-heading = Пожалуйста, откройте ссылку ещё раз
page-session-explain = Чтобы ваши данные были в безопасности, сеанс завершён. Откройте самую новую ссылку от вашей клиники.
page-code = Код: { $code }

## Вход и ссылки (Landing and links)
landing-signin-heading = Вход
landing-signin-explain = Нажмите кнопку, чтобы открыть вашу страницу в клинике.
landing-signin-button = Продолжить
landing-appointment-heading = Ваша запись на приём
landing-appointment-explain = Вы придёте? Подтвердите одним нажатием или сначала посмотрите подробности, чтобы изменить или отменить запись.
landing-appointment-see = Посмотреть или изменить
landing-thread-heading = У вас новое сообщение
landing-thread-explain = Нажмите кнопку, чтобы открыть сообщения от медицинской команды.
landing-thread-button = Открыть мои сообщения
landing-refill-heading = Ваш запрос на повторный рецепт
landing-refill-explain = Нажмите кнопку, чтобы посмотреть ваш запрос на повторный рецепт.
landing-refill-button = Посмотреть мой запрос
landing-settings-heading = Ваши настройки
landing-settings-explain = Нажмите кнопку, чтобы открыть ваши настройки.
landing-settings-button = Открыть мои настройки
landing-household-heading = Приёмы вашей семьи
landing-household-explain = На этот телефон записаны приёмы нескольких человек. Нажмите кнопку, чтобы увидеть их; каждый открывается по дате рождения того, для кого он.
landing-household-button = Посмотреть приёмы
## Visits of several patients who share a phone: times only until a date of birth says whose.
household-heading = Приёмы для этого телефона
household-explain = Чтобы открыть приём, введите дату рождения человека, для которого он.
household-visit = Приём { $when }
household-birth-date = Дата рождения человека, для которого этот приём
household-open = Открыть этот приём
household-wrong = Эта дата рождения не подходит к этому приёму. Проверьте её и попробуйте ещё раз.
household-locked = Слишком много неверных дат рождения. Позвоните в клинику.
household-off = Эта клиника больше не открывает приёмы по дате рождения. Позвоните в клинику.
household-gone = Этот приём больше недоступен.
landing-once = Эта ссылка работает один раз. Если вы её не ждали, просто не обращайте на неё внимания.
landing-code-heading = Открываете на другом устройстве?
landing-code-where = На том устройстве откройте { $url } и введите этот код:
link-used-heading = Эта ссылка уже использована
link-used-explain = Чтобы ваши данные были в безопасности, каждая ссылка работает только один раз. Мы можем прислать вам новую.
link-expired-heading = Срок действия ссылки истёк
link-expired-explain = Чтобы ваши данные были в безопасности, ссылки через некоторое время перестают работать. Мы можем прислать вам новую.
link-revoked-heading = Эта ссылка больше не работает
link-revoked-explain = Ваша клиника прислала более новую ссылку или отключила эту. Мы можем прислать вам новую.
link-bad-heading = Эта ссылка не работает
link-bad-explain = Возможно, её скопировали не полностью. Напишите, как с вами связаться, и если ваши данные есть в клинике, мы пришлём новую ссылку.
link-reopen-explain = Мы не смогли проверить, что этот запрос отправлен с этой страницы. Откройте ссылку из сообщения ещё раз.
link-send-new = Прислать мне новую ссылку
link-send-new-note = Мы отправим её на телефон или электронную почту, которые есть у вашей клиники.
link-contact-label = Ваш мобильный номер (с кодом страны, например +1 312 555 0142) или электронная почта
link-sent-heading = Проверьте телефон или электронную почту
link-sent-explain = Если у вашей клиники есть ваши контакты, новая ссылка уже в пути. Она может прийти в течение минуты.
link-wait-heading = Пожалуйста, подождите немного
link-wait-explain = Из вашей сети пришло слишком много запросов. Попробуйте ещё раз через час или позвоните в вашу клинику.
link-check-heading = Пожалуйста, проверьте, что вы ввели
link-check-explain = Введите мобильный номер, который начинается с + и кода страны (например +1 312 555 0142), или адрес электронной почты.
link-bad-code = В вашем сообщении есть ещё и код? Введите его здесь.

## Коды (/c) для ссылки, которая не открывается
code-heading = Введите код
code-explain = В сообщении со ссылкой есть и код, например 7KQM-3XTR. Введите его здесь, чтобы открыть свою страницу на этом устройстве.
code-label = Ваш код (8 латинских букв и цифр)
code-button = Продолжить
code-note = Код работает один раз, как и его ссылка, и только пока не истёк срок действия ссылки.
code-format = Это не код. Код состоит из 8 латинских букв и цифр, например 7KQM-3XTR.
code-wrong = Этот код не подошёл. Проверьте его и попробуйте ещё раз. После 5 неверных попыток код перестаёт работать.
code-used-heading = Этот код уже использован
code-used-explain = Код и его ссылка вместе работают только один раз, и одним из них уже воспользовались. Мы можем прислать вам новую ссылку.
code-expired-heading = Срок действия кода истёк
code-expired-explain = Код работает, только пока действует его ссылка, а срок её действия истёк. Мы можем прислать вам новую.
code-locked-heading = Этот код больше не работает
code-locked-explain = Его слишком много раз ввели неверно, поэтому ради безопасности ваших данных он отключён. Откройте ссылку из сообщения или попросите новую ссылку.
code-paused-explain = Коды временно не принимаются из-за большого числа неверных попыток. Откройте ссылку из сообщения или попробуйте снова через час.

## Главная (Home)
home-hello = Здравствуйте, { $name }
home-upcoming = Ваши предстоящие записи
home-none = У вас нет предстоящих записей.
home-with = Специалист: { $provider }
home-messages = Переписка с медицинской командой
home-refills = Повторные рецепты

## Запись на приём (Appointment)
appointment-heading = Ваша запись на приём
appointment-when = Когда
appointment-duration = Сколько длится
appointment-where = Где
appointment-map = Карта
appointment-with = Специалист
appointment-status = Статус
appointment-bring = Что взять с собой
appointment-bring-default = Документ с фотографией, страховую карточку и список лекарств, которые вы принимаете.
status-scheduled = Запланирована
status-confirmed = Подтверждена
status-cancelled = Отменена
appointment-confirm = Подтверждаю, я приду
appointment-cancel-legend = Отменить эту запись
reason-feeling-better = Мне стало лучше
reason-conflict = У меня на это время другие дела
reason-transport = Мне не на чем добраться
reason-other = Другая причина
appointment-cancel = Отменить запись
appointment-another-time-label = Мне нужно другое время (необязательно: когда вам удобно)
appointment-another-time = Попросить другое время
appointment-calendar = Добавить в мой календарь
calendar-summary = Приём: { $clinic }
appointment-all = Все ваши записи
appointment-done-confirmed = Спасибо. Ваша запись подтверждена.
appointment-done-cancelled = Ваша запись отменена. Позвоните в клинику, когда захотите записаться снова.
appointment-done-requested = Мы передали вашу просьбу медицинской команде. С вами свяжутся, чтобы выбрать другое время.
appointment-done-already-confirmed = Эта запись уже была подтверждена. Спасибо.
appointment-done-cancelled-cannot-confirm = Эта запись отменена, поэтому подтвердить её уже нельзя. Позвоните в клинику, если хотите записаться снова.
appointment-done-passed-cannot-confirm = Этот приём уже начался или прошёл, поэтому подтвердить запись уже нельзя.
appointment-done-confirm-failed = Сейчас не удалось подтвердить вашу запись. Пожалуйста, попробуйте ещё раз через минуту.

## Сообщения (Messages)
thread-heading = Переписка с медицинской командой
thread-empty = Сообщений пока нет.
thread-reply-label = Написать медицинской команде
thread-reply-hint = До 2000 символов. Не пишите сюда в экстренных случаях: звоните 911 или по местному номеру экстренной помощи.
thread-send = Отправить
thread-sent = Ваше сообщение отправлено. Медицинская команда ответит как можно скорее.
# $when: the promised reply time, in the patient's time zone
thread-sent-by = Ваше сообщение отправлено. Медицинская команда ответит до { $when }.
thread-check-heading = Пожалуйста, проверьте сообщение
thread-empty-message = Сообщение пустое.
thread-long-message = Сообщение слишком длинное (не больше 2000 символов).

## Подтверждение личности (Step-up)
step-up-heading = Подтвердите, что это вы
step-up-explain = На этой странице могут быть сведения о здоровье. Чтобы их никто больше не увидел, мы сначала проверим, что это вы.
step-up-locked = Ради вашей безопасности проверка приостановлена. Пожалуйста, позвоните в клинику.
step-up-code-label = Введите 6-значный код, который мы отправили на { $destination }
step-up-continue = Продолжить
step-up-send-code = Отправить код на { $destination }
step-up-birth-date-label = Или введите дату рождения
step-up-ways-code = { $channel ->
    [sms] Мы отправим код в SMS на ваш номер { $destination }.
   *[email] Мы отправим код по электронной почте на { $destination }.
}
step-up-ways-code-or-birth-date = { $channel ->
    [sms] Мы можем отправить код в SMS на ваш номер { $destination }, или вы можете ввести дату рождения.
   *[email] Мы можем отправить код по электронной почте на { $destination }, или вы можете ввести дату рождения.
}
step-up-ways-birth-date = Чтобы продолжить, введите дату рождения.
step-up-birth-date-only-label = Дата рождения
step-up-no-way-off = У нас есть только один способ связаться с вами, а эта клиника не использует дату рождения для такой проверки. Пожалуйста, позвоните в клинику и попросите добавить в вашу карту второй номер телефона или адрес электронной почты — тогда мы сможем отправить вам код.
step-up-no-way-no-birth-date = У нас есть только один способ связаться с вами, и в вашей карте нет даты рождения. Пожалуйста, позвоните в клинику и попросите добавить в вашу карту дату рождения или второй номер телефона либо адрес электронной почты.
step-up-no-second = У нас нет другого контакта, куда можно отправить код.
step-up-too-many-codes = Мы уже отправили несколько кодов. Пожалуйста, подождите час или позвоните в клинику.
step-up-send-failed = Сейчас не получилось отправить код. Пожалуйста, попробуйте ещё раз через минуту.
step-up-too-many-tries = Слишком много попыток. Пожалуйста, подождите час или позвоните в клинику.
step-up-code-wrong = Код не подошёл или срок его действия истёк.
step-up-birth-date-wrong = Эта дата не совпадает с нашими данными.
## Повторные рецепты (Refills)
refills-heading = Повторные рецепты
refills-new = Запросить повторный рецепт
refills-pick = Какое лекарство?
refills-other = Другое лекарство
refills-other-label = Название и дозировка лекарства (как на этикетке)
refills-pharmacy = Какая аптека?
refills-pharmacy-new = Другая аптека (название и город)
refills-note-label = Что ещё нужно знать медицинской команде (необязательно)
refills-submit = Отправить запрос
refills-yours = Ваши запросы
refills-none = Вы ещё не запрашивали повторный рецепт.
refills-sent = Мы получили ваш запрос. Мы сообщим вам, когда будут новости.
refills-need-medicine = Пожалуйста, выберите лекарство или напишите его название.
refills-need-pharmacy = Пожалуйста, выберите аптеку или напишите её название.
refill-heading = Запрос на повторный рецепт
refill-medicine = Лекарство
refill-pharmacy = Аптека
refill-timeline = Что уже сделано
refill-status-received = Получен
refill-status-in-review = На рассмотрении
refill-status-sent-to-pharmacy = Отправлен в аптеку
refill-status-needs-visit = Сначала нужно прийти на приём
refill-status-denied = Не одобрен: пожалуйста, позвоните в клинику
refill-book-visit = Попросить запись на приём
refill-visit-requested = Мы попросили медицинскую команду записать вас на приём. С вами свяжутся.
refill-all = Все ваши запросы на повторный рецепт

## Настройки (Settings)
settings-heading = Ваши настройки
settings-saved = Настройки сохранены.
settings-language = Язык сообщений и страниц
settings-channels = Как связываться с вами в первую очередь
settings-channel-both = И SMS, и электронная почта — для напоминаний
settings-channel-sms-first = Сначала SMS, потом электронная почта
settings-channel-email-first = Сначала электронная почта, потом SMS
settings-channel-sms-only = Только SMS
settings-channel-email-only = Только электронная почта
settings-quiet = Тихие часы (в это время сообщений не будет)
settings-quiet-from = С
settings-quiet-until = До
settings-optout = Что нам можно вам присылать
settings-allow-sms = SMS
settings-allow-email = Электронная почта
settings-optout-note = По вопросам вашей безопасности клиника всё равно может вам позвонить.
settings-save = Сохранить настройки
settings-contact = Ваш телефон и электронная почта
settings-phone = Мобильный телефон
settings-email = Электронная почта
settings-change = Изменить
settings-new-phone = Новый мобильный номер (с кодом страны)
settings-new-email = Новый адрес электронной почты
settings-confirm-code-label = { $kind ->
    [phone] Введите 6-значный код, который мы отправили на новый номер
   *[other] Введите 6-значный код, который мы отправили на новый адрес
}
settings-confirm = Подтвердить изменение
settings-contact-sent = Мы отправили код на новый контакт. Введите его ниже, чтобы закончить.
settings-contact-changed = Ваши контактные данные изменены. Мы сообщили об этом и на старый контакт.
settings-contact-invalid = Пожалуйста, проверьте номер или адрес, который вы ввели.
settings-contact-same = Этот контакт у нас уже есть.
settings-contact-code-wrong = Код не подошёл или срок его действия истёк.
settings-none = Не указано
settings-quiet-invalid = Пожалуйста, выберите оба времени для тихих часов.
settings-channels-invalid = Пожалуйста, разрешите хотя бы один способ связи.

# The care team's pages and emails (/staff).
staff-signin-title = Вход для медицинской команды
staff-signin-explain = Введите рабочий адрес электронной почты. Мы пришлём ссылку для входа и шестизначный код.
staff-email-label = Рабочая почта
staff-signin-send = Прислать ссылку для входа
staff-signin-sent = Если этот адрес принадлежит сотруднику медицинской команды, ссылка для входа и код уже отправлены. Они действуют один раз, 15 минут.
staff-code-title = Есть код?
staff-code-explain = Открыли письмо на другом устройстве? Введите здесь рабочую почту и шестизначный код.
staff-code-label = Шестизначный код
staff-code-submit = Войти по коду
staff-code-wrong = Код не подошёл. Проверьте его или запросите новое письмо.
staff-too-many = Слишком много попыток. Подождите час и запросите новое письмо.
staff-email-wrong = Введите рабочую почту, например name@example.org.
staff-link-title = Вход в { $clinic }
staff-link-explain = Нажмите кнопку, чтобы войти. Ссылка действует один раз.
staff-link-button = Войти
staff-link-dead-heading = Эта ссылка больше не действует
staff-link-dead = Срок её действия истёк, или она уже использована. Запросите новое письмо для входа.
staff-signin-again = Запросить новое письмо для входа
staff-invite-title = Присоединиться к медицинской команде { $clinic }
staff-invite-explain = { $name }, вас пригласили как { $role }. Нажмите кнопку, чтобы принять приглашение и войти.
staff-invite-button = Принять и войти
staff-role-clinician = врач
staff-role-nurse = медсестра
staff-role-front-desk = регистратура
staff-role-admin = администратор
staff-inbox-title = Входящие
staff-views-label = Разделы входящих
staff-view-needs-reply = Ждут ответа
staff-view-overdue = Просрочено
staff-view-mine = Мои
staff-view-unassigned = Без исполнителя
staff-older = Более ранние беседы
staff-saved-label = Начать с сохранённого ответа
staff-saved-use = Использовать
staff-notes-heading = Внутренние заметки
staff-notes-explain = Их видит только медицинская команда; пациенту они никогда не отправляются.
staff-notes-none = Заметок пока нет.
staff-note-label = Добавить заметку для команды
staff-note-add = Добавить заметку
staff-note-wrong = Напишите заметку (до 4000 символов).
staff-urgent = Срочно
staff-reply-held = Не отправлено: пока вы писали, пришло новое сообщение. Прочитайте его выше; ваш ответ остался здесь — его можно отправить или изменить.
staff-view-open = Все открытые
staff-view-closed = Закрытые
staff-view-unmatched = Нераспознанные SMS
staff-inbox-empty = Здесь пусто.
staff-signed-in-as = Вы вошли как { $name }, { $clinic }
staff-sign-out = Выйти
staff-status-open = Открыт
staff-status-waiting = Ждём пациента, пересмотреть { $date }
staff-status-closed = Закрыт
# $when: when the reply is (or was) due, in the clinic's time zone
staff-due = Ответить до { $when }
staff-overdue = Просрочено: ответ был нужен до { $when }
staff-assigned-to = Назначен: { $name }
staff-unassigned = Не назначен
staff-unmatched-from = С номера { $phone }
staff-unverified = С общего номера — отправитель не подтверждён
staff-reply-label = Ответить: { $name }
staff-reply-explain = Пациент получит уведомление со ссылкой; ваш текст виден только по ссылке.
staff-reply-send = Отправить ответ
staff-reply-wrong = Напишите ответ длиной до 4000 символов, без управляющих символов.
staff-assign-me = Назначить мне
staff-wait-label = Пересмотреть
staff-wait-button = Отметить: ждём пациента
staff-close-button = Закрыть
staff-back-inbox = Назад во входящие
staff-date-wrong = Введите дату пересмотра в виде ГГГГ-ММ-ДД, сегодня или позже.
email-subject-staff-invite = { $clinic }: приглашение в медицинскую команду
email-staff-invite = { $name }, { $clinic } приглашает вас отвечать пациентам в Portico как { $role }. Примите приглашение в течение 7 дней: { $link }
email-subject-staff-sign-in = { $clinic }: ваша ссылка для входа
email-staff-sign-in = Вход в { $clinic }: { $link } — или введите этот код на странице входа: { $code }. Ссылка и код действуют один раз, 15 минут. Если вы не запрашивали вход, просто проигнорируйте это письмо.
# Passkeys and signing in without a link
footer-signin = Войти
link-refused-signin = Есть ключ доступа? Войдите с ним
step-up-passkey-next = После этого шага можно добавить ключ доступа: в следующий раз хватит лица, отпечатка пальца или блокировки экрана.
signin-heading = Вход
signin-passkey-explain = Если вы добавили ключ доступа, используйте лицо, отпечаток пальца или блокировку экрана.
signin-passkey-button = Войти с ключом доступа
passkey-browser-problem = Ключ доступа не сработал в этом браузере. Можно попробовать ещё раз.
signin-no-script = Чтобы войти с ключом доступа, нужен браузер с включённым JavaScript. Или мы можем прислать новую ссылку.
signin-link-heading = Прислать новую ссылку
passkey-offer-heading = В следующий раз — лицо, отпечаток пальца или блокировка экрана
passkey-offer-explain = С ключом доступа можно войти, не дожидаясь SMS или письма. Это никогда не обязательно.
passkey-add = Добавить ключ доступа
passkey-add-confirm-first = Сначала вы подтвердите, что это вы.
passkey-no-script = Чтобы добавить или использовать ключ доступа, нужен браузер с включённым JavaScript.
passkey-not-now = Не сейчас
passkey-refused-heading = Ключ доступа не принят
passkey-expired-explain = Эта попытка заняла слишком много времени или уже использована. Ничего не изменилось. Попробуйте ещё раз.
passkey-failed-explain = Не удалось проверить ответ вашего устройства. Ничего не изменилось. Попробуйте ещё раз.
passkey-taken-explain = Этот ключ доступа уже зарегистрирован. Ничего не изменилось.
passkey-unknown-explain = Этот ключ доступа не открывает здесь страниц пациента (возможно, его удалили). Можно попросить новую ссылку.
passkey-not-verified-explain = Устройство не подтвердило, что это вы (лицо, отпечаток, PIN-код или блокировка экрана). Сведения о здоровье остаются закрытыми.
passkey-name-invalid = Название ключа доступа — одна строка не длиннее 200 символов.
passkey-name-browser = { $browser }, { $date }
passkey-name-plain = Ключ доступа, { $date }
passkey-never-used = ни разу
passkey-on-devices = На ваших устройствах
passkey-on-key = На ключе безопасности
passkey-settings-heading = Ключи доступа
passkey-created = Добавлен: { $date }
passkey-last-used = Последний вход: { $date }
passkey-rename-label = Название
passkey-rename = Переименовать
passkey-remove = Удалить
passkey-none = У вас пока нет ключа доступа.
settings-passkey-added = Ключ доступа добавлен. В следующий раз входите с ним.
settings-passkey-renamed = Ключ доступа переименован.
settings-passkey-removed = Ключ доступа удалён. С ним больше нельзя войти.
sms-passkey-added = { $clinic }: добавлен ключ доступа для входа на ваши страницы пациента. Если это были не вы, позвоните { $phone }.
email-subject-passkey-added = { $clinic }: добавлен ключ доступа
email-passkey-added = Добавлен ключ доступа для входа на ваши страницы пациента в { $clinic }. Если это были не вы, позвоните { $phone }.
sms-passkey-removed = { $clinic }: ключ доступа к вашим страницам пациента удалён. Если это были не вы, позвоните { $phone }.
email-subject-passkey-removed = { $clinic }: ключ доступа удалён
email-passkey-removed = Ключ доступа к вашим страницам пациента в { $clinic } удалён, с ним больше нельзя войти. Если это были не вы, позвоните { $phone }.

## Live updates on open pages
live-updated = Последнее обновление: { $time }.
live-refresh = Обновить
live-on = Новые сообщения появляются здесь сразу после получения.
live-off = Обновления в реальном времени остановлены. Перезагрузите страницу, чтобы увидеть новые сообщения.
live-inbox-on = Этот список обновляется по мере поступления сообщений.
live-typing-team = Медицинская команда печатает…
live-typing-name = { $name } печатает…
live-typing-patient = Пациент печатает…
live-seen = Пациент прочитал { $time }
live-refused-heading = Обновления в реальном времени приостановлены
live-too-many-tabs = Эта страница открыта в слишком многих вкладках. Закройте некоторые из них и перезагрузите эту страницу.
live-too-many-streams = Сейчас обновления в реальном времени перегружены. Перезагрузите страницу, чтобы увидеть новые сообщения.
live-typing-wait = Уведомления о наборе текста отправляются не чаще чем раз в несколько секунд.
## Caregiver grants
sms-grant-invitation = { $clinic }: { $patient } приглашает вас помогать с лечением. Принять: { $url }
email-subject-grant-invitation = { $clinic }: { $patient } приглашает вас помогать с лечением
email-grant-invitation = { $patient } приглашает вас помогать с лечением в { $clinic }. Чтобы принять, откройте ссылку и подтвердите кодом, который мы пришлём: { $url }
caregiver-refused-heading = Эта страница вам недоступна
caregiver-refused-explain = Ваш доступ к лечению этого человека не включает эту страницу, закончился или был отозван. Если он нужен, попросите его (или клинику).
caregiver-helping = Вы помогаете: { $patient }
caregiver-back = Вернуться к своей странице
caregiver-list-heading = Кому вы помогаете
caregiver-list-none = Сейчас никто не дал вам доступа.
caregiver-scope-appointments = Приёмы
caregiver-scope-messages = Сообщения с медицинской командой
caregiver-scope-refills = Продление рецептов
caregiver-nothing = Пока ничего нет.
caregiver-sender = { $caregiver } от имени: { $patient }
invitation-refused-heading = Это приглашение нельзя использовать
invitation-refused-explain = Оно уже использовано, истекло или отозвано. Попросите новое у того, кто вас пригласил.
invitation-heading = Вас приглашают помогать
invitation-intro = { $patient } приглашает { $caregiver } помогать с:
invitation-accept = Принять
invitation-send-code = Прислать код
invitation-code-explain = Чтобы принять, подтвердите, что это вы, кодом, который мы отправим на { $destination }.
invitation-code-locked = Слишком много неверных кодов. Попросите новое приглашение у того, кто вас пригласил.
caregivers-heading = Кто вам помогает
caregivers-none = Пока никто не может действовать за вас.
caregivers-never-used = ещё нет
caregivers-status-invited = Приглашение ещё не принято
caregivers-status-active = Действует
caregivers-status-revoked = Отозван
caregivers-status-expired = Закончился
caregivers-basis-patient-given = Этот доступ дали вы
caregivers-basis-parent-of-minor = Дан клиникой: родитель несовершеннолетнего
caregivers-basis-legal-representative = Дан клиникой: законный представитель
caregivers-invited = Приглашение отправлено.
caregivers-not-sent = Приглашение сохранено, но отправить его не удалось. Проверьте номер или адрес, либо отзовите его и попробуйте снова.
caregivers-revoked = Доступ отозван и перестаёт действовать сразу.
caregivers-since = С { $date }
caregivers-until = До { $date }
caregivers-last-used = Последнее использование: { $date }
caregivers-revoke = Отозвать доступ: { $name }
caregivers-invite-heading = Пригласить помощника
caregivers-name = Имя
caregivers-contact = Мобильный телефон или эл. почта
caregivers-contact-hint = Номер с кодом страны, например +1 312 555 0190.
caregivers-scopes = Что помощник может делать за вас
caregivers-settings-never = Ваши настройки, телефон и почта всегда остаются только вашими.
caregivers-months = На какой срок
caregivers-months-option = { $months } мес.
caregivers-invite = Отправить приглашение
caregivers-bad-name = Введите имя (без < и >).
caregivers-bad-contact = Введите мобильный номер с кодом страны или адрес эл. почты.
caregivers-bad-scopes = Выберите хотя бы одно действие.
caregivers-bad-months = Выберите срок доступа.
caregivers-copies = Присылать этому человеку и мои напоминания о приёмах (по SMS или по электронной почте, на контакт выше)
caregivers-copies-on = Тоже получает ваши напоминания о приёмах
caregivers-copies-start = Присылать мои напоминания о приёмах: { $name }
caregivers-copies-stop = Больше не присылать мои напоминания: { $name }
caregivers-copies-started = Этот человек тоже будет получать ваши напоминания о приёмах, начиная со следующего.
caregivers-copies-stopped = Этот человек больше не будет получать ваши напоминания.
caregivers-copies-need-appointments = Напоминания получает только тот, кому можно видеть ваши приёмы: отметьте также «Приёмы».
caregiver-copies-on = { $name }: вы получаете напоминания о приёмах.
caregiver-copies-stop = Больше не присылать мне эти напоминания
caregiver-copies-stopped = { $name }: вы больше не будете получать напоминания.
caregiver-visit-confirm = Подтвердить эту запись
caregiver-visit-cancel = Отменить эту запись
caregiver-visit-confirmed = Запись подтверждена. { $name } тоже это видит.
caregiver-visit-cancelled = Запись отменена. { $name } и медицинская команда получили уведомление.
caregiver-visit-unchanged = Ничего не изменилось: эту запись уже нельзя подтвердить или отменить.
caregiver-visit-reschedule-requested = { $name }: мы попросили медицинскую команду подобрать другое время для этой записи.
caregiver-refill-sent = Запрос передан медицинской команде. { $name } тоже это видит.
caregivers-teen-explain = В вашем возрасте { $name } больше не читает здесь ваши сообщения и не видит ваши запросы на продление рецептов. Это решаете вы:
caregivers-teen-restore-messages = Снова разрешить читать мои сообщения: { $name }
caregivers-teen-withdraw-messages = Больше не разрешать читать мои сообщения: { $name }
caregivers-teen-restore-refills = Снова разрешить видеть мои запросы на продление рецептов: { $name }
caregivers-teen-withdraw-refills = Больше не разрешать видеть мои запросы на продление рецептов: { $name }
caregivers-teen-restored = Готово. Вы можете отменить это здесь в любой момент.
caregivers-teen-withdrawn = Готово. Теперь это снова только ваше.
page-after-hours = В нерабочее время звоните:
red-flag-reply = Если это экстренный случай, звоните { $emergency } прямо сейчас. Чтобы связаться с клиникой, звоните { $phone }. Мы сообщили вашей медицинской команде, что ваше сообщение срочное.
red-flag-reply-no-line = Если это экстренный случай, звоните { $emergency } прямо сейчас. Мы сообщили вашей медицинской команде, что ваше сообщение срочное.
unsubscribe-heading = Отписаться от писем-напоминаний и уведомлений
unsubscribe-ask = Больше не присылать напоминания и уведомления о сообщениях на { $email }?
unsubscribe-button = Отписаться от этих писем
unsubscribe-still = Коды, которые вы запрашиваете, и уведомления о безопасности по-прежнему будут приходить на этот адрес.
unsubscribe-done = Готово: напоминания и уведомления о сообщениях на { $email } больше не будут приходить.
unsubscribe-back-on = Чтобы снова их получать, выберите электронную почту в настройках.
staff-reports-title = Время ответа
staff-reports-period = Сообщения, ожидавшие ответа с { $from } по { $to }
staff-reports-from = С
staff-reports-to = По
staff-reports-show = Показать
staff-reports-category = Тема
staff-reports-answered = Отвечено
staff-reports-median = Медиана, рабочие часы
staff-reports-p90 = 90-й процентиль, рабочие часы
staff-reports-within = В обещанный срок
staff-reports-open = Ждут ответа сейчас
staff-reports-overdue = Просрочено сейчас
staff-reports-all = Все
staff-reports-chart = Рабочие часы до первого ответа: медиана (тёмная) и 90-й процентиль (светлая), по теме сообщения
staff-reports-none = За этот период ответов нет.
category-appointment = Приёмы
category-refill = Рецепты
category-question = Вопросы
category-billing = Оплата
category-other = Другое

# Teams, cover while away, and late replies (/staff).
staff-view-my-teams = Мои команды
# $when: when the reply is due, in the clinic's time zone; $link: the conversation's address
email-subject-reply-due-soon = Скоро срок ответа пациенту
email-reply-due-soon = { $name }, пациенту нужно ответить до { $when }. Откройте беседу: { $link }
email-subject-reply-escalated = Вам передан просроченный ответ
email-reply-escalated = { $name }, пациенту нужно было ответить до { $when }, но ответ не отправлен. Теперь это ваша задача. Откройте беседу: { $link }
staff-team-label = Команда
staff-team-none = Без команды (вся клиника)
staff-team-move = Перевести в команду
# $name: the colleague who is away
staff-covering-for = Замещение сотрудника: { $name }
staff-steps-heading = Как беседа сюда попала
# $team: a team's name; $from, $to: people of the care team
staff-step-routed = Направлено в команду: { $team }
staff-step-covered = { $from } отсутствует, передано: { $to }
staff-step-pooled = { $from } отсутствует, возвращено команде
staff-step-warned = Скоро срок ответа, предупреждён: { $to }
staff-step-warned-nobody = Скоро срок ответа, но предупредить было некого
staff-step-escalated = Просрочено, передано: { $to }
staff-step-no-one-further = Просрочено, и передать больше некому
staff-away-link = Отсутствие
staff-away-title = Отсутствие на работе
staff-away-explain = Пока вас нет, назначенные вам клинические сообщения получает коллега, который вас замещает; сообщения о записи на приём и оплате возвращаются вашей команде. Отсутствие заканчивается само после последнего дня.
staff-away-from = Первый день отсутствия
staff-away-to = Последний день отсутствия
staff-away-cover = Кто вас замещает
staff-away-no-cover = Никто (сообщения возвращаются команде)
staff-away-add = Сохранить отсутствие
staff-away-mine = Ваши периоды отсутствия
staff-away-none = У вас нет запланированных отсутствий.
staff-away-cancel = Отменить это отсутствие
staff-away-team = Кто отсутствует
staff-away-nobody = Все на месте.
# $name: who is away; $from, $to: the first and last days; $cover: who covers
staff-away-row = { $name }: с { $from } по { $to }
staff-away-row-cover = { $name }: с { $from } по { $to }, замещает { $cover }
staff-away-wrong-dates = Проверьте даты: последний день не может быть раньше первого или в прошлом, а отсутствие длится не больше года.
staff-away-wrong-cover = Выберите другого сотрудника медицинской команды, который будет вас замещать.
staff-away-loop = Этот коллега тоже отсутствует в эти дни, а вы замещаете его: выберите кого-то другого.
# $away: the clinician who is away; $until: their last day away; $cover: who answers meanwhile
thread-covering = Пока { $away } отсутствует (до { $until }), на ваши сообщения отвечает { $cover }.
staff-reports-all-teams = Все команды

# Staff passkeys (/staff/passkeys, /staff/signin).
staff-passkeys-title = Ключи доступа
staff-passkeys-explain = Входите на страницы медицинской команды с помощью лица, отпечатка пальца, блокировки экрана или ключа безопасности вместо ссылки из письма. Каждый ключ доступа принадлежит только вам.
staff-passkeys-stale = Чтобы добавить или удалить ключ доступа, сначала войдите заново: с момента входа должно пройти не больше 20 минут.
staff-passkey-added = Ключ доступа добавлен. В следующий раз входите с ним.
staff-passkey-removed = Ключ доступа удалён. С ним больше нельзя войти.
staff-signin-passkey-explain = Если вы добавили ключ доступа, используйте лицо, отпечаток пальца, блокировку экрана или ключ безопасности.
staff-passkey-unknown = С этим ключом доступа здесь нельзя войти ни в одну медицинскую команду (возможно, его удалили). Вместо этого войдите через рабочую почту.
staff-passkey-not-verified = Устройство не подтвердило, что это вы (лицо, отпечаток, PIN-код или блокировка экрана). Вход не выполнен.
# $name: the staff member; $clinic: the clinic's name
email-subject-staff-passkey-added = { $clinic }: для вашего входа добавлен ключ доступа
email-staff-passkey-added = { $name }, для входа на страницы медицинской команды в { $clinic } добавлен ключ доступа. Если это были не вы, немедленно сообщите администратору вашей клиники.
email-subject-staff-passkey-removed = { $clinic }: удалён ключ доступа для вашего входа
email-staff-passkey-removed = { $name }, удалён ключ доступа для вашего входа на страницы медицинской команды в { $clinic }. С ним больше нельзя войти. Если это были не вы, немедленно сообщите администратору вашей клиники.
# $names: colleagues who opened the conversation in the last minutes, each with the time
staff-viewing = Сейчас также смотрят: { $names }
# $line: the crisis line the clinic names, as dialled
red-flag-crisis = Если вы думаете о том, чтобы причинить себе вред, позвоните или напишите на номер { $line } сейчас, в любое время.
# $channel: staff-contact-sms or staff-contact-email; $why: one of the staff-contact-* reasons
staff-step-contact-flagged = { $channel } больше не доходит до пациента: { $why }. Свяжитесь с ним другим способом.
staff-contact-sms = Его мобильный номер
staff-contact-email = Его адрес электронной почты
staff-contact-invalid = оператор сообщает, что сообщения не доставляются
staff-contact-opted-out = пациент попросил больше не присылать
staff-contact-bouncing = письма возвращаются
staff-assign-to = Передать
staff-assign-button = Назначить

# The clinic's teams, for its administrators (/staff/admin/teams).
staff-admin-teams-title = Команды
staff-admin-teams-explain = Каждое сообщение пациента попадает в команду по правилам маршрутизации клиники, а если ни одно правило не подходит — в команду по умолчанию. Просроченный ответ в итоге передаётся руководителю команды.
staff-admin-only = Изменять команды клиники может только её администратор.
staff-admin-reauth = Чтобы изменить команды клиники, сначала войдите заново: изменения принимаются, только если с момента входа прошло не больше 20 минут.
staff-admin-new-team = Новая команда
staff-admin-team-name = Название
staff-admin-team-lead = Руководитель
staff-admin-no-lead = Без руководителя (первый администратор клиники)
staff-admin-team-default = Команда по умолчанию (для сообщений, которые не направляет ни одно правило)
staff-admin-team-members = Участники
staff-admin-save = Сохранить
staff-admin-add = Добавить команду
staff-admin-saved = Сохранено.
staff-admin-name-wrong = У команды должно быть название в одну строку, не длиннее 200 символов, которого нет ни у одной другой команды клиники.
# $name: an admin; $url, $id: the endpoint; $when: since when it has accepted no event
email-subject-webhook-disabled = Адрес приёма событий отключён
email-webhook-disabled = { $name }, Portico перестал отправлять события на { $url } (адрес { $id }): он не принял ни одного события с { $when }, несмотря на повторы в течение более суток. Исправьте приёмник и включите его снова запросом PATCH /api/v1/webhooks/{ $id } с "enabled": true.

# The patient's own trail (/p/activity): what they and the people who help them did here.
activity-heading = Кто открывал вашу карту
activity-explain = Всё, что здесь делали вы и те, кому вы разрешили вам помогать, начиная с самого нового. В вашей клинике хранится такой же журнал.
activity-none = Пока ничего нет.
activity-older = Более ранние
activity-newest = Вернуться к самым новым
activity-you = Вы
# $name: the caregiver, as the patient named them
activity-caregiver = { $name } (помогает вам)
activity-someone = Кто-то из тех, кто вам помогает
# How the person had proved who they are.
activity-auth-link = по ссылке, которую мы прислали
activity-auth-code = по коду, который мы прислали
activity-auth-passkey = с ключом доступа
activity-auth-link-code = по ссылке, которую мы прислали, и коду
activity-auth-link-birth-date = по ссылке, которую мы прислали, и вашей дате рождения
activity-auth-code-birth-date = по коду, который мы прислали, и вашей дате рождения
activity-auth-sms = по SMS с вашего телефона
# What they did.
activity-link-redeemed = Открыта ссылка от клиники
activity-link-code-used = Вход по коду
activity-link-renewed = Запрошена новая ссылка
activity-step-up-code-sent = Запрошен код для подтверждения личности
activity-step-up-passed = Личность подтверждена
activity-step-up-failed = Попытка подтвердить личность не удалась: данные не совпали
activity-passkey-signed-in = Вход с ключом доступа
activity-passkey-registered = Добавлен ключ доступа
activity-passkey-renamed = Переименован ключ доступа
activity-passkey-removed = Удалён ключ доступа
activity-passkey-refused = Ключ доступа не принят
activity-passkey-possible-clone = Ключ доступа использован так, что похоже, будто существует его копия
activity-appointment-confirmed = Подтверждена запись на приём
activity-appointment-cancelled = Отменена запись на приём
activity-appointment-reschedule-requested = Запрошено другое время приёма
activity-message-received = Отправлено сообщение в клинику
activity-message-red-flag = Сообщение отмечено для медицинской команды как срочное
activity-refill-requested = Запрошен повторный рецепт
activity-refill-visit-requested = Запрошен приём по поводу повторного рецепта
activity-patient-settings = Изменены настройки
activity-contact-change-started = Начата смена номера телефона или адреса электронной почты
activity-contact-changed = Изменён номер телефона или адрес электронной почты
activity-contact-opted-out = Запрошено больше не присылать SMS
activity-contact-opted-in = Запрошено снова присылать SMS
activity-patient-unsubscribed = Отписка от писем одним нажатием
activity-grant-invited = Отправлено приглашение помощнику
activity-grant-revoked = Отозван доступ помощника
activity-grant-accepted = Принято ваше приглашение помогать
activity-grant-appointments-viewed = Просмотрены ваши записи на приём
activity-grant-messages-viewed = Прочитаны ваши сообщения
activity-grant-refills-viewed = Просмотрены ваши запросы на повторный рецепт
activity-grant-message-sent = Отправлено сообщение от вашего имени
activity-grant-copies-started = Включены копии напоминаний для помощника
activity-grant-copies-stopped = Отключены копии напоминаний для помощника
activity-grant-appointment-confirmed = Подтверждена запись на приём от вашего имени
activity-grant-appointment-cancelled = Отменена запись на приём от вашего имени
activity-grant-refill-requested = Запрошен повторный рецепт от вашего имени
activity-grant-teen-restored = Родителю снова разрешено видеть больше
activity-grant-teen-withdrawn = Отозвано то, что мог видеть родитель
activity-grant-link-opened = Открыта ссылка из присланного напоминания
activity-grant-link-refused = Отклонена ссылка из присланного напоминания
activity-messages-viewed = Прочитаны ваши сообщения
activity-refills-viewed = Просмотрены ваши запросы на повторный рецепт
activity-other = Действие с вашей картой
# Settings and the caregivers page link to the trail.
activity-link = Кто открывал вашу карту
# A parent's grant once the child reaches the clinic's age for privacy. $name: the patient; $age: their age
caregiver-teen-private = С { $age } лет читать свои сообщения может только { $name }. Вы по-прежнему можете писать медицинской команде от имени ребёнка.
# A caregiver signing in again (/p/for/sign-in).
caregiver-sign-in-heading = Вход, чтобы помогать другому человеку
caregiver-sign-in-explain = Введите номер мобильного телефона или адрес эл. почты, с которым вы принимали приглашение, и мы отправим на него код.
caregiver-sign-in-contact = Ваш мобильный телефон или эл. почта
caregiver-sign-in-send = Прислать код
caregiver-sign-in-sent = Если вы принимали приглашение с этим номером телефона или адресом эл. почты, код уже в пути. Он действует 10 минут.
caregiver-sign-in-code = Код, который мы отправили
caregiver-sign-in-button = Войти
caregiver-sign-in-more = По ссылке из напоминания, которую вы открыли, видны только записи из этого напоминания. Войдите, чтобы увидеть всё, что вы можете сделать.
caregiver-link-heading = Напоминание для человека, которому вы помогаете
caregiver-link-explain = Откройте его, чтобы увидеть записи, подтвердить или отменить их или попросить другое время.
caregiver-link-open = Открыть записи
caregiver-link-dead-heading = Эта ссылка больше не работает
caregiver-link-dead-explain = Она уже использована или срок её действия истёк, либо закончился доступ, по которому она была отправлена. Вы по-прежнему можете войти с номером телефона или адресом эл. почты, на которые вам пришло приглашение.
caregiver-link-sign-in = Вход, чтобы помогать другому человеку
caregiver-settings-heading = SMS и письма от нас
caregiver-settings-explain = Напоминания о приёмах тех, кому вы помогаете, и наши уведомления для вас приходят на этом языке и никогда не приходят ночью там, где вы живёте.
caregiver-settings-zone = Где вы живёте (часовой пояс)
caregiver-settings-zone-unsaid = Не указано: часовой пояс человека, которому вы помогаете
caregiver-settings-save = Сохранить
caregiver-settings-saved = Сохранено.
caregiver-passkeys-stale = Чтобы добавить или удалить ключ доступа, сначала выйдите и войдите заново: это можно сделать в течение 20 минут после входа.
caregiver-passkey-unknown = Этот ключ доступа не открывает здесь страниц тех, кому вы помогаете (возможно, его удалили). Вместо этого можно войти по коду.
email-subject-caregiver-passkey-added = { $clinic }: для вашего входа добавлен ключ доступа
caregiver-passkey-added-notice = { $clinic }: добавлен ключ доступа для входа, чтобы помогать другому человеку. Если это были не вы, позвоните { $phone }.
email-subject-caregiver-passkey-removed = { $clinic }: удалён ключ доступа для вашего входа
caregiver-passkey-removed-notice = { $clinic }: удалён ключ доступа, с которым вы входили, чтобы помогать другому человеку. С ним больше нельзя войти. Если это были не вы, позвоните { $phone }.
signin-caregiver-link = Помогаете кому-то? Войдите здесь
# Thirty days before a parent's grant changes with the child's age: to the parent and to the child.
# $clinic; $date: the day it changes; $patient: the child; $caregiver: the parent; $age: the age then
email-subject-growing-up = Изменение: кто может видеть вашу карту
growing-up-narrows-parent = { $clinic }: { $date } { $patient } достигнет { $age } лет. После этого вы по-прежнему сможете видеть записи на приём и писать медицинской команде от имени ребёнка, но сообщения и повторные рецепты будут доступны только ребёнку.
growing-up-narrows-teen = { $clinic }: { $date } вам исполнится { $age } лет. После этого { $caregiver } по-прежнему сможет видеть ваши записи на приём и писать медицинской команде за вас, но больше не сможет читать ваши сообщения и повторные рецепты.
growing-up-ends-parent = { $clinic }: { $date } { $patient } достигнет 18 лет, и ваш доступ к карте ребёнка закончится. Если вы законный представитель, попросите клинику это зафиксировать.
growing-up-ends-teen = { $clinic }: { $date } вам исполнится 18 лет, и { $caregiver } больше не сможет видеть вашу карту за вас.
