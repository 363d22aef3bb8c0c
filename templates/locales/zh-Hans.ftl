# Portico — 简体中文 (zh-Hans). 由 en.ftl 翻译而来，键与 en.ftl 完全相同。
# 状态：在患者看到之前，需由以中文为母语的临床医生审核。
# Status: awaits review by a native-speaking clinician before patients see it.
# 所有语言的规则：短信和电子邮件中不写任何健康信息；短信要尽量短；
# { $variables } 必须保持原样。
# Rules for every locale: no health details in SMS or email; keep SMS lines short;
# { $variables } must stay as they are.

## 语言本身 (The language itself)
language-name = 简体中文
# "ltr" or "rtl"
language-direction = ltr
switcher-label = 语言

## 日期和时间 (Dates and times, built by Portico from these parts)
weekday-1 = 星期一
weekday-2 = 星期二
weekday-3 = 星期三
weekday-4 = 星期四
weekday-5 = 星期五
weekday-6 = 星期六
weekday-7 = 星期日
weekday-short-1 = 周一
weekday-short-2 = 周二
weekday-short-3 = 周三
weekday-short-4 = 周四
weekday-short-5 = 周五
weekday-short-6 = 周六
weekday-short-7 = 周日
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月
month-short-1 = 1月
month-short-2 = 2月
month-short-3 = 3月
month-short-4 = 4月
month-short-5 = 5月
month-short-6 = 6月
month-short-7 = 7月
month-short-8 = 8月
month-short-9 = 9月
month-short-10 = 10月
month-short-11 = 11月
month-short-12 = 12月
time-am = 上午
time-pm = 下午
# $h12 (1–12), $h24 (0–23), $hh24 (00–23), $mm (00–59), $ampm (time-am or time-pm)
time-of-day = { $ampm }{ $h12 }:{ $mm }
# $weekday, $month, $day, $year, $time
date-long = { $year }年{ $month }{ $day }日 { $weekday }
datetime-long = { $year }年{ $month }{ $day }日 { $weekday } { $time }
# Used in SMS: as short as the language allows. $weekday, $month are the short forms.
datetime-short = { $month }{ $day }日 { $weekday } { $time }
minutes = { $count ->
   *[other] { $count }分钟
}

## 短信和电子邮件 (SMS and email)
sms-link-signin = { $clinic }：您的登录链接：{ $url } 回复STOP退订
sms-link-appointment = { $clinic }：查看并确认您的预约：{ $url } 回复STOP退订
sms-link-thread = { $clinic }：您有一条新消息：{ $url } 回复STOP退订
sms-link-refill = { $clinic }：您的续药申请：{ $url } 回复STOP退订
sms-link-settings = { $clinic }：您的设置：{ $url } 回复STOP退订
sms-reminder = { $clinic }：就诊提醒 { $when }。确认或更改：{ $url } 回复STOP退订
# The reminder that also says how to answer by reply, sent when it fits the
# message's segment budget; $yes and $no are reply-word-confirm and reply-word-cancel.
sms-reminder-reply = { $clinic }：就诊提醒 { $when }。回复{ $yes }确认，回复{ $no }取消，或更改：{ $url } 回复STOP退订
# One SMS for the visits of several patients who share a phone: no names, only times.
sms-household = { $clinic }：{ $count } 个就诊预约：{ $whens }。打开：{ $url } 回复STOP退订
sms-cancellation = { $clinic }：您{ $when }的就诊已取消。详情：{ $url } 回复STOP退订
# A caregiver's copy of a patient's reminder: no name of the patient, the caregiver's own page.
sms-copy-reminder = { $clinic }：您协助的人的就诊提醒 { $when }。查看：{ $url } 回复STOP停止接收
sms-copy-cancellation = { $clinic }：您协助的人{ $when }的就诊已取消。查看：{ $url } 回复STOP停止接收
sms-message-alert = { $clinic }：您有一条新消息。点击查看：{ $url } 回复STOP退订
sms-refill-update = { $clinic }：您的续药申请有更新。点击查看：{ $url } 回复STOP退订
sms-step-up-code = { $clinic }：您的验证码是 { $code }，10分钟内有效。请勿告诉他人。
sms-contact-confirm = { $clinic }：确认此号码的验证码是 { $code }，10分钟内有效。
sms-contact-changed = { $clinic }：接收消息的手机号码已更改。如非本人操作，请致电 { $phone }。
email-subject-signin = { $clinic }：您的登录链接
email-subject-appointment = { $clinic }：您的预约
email-subject-thread = { $clinic }：您有一条新消息
email-subject-refill = { $clinic }：您的续药申请
email-subject-settings = { $clinic }：您的设置
email-subject-reminder = { $clinic }：就诊提醒
email-subject-cancellation = { $clinic }：预约已取消
email-subject-copy-reminder = { $clinic }：您协助的人的就诊提醒
email-subject-copy-cancellation = { $clinic }：您协助的人的预约已取消
email-subject-message-alert = { $clinic }：您有一条新消息
email-subject-refill-update = { $clinic }：您的续药申请有更新
email-subject-step-up-code = { $clinic }：您的验证码
email-subject-contact-confirm = { $clinic }：请确认您的电子邮箱地址
email-subject-contact-changed = { $clinic }：您的联系方式已更改
email-hello = { $name }，您好！
email-what-signin = 这是您的登录链接
email-what-appointment = 查看并确认您的预约
email-what-thread = 您有一条新消息
email-what-refill = 查看您的续药申请
email-what-settings = 打开您的设置
email-what-reminder = 您的就诊时间是 { $when }。请确认或更改
email-what-cancellation = 您{ $when }的就诊已取消
email-what-copy-reminder = 您协助的人的就诊时间是 { $when }。请查看
email-what-copy-cancellation = 您协助的人{ $when }的就诊已取消。请查看
email-copy-why = 您收到此邮件，是因为您协助的人要求将其预约提醒也发送给您。如需停止接收，请打开链接并选择“停止向我发送这些提醒”。
email-what-message-alert = 您有一条新消息，请查看
email-what-refill-update = 您的续药申请有更新
email-open-button = 打开
email-link-note = 此链接只能使用一次，过一段时间会失效。如果已失效，请照样打开它，然后申请新链接。
email-call = 如需与工作人员通话，请致电 { $phone }。
email-after-hours = 非工作时间请致电 { $phone }。
email-step-up-code = 您的验证码是 { $code }，10分钟内有效。请勿告诉任何人。
email-contact-confirm = 确认此电子邮箱地址的验证码是 { $code }，10分钟内有效。
email-contact-changed = 您接收{ $clinic }消息的电子邮箱地址已更改。如非本人操作，请致电 { $phone }。
email-code = 链接打不开，或者您在另一台设备上看这封邮件？请访问 { $url }，然后输入代码 { $code }。

## 回复患者发来的短信 (Replies to inbound texts)
# Words a patient may text back, comma-separated, matched without regard to case or accents.
inbound-confirm = 是, 是的, 确认, 确定, 好, 好的
inbound-cancel = 否, 取消
inbound-help = 帮助
inbound-stop = 退订, 停止
inbound-start = 开始, 恢复
reply-confirmed = 谢谢，您的预约已确认。
reply-cancelled = 您的预约已取消。请致电诊所预约其他时间。
reply-no-appointment = 我们没有找到这个号码近期的预约。请致电诊所。
reply-unknown-number = 这个号码没有在任何诊所登记。请致电您的诊所。
reply-unknown-number-kept = 谢谢。我们不认识这个号码，诊所会阅读您的信息，但可能无法通过短信回复。如有急事，请致电您的诊所。
reply-acknowledged = 谢谢。您的医护团队会阅读您的消息，并尽快回复。
# $when: the promised reply time, in the patient's time zone
reply-acknowledged-by = 谢谢。您的医护团队会阅读您的消息，并在 { $when } 之前回复。
reply-help-call = { $clinic }：请致电 { $phone }。
reply-help-after-hours = 非工作时间：{ $phone }。
reply-help-stop = 回复STOP退订。
# The words reminders name: each must be in inbound-confirm / inbound-cancel, and
# the cancel word must not be one carriers take as an opt-out (STOP, CANCEL, END, QUIT, ...).
reply-word-confirm = 确认
reply-word-cancel = 取消
# When a reply could mean several visits: $choices lists reply-choice items.
reply-which-confirm = 您要确认哪个预约？请回复：{ $choices }。
reply-which-cancel = 您要取消哪个预约？请回复：{ $choices }。
reply-choice = { $number } 代表 { $when }
reply-choice-unknown = 请回复 1 到 { $count } 之间的数字。
reply-unmatched-clinic = 我们无法确定这条信息是发给哪家诊所的。请致电您的诊所。

## 每个页面 (Every page)
page-sign-out = 退出
page-signed-out = 您已退出
page-signed-out-explain = 如需返回，请打开诊所发给您的最新链接。
page-home-link = 首页
page-settings-link = 设置
page-call = 有问题？请致电 { $phone }。
page-problem-heading = 请再试一次
page-csrf-explain = 我们无法确认这个请求来自本页面。
page-form-explain = 我们无法读取这个表单。
page-error-heading = 我们这边出了问题
page-error-explain = 请过一分钟再试。如果问题一直存在，请致电您的诊所。
page-conflict-heading = 此操作已完成
page-conflict-explain = 这似乎已经保存过了。请返回并刷新页面查看当前状态。
page-not-found-heading = 找不到这个页面
page-not-found-explain = 请打开诊所发给您的最新链接，或致电诊所。
page-session-heading = 请重新打开您的链接
page-session-explain = 为了保护您的信息安全，本次访问已结束。请打开诊所发给您的最新链接。
page-code = 代码：{ $code }

## 首页入口和链接 (Landing and links)
landing-signin-heading = 登录
landing-signin-explain = 点击按钮，打开您在诊所的页面。
landing-signin-button = 继续
landing-appointment-heading = 您的预约
landing-appointment-explain = 您会来吗？点一下即可确认，或先查看详情再更改或取消。
landing-appointment-see = 查看或更改
landing-thread-heading = 您有一条新消息
landing-thread-explain = 点击按钮，打开医护团队发给您的消息。
landing-thread-button = 打开我的消息
landing-refill-heading = 您的续药申请
landing-refill-explain = 点击按钮，查看您的续药申请。
landing-refill-button = 查看我的申请
landing-settings-heading = 您的设置
landing-settings-explain = 点击按钮，打开您的设置。
landing-settings-button = 打开我的设置
landing-household-heading = 您家人的就诊预约
landing-household-explain = 此电话号码有多人的就诊预约。点击按钮查看；输入预约人的出生日期后即可打开相应预约。
landing-household-button = 查看预约
## Visits of several patients who share a phone: times only until a date of birth says whose.
household-heading = 此电话号码的就诊预约
household-explain = 要打开某个预约，请输入该预约人的出生日期。
household-visit = { $when } 的就诊预约
household-birth-date = 此预约人的出生日期
household-open = 打开此预约
household-wrong = 出生日期与此预约不符。请检查后重试。
household-locked = 出生日期错误次数过多。请致电诊所。
household-off = 此诊所已不再通过出生日期打开预约。请致电诊所。
household-gone = 此预约已无法打开。
landing-once = 此链接只能使用一次。如果您没想到会收到它，可以不用理会。
landing-code-heading = 要在另一台设备上打开吗？
landing-code-where = 请在那台设备上访问 { $url }，然后输入这个代码：
link-used-heading = 此链接已经用过了
link-used-explain = 为了保护您的信息安全，每个链接只能使用一次。我们可以给您发送新链接。
link-expired-heading = 此链接已失效
link-expired-explain = 为了保护您的信息安全，链接过一段时间就会失效。我们可以给您发送新链接。
link-revoked-heading = 此链接不能再使用
link-revoked-explain = 您的诊所已经发送了更新的链接，或者停用了这个链接。我们可以给您发送新链接。
link-bad-heading = 此链接无法使用
link-bad-explain = 链接可能没有复制完整。请告诉我们怎样联系您；如果诊所有您的资料，我们会发送新链接。
link-reopen-explain = 我们无法确认这个请求来自本页面。请重新打开消息中的链接。
link-send-new = 给我发送新链接
link-send-new-note = 我们会发送到诊所记录中的手机或电子邮箱。
link-contact-label = 您的手机号码（包括国家代码，例如 +1 312 555 0142）或电子邮箱
link-sent-heading = 请查看您的手机或电子邮箱
link-sent-explain = 如果诊所记录了您的联系方式，新链接正在发送中。可能需要一分钟左右才能收到。
link-wait-heading = 请稍等
link-wait-explain = 您所在的网络发来的请求太多。请一小时后再试，或致电您的诊所。
link-check-heading = 请检查您输入的内容
link-check-explain = 请输入以 + 和国家代码开头的手机号码（例如 +1 312 555 0142），或电子邮箱地址。
link-bad-code = 您的消息里也有代码吗？请在这里输入。

## 代码（/c），用于打不开的链接
code-heading = 输入您的代码
code-explain = 带有链接的那条消息里还有一个代码，例如 7KQM-3XTR。在这里输入，就能在这台设备上打开您的页面。
code-label = 您的代码（8 位字母和数字）
code-button = 继续
code-note = 代码和它的链接一样只能使用一次，而且只在链接失效之前有效。
code-format = 这不是代码。代码由 8 位字母和数字组成，例如 7KQM-3XTR。
code-wrong = 这个代码不对。请检查后再试一次。输错 5 次后，代码就会失效。
code-used-heading = 这个代码已经用过了
code-used-explain = 代码和它的链接加起来只能使用一次，其中一个已经用过了。我们可以给您发送新链接。
code-expired-heading = 这个代码已经失效
code-expired-explain = 代码只在它的链接有效期间才能用，而那个链接已经失效。我们可以给您发送新链接。
code-locked-heading = 这个代码已不能使用
code-locked-explain = 为了保护您的信息安全，这个代码因输错次数太多已被停用。请改为打开消息里的链接，或者申请新链接。
code-paused-explain = 由于错误尝试太多，代码暂时无法使用。请改为打开消息里的链接，或者一小时后再试。

## 主页 (Home)
home-hello = { $name }，您好
home-upcoming = 您近期的预约
home-none = 您近期没有预约。
home-with = 接诊：{ $provider }
home-messages = 与医护团队的消息
home-refills = 处方续药

## 预约 (Appointment)
appointment-heading = 您的预约
appointment-when = 时间
appointment-duration = 时长
appointment-where = 地点
appointment-map = 地图
appointment-with = 接诊
appointment-status = 状态
appointment-bring = 需要带什么
appointment-bring-default = 您带照片的身份证件、保险卡，以及您正在服用的药物清单。
status-scheduled = 已预约
status-confirmed = 已确认
status-cancelled = 已取消
appointment-confirm = 确认我会来
appointment-cancel-legend = 取消这个预约
reason-feeling-better = 我感觉好些了
reason-conflict = 我有其他安排
reason-transport = 我没有办法过去
reason-other = 其他原因
appointment-cancel = 取消预约
appointment-another-time-label = 我需要换个时间（选填：您方便的时间）
appointment-another-time = 申请换个时间
appointment-calendar = 添加到我的日历
calendar-summary = { $clinic }预约
appointment-all = 您的所有预约
appointment-done-confirmed = 谢谢。您的预约已确认。
appointment-done-cancelled = 您的预约已取消。需要重新预约时，请随时致电诊所。
appointment-done-requested = 我们已把您的请求发给医护团队。他们会联系您另约时间。
appointment-done-already-confirmed = 此预约之前已确认。谢谢。
appointment-done-cancelled-cannot-confirm = 此预约已取消，无法再确认。如需重新预约，请致电诊所。
appointment-done-passed-cannot-confirm = 此预约已经开始或已过时间，无法再确认。
appointment-done-confirm-failed = 我们暂时无法确认您的预约。请一分钟后再试。

## 消息 (Messages)
thread-heading = 与医护团队的消息
thread-empty = 还没有消息。
thread-reply-label = 给医护团队写消息
thread-reply-hint = 最多2000个字。紧急情况请不要用这里：请拨打911或当地急救电话。
thread-send = 发送
thread-sent = 您的消息已发送。医护团队会尽快回复。
# $when: the promised reply time, in the patient's time zone
thread-sent-by = 您的消息已发送。医护团队会在 { $when } 之前回复。
thread-check-heading = 请检查您的消息
thread-empty-message = 您的消息是空的。
thread-long-message = 您的消息太长了（最多2000个字）。

## 身份确认 (Step-up)
step-up-heading = 确认是您本人
step-up-explain = 这个页面可能有健康信息。为了保护您的隐私，我们会先确认是您本人，再显示这些信息。
step-up-locked = 为了您的安全，这项验证已暂停。请致电诊所。
step-up-code-label = 请输入我们发送到{ $destination }的6位验证码
step-up-continue = 继续
step-up-send-code = 发送验证码到{ $destination }
step-up-birth-date-label = 或者输入您的出生日期
step-up-ways-code = { $channel ->
    [sms] 我们会把验证码以短信发送到您的手机号码{ $destination }。
   *[email] 我们会把验证码通过电子邮件发送到{ $destination }。
}
step-up-ways-code-or-birth-date = { $channel ->
    [sms] 我们可以把验证码以短信发送到您的手机号码{ $destination }，您也可以输入您的出生日期。
   *[email] 我们可以把验证码通过电子邮件发送到{ $destination }，您也可以输入您的出生日期。
}
step-up-ways-birth-date = 请输入您的出生日期以继续。
step-up-birth-date-only-label = 您的出生日期
step-up-no-way-off = 我们只有一种方式可以联系到您，而且这家诊所不使用出生日期进行此项验证。请致电诊所，请他们在您的档案中添加第二个电话号码或电子邮箱地址；之后我们就可以向您发送验证码。
step-up-no-way-no-birth-date = 我们只有一种方式可以联系到您，而且您的档案中没有出生日期。请致电诊所，请他们在您的档案中添加您的出生日期，或第二个电话号码或电子邮箱地址。
step-up-no-second = 我们没有您的其他联系方式，无法发送验证码。
step-up-too-many-codes = 我们已经发送了好几个验证码。请等一小时，或致电诊所。
step-up-send-failed = 我们刚才无法发送验证码。请过一分钟再试。
step-up-too-many-tries = 尝试次数太多。请等一小时，或致电诊所。
step-up-code-wrong = 验证码不对，或者已经过期。
step-up-birth-date-wrong = 这个日期与我们的记录不符。
## 续药 (Refills)
refills-heading = 处方续药
refills-new = 申请续药
refills-pick = 哪种药？
refills-other = 其他药物
refills-other-label = 药名和剂量（按药品标签填写）
refills-pharmacy = 哪家药房？
refills-pharmacy-new = 其他药房（名称和所在城镇）
refills-note-label = 需要让医护团队知道的事（选填）
refills-submit = 发送申请
refills-yours = 您的申请
refills-none = 您还没有申请过续药。
refills-sent = 我们已收到您的申请。有进展时会通知您。
refills-need-medicine = 请选择一种药，或写上药名。
refills-need-pharmacy = 请选择一家药房，或写上药房名称。
refill-heading = 续药申请
refill-medicine = 药物
refill-pharmacy = 药房
refill-timeline = 处理进度
refill-status-received = 已收到
refill-status-in-review = 审核中
refill-status-sent-to-pharmacy = 已发送到药房
refill-status-needs-visit = 诊所需要先为您看诊
refill-status-denied = 未获批准：请致电诊所
refill-book-visit = 申请就诊
refill-visit-requested = 我们已请医护团队为您安排就诊。他们会联系您。
refill-all = 您的所有续药申请

## 设置 (Settings)
settings-heading = 您的设置
settings-saved = 您的设置已保存。
settings-language = 消息和页面的语言
settings-channels = 我们先用哪种方式联系您
settings-channel-both = 提醒同时通过短信和电子邮件发送
settings-channel-sms-first = 先发短信，再发电子邮件
settings-channel-email-first = 先发电子邮件，再发短信
settings-channel-sms-only = 只发短信
settings-channel-email-only = 只发电子邮件
settings-quiet = 免打扰时间（这段时间内不发消息）
settings-quiet-from = 从
settings-quiet-until = 到
settings-optout = 我们可以给您发什么
settings-allow-sms = 短信
settings-allow-email = 电子邮件
settings-optout-note = 与您安全有关的事情，诊所仍可能打电话联系您。
settings-save = 保存设置
settings-contact = 您的手机和电子邮箱
settings-phone = 手机
settings-email = 电子邮箱
settings-change = 更改
settings-new-phone = 新手机号码（包括国家代码）
settings-new-email = 新电子邮箱地址
settings-confirm-code-label = { $kind ->
    [phone] 请输入我们发送到新号码的6位验证码
   *[other] 请输入我们发送到新邮箱地址的6位验证码
}
settings-confirm = 确认更改
settings-contact-sent = 我们已向新的联系方式发送了验证码。请在下面输入验证码，完成更改。
settings-contact-changed = 您的联系方式已更改。我们也通知了原来的联系方式。
settings-contact-invalid = 请检查您输入的号码或地址。
settings-contact-same = 这和我们已有的一样。
settings-contact-code-wrong = 验证码不对，或者已经过期。
settings-none = 未登记
settings-quiet-invalid = 请选择免打扰的开始时间和结束时间。
settings-channels-invalid = 请至少允许一种联系方式。

# The care team's pages and emails (/staff).
staff-signin-title = 医护团队登录
staff-signin-explain = 请输入您的工作邮箱。我们会给您发送一个登录链接和一个六位数验证码。
staff-email-label = 工作邮箱
staff-signin-send = 给我发送登录链接
staff-signin-sent = 如果此地址属于某个医护团队，登录链接和验证码已经发出。它们只能使用一次，有效期 15 分钟。
staff-code-title = 有验证码吗？
staff-code-explain = 在另一台设备上打开了邮件？请在这里输入您的工作邮箱和六位数验证码。
staff-code-label = 六位数验证码
staff-code-submit = 用验证码登录
staff-code-wrong = 该验证码无效。请检查，或重新获取邮件。
staff-too-many = 尝试次数过多。请等待一小时后重新获取邮件。
staff-email-wrong = 请输入工作邮箱，例如 name@example.org。
staff-link-title = 登录 { $clinic }
staff-link-explain = 请按下按钮登录。该链接只能使用一次。
staff-link-button = 登录
staff-link-dead-heading = 此链接已失效
staff-link-dead = 它已过期或已被使用。请重新获取登录邮件。
staff-signin-again = 重新获取登录邮件
staff-invite-title = 加入 { $clinic } 的医护团队
staff-invite-explain = { $name }，您被邀请担任{ $role }。请按下按钮接受邀请并登录。
staff-invite-button = 接受并登录
staff-role-clinician = 医生
staff-role-nurse = 护士
staff-role-front-desk = 前台
staff-role-admin = 管理员
staff-inbox-title = 收件箱
staff-views-label = 收件箱视图
staff-view-needs-reply = 待回复
staff-view-overdue = 已逾期
staff-view-mine = 我的
staff-view-unassigned = 未分配
staff-older = 更早的对话
staff-saved-label = 从已保存的回复开始
staff-saved-use = 使用
staff-notes-heading = 内部备注
staff-notes-explain = 只有医护团队能看到；绝不会发送给患者。
staff-notes-none = 还没有备注。
staff-note-label = 为团队添加备注
staff-note-add = 添加备注
staff-note-wrong = 请填写备注（最多 4,000 个字符）。
staff-urgent = 紧急
staff-reply-held = 未发送：您书写时收到了一条新消息。请先阅读上方的消息；您的回复仍保留在这里，可以发送或修改。
staff-view-open = 全部未关闭
staff-view-closed = 已关闭
staff-view-unmatched = 未匹配的短信
staff-inbox-empty = 这里什么都没有。
staff-signed-in-as = 已登录：{ $clinic } 的 { $name }
staff-sign-out = 退出登录
staff-status-open = 未关闭
staff-status-waiting = 等待患者回复，{ $date } 复查
staff-status-closed = 已关闭
# $when: when the reply is (or was) due, in the clinic's time zone
staff-due = 须在 { $when } 之前回复
staff-overdue = 已逾期：本应在 { $when } 之前回复
staff-assigned-to = 负责人：{ $name }
staff-unassigned = 未分配
staff-unmatched-from = 来自 { $phone }
staff-unverified = 来自共用号码——发送者未验证
staff-reply-label = 回复 { $name }
staff-reply-explain = 患者会收到一条带链接的提醒；您写的内容只在链接后显示。
staff-reply-send = 发送回复
staff-reply-wrong = 请写不超过 4000 个字符的回复，不要包含控制字符。
staff-assign-me = 分配给我
staff-wait-label = 复查日期
staff-wait-button = 标记为等待患者
staff-close-button = 关闭
staff-back-inbox = 返回收件箱
staff-date-wrong = 请按 YYYY-MM-DD 格式输入复查日期，须为今天或以后。
email-subject-staff-invite = { $clinic }：邀请您加入医护团队
email-staff-invite = { $name }，{ $clinic } 邀请您以{ $role }身份在 Portico 上回复患者。请在 7 天内接受邀请：{ $link }
email-subject-staff-sign-in = { $clinic }：您的登录链接
email-staff-sign-in = 登录 { $clinic }：{ $link } ——或在登录页面输入此验证码：{ $code }。链接和验证码只能使用一次，有效期 15 分钟。如果您没有申请登录，请忽略此邮件。
# Passkeys and signing in without a link
footer-signin = 登录
link-refused-signin = 有通行密钥？用它登录
step-up-passkey-next = 完成这一步后，您可以添加通行密钥，下次用面容、指纹或屏幕锁即可。
signin-heading = 登录
signin-passkey-explain = 如果您已添加通行密钥，请使用面容、指纹或屏幕锁。
signin-passkey-button = 使用通行密钥登录
passkey-browser-problem = 通行密钥在此浏览器中未能使用。您可以再试一次。
signin-no-script = 要使用通行密钥登录，请使用已开启 JavaScript 的浏览器。我们也可以给您发送新链接。
signin-link-heading = 给我发送新链接
passkey-offer-heading = 下次用面容、指纹或屏幕锁即可
passkey-offer-explain = 有了通行密钥，无需等待短信或电子邮件即可登录。这从不是必需的。
passkey-add = 添加通行密钥
passkey-add-confirm-first = 您需要先确认是本人。
passkey-no-script = 添加或使用通行密钥需要开启 JavaScript 的浏览器。
passkey-not-now = 以后再说
passkey-refused-heading = 通行密钥未被接受
passkey-expired-explain = 此次尝试用时过长或已被使用。没有任何更改。请重试。
passkey-failed-explain = 我们无法核验您设备的回应。没有任何更改。请重试。
passkey-taken-explain = 此通行密钥已登记。没有任何更改。
passkey-unknown-explain = 此通行密钥在这里无法打开任何患者页面（可能已被删除）。您可以改为申请新链接。
passkey-not-verified-explain = 您的设备未确认是您本人（面容、指纹、PIN 或屏幕锁）。您的健康信息仍处于关闭状态。
passkey-name-invalid = 通行密钥名称须为一行，最多 200 个字符。
passkey-name-browser = { $browser }，{ $date }
passkey-name-plain = 通行密钥，{ $date }
passkey-never-used = 从未
passkey-on-devices = 在您的设备上
passkey-on-key = 在安全密钥上
passkey-settings-heading = 通行密钥
passkey-created = 添加于 { $date }
passkey-last-used = 上次使用：{ $date }
passkey-rename-label = 名称
passkey-rename = 重命名
passkey-remove = 删除
passkey-none = 您还没有通行密钥。
settings-passkey-added = 已添加通行密钥。下次请用它登录。
settings-passkey-renamed = 通行密钥已重命名。
settings-passkey-removed = 通行密钥已删除，不能再用它登录。
sms-passkey-added = { $clinic }：已添加用于登录您患者页面的通行密钥。如非本人操作，请致电 { $phone }。
email-subject-passkey-added = { $clinic }：已添加通行密钥
email-passkey-added = 已添加用于登录您在 { $clinic } 的患者页面的通行密钥。如非本人操作，请致电 { $phone }。
sms-passkey-removed = { $clinic }：您患者页面的一个通行密钥已被删除。如非本人操作，请致电 { $phone }。
email-subject-passkey-removed = { $clinic }：通行密钥已被删除
email-passkey-removed = 您在 { $clinic } 的患者页面的一个通行密钥已被删除，不能再用它登录。如非本人操作，请致电 { $phone }。

## Live updates on open pages
live-updated = 最后更新：{ $time }。
live-refresh = 刷新
live-on = 新消息一到就会显示在这里。
live-off = 实时更新已停止。请重新加载页面查看新消息。
live-inbox-on = 收到消息时此列表会自动更新。
live-typing-team = 医护团队正在输入…
live-typing-name = { $name } 正在输入…
live-typing-patient = 患者正在输入…
live-seen = 患者已于 { $time } 查看
live-refused-heading = 实时更新已暂停
live-too-many-tabs = 此页面在太多标签页中打开。请关闭一些，然后重新加载此页面。
live-too-many-streams = 实时更新目前繁忙。请重新加载页面查看新消息。
live-typing-wait = 输入提示最多每隔几秒发送一次。
## Caregiver grants
sms-grant-invitation = { $clinic }：{ $patient } 邀请您协助其就医事务。接受邀请：{ $url }
email-subject-grant-invitation = { $clinic }：{ $patient } 邀请您协助其就医事务
email-grant-invitation = { $patient } 邀请您协助其在 { $clinic } 的就医事务。要接受邀请，请打开此链接，并用我们发送给您的验证码确认：{ $url }
caregiver-refused-heading = 您无法打开此页面
caregiver-refused-explain = 您对此人就医事务的访问权限不包括此页面，或已到期，或已被撤销。如有需要，请向本人（或诊所）申请。
caregiver-helping = 您正在协助 { $patient }
caregiver-back = 返回您自己的页面
caregiver-list-heading = 您协助的人
caregiver-list-none = 目前没有人授予您访问权限。
caregiver-scope-appointments = 预约
caregiver-scope-messages = 与医护团队的消息
caregiver-scope-refills = 续开处方
caregiver-nothing = 暂无内容。
caregiver-sender = { $caregiver }（代 { $patient }）
invitation-refused-heading = 此邀请无法使用
invitation-refused-explain = 此邀请已被使用、已过期或已被撤销。请向邀请您的人索取新的邀请。
invitation-heading = 您受邀提供协助
invitation-intro = { $patient } 邀请 { $caregiver } 协助以下事项：
invitation-accept = 接受
invitation-send-code = 给我发送验证码
invitation-code-explain = 要接受邀请，请用我们发送到 { $destination } 的验证码确认身份。
invitation-code-locked = 错误验证码次数过多。请向邀请您的人索取新的邀请。
caregivers-heading = 协助您的人
caregivers-none = 目前还没有人可以代您办理。
caregivers-never-used = 尚未使用
caregivers-status-invited = 已邀请，尚未接受
caregivers-status-active = 有效
caregivers-status-revoked = 已撤销
caregivers-status-expired = 已结束
caregivers-basis-patient-given = 由您授予
caregivers-basis-parent-of-minor = 由诊所授予：未成年人的父母
caregivers-basis-legal-representative = 由诊所授予：法定代理人
caregivers-invited = 邀请已发送。
caregivers-not-sent = 邀请已保存，但未能发送。请检查电话号码或电子邮箱，或撤销后重试。
caregivers-revoked = 权限已撤销，立即失效。
caregivers-since = 起始：{ $date }
caregivers-until = 截止：{ $date }
caregivers-last-used = 最近使用：{ $date }
caregivers-revoke = 撤销 { $name } 的权限
caregivers-invite-heading = 邀请他人协助
caregivers-name = 对方姓名
caregivers-contact = 对方的手机号码或电子邮箱
caregivers-contact-hint = 电话号码请包含国家代码，例如 +1 312 555 0190。
caregivers-scopes = 对方可以代您做的事
caregivers-settings-never = 您的设置、电话和电子邮箱始终只属于您本人。
caregivers-months = 期限
caregivers-months-option = { $months } 个月
caregivers-invite = 发送邀请
caregivers-bad-name = 请输入对方姓名（不含 < 或 >）。
caregivers-bad-contact = 请输入含国家代码的手机号码，或电子邮箱地址。
caregivers-bad-scopes = 请至少选择一项对方可以做的事。
caregivers-bad-months = 请选择权限期限。
caregivers-copies = 同时将我的预约提醒发送给对方（通过短信或电子邮件，发到上面的联系方式）
caregivers-copies-on = 也会收到您的预约提醒
caregivers-copies-start = 向 { $name } 发送我的预约提醒
caregivers-copies-stop = 停止向 { $name } 发送我的提醒
caregivers-copies-started = 从下一次提醒起，对方也会收到您的预约提醒。
caregivers-copies-stopped = 对方将不再收到您的提醒。
caregivers-copies-need-appointments = 提醒只会发送给可以查看您预约的人：请同时勾选“预约”。
caregiver-copies-on = 您会收到 { $name } 的预约提醒。
caregiver-copies-stop = 停止向我发送这些提醒
caregiver-copies-stopped = 您将不再收到 { $name } 的提醒。
caregiver-visit-confirm = 确认这个预约
caregiver-visit-cancel = 取消这个预约
caregiver-visit-confirmed = 预约已确认。{ $name } 也能看到。
caregiver-visit-cancelled = 预约已取消。已通知 { $name } 和医护团队。
caregiver-visit-unchanged = 未做任何更改：此预约已无法确认或取消。
caregiver-visit-reschedule-requested = 已请医护团队为 { $name } 的这个预约另找时间。
caregiver-refill-sent = 申请已交给医护团队。{ $name } 也能看到。
caregivers-teen-explain = 由于您的年龄，{ $name } 在这里不再能阅读您的消息，也看不到您的续开处方。要不要改变，由您决定：
caregivers-teen-restore-messages = 重新允许 { $name } 阅读我的消息
caregivers-teen-withdraw-messages = 不再允许 { $name } 阅读我的消息
caregivers-teen-restore-refills = 重新允许 { $name } 查看我的续开处方
caregivers-teen-withdraw-refills = 不再允许 { $name } 查看我的续开处方
caregivers-teen-restored = 已完成。您随时可以在这里收回。
caregivers-teen-withdrawn = 已完成。这些又只属于您本人了。
page-after-hours = 非工作时间请拨打
red-flag-reply = 如果是紧急情况，请立即拨打 { $emergency }。联系诊所请拨打 { $phone }。我们已告知您的医护团队您的消息很紧急。
red-flag-reply-no-line = 如果是紧急情况，请立即拨打 { $emergency }。我们已告知您的医护团队您的消息很紧急。
unsubscribe-heading = 停止接收提醒和通知邮件
unsubscribe-ask = 停止向 { $email } 发送预约提醒和消息通知邮件？
unsubscribe-button = 停止接收这些邮件
unsubscribe-still = 您申请的验证码和安全通知仍会发送到此地址。
unsubscribe-done = 完成：已停止向 { $email } 发送预约提醒和消息通知邮件。
unsubscribe-back-on = 如需重新接收，请在设置中再次选择电子邮件。
staff-reports-title = 回复时间
staff-reports-period = { $from } 至 { $to } 期间首次待回复的消息
staff-reports-from = 从
staff-reports-to = 到
staff-reports-show = 显示
staff-reports-category = 主题
staff-reports-answered = 已回复
staff-reports-median = 中位数（工作小时）
staff-reports-p90 = 第 90 百分位（工作小时）
staff-reports-within = 在承诺时间内
staff-reports-open = 当前等待回复
staff-reports-overdue = 当前已逾期
staff-reports-all = 全部
staff-reports-chart = 首次回复所用工作小时：按消息主题的中位数（深色）和第 90 百分位（浅色）
staff-reports-none = 此期间没有回复。
category-appointment = 预约
category-refill = 续方
category-question = 问题
category-billing = 账单
category-other = 其他

# Teams, cover while away, and late replies (/staff).
staff-view-my-teams = 我的团队
# $when: when the reply is due, in the clinic's time zone; $link: the conversation's address
email-subject-reply-due-soon = 一条患者回复即将到期
email-reply-due-soon = { $name }，您需要在 { $when } 之前回复一位患者。打开对话：{ $link }
email-subject-reply-escalated = 一条逾期回复已转给您
email-reply-escalated = { $name }，一位患者的回复本应在 { $when } 之前发送，但尚未发送。现在由您负责。打开对话：{ $link }
staff-team-label = 团队
staff-team-none = 无团队（整个诊所）
staff-team-move = 转到团队
# $name: the colleague who is away
staff-covering-for = 代 { $name } 处理
staff-steps-heading = 流转经过
# $team: a team's name; $from, $to: people of the care team
staff-step-routed = 转到 { $team }
staff-step-covered = { $from } 不在岗：转给 { $to }
staff-step-pooled = { $from } 不在岗：退回团队
staff-step-warned = 回复即将到期：已通知 { $to }
staff-step-warned-nobody = 回复即将到期：没有可通知的人
staff-step-escalated = 已逾期：转给 { $to }
staff-step-no-one-further = 已逾期：没有更多可转交的人
staff-away-link = 请假
staff-away-title = 请假安排
staff-away-explain = 您请假期间，分配给您的诊疗消息会转给为您代班的同事；预约和账单消息会退回您的团队。请假在最后一天过后自动结束。
staff-away-from = 请假第一天
staff-away-to = 请假最后一天
staff-away-cover = 代班同事
staff-away-no-cover = 无人（消息退回团队）
staff-away-add = 保存请假
staff-away-mine = 您的请假
staff-away-none = 您没有计划中的请假。
staff-away-cancel = 取消此次请假
staff-away-team = 谁在请假
staff-away-nobody = 没有人请假。
# $name: who is away; $from, $to: the first and last days; $cover: who covers
staff-away-row = { $name }：{ $from } 至 { $to }
staff-away-row-cover = { $name }：{ $from } 至 { $to }，由 { $cover } 代班
staff-away-wrong-dates = 请检查日期：最后一天不能早于第一天，也不能已经过去；一次请假最长一年。
staff-away-wrong-cover = 请选择医护团队中的另一位成员为您代班。
staff-away-loop = 这位同事那时也在请假，而您正在为对方代班：请选择其他人。
# $away: the clinician who is away; $until: their last day away; $cover: who answers meanwhile
thread-covering = { $away } 不在期间（至 { $until }），由 { $cover } 回复您的消息。
staff-reports-all-teams = 所有团队

# Staff passkeys (/staff/passkeys, /staff/signin).
staff-passkeys-title = 通行密钥
staff-passkeys-explain = 您可以用面容、指纹、屏幕锁或安全密钥登录医护团队页面，不必再使用邮件中的链接。每个通行密钥只属于您本人。
staff-passkeys-stale = 要添加或删除通行密钥，请先重新登录：必须在登录后 20 分钟内操作。
staff-passkey-added = 已添加通行密钥。下次请用它登录。
staff-passkey-removed = 通行密钥已删除，不能再用它登录。
staff-signin-passkey-explain = 如果您已添加通行密钥，请使用面容、指纹、屏幕锁或安全密钥。
staff-passkey-unknown = 此通行密钥无法登录这里的任何医护团队（可能已被删除）。请改用您的工作邮箱登录。
staff-passkey-not-verified = 您的设备未确认是您本人（面容、指纹、PIN 或屏幕锁）。您尚未登录。
# $name: the staff member; $clinic: the clinic's name
email-subject-staff-passkey-added = { $clinic }：您的登录方式中添加了一个通行密钥
email-staff-passkey-added = { $name }，已添加一个用于登录 { $clinic } 医护团队页面的通行密钥。如非本人操作，请立即告知您诊所的管理员。
email-subject-staff-passkey-removed = { $clinic }：您的登录方式中删除了一个通行密钥
email-staff-passkey-removed = { $name }，您用于登录 { $clinic } 医护团队页面的一个通行密钥已被删除，不能再用它登录。如非本人操作，请立即告知您诊所的管理员。
# $names: colleagues who opened the conversation in the last minutes, each with the time
staff-viewing = 也在查看：{ $names }
# $line: the crisis line the clinic names, as dialled
red-flag-crisis = 如果您有伤害自己的念头，请立即拨打或发短信至 { $line }，任何时间都可以。
# $channel: staff-contact-sms or staff-contact-email; $why: one of the staff-contact-* reasons
staff-step-contact-flagged = { $channel }已无法联系到患者：{ $why }。请通过其他方式联系。
staff-contact-sms = 其手机号码
staff-contact-email = 其电子邮箱
staff-contact-invalid = 服务商表示无法接收消息
staff-contact-opted-out = 患者要求不再发送
staff-contact-bouncing = 邮件被退回
staff-assign-to = 交给
staff-assign-button = 分配

# The clinic's teams, for its administrators (/staff/admin/teams).
staff-admin-teams-title = 团队
staff-admin-teams-explain = 每条患者消息会按诊所的分配规则转到某个团队，没有适用的规则时转到默认团队。逾期的回复最终会转给该团队的负责人。
staff-admin-only = 只有诊所的管理员才能更改诊所的团队。
staff-admin-reauth = 要更改诊所的团队，请先重新登录：只有在登录后 20 分钟内所做的更改才会被接受。
staff-admin-new-team = 新团队
staff-admin-team-name = 名称
staff-admin-team-lead = 负责人
staff-admin-no-lead = 无负责人（诊所的第一位管理员）
staff-admin-team-default = 默认团队（接收没有规则分配的消息）
staff-admin-team-members = 成员
staff-admin-save = 保存
staff-admin-add = 添加团队
staff-admin-saved = 已保存。
staff-admin-name-wrong = 团队名称须为一行，最多 200 个字符，且不能与诊所的其他团队重名。
# $name: an admin; $url, $id: the endpoint; $when: since when it has accepted no event
email-subject-webhook-disabled = 一个事件接收端点已停用
email-webhook-disabled = { $name }，Portico 已停止向 { $url }（端点 { $id }）发送事件：自 { $when } 起它未接受任何事件，重试已超过一天。请修复接收方，然后用 PATCH /api/v1/webhooks/{ $id } 并设置 "enabled": true 重新启用。

# The patient's own trail (/p/activity): what they and the people who help them did here.
activity-heading = 谁打开过您的档案
activity-explain = 您以及您允许协助您的任何人在这里做过的所有事，最新的排在最前面。诊所也保存着同样的记录。
activity-none = 暂无记录。
activity-older = 更早
activity-newest = 返回最新
activity-you = 您
# $name: the caregiver, as the patient named them
activity-caregiver = { $name }（协助您的人）
activity-someone = 一位协助您的人
# How the person had proved who they are.
activity-auth-link = 使用我们发送的链接
activity-auth-code = 使用我们发送的验证码
activity-auth-passkey = 使用通行密钥
activity-auth-link-code = 使用我们发送的链接和验证码
activity-auth-link-birth-date = 使用我们发送的链接和您的出生日期
activity-auth-code-birth-date = 使用我们发送的验证码和您的出生日期
activity-auth-sms = 通过您手机发出的短信
# What they did.
activity-link-redeemed = 打开了诊所发送的链接
activity-link-code-used = 使用代码登录
activity-link-renewed = 申请了新链接
activity-step-up-code-sent = 申请验证码以确认本人身份
activity-step-up-passed = 已确认本人身份
activity-step-up-failed = 一次身份确认未能通过（信息不符）
activity-passkey-signed-in = 使用通行密钥登录
activity-passkey-registered = 添加了通行密钥
activity-passkey-renamed = 重命名了通行密钥
activity-passkey-removed = 删除了通行密钥
activity-passkey-refused = 通行密钥未被接受
activity-passkey-possible-clone = 通行密钥的使用方式显示它可能已被复制
activity-appointment-confirmed = 确认了预约
activity-appointment-cancelled = 取消了预约
activity-appointment-reschedule-requested = 为预约申请换个时间
activity-message-received = 给诊所发送了消息
activity-message-red-flag = 一条消息被标记为紧急，已提醒医护团队
activity-refill-requested = 申请了续药
activity-refill-visit-requested = 因续药申请就诊
activity-patient-settings = 更改了设置
activity-contact-change-started = 开始更改电话号码或电子邮箱
activity-contact-changed = 更改了电话号码或电子邮箱
activity-contact-opted-out = 要求不再接收短信
activity-contact-opted-in = 要求重新接收短信
activity-patient-unsubscribed = 一键停止接收邮件
activity-grant-invited = 邀请他人协助
activity-grant-revoked = 撤销了某人的权限
activity-grant-accepted = 接受了您的协助邀请
activity-grant-appointments-viewed = 查看了您的预约
activity-grant-messages-viewed = 阅读了您的消息
activity-grant-refills-viewed = 查看了您的续药申请
activity-grant-message-sent = 代您发送了消息
activity-grant-copies-started = 为协助您的人开启了提醒副本
activity-grant-copies-stopped = 为协助您的人关闭了提醒副本
activity-grant-appointment-confirmed = 代您确认了预约
activity-grant-appointment-cancelled = 代您取消了预约
activity-grant-refill-requested = 代您申请了续药
activity-grant-teen-restored = 重新允许父母查看更多内容
activity-grant-teen-withdrawn = 收回了父母可查看的内容
activity-grant-link-opened = 打开了收到的提醒链接
activity-grant-link-refused = 收到的提醒链接被拒绝
activity-messages-viewed = 阅读了您的消息
activity-refills-viewed = 查看了您的续药申请
activity-other = 使用了您的档案
# Settings and the caregivers page link to the trail.
activity-link = 谁打开过您的档案
# A parent's grant once the child reaches the clinic's age for privacy. $name: the patient; $age: their age
caregiver-teen-private = 自 { $name } 年满 { $age } 岁起，这些消息仅限本人查看。您仍可以代其给医护团队写消息。
# A caregiver signing in again (/p/for/sign-in).
caregiver-sign-in-heading = 登录以协助他人
caregiver-sign-in-explain = 请输入您接受邀请时使用的手机号码或电子邮箱，我们会向其发送验证码。
caregiver-sign-in-contact = 您的手机号码或电子邮箱
caregiver-sign-in-send = 给我发送验证码
caregiver-sign-in-sent = 如果您曾用这个电话号码或电子邮箱接受邀请，验证码已经发出，10 分钟内有效。
caregiver-sign-in-code = 我们发送的验证码
caregiver-sign-in-button = 登录
caregiver-sign-in-more = 您打开的提醒链接只显示该提醒涉及的预约。登录后可查看您能做的所有事情。
caregiver-link-heading = 关于您协助的人的提醒
caregiver-link-explain = 打开后可查看预约，并可确认、取消或申请换个时间。
caregiver-link-open = 查看预约
caregiver-link-dead-heading = 此链接已失效
caregiver-link-dead-explain = 此链接已被使用或已过期，或者发送它时所依据的访问权限已终止。您仍可以用收到邀请的手机号码或电子邮箱登录。
caregiver-link-sign-in = 登录以协助他人
caregiver-settings-heading = 我们发给您的短信和电子邮件
caregiver-settings-explain = 您为所协助的人收到的提醒，以及我们给您的通知，都会使用这种语言，并且不会在您所在地的夜间发送。
caregiver-settings-zone = 您的居住地（时区）
caregiver-settings-zone-unsaid = 未说明：您协助的人的时区
caregiver-settings-save = 保存
caregiver-settings-saved = 已保存。
caregiver-passkeys-stale = 要添加或删除通行密钥，请先退出登录再重新登录：登录后 20 分钟内可进行此操作。
caregiver-passkey-unknown = 此通行密钥在这里无法打开您协助的任何人的页面（可能已被删除）。您可以改用验证码登录。
email-subject-caregiver-passkey-added = { $clinic }：您的登录方式中添加了一个通行密钥
caregiver-passkey-added-notice = { $clinic }：已添加用于登录以协助他人的通行密钥。如非本人操作，请致电 { $phone }。
email-subject-caregiver-passkey-removed = { $clinic }：您的登录方式中删除了一个通行密钥
caregiver-passkey-removed-notice = { $clinic }：您用于登录以协助他人的一个通行密钥已被删除，不能再用它登录。如非本人操作，请致电 { $phone }。
signin-caregiver-link = 正在协助他人？请在此登录
# Thirty days before a parent's grant changes with the child's age: to the parent and to the child.
# $clinic; $date: the day it changes; $patient: the child; $caregiver: the parent; $age: the age then
email-subject-growing-up = 可查看您档案的人员即将变更
growing-up-narrows-parent = { $clinic }：{ $patient } 将于 { $date } 年满 { $age } 岁。此后您仍可查看其预约、代其给医护团队写消息，但其消息和续药申请将仅限本人查看。
growing-up-narrows-teen = { $clinic }：您将于 { $date } 年满 { $age } 岁。此后 { $caregiver } 仍可查看您的预约、代您给医护团队写消息，但将无法再查看您的消息和续药申请。
growing-up-ends-parent = { $clinic }：{ $patient } 将于 { $date } 年满 18 岁，届时您对其档案的访问权限将终止。如果您是其法定代理人，请联系诊所进行登记。
growing-up-ends-teen = { $clinic }：您将于 { $date } 年满 18 岁，届时 { $caregiver } 将无法再代您查看您的档案。
