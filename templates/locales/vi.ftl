# Portico — Tiếng Việt (vi). Dịch từ en.ftl.
# Tình trạng: bản dịch này đang chờ một nhân viên y tế nói tiếng Việt bản xứ duyệt lại trước khi bệnh nhân xem.
# Status: awaits review by a native-speaking clinician before patients see it.
# Rules for every locale: no health details in SMS or email; keep SMS lines short;
# { $variables } must stay as they are.

## The language itself
language-name = Tiếng Việt
# "ltr" or "rtl"
language-direction = ltr
switcher-label = Ngôn ngữ

## Dates and times (built by Portico from these parts)
weekday-1 = Thứ Hai
weekday-2 = Thứ Ba
weekday-3 = Thứ Tư
weekday-4 = Thứ Năm
weekday-5 = Thứ Sáu
weekday-6 = Thứ Bảy
weekday-7 = Chủ Nhật
weekday-short-1 = T2
weekday-short-2 = T3
weekday-short-3 = T4
weekday-short-4 = T5
weekday-short-5 = T6
weekday-short-6 = T7
weekday-short-7 = CN
month-1 = tháng 1
month-2 = tháng 2
month-3 = tháng 3
month-4 = tháng 4
month-5 = tháng 5
month-6 = tháng 6
month-7 = tháng 7
month-8 = tháng 8
month-9 = tháng 9
month-10 = tháng 10
month-11 = tháng 11
month-12 = tháng 12
month-short-1 = Th1
month-short-2 = Th2
month-short-3 = Th3
month-short-4 = Th4
month-short-5 = Th5
month-short-6 = Th6
month-short-7 = Th7
month-short-8 = Th8
month-short-9 = Th9
month-short-10 = Th10
month-short-11 = Th11
month-short-12 = Th12
time-am = SA
time-pm = CH
# $h12 (1–12), $h24 (0–23), $hh24 (00–23), $mm (00–59), $ampm (time-am or time-pm)
time-of-day = { $hh24 }:{ $mm }
# $weekday, $month, $day, $year, $time
date-long = { $weekday }, ngày { $day } { $month } năm { $year }
datetime-long = { $time }, { $weekday }, ngày { $day } { $month } năm { $year }
# Used in SMS: as short as the language allows. $weekday, $month are the short forms.
datetime-short = { $time } { $weekday }, { $day } { $month }
minutes = { $count ->
   *[other] { $count } phút
}

## SMS and email
sms-link-signin = { $clinic }: liên kết để đăng nhập: { $url } Nhắn STOP để ngừng nhận tin.
sms-link-appointment = { $clinic }: xem và xác nhận lịch hẹn: { $url } Nhắn STOP để ngừng nhận tin.
sms-link-thread = { $clinic }: quý vị có tin nhắn mới: { $url } Nhắn STOP để ngừng nhận tin.
sms-link-refill = { $clinic }: yêu cầu lấy thêm thuốc: { $url } Nhắn STOP để ngừng nhận tin.
sms-link-settings = { $clinic }: cài đặt của quý vị: { $url } Nhắn STOP để ngừng nhận tin.
sms-reminder = { $clinic }: hẹn khám lúc { $when }. Xác nhận hoặc đổi: { $url } Nhắn STOP để ngừng nhận tin.
# The reminder that also says how to answer by reply, sent when it fits the
# message's segment budget; $yes and $no are reply-word-confirm and reply-word-cancel.
sms-reminder-reply = { $clinic }: hẹn khám lúc { $when }. Nhắn { $yes } để xác nhận, { $no } để hủy, hoặc đổi: { $url } Nhắn STOP để ngừng nhận tin.
# One SMS for the visits of several patients who share a phone: no names, only times.
sms-household = { $clinic }: { $count } lịch hẹn: { $whens }. Mở: { $url } Nhắn STOP để ngừng nhận tin.
sms-cancellation = { $clinic }: lịch hẹn lúc { $when } đã bị hủy. Chi tiết: { $url } Nhắn STOP để ngừng nhận tin.
# A caregiver's copy of a patient's reminder: no name of the patient, the caregiver's own page.
sms-copy-reminder = { $clinic }: người quý vị giúp có hẹn khám lúc { $when }. Xem: { $url } Nhắn STOP để ngừng nhận bản sao.
sms-copy-cancellation = { $clinic }: lịch hẹn lúc { $when } của người quý vị giúp đã bị hủy. Xem: { $url } Nhắn STOP để ngừng nhận bản sao.
sms-message-alert = { $clinic }: quý vị có tin nhắn mới. Đọc tại: { $url } Nhắn STOP để ngừng nhận tin.
sms-refill-update = { $clinic }: yêu cầu lấy thêm thuốc đã được cập nhật. Xem: { $url } Nhắn STOP để ngừng nhận tin.
sms-step-up-code = { $clinic }: mã của quý vị là { $code }. Mã hết hạn sau 10 phút. Đừng đưa mã cho ai.
sms-contact-confirm = { $clinic }: mã xác nhận số điện thoại này là { $code }. Mã hết hạn sau 10 phút.
sms-contact-changed = { $clinic }: số điện thoại nhận tin nhắn của quý vị đã được đổi. Nếu không phải quý vị đổi, xin gọi { $phone }.
email-subject-signin = { $clinic }: liên kết đăng nhập của quý vị
email-subject-appointment = { $clinic }: lịch hẹn của quý vị
email-subject-thread = { $clinic }: quý vị có tin nhắn mới
email-subject-refill = { $clinic }: yêu cầu lấy thêm thuốc của quý vị
email-subject-settings = { $clinic }: cài đặt của quý vị
email-subject-reminder = { $clinic }: nhắc lịch hẹn
email-subject-cancellation = { $clinic }: lịch hẹn đã bị hủy
email-subject-copy-reminder = { $clinic }: nhắc lịch hẹn cho người quý vị giúp
email-subject-copy-cancellation = { $clinic }: lịch hẹn của người quý vị giúp đã bị hủy
email-subject-message-alert = { $clinic }: quý vị có tin nhắn mới
email-subject-refill-update = { $clinic }: yêu cầu lấy thêm thuốc đã được cập nhật
email-subject-step-up-code = { $clinic }: mã của quý vị
email-subject-contact-confirm = { $clinic }: xác nhận địa chỉ email của quý vị
email-subject-contact-changed = { $clinic }: thông tin liên lạc của quý vị đã thay đổi
email-hello = Xin chào { $name },
email-what-signin = đây là liên kết để quý vị đăng nhập
email-what-appointment = xem và xác nhận lịch hẹn của quý vị
email-what-thread = quý vị có tin nhắn mới
email-what-refill = xem yêu cầu lấy thêm thuốc của quý vị
email-what-settings = mở phần cài đặt của quý vị
email-what-reminder = quý vị có lịch hẹn khám lúc { $when }. Xác nhận hoặc đổi lịch hẹn
email-what-cancellation = lịch hẹn lúc { $when } của quý vị đã bị hủy
email-what-copy-reminder = người quý vị giúp có lịch hẹn khám lúc { $when }. Mời quý vị xem
email-what-copy-cancellation = lịch hẹn lúc { $when } của người quý vị giúp đã bị hủy. Mời quý vị xem
email-copy-why = Quý vị nhận được thư này vì người quý vị giúp đã yêu cầu gửi cả cho quý vị các lời nhắc lịch hẹn của họ. Để ngừng nhận, hãy mở liên kết và chọn “Ngừng gửi cho tôi các lời nhắc này”.
email-what-message-alert = quý vị có tin nhắn mới. Mời quý vị đọc tin nhắn
email-what-refill-update = yêu cầu lấy thêm thuốc của quý vị đã được cập nhật
email-open-button = Mở
email-link-note = Liên kết chỉ dùng được một lần và sẽ hết hạn. Nếu liên kết đã hết hạn, quý vị vẫn cứ mở nó rồi xin một liên kết mới.
email-call = Để nói chuyện với nhân viên, xin gọi { $phone }.
email-after-hours = Ngoài giờ làm việc, hãy gọi { $phone }.
email-step-up-code = Mã của quý vị là { $code }. Mã hết hạn sau 10 phút. Đừng đưa mã này cho bất kỳ ai.
email-contact-confirm = Mã để xác nhận địa chỉ email này là { $code }. Mã hết hạn sau 10 phút.
email-contact-changed = Địa chỉ email nhận tin nhắn từ { $clinic } của quý vị đã được đổi. Nếu không phải quý vị đổi, xin gọi { $phone }.
email-code = Liên kết không mở được, hoặc quý vị đang đọc thư này trên thiết bị khác? Hãy vào { $url } và nhập mã { $code }.

## Replies to inbound texts
# Words a patient may text back, comma-separated, matched without regard to case or accents.
# Portico's accent folding does not cover Vietnamese letters such as Ủ, Ừ, Ậ, Đ:
# each word is listed with and without its marks.
inbound-confirm = CÓ, CO, XÁC NHẬN, XAC NHAN, ĐỒNG Ý, DONG Y
inbound-cancel = KHÔNG, KHONG, KO, HỦY, HUỶ, HUY, HỦY HẸN, HUỶ HẸN, HUY HEN
inbound-help = GIÚP, GIUP, TRỢ GIÚP, TRO GIUP
inbound-stop = NGỪNG, NGUNG, DỪNG, DỪNG LẠI, DUNG LAI, NGỪNG NHẬN TIN, NGUNG NHAN TIN
inbound-start = BẮT ĐẦU, BAT DAU, TIẾP TỤC, TIEP TUC
reply-confirmed = Cảm ơn quý vị, lịch hẹn đã được xác nhận.
reply-cancelled = Lịch hẹn của quý vị đã bị hủy. Xin gọi phòng khám để hẹn giờ khác.
reply-no-appointment = Chúng tôi không tìm thấy lịch hẹn sắp tới nào cho số này. Xin gọi phòng khám.
reply-unknown-number = Số này chưa đăng ký với phòng khám nào. Xin gọi phòng khám của quý vị.
reply-unknown-number-kept = Cảm ơn bạn. Chúng tôi không biết số này, nên phòng khám sẽ đọc tin nhắn của bạn nhưng có thể không trả lời được bằng tin nhắn. Nếu khẩn cấp, vui lòng gọi cho phòng khám.
reply-acknowledged = Cảm ơn quý vị. Nhóm chăm sóc sẽ đọc tin nhắn và trả lời sớm nhất có thể.
# $when: the promised reply time, in the patient's time zone
reply-acknowledged-by = Cảm ơn quý vị. Nhóm chăm sóc sẽ đọc tin nhắn và trả lời trước { $when }.
reply-help-call = { $clinic }: xin gọi { $phone }.
reply-help-after-hours = Ngoài giờ làm việc: { $phone }.
reply-help-stop = Nhắn STOP để ngừng nhận tin.
# The words reminders name: each must be in inbound-confirm / inbound-cancel, and
# the cancel word must not be one carriers take as an opt-out (STOP, CANCEL, END, QUIT, ...).
reply-word-confirm = CO
reply-word-cancel = HUY
# When a reply could mean several visits: $choices lists reply-choice items.
reply-which-confirm = Bạn muốn xác nhận lịch hẹn nào? Nhắn { $choices }.
reply-which-cancel = Bạn muốn hủy lịch hẹn nào? Nhắn { $choices }.
reply-choice = { $number } cho { $when }
reply-choice-unknown = Vui lòng nhắn một số từ 1 đến { $count }.
reply-unmatched-clinic = Chúng tôi không biết tin nhắn này gửi cho phòng khám nào. Vui lòng gọi cho phòng khám của bạn.

## Every page
page-sign-out = Đăng xuất
page-signed-out = Quý vị đã đăng xuất
page-signed-out-explain = Để quay lại, xin mở liên kết mới nhất từ phòng khám của quý vị.
page-home-link = Trang chính
page-settings-link = Cài đặt
page-call = Có câu hỏi? Xin gọi { $phone }.
page-problem-heading = Xin thử lại
page-csrf-explain = Chúng tôi không kiểm tra được yêu cầu này có phải được gửi từ trang này hay không.
page-form-explain = Chúng tôi không đọc được mẫu đơn đó.
page-error-heading = Đã có lỗi từ phía chúng tôi
page-error-explain = Xin thử lại sau một phút. Nếu vẫn còn lỗi, xin gọi phòng khám của quý vị.
page-conflict-heading = Việc này đã được thực hiện
page-conflict-explain = Có vẻ việc này đã được lưu. Xin quay lại và tải lại trang để xem tình trạng hiện tại.
page-not-found-heading = Chúng tôi không tìm thấy trang đó
page-not-found-explain = Xin mở liên kết mới nhất từ phòng khám của quý vị, hoặc gọi cho phòng khám.
page-session-heading = Xin mở lại liên kết của quý vị
page-session-explain = Phiên truy cập của quý vị đã kết thúc, để giữ an toàn cho thông tin của quý vị. Xin mở liên kết mới nhất từ phòng khám.
page-code = Mã: { $code }

## Landing and links
landing-signin-heading = Đăng nhập
landing-signin-explain = Bấm nút để mở trang của quý vị tại phòng khám.
landing-signin-button = Tiếp tục
landing-appointment-heading = Lịch hẹn của quý vị
landing-appointment-explain = Quý vị sẽ đến chứ? Bấm một lần để xác nhận, hoặc xem chi tiết trước để đổi hoặc hủy lịch hẹn.
landing-appointment-see = Xem hoặc đổi
landing-thread-heading = Quý vị có tin nhắn mới
landing-thread-explain = Bấm nút để mở tin nhắn từ nhóm chăm sóc.
landing-thread-button = Mở tin nhắn của tôi
landing-refill-heading = Yêu cầu lấy thêm thuốc của quý vị
landing-refill-explain = Bấm nút để xem yêu cầu lấy thêm thuốc của quý vị.
landing-refill-button = Xem yêu cầu của tôi
landing-settings-heading = Cài đặt của quý vị
landing-settings-explain = Bấm nút để mở phần cài đặt của quý vị.
landing-settings-button = Mở cài đặt của tôi
landing-household-heading = Lịch hẹn của gia đình bạn
landing-household-explain = Số điện thoại này có lịch hẹn của nhiều người. Bấm nút để xem; mỗi lịch hẹn mở ra khi bạn nhập ngày sinh của người có lịch hẹn đó.
landing-household-button = Xem các lịch hẹn
## Visits of several patients who share a phone: times only until a date of birth says whose.
household-heading = Lịch hẹn cho số điện thoại này
household-explain = Để mở một lịch hẹn, hãy nhập ngày sinh của người có lịch hẹn đó.
household-visit = Lịch hẹn lúc { $when }
household-birth-date = Ngày sinh của người có lịch hẹn này
household-open = Mở lịch hẹn này
household-wrong = Ngày sinh này không khớp với lịch hẹn. Vui lòng kiểm tra và thử lại.
household-locked = Nhập sai ngày sinh quá nhiều lần. Vui lòng gọi cho phòng khám.
household-off = Phòng khám này không còn mở lịch hẹn bằng ngày sinh. Vui lòng gọi cho phòng khám.
household-gone = Lịch hẹn này không còn mở.
landing-once = Liên kết này chỉ dùng được một lần. Nếu quý vị không chờ liên kết này, quý vị có thể bỏ qua.
landing-code-heading = Quý vị mở trang này trên thiết bị khác?
landing-code-where = Trên thiết bị đó, hãy vào { $url } và nhập mã này:
link-used-heading = Liên kết này đã được dùng rồi
link-used-explain = Mỗi liên kết chỉ dùng được một lần, để giữ an toàn cho thông tin của quý vị. Chúng tôi có thể gửi cho quý vị một liên kết mới.
link-expired-heading = Liên kết này đã hết hạn
link-expired-explain = Liên kết sẽ hết hiệu lực sau một thời gian, để giữ an toàn cho thông tin của quý vị. Chúng tôi có thể gửi cho quý vị một liên kết mới.
link-revoked-heading = Liên kết này không còn dùng được
link-revoked-explain = Phòng khám đã gửi một liên kết mới hơn, hoặc đã tắt liên kết này. Chúng tôi có thể gửi cho quý vị một liên kết mới.
link-bad-heading = Liên kết này không dùng được
link-bad-explain = Có thể liên kết đã bị sao chép thiếu. Xin cho chúng tôi biết cách liên lạc với quý vị, và nếu phòng khám có hồ sơ của quý vị, chúng tôi sẽ gửi một liên kết mới.
link-reopen-explain = Chúng tôi không kiểm tra được yêu cầu này có phải được gửi từ trang này hay không. Xin mở lại liên kết trong tin nhắn của quý vị.
link-send-new = Gửi cho tôi liên kết mới
link-send-new-note = Chúng tôi sẽ gửi đến số điện thoại hoặc email có trong hồ sơ tại phòng khám của quý vị.
link-contact-label = Số điện thoại di động của quý vị (có mã quốc gia, ví dụ +1 312 555 0142) hoặc email
link-sent-heading = Xin kiểm tra điện thoại hoặc email
link-sent-explain = Nếu phòng khám có cách liên lạc với quý vị trong hồ sơ, một liên kết mới đang được gửi đến. Có thể mất một phút để nhận được.
link-wait-heading = Xin đợi một chút
link-wait-explain = Chúng tôi đã nhận quá nhiều yêu cầu từ mạng của quý vị. Xin thử lại sau một giờ, hoặc gọi phòng khám của quý vị.
link-check-heading = Xin kiểm tra lại những gì quý vị đã nhập
link-check-explain = Xin nhập số điện thoại di động bắt đầu bằng dấu + và mã quốc gia (ví dụ +1 312 555 0142), hoặc một địa chỉ email.
link-bad-code = Tin nhắn của quý vị cũng có mã? Hãy nhập mã ở đây.

## Mã (/c), cho liên kết không mở được
code-heading = Nhập mã của quý vị
code-explain = Tin nhắn có liên kết của quý vị cũng có một mã, ví dụ 7KQM-3XTR. Hãy nhập mã ở đây để mở trang của quý vị trên thiết bị này.
code-label = Mã của quý vị (8 chữ cái và chữ số)
code-button = Tiếp tục
code-note = Mỗi mã chỉ dùng được một lần, giống như liên kết của nó, và chỉ đến khi liên kết hết hạn.
code-format = Đó không phải là mã. Mã có 8 chữ cái và chữ số, ví dụ 7KQM-3XTR.
code-wrong = Mã đó không đúng. Xin kiểm tra lại và thử lần nữa. Sau 5 lần nhập sai, mã sẽ không dùng được nữa.
code-used-heading = Mã này đã được dùng
code-used-explain = Mã và liên kết của nó chỉ dùng được một lần cho cả hai, và một trong hai đã được dùng. Chúng tôi có thể gửi cho quý vị một liên kết mới.
code-expired-heading = Mã này đã hết hạn
code-expired-explain = Mã chỉ dùng được khi liên kết của nó còn hiệu lực, và liên kết đó đã hết hạn. Chúng tôi có thể gửi cho quý vị một liên kết mới.
code-locked-heading = Mã này không còn dùng được
code-locked-explain = Mã đã bị nhập sai quá nhiều lần, nên chúng tôi đã khóa mã để giữ an toàn cho thông tin của quý vị. Xin mở liên kết trong tin nhắn, hoặc xin một liên kết mới.
code-paused-explain = Tạm thời không nhận mã vì có quá nhiều lần nhập sai. Xin mở liên kết trong tin nhắn, hoặc thử lại sau một giờ.

## Home
home-hello = Xin chào, { $name }
home-upcoming = Các lịch hẹn sắp tới của quý vị
home-none = Quý vị không có lịch hẹn nào sắp tới.
home-with = với { $provider }
home-messages = Tin nhắn với nhóm chăm sóc của quý vị
home-refills = Lấy thêm thuốc theo toa

## Appointment
appointment-heading = Lịch hẹn của quý vị
appointment-when = Thời gian
appointment-duration = Bao lâu
appointment-where = Địa điểm
appointment-map = Bản đồ
appointment-with = Với
appointment-status = Tình trạng
appointment-bring = Cần mang theo
appointment-bring-default = Giấy tờ tùy thân có ảnh, thẻ bảo hiểm và danh sách các loại thuốc quý vị đang dùng.
status-scheduled = Đã đặt hẹn
status-confirmed = Đã xác nhận
status-cancelled = Đã hủy
appointment-confirm = Tôi xác nhận sẽ đến
appointment-cancel-legend = Hủy lịch hẹn này
reason-feeling-better = Tôi đã thấy khỏe hơn
reason-conflict = Tôi bị trùng việc khác
reason-transport = Tôi không có cách nào để đến
reason-other = Lý do khác
appointment-cancel = Hủy lịch hẹn
appointment-another-time-label = Tôi cần giờ khác (không bắt buộc: thời gian nào tiện cho quý vị)
appointment-another-time = Xin đổi sang giờ khác
appointment-calendar = Thêm vào lịch của tôi
calendar-summary = Lịch hẹn tại { $clinic }
appointment-all = Tất cả lịch hẹn của quý vị
appointment-done-confirmed = Cảm ơn quý vị. Lịch hẹn đã được xác nhận.
appointment-done-cancelled = Lịch hẹn của quý vị đã bị hủy. Xin gọi phòng khám bất cứ khi nào quý vị muốn đặt hẹn mới.
appointment-done-requested = Chúng tôi đã gửi yêu cầu của quý vị đến nhóm chăm sóc. Họ sẽ liên lạc với quý vị để hẹn giờ khác.
appointment-done-already-confirmed = Lịch hẹn này đã được xác nhận trước đó. Cảm ơn quý vị.
appointment-done-cancelled-cannot-confirm = Lịch hẹn này đã bị hủy nên không thể xác nhận nữa. Xin gọi phòng khám nếu quý vị muốn đặt hẹn mới.
appointment-done-passed-cannot-confirm = Lịch hẹn này đã bắt đầu hoặc đã qua nên không thể xác nhận nữa.
appointment-done-confirm-failed = Hiện chúng tôi chưa thể xác nhận lịch hẹn của quý vị. Xin thử lại sau một phút.

## Messages
thread-heading = Tin nhắn với nhóm chăm sóc của quý vị
thread-empty = Chưa có tin nhắn nào.
thread-reply-label = Viết cho nhóm chăm sóc của quý vị
thread-reply-hint = Tối đa 2000 ký tự. Không dùng phần này cho trường hợp khẩn cấp: xin gọi 911 hoặc số cấp cứu tại địa phương.
thread-send = Gửi
thread-sent = Tin nhắn của quý vị đã được gửi. Nhóm chăm sóc sẽ trả lời sớm nhất có thể.
# $when: the promised reply time, in the patient's time zone
thread-sent-by = Tin nhắn của quý vị đã được gửi. Nhóm chăm sóc sẽ trả lời trước { $when }.
thread-check-heading = Xin kiểm tra lại tin nhắn
thread-empty-message = Tin nhắn của quý vị đang trống.
thread-long-message = Tin nhắn của quý vị quá dài (tối đa 2000 ký tự).

## Step-up
step-up-heading = Xác nhận đúng là quý vị
step-up-explain = Trang này có thể có thông tin sức khỏe. Để giữ kín thông tin, chúng tôi kiểm tra đúng là quý vị trước khi hiển thị.
step-up-locked = Vì sự an toàn của quý vị, bước kiểm tra này đang tạm dừng. Xin gọi phòng khám.
step-up-code-label = Nhập mã 6 số chúng tôi đã gửi đến { $destination }
step-up-continue = Tiếp tục
step-up-send-code = Gửi mã đến { $destination }
step-up-birth-date-label = Hoặc nhập ngày sinh của quý vị
step-up-ways-code = { $channel ->
    [sms] Chúng tôi sẽ nhắn tin mã đến số điện thoại { $destination } của quý vị.
   *[email] Chúng tôi sẽ gửi mã qua email đến { $destination }.
}
step-up-ways-code-or-birth-date = { $channel ->
    [sms] Chúng tôi có thể nhắn tin mã đến số điện thoại { $destination } của quý vị, hoặc quý vị có thể nhập ngày sinh.
   *[email] Chúng tôi có thể gửi mã qua email đến { $destination }, hoặc quý vị có thể nhập ngày sinh.
}
step-up-ways-birth-date = Nhập ngày sinh của quý vị để tiếp tục.
step-up-birth-date-only-label = Ngày sinh của quý vị
step-up-no-way-off = Chúng tôi chỉ có một cách để liên lạc với quý vị, và phòng khám này không dùng ngày sinh cho bước kiểm tra này. Xin gọi phòng khám và nhờ họ thêm một số điện thoại thứ hai hoặc địa chỉ email vào hồ sơ của quý vị; khi đó chúng tôi có thể gửi mã cho quý vị.
step-up-no-way-no-birth-date = Chúng tôi chỉ có một cách để liên lạc với quý vị, và hồ sơ chưa có ngày sinh. Xin gọi phòng khám và nhờ họ thêm ngày sinh, hoặc một số điện thoại thứ hai hay địa chỉ email, vào hồ sơ của quý vị.
step-up-no-second = Chúng tôi không có cách liên lạc thứ hai để gửi mã.
step-up-too-many-codes = Chúng tôi đã gửi nhiều mã rồi. Xin đợi một giờ, hoặc gọi phòng khám.
step-up-send-failed = Chúng tôi chưa gửi được mã lúc này. Xin thử lại sau một phút.
step-up-too-many-tries = Quý vị đã thử quá nhiều lần. Xin đợi một giờ, hoặc gọi phòng khám.
step-up-code-wrong = Mã đó không đúng, hoặc đã hết hạn.
step-up-birth-date-wrong = Ngày đó không khớp với hồ sơ của chúng tôi.
## Refills
refills-heading = Lấy thêm thuốc theo toa
refills-new = Xin lấy thêm thuốc
refills-pick = Thuốc nào?
refills-other = Thuốc khác
refills-other-label = Tên và liều lượng của thuốc (như ghi trên nhãn)
refills-pharmacy = Nhà thuốc nào?
refills-pharmacy-new = Nhà thuốc khác (tên và thành phố)
refills-note-label = Điều nhóm chăm sóc nên biết (không bắt buộc)
refills-submit = Gửi yêu cầu
refills-yours = Các yêu cầu của quý vị
refills-none = Quý vị chưa xin lấy thêm thuốc lần nào.
refills-sent = Chúng tôi đã nhận yêu cầu của quý vị. Chúng tôi sẽ báo cho quý vị khi có tiến triển.
refills-need-medicine = Xin chọn một loại thuốc hoặc viết tên thuốc.
refills-need-pharmacy = Xin chọn một nhà thuốc hoặc viết tên nhà thuốc.
refill-heading = Yêu cầu lấy thêm thuốc
refill-medicine = Thuốc
refill-pharmacy = Nhà thuốc
refill-timeline = Những gì đã xảy ra
refill-status-received = Đã nhận
refill-status-in-review = Đang xem xét
refill-status-sent-to-pharmacy = Đã gửi đến nhà thuốc
refill-status-needs-visit = Phòng khám cần gặp quý vị trước
refill-status-denied = Không được chấp thuận: xin gọi phòng khám
refill-book-visit = Xin một buổi hẹn khám
refill-visit-requested = Chúng tôi đã nhờ nhóm chăm sóc đặt hẹn khám cho quý vị. Họ sẽ liên lạc với quý vị.
refill-all = Tất cả yêu cầu lấy thêm thuốc của quý vị

## Settings
settings-heading = Cài đặt của quý vị
settings-saved = Đã lưu cài đặt của quý vị.
settings-language = Ngôn ngữ cho tin nhắn và các trang
settings-channels = Cách liên lạc với quý vị trước tiên
settings-channel-both = Cả tin nhắn điện thoại và email, cho lời nhắc
settings-channel-sms-first = Tin nhắn điện thoại trước, rồi đến email
settings-channel-email-first = Email trước, rồi đến tin nhắn điện thoại
settings-channel-sms-only = Chỉ tin nhắn điện thoại
settings-channel-email-only = Chỉ email
settings-quiet = Giờ yên tĩnh (không gửi tin trong khoảng giờ này)
settings-quiet-from = Từ
settings-quiet-until = Đến
settings-optout = Những gì chúng tôi được gửi
settings-allow-sms = Tin nhắn điện thoại
settings-allow-email = Email
settings-optout-note = Các tin quan trọng cho sự an toàn của quý vị vẫn có thể đến qua cuộc gọi điện thoại từ phòng khám.
settings-save = Lưu cài đặt
settings-contact = Điện thoại và email của quý vị
settings-phone = Điện thoại di động
settings-email = Email
settings-change = Thay đổi
settings-new-phone = Số điện thoại di động mới (có mã quốc gia)
settings-new-email = Địa chỉ email mới
settings-confirm-code-label = Nhập mã 6 số chúng tôi đã gửi đến { $kind ->
    [phone] số điện thoại mới
   *[email] địa chỉ email mới
}
settings-confirm = Xác nhận thay đổi
settings-contact-sent = Chúng tôi đã gửi mã đến thông tin liên lạc mới. Xin nhập mã bên dưới để hoàn tất.
settings-contact-changed = Thông tin liên lạc của quý vị đã được đổi. Chúng tôi cũng đã báo cho thông tin liên lạc cũ.
settings-contact-invalid = Xin kiểm tra lại số điện thoại hoặc địa chỉ quý vị đã nhập.
settings-contact-same = Đây là thông tin chúng tôi đã có.
settings-contact-code-wrong = Mã đó không đúng, hoặc đã hết hạn.
settings-none = Chưa có trong hồ sơ
settings-quiet-invalid = Xin chọn cả hai giờ cho giờ yên tĩnh.
settings-channels-invalid = Xin cho phép ít nhất một cách liên lạc với quý vị.

# The care team's pages and emails (/staff).
staff-signin-title = Đăng nhập cho nhóm chăm sóc
staff-signin-explain = Nhập email công việc của bạn. Chúng tôi sẽ gửi cho bạn một liên kết đăng nhập và một mã sáu chữ số.
staff-email-label = Email công việc
staff-signin-send = Gửi cho tôi liên kết đăng nhập
staff-signin-sent = Nếu địa chỉ này thuộc một nhóm chăm sóc, liên kết đăng nhập và mã đang được gửi đến. Chúng chỉ dùng được một lần, trong 15 phút.
staff-code-title = Bạn có mã?
staff-code-explain = Bạn mở email trên thiết bị khác? Nhập email công việc và mã sáu chữ số tại đây.
staff-code-label = Mã sáu chữ số
staff-code-submit = Đăng nhập bằng mã
staff-code-wrong = Mã đó không đúng. Hãy kiểm tra lại hoặc yêu cầu email mới.
staff-too-many = Thử quá nhiều lần. Hãy đợi một giờ rồi yêu cầu email mới.
staff-email-wrong = Nhập email công việc, ví dụ ten@vidu.org.
staff-link-title = Đăng nhập vào { $clinic }
staff-link-explain = Bấm nút để đăng nhập. Liên kết chỉ dùng được một lần.
staff-link-button = Đăng nhập
staff-link-dead-heading = Liên kết này không còn dùng được
staff-link-dead = Liên kết đã hết hạn hoặc đã được dùng. Hãy yêu cầu email đăng nhập mới.
staff-signin-again = Yêu cầu email đăng nhập mới
staff-invite-title = Tham gia nhóm chăm sóc của { $clinic }
staff-invite-explain = { $name }, bạn được mời với vai trò { $role }. Bấm nút để chấp nhận và đăng nhập.
staff-invite-button = Chấp nhận và đăng nhập
staff-role-clinician = bác sĩ
staff-role-nurse = điều dưỡng
staff-role-front-desk = lễ tân
staff-role-admin = quản trị viên
staff-inbox-title = Hộp thư
staff-views-label = Các chế độ xem hộp thư
staff-view-needs-reply = Cần trả lời
staff-view-overdue = Quá hạn
staff-view-mine = Của tôi
staff-view-unassigned = Chưa giao
staff-older = Cuộc trò chuyện cũ hơn
staff-saved-label = Bắt đầu từ câu trả lời đã lưu
staff-saved-use = Dùng
staff-notes-heading = Ghi chú nội bộ
staff-notes-explain = Chỉ nhóm chăm sóc thấy các ghi chú này; chúng không bao giờ được gửi cho bệnh nhân.
staff-notes-none = Chưa có ghi chú.
staff-note-label = Thêm ghi chú cho nhóm
staff-note-add = Thêm ghi chú
staff-note-wrong = Hãy viết ghi chú (tối đa 4.000 ký tự).
staff-urgent = Khẩn cấp
staff-reply-held = Chưa gửi: có tin nhắn mới đến trong lúc bạn đang viết. Hãy đọc tin ở trên; câu trả lời của bạn vẫn còn đây để gửi hoặc sửa.
staff-view-open = Tất cả đang mở
staff-view-closed = Đã đóng
staff-view-unmatched = Tin nhắn chưa xác định
staff-inbox-empty = Không có gì ở đây.
staff-signed-in-as = Đã đăng nhập: { $name } tại { $clinic }
staff-sign-out = Đăng xuất
staff-status-open = Đang mở
staff-status-waiting = Đang chờ bệnh nhân, xem lại ngày { $date }
staff-status-closed = Đã đóng
# $when: when the reply is (or was) due, in the clinic's time zone
staff-due = Cần trả lời trước { $when }
staff-overdue = Quá hạn: lẽ ra phải trả lời trước { $when }
staff-assigned-to = Giao cho { $name }
staff-unassigned = Chưa giao
staff-unmatched-from = Từ { $phone }
staff-unverified = Từ một số điện thoại dùng chung — chưa xác minh người gửi
staff-reply-label = Trả lời { $name }
staff-reply-explain = Bệnh nhân nhận thông báo kèm liên kết; lời của bạn chỉ hiện sau liên kết.
staff-reply-send = Gửi trả lời
staff-reply-wrong = Viết câu trả lời tối đa 4000 ký tự, không có ký tự điều khiển.
staff-assign-me = Giao cho tôi
staff-wait-label = Xem lại ngày
staff-wait-button = Đánh dấu đang chờ bệnh nhân
staff-close-button = Đóng
staff-back-inbox = Quay lại hộp thư
staff-date-wrong = Nhập ngày xem lại theo dạng YYYY-MM-DD, từ hôm nay trở đi.
email-subject-staff-invite = { $clinic }: bạn được mời vào nhóm chăm sóc
email-staff-invite = { $name }, { $clinic } mời bạn trả lời bệnh nhân trên Portico với vai trò { $role }. Hãy chấp nhận lời mời trong 7 ngày: { $link }
email-subject-staff-sign-in = { $clinic }: liên kết đăng nhập của bạn
email-staff-sign-in = Đăng nhập vào { $clinic }: { $link } — hoặc nhập mã này ở trang đăng nhập: { $code }. Liên kết và mã chỉ dùng được một lần, trong 15 phút. Nếu bạn không yêu cầu, hãy bỏ qua email này.
# Passkeys and signing in without a link
footer-signin = Đăng nhập
link-refused-signin = Bạn có khóa truy cập? Đăng nhập bằng khóa đó
step-up-passkey-next = Sau bước này, bạn có thể thêm khóa truy cập để lần sau chỉ cần dùng khuôn mặt, vân tay hoặc khóa màn hình.
signin-heading = Đăng nhập
signin-passkey-explain = Nếu bạn đã thêm khóa truy cập, hãy dùng khuôn mặt, vân tay hoặc khóa màn hình.
signin-passkey-button = Đăng nhập bằng khóa truy cập
passkey-browser-problem = Khóa truy cập không hoạt động trên trình duyệt này. Bạn có thể thử lại.
signin-no-script = Để đăng nhập bằng khóa truy cập, hãy dùng trình duyệt đã bật JavaScript. Hoặc chúng tôi có thể gửi cho bạn một liên kết mới.
signin-link-heading = Gửi cho tôi liên kết mới
passkey-offer-heading = Lần sau, hãy dùng khuôn mặt, vân tay hoặc khóa màn hình
passkey-offer-explain = Với khóa truy cập, bạn có thể đăng nhập mà không cần chờ tin nhắn hay email. Việc này không bao giờ bắt buộc.
passkey-add = Thêm khóa truy cập
passkey-add-confirm-first = Trước tiên bạn sẽ xác nhận đó là bạn.
passkey-no-script = Để thêm hoặc dùng khóa truy cập, cần trình duyệt đã bật JavaScript.
passkey-not-now = Để sau
passkey-refused-heading = Khóa truy cập không được chấp nhận
passkey-expired-explain = Lần thử này quá lâu hoặc đã được dùng. Không có gì thay đổi. Vui lòng thử lại.
passkey-failed-explain = Chúng tôi không kiểm tra được phản hồi từ thiết bị của bạn. Không có gì thay đổi. Vui lòng thử lại.
passkey-taken-explain = Khóa truy cập này đã được đăng ký. Không có gì thay đổi.
passkey-unknown-explain = Khóa truy cập này không mở trang bệnh nhân nào ở đây (có thể đã bị xóa). Bạn có thể yêu cầu liên kết mới.
passkey-not-verified-explain = Thiết bị của bạn không xác nhận đó là bạn (khuôn mặt, vân tay, mã PIN hoặc khóa màn hình). Thông tin sức khỏe của bạn vẫn đóng.
passkey-name-invalid = Tên khóa truy cập phải là một dòng, tối đa 200 ký tự.
passkey-name-browser = { $browser }, { $date }
passkey-name-plain = Khóa truy cập, { $date }
passkey-never-used = chưa bao giờ
passkey-on-devices = Trên các thiết bị của bạn
passkey-on-key = Trên khóa bảo mật
passkey-settings-heading = Khóa truy cập
passkey-created = Đã thêm: { $date }
passkey-last-used = Lần dùng gần nhất: { $date }
passkey-rename-label = Tên
passkey-rename = Đổi tên
passkey-remove = Xóa
passkey-none = Bạn chưa có khóa truy cập nào.
settings-passkey-added = Đã thêm khóa truy cập. Lần sau hãy đăng nhập bằng khóa này.
settings-passkey-renamed = Đã đổi tên khóa truy cập.
settings-passkey-removed = Đã xóa khóa truy cập. Khóa này không còn đăng nhập được nữa.
sms-passkey-added = { $clinic }: đã thêm khóa truy cập để đăng nhập trang bệnh nhân của bạn. Nếu không phải bạn, hãy gọi { $phone }.
email-subject-passkey-added = { $clinic }: đã thêm khóa truy cập
email-passkey-added = Đã thêm khóa truy cập để đăng nhập trang bệnh nhân của bạn tại { $clinic }. Nếu không phải bạn, hãy gọi { $phone }.
sms-passkey-removed = { $clinic }: đã xóa một khóa truy cập khỏi trang bệnh nhân của bạn. Nếu không phải bạn, hãy gọi { $phone }.
email-subject-passkey-removed = { $clinic }: đã xóa khóa truy cập
email-passkey-removed = Đã xóa một khóa truy cập khỏi trang bệnh nhân của bạn tại { $clinic }. Khóa này không còn đăng nhập được. Nếu không phải bạn, hãy gọi { $phone }.

## Live updates on open pages
live-updated = Cập nhật lần cuối: { $time }.
live-refresh = Làm mới
live-on = Tin nhắn mới hiện ở đây ngay khi đến.
live-off = Cập nhật trực tiếp đã dừng. Hãy tải lại trang để xem tin nhắn mới.
live-inbox-on = Danh sách này tự cập nhật khi có tin nhắn đến.
live-typing-team = Nhóm chăm sóc đang nhập…
live-typing-name = { $name } đang nhập…
live-typing-patient = Bệnh nhân đang nhập…
live-seen = Bệnh nhân đã xem lúc { $time }
live-refused-heading = Cập nhật trực tiếp đang tạm dừng
live-too-many-tabs = Trang này đang mở ở quá nhiều thẻ. Hãy đóng bớt rồi tải lại trang này.
live-too-many-streams = Cập nhật trực tiếp hiện đang bận. Hãy tải lại trang để xem tin nhắn mới.
live-typing-wait = Thông báo đang nhập chỉ được gửi vài giây một lần.
## Caregiver grants
sms-grant-invitation = { $clinic }: { $patient } mời bạn giúp chăm sóc sức khỏe. Chấp nhận tại: { $url }
email-subject-grant-invitation = { $clinic }: { $patient } mời bạn giúp chăm sóc sức khỏe
email-grant-invitation = { $patient } mời bạn giúp chăm sóc sức khỏe tại { $clinic }. Để chấp nhận, hãy mở liên kết này và xác nhận bằng mã chúng tôi sẽ gửi cho bạn: { $url }
caregiver-refused-heading = Bạn không thể mở trang này
caregiver-refused-explain = Quyền truy cập của bạn vào việc chăm sóc người này không bao gồm trang này, đã hết hạn hoặc đã bị thu hồi. Hãy hỏi họ (hoặc phòng khám) nếu bạn cần.
caregiver-helping = Bạn đang giúp { $patient }
caregiver-back = Quay lại trang của bạn
caregiver-list-heading = Những người bạn giúp
caregiver-list-none = Hiện chưa ai cấp quyền cho bạn.
caregiver-scope-appointments = Lịch hẹn
caregiver-scope-messages = Tin nhắn với nhóm chăm sóc
caregiver-scope-refills = Cấp lại thuốc theo toa
caregiver-nothing = Chưa có gì để hiển thị.
caregiver-sender = { $caregiver } thay mặt { $patient }
invitation-refused-heading = Lời mời này không dùng được
invitation-refused-explain = Lời mời đã được dùng, đã hết hạn hoặc đã bị thu hồi. Hãy xin lời mời mới từ người đã mời bạn.
invitation-heading = Bạn được mời giúp đỡ
invitation-intro = { $patient } mời { $caregiver } giúp về:
invitation-accept = Chấp nhận
invitation-send-code = Gửi mã cho tôi
invitation-code-explain = Để chấp nhận, hãy xác nhận là bạn bằng mã chúng tôi gửi đến { $destination }.
invitation-code-locked = Nhập sai mã quá nhiều lần. Hãy xin lời mời mới từ người đã mời bạn.
caregivers-heading = Những người giúp bạn
caregivers-none = Chưa ai có thể thay mặt bạn.
caregivers-never-used = chưa
caregivers-status-invited = Đã mời, chưa chấp nhận
caregivers-status-active = Đang hiệu lực
caregivers-status-revoked = Đã thu hồi
caregivers-status-expired = Đã kết thúc
caregivers-basis-patient-given = Bạn đã cấp quyền này
caregivers-basis-parent-of-minor = Phòng khám cấp: cha mẹ của trẻ vị thành niên
caregivers-basis-legal-representative = Phòng khám cấp: người đại diện hợp pháp
caregivers-invited = Lời mời của bạn đã được gửi.
caregivers-not-sent = Lời mời đã được lưu nhưng không gửi được. Hãy kiểm tra số điện thoại hoặc email, hoặc thu hồi và thử lại.
caregivers-revoked = Đã thu hồi quyền. Quyền hết hiệu lực ngay lập tức.
caregivers-since = Từ { $date }
caregivers-until = Đến { $date }
caregivers-last-used = Lần dùng gần nhất: { $date }
caregivers-revoke = Thu hồi quyền của { $name }
caregivers-invite-heading = Mời người giúp bạn
caregivers-name = Tên của họ
caregivers-contact = Số di động hoặc email của họ
caregivers-contact-hint = Số điện thoại kèm mã quốc gia, ví dụ +1 312 555 0190.
caregivers-scopes = Những việc họ được làm thay bạn
caregivers-settings-never = Cài đặt, số điện thoại và email của bạn luôn chỉ thuộc về bạn.
caregivers-months = Trong bao lâu
caregivers-months-option = { $months } tháng
caregivers-invite = Gửi lời mời
caregivers-bad-name = Vui lòng nhập tên của họ (không có < hoặc >).
caregivers-bad-contact = Vui lòng nhập số di động kèm mã quốc gia, hoặc địa chỉ email.
caregivers-bad-scopes = Vui lòng chọn ít nhất một việc họ được làm.
caregivers-bad-months = Vui lòng chọn thời hạn của quyền.
caregivers-copies = Gửi cả lời nhắc lịch hẹn của tôi cho người này (qua tin nhắn điện thoại hoặc email, đến số hoặc địa chỉ ở trên)
caregivers-copies-on = Cũng nhận lời nhắc lịch hẹn của bạn
caregivers-copies-start = Gửi lời nhắc lịch hẹn của tôi cho { $name }
caregivers-copies-stop = Ngừng gửi lời nhắc của tôi cho { $name }
caregivers-copies-started = Từ lần nhắc tới, họ cũng sẽ nhận lời nhắc lịch hẹn của bạn.
caregivers-copies-stopped = Họ sẽ không nhận lời nhắc của bạn nữa.
caregivers-copies-need-appointments = Lời nhắc chỉ được gửi cho người được xem lịch hẹn của bạn: hãy đánh dấu cả Lịch hẹn.
caregiver-copies-on = Bạn đang nhận lời nhắc lịch hẹn của { $name }.
caregiver-copies-stop = Ngừng gửi cho tôi các lời nhắc này
caregiver-copies-stopped = Bạn sẽ không nhận lời nhắc của { $name } nữa.
caregiver-visit-confirm = Xác nhận lịch hẹn này
caregiver-visit-cancel = Hủy lịch hẹn này
caregiver-visit-confirmed = Lịch hẹn đã được xác nhận. { $name } cũng sẽ thấy.
caregiver-visit-cancelled = Lịch hẹn đã bị hủy. { $name } và nhóm chăm sóc đã được thông báo.
caregiver-visit-unchanged = Không có gì thay đổi: lịch hẹn này không thể xác nhận hoặc hủy được nữa.
caregiver-visit-reschedule-requested = Chúng tôi đã đề nghị nhóm chăm sóc tìm giờ khác cho lịch hẹn này của { $name }.
caregiver-refill-sent = Yêu cầu đã được chuyển đến nhóm chăm sóc. { $name } cũng sẽ thấy.
caregivers-teen-explain = Ở tuổi của bạn, { $name } không còn đọc tin nhắn hay xem yêu cầu cấp lại thuốc theo toa của bạn ở đây nữa. Bạn có quyền thay đổi điều đó:
caregivers-teen-restore-messages = Cho phép { $name } đọc tin nhắn của tôi trở lại
caregivers-teen-withdraw-messages = Ngừng cho { $name } đọc tin nhắn của tôi
caregivers-teen-restore-refills = Cho phép { $name } xem yêu cầu cấp lại thuốc theo toa của tôi trở lại
caregivers-teen-withdraw-refills = Ngừng cho { $name } xem yêu cầu cấp lại thuốc theo toa của tôi
caregivers-teen-restored = Xong. Bạn có thể thu hồi lại ở đây bất cứ lúc nào.
caregivers-teen-withdrawn = Xong. Giờ đây lại chỉ thuộc về bạn.
page-after-hours = Ngoài giờ làm việc, hãy gọi
red-flag-reply = Nếu đây là trường hợp khẩn cấp, hãy gọi { $emergency } ngay. Để liên hệ phòng khám, hãy gọi { $phone }. Chúng tôi đã báo cho nhóm chăm sóc rằng tin nhắn của bạn là khẩn cấp.
red-flag-reply-no-line = Nếu đây là trường hợp khẩn cấp, hãy gọi { $emergency } ngay. Chúng tôi đã báo cho nhóm chăm sóc rằng tin nhắn của bạn là khẩn cấp.
unsubscribe-heading = Ngừng nhận email nhắc hẹn và thông báo
unsubscribe-ask = Ngừng gửi email nhắc hẹn và thông báo tin nhắn đến { $email }?
unsubscribe-button = Ngừng nhận các email này
unsubscribe-still = Mã bạn yêu cầu và thông báo bảo mật vẫn được gửi đến địa chỉ này.
unsubscribe-done = Xong: đã ngừng gửi email nhắc hẹn và thông báo tin nhắn đến { $email }.
unsubscribe-back-on = Để nhận lại, hãy chọn lại email trong phần cài đặt.
staff-reports-title = Thời gian trả lời
staff-reports-period = Tin nhắn chưa được trả lời từ { $from } đến { $to }
staff-reports-from = Từ
staff-reports-to = Đến
staff-reports-show = Xem
staff-reports-category = Chủ đề
staff-reports-answered = Đã trả lời
staff-reports-median = Trung vị, giờ làm việc
staff-reports-p90 = Bách phân vị 90, giờ làm việc
staff-reports-within = Trong thời hạn đã hứa
staff-reports-open = Đang chờ trả lời
staff-reports-overdue = Đang quá hạn
staff-reports-all = Tất cả
staff-reports-chart = Giờ làm việc đến câu trả lời đầu tiên: trung vị (đậm) và bách phân vị 90 (nhạt), theo chủ đề tin nhắn
staff-reports-none = Không có câu trả lời trong khoảng thời gian này.
category-appointment = Lịch hẹn
category-refill = Gia hạn đơn thuốc
category-question = Câu hỏi
category-billing = Thanh toán
category-other = Khác

# Teams, cover while away, and late replies (/staff).
staff-view-my-teams = Nhóm của tôi
# $when: when the reply is due, in the clinic's time zone; $link: the conversation's address
email-subject-reply-due-soon = Sắp đến hạn trả lời một bệnh nhân
email-reply-due-soon = { $name }, cần trả lời một bệnh nhân trước { $when }. Mở cuộc trò chuyện: { $link }
email-subject-reply-escalated = Một câu trả lời quá hạn đã được chuyển cho bạn
email-reply-escalated = { $name }, lẽ ra phải trả lời một bệnh nhân trước { $when } nhưng câu trả lời chưa được gửi. Giờ việc này do bạn phụ trách. Mở cuộc trò chuyện: { $link }
staff-team-label = Nhóm
staff-team-none = Không có nhóm (cả phòng khám)
staff-team-move = Chuyển sang nhóm
# $name: the colleague who is away
staff-covering-for = Thay cho { $name }
staff-steps-heading = Quá trình chuyển đến đây
# $team: a team's name; $from, $to: people of the care team
staff-step-routed = Chuyển đến { $team }
staff-step-covered = { $from } vắng mặt: giao cho { $to }
staff-step-pooled = { $from } vắng mặt: trả lại cho nhóm
staff-step-warned = Sắp đến hạn trả lời: đã báo cho { $to }
staff-step-warned-nobody = Sắp đến hạn trả lời: không có ai để báo
staff-step-escalated = Quá hạn: giao cho { $to }
staff-step-no-one-further = Quá hạn: không còn ai khác để giao
staff-away-link = Vắng mặt
staff-away-title = Nghỉ làm
staff-away-explain = Khi bạn vắng mặt, tin nhắn lâm sàng được giao cho bạn sẽ chuyển đến đồng nghiệp thay bạn; tin nhắn về lịch hẹn và thanh toán sẽ trả về nhóm của bạn. Lịch vắng mặt tự kết thúc sau ngày cuối cùng.
staff-away-from = Ngày đầu vắng mặt
staff-away-to = Ngày cuối vắng mặt
staff-away-cover = Người thay bạn
staff-away-no-cover = Không ai (tin nhắn trả về nhóm)
staff-away-add = Lưu lịch vắng mặt
staff-away-mine = Lịch vắng mặt của bạn
staff-away-none = Bạn chưa có lịch vắng mặt nào.
staff-away-cancel = Hủy lịch vắng mặt này
staff-away-team = Ai vắng mặt
staff-away-nobody = Không ai vắng mặt.
# $name: who is away; $from, $to: the first and last days; $cover: who covers
staff-away-row = { $name }: từ { $from } đến { $to }
staff-away-row-cover = { $name }: từ { $from } đến { $to }, { $cover } thay
staff-away-wrong-dates = Hãy kiểm tra ngày: ngày cuối không được trước ngày đầu hoặc đã qua, và mỗi lần vắng mặt dài tối đa một năm.
staff-away-wrong-cover = Hãy chọn một người khác trong nhóm chăm sóc để thay bạn.
staff-away-loop = Đồng nghiệp đó cũng vắng mặt vào thời gian này, và bạn đang thay họ: hãy chọn người khác.
# $away: the clinician who is away; $until: their last day away; $cover: who answers meanwhile
thread-covering = Trong thời gian { $away } vắng mặt (đến { $until }), { $cover } sẽ trả lời tin nhắn của quý vị.
staff-reports-all-teams = Tất cả các nhóm

# Staff passkeys (/staff/passkeys, /staff/signin).
staff-passkeys-title = Khóa truy cập
staff-passkeys-explain = Đăng nhập vào các trang của nhóm chăm sóc bằng khuôn mặt, vân tay, khóa màn hình hoặc khóa bảo mật thay vì liên kết gửi qua email. Mỗi khóa truy cập chỉ thuộc về riêng bạn.
staff-passkeys-stale = Để thêm hoặc xóa khóa truy cập, trước tiên hãy đăng nhập lại: việc này phải diễn ra trong vòng 20 phút sau khi đăng nhập.
staff-passkey-added = Đã thêm khóa truy cập. Lần sau hãy đăng nhập bằng khóa này.
staff-passkey-removed = Đã xóa khóa truy cập. Khóa này không còn đăng nhập được nữa.
staff-signin-passkey-explain = Nếu bạn đã thêm khóa truy cập, hãy dùng khuôn mặt, vân tay, khóa màn hình hoặc khóa bảo mật.
staff-passkey-unknown = Khóa truy cập này không đăng nhập được vào nhóm chăm sóc nào ở đây (có thể đã bị xóa). Thay vào đó, hãy đăng nhập bằng email công việc của bạn.
staff-passkey-not-verified = Thiết bị của bạn không xác nhận đó là bạn (khuôn mặt, vân tay, mã PIN hoặc khóa màn hình). Bạn chưa được đăng nhập.
# $name: the staff member; $clinic: the clinic's name
email-subject-staff-passkey-added = { $clinic }: đã thêm khóa truy cập vào thông tin đăng nhập của bạn
email-staff-passkey-added = { $name }, một khóa truy cập đã được thêm để đăng nhập vào các trang của nhóm chăm sóc tại { $clinic }. Nếu không phải bạn, hãy báo ngay cho quản trị viên của phòng khám.
email-subject-staff-passkey-removed = { $clinic }: đã xóa khóa truy cập khỏi thông tin đăng nhập của bạn
email-staff-passkey-removed = { $name }, một khóa truy cập đã bị xóa khỏi thông tin đăng nhập của bạn vào các trang của nhóm chăm sóc tại { $clinic }. Khóa này không còn đăng nhập được nữa. Nếu không phải bạn, hãy báo ngay cho quản trị viên của phòng khám.
# $names: colleagues who opened the conversation in the last minutes, each with the time
staff-viewing = Cũng đang xem: { $names }
# $line: the crisis line the clinic names, as dialled
red-flag-crisis = Nếu quý vị đang nghĩ đến việc tự làm hại mình, hãy gọi hoặc nhắn tin đến { $line } ngay, bất kể giờ nào.
# $channel: staff-contact-sms or staff-contact-email; $why: one of the staff-contact-* reasons
staff-step-contact-flagged = { $channel } không còn liên lạc được với bệnh nhân: { $why }. Hãy liên lạc bằng cách khác.
staff-contact-sms = Số di động của họ
staff-contact-email = Địa chỉ email của họ
staff-contact-invalid = nhà cung cấp cho biết không nhận được tin nhắn
staff-contact-opted-out = họ đã yêu cầu không gửi nữa
staff-contact-bouncing = thư gửi đến bị trả lại
staff-assign-to = Giao cho
staff-assign-button = Giao

# The clinic's teams, for its administrators (/staff/admin/teams).
staff-admin-teams-title = Các nhóm
staff-admin-teams-explain = Mỗi tin nhắn của bệnh nhân được chuyển đến một nhóm theo quy tắc định tuyến của phòng khám, nếu không thì đến nhóm mặc định. Câu trả lời quá hạn cuối cùng sẽ được chuyển cho trưởng nhóm.
staff-admin-only = Chỉ quản trị viên của phòng khám mới thay đổi được các nhóm của phòng khám.
staff-admin-reauth = Để thay đổi các nhóm của phòng khám, trước tiên hãy đăng nhập lại: thay đổi chỉ được chấp nhận trong vòng 20 phút sau khi đăng nhập.
staff-admin-new-team = Nhóm mới
staff-admin-team-name = Tên
staff-admin-team-lead = Trưởng nhóm
staff-admin-no-lead = Không có trưởng nhóm (quản trị viên đầu tiên của phòng khám)
staff-admin-team-default = Nhóm mặc định (cho tin nhắn không được quy tắc nào chuyển đến)
staff-admin-team-members = Thành viên
staff-admin-save = Lưu
staff-admin-add = Thêm nhóm
staff-admin-saved = Đã lưu.
staff-admin-name-wrong = Mỗi nhóm cần một tên chỉ một dòng, tối đa 200 ký tự, và không trùng với tên của nhóm nào khác trong phòng khám.
# $name: an admin; $url, $id: the endpoint; $when: since when it has accepted no event
email-subject-webhook-disabled = Một điểm nhận sự kiện đã bị tắt
email-webhook-disabled = { $name }, Portico đã ngừng gửi sự kiện tới { $url } (điểm nhận { $id }): nó không nhận sự kiện nào kể từ { $when }, dù đã thử lại hơn một ngày. Hãy sửa bên nhận, rồi bật lại bằng PATCH /api/v1/webhooks/{ $id } với "enabled": true.

# The patient's own trail (/p/activity): what they and the people who help them did here.
activity-heading = Ai đã mở hồ sơ của quý vị
activity-explain = Mọi việc quý vị và những người quý vị cho phép giúp mình đã làm ở đây, mới nhất ở trên cùng. Phòng khám của quý vị cũng lưu giữ bản ghi giống như vậy.
activity-none = Chưa có gì.
activity-older = Cũ hơn
activity-newest = Quay lại mục mới nhất
activity-you = Quý vị
# $name: the caregiver, as the patient named them
activity-caregiver = { $name }, người giúp quý vị
activity-someone = Một người giúp quý vị
# How the person had proved who they are.
activity-auth-link = bằng liên kết chúng tôi đã gửi
activity-auth-code = bằng mã chúng tôi đã gửi
activity-auth-passkey = bằng khóa truy cập
activity-auth-link-code = bằng liên kết chúng tôi đã gửi và một mã
activity-auth-link-birth-date = bằng liên kết chúng tôi đã gửi và ngày sinh của quý vị
activity-auth-code-birth-date = bằng mã chúng tôi đã gửi và ngày sinh của quý vị
activity-auth-sms = bằng tin nhắn gửi từ điện thoại của quý vị
# What they did.
activity-link-redeemed = Đã mở một liên kết từ phòng khám
activity-link-code-used = Đã đăng nhập bằng mã
activity-link-renewed = Đã xin liên kết mới
activity-step-up-code-sent = Đã xin mã để xác minh danh tính
activity-step-up-passed = Đã xác minh danh tính
activity-step-up-failed = Một lần thử xác minh danh tính không khớp
activity-passkey-signed-in = Đã đăng nhập bằng khóa truy cập
activity-passkey-registered = Đã thêm khóa truy cập
activity-passkey-renamed = Đã đổi tên một khóa truy cập
activity-passkey-removed = Đã xóa một khóa truy cập
activity-passkey-refused = Một khóa truy cập không được chấp nhận
activity-passkey-possible-clone = Một khóa truy cập đã được dùng theo cách cho thấy có thể có bản sao của nó
activity-appointment-confirmed = Đã xác nhận một lịch hẹn
activity-appointment-cancelled = Đã hủy một lịch hẹn
activity-appointment-reschedule-requested = Đã xin đổi sang giờ khác cho một lịch hẹn
activity-message-received = Đã gửi tin nhắn cho phòng khám
activity-message-red-flag = Một tin nhắn đã được đánh dấu khẩn cấp cho nhóm chăm sóc
activity-refill-requested = Đã xin lấy thêm thuốc
activity-refill-visit-requested = Đã xin hẹn khám về việc lấy thêm thuốc
activity-patient-settings = Đã thay đổi cài đặt
activity-contact-change-started = Đã bắt đầu đổi số điện thoại hoặc email
activity-contact-changed = Đã đổi số điện thoại hoặc email
activity-contact-opted-out = Đã yêu cầu không nhận thêm tin nhắn điện thoại
activity-contact-opted-in = Đã yêu cầu nhận lại tin nhắn điện thoại
activity-patient-unsubscribed = Đã ngừng nhận email chỉ với một cú nhấp
activity-grant-invited = Đã mời một người giúp
activity-grant-revoked = Đã thu hồi quyền của một người
activity-grant-accepted = Đã chấp nhận lời mời giúp của quý vị
activity-grant-appointments-viewed = Đã xem các lịch hẹn của quý vị
activity-grant-messages-viewed = Đã đọc tin nhắn của quý vị
activity-grant-refills-viewed = Đã xem các yêu cầu lấy thêm thuốc của quý vị
activity-grant-message-sent = Đã gửi tin nhắn thay cho quý vị
activity-grant-copies-started = Đã bật gửi bản sao lời nhắc cho một người giúp quý vị
activity-grant-copies-stopped = Đã tắt gửi bản sao lời nhắc cho một người giúp quý vị
activity-grant-appointment-confirmed = Đã xác nhận một lịch hẹn thay cho quý vị
activity-grant-appointment-cancelled = Đã hủy một lịch hẹn thay cho quý vị
activity-grant-refill-requested = Đã xin lấy thêm thuốc thay cho quý vị
activity-grant-teen-restored = Đã cho cha mẹ được xem nhiều hơn trở lại
activity-grant-teen-withdrawn = Đã thu hồi những gì cha mẹ được xem
activity-grant-link-opened = Đã mở liên kết trong một lời nhắc gửi cho họ
activity-grant-link-refused = Liên kết trong một lời nhắc gửi cho họ đã bị từ chối
activity-messages-viewed = Đã đọc tin nhắn của quý vị
activity-refills-viewed = Đã xem các yêu cầu lấy thêm thuốc của quý vị
activity-other = Đã dùng hồ sơ của quý vị
# Settings and the caregivers page link to the trail.
activity-link = Ai đã mở hồ sơ của quý vị
# A parent's grant once the child reaches the clinic's age for privacy. $name: the patient; $age: their age
caregiver-teen-private = Từ khi tròn { $age } tuổi, { $name } là người duy nhất được đọc tin nhắn của mình. Bạn vẫn có thể viết cho nhóm chăm sóc thay mặt { $name }.
# A caregiver signing in again (/p/for/sign-in).
caregiver-sign-in-heading = Đăng nhập để giúp người khác
caregiver-sign-in-explain = Nhập số di động hoặc email bạn đã dùng để chấp nhận lời mời, chúng tôi sẽ gửi mã đến đó.
caregiver-sign-in-contact = Số di động hoặc email của bạn
caregiver-sign-in-send = Gửi mã cho tôi
caregiver-sign-in-sent = Nếu bạn đã chấp nhận lời mời bằng số điện thoại hoặc email đó, mã đang được gửi đến. Mã dùng được trong 10 phút.
caregiver-sign-in-code = Mã chúng tôi đã gửi
caregiver-sign-in-button = Đăng nhập
caregiver-sign-in-more = Liên kết trong lời nhắc mà bạn đã mở chỉ hiển thị các lịch hẹn của lời nhắc đó. Hãy đăng nhập để xem mọi việc bạn có thể làm.
caregiver-link-heading = Lời nhắc cho người bạn giúp
caregiver-link-explain = Mở ra để xem các lịch hẹn, và để xác nhận, hủy hoặc xin đổi sang giờ khác.
caregiver-link-open = Xem các lịch hẹn
caregiver-link-dead-heading = Liên kết này không còn dùng được
caregiver-link-dead-explain = Liên kết đã được dùng hoặc đã hết hạn, hoặc quyền truy cập dùng để gửi liên kết đã kết thúc. Bạn vẫn có thể đăng nhập bằng số điện thoại hoặc email mà bạn đã nhận lời mời.
caregiver-link-sign-in = Đăng nhập để giúp người khác
caregiver-settings-heading = Tin nhắn điện thoại và email chúng tôi gửi bạn
caregiver-settings-explain = Lời nhắc bạn nhận cho những người bạn giúp, và thông báo chúng tôi gửi bạn, sẽ đến bằng ngôn ngữ này, và không bao giờ vào ban đêm ở nơi bạn sống.
caregiver-settings-zone = Nơi bạn sống (múi giờ)
caregiver-settings-zone-unsaid = Chưa cho biết: múi giờ của người bạn giúp
caregiver-settings-save = Lưu
caregiver-settings-saved = Đã lưu.
caregiver-passkeys-stale = Để thêm hoặc xóa khóa truy cập, trước tiên hãy đăng xuất rồi đăng nhập lại: việc này có thể thực hiện trong vòng 20 phút sau khi đăng nhập.
caregiver-passkey-unknown = Khóa truy cập này không mở trang của người nào bạn giúp ở đây (có thể đã bị xóa). Thay vào đó, bạn có thể đăng nhập bằng mã.
email-subject-caregiver-passkey-added = { $clinic }: đã thêm khóa truy cập vào thông tin đăng nhập của bạn
caregiver-passkey-added-notice = { $clinic }: đã thêm khóa truy cập để đăng nhập khi giúp người khác. Nếu không phải bạn, hãy gọi { $phone }.
email-subject-caregiver-passkey-removed = { $clinic }: đã xóa khóa truy cập khỏi thông tin đăng nhập của bạn
caregiver-passkey-removed-notice = { $clinic }: đã xóa một khóa truy cập bạn dùng để đăng nhập khi giúp người khác. Khóa này không còn đăng nhập được nữa. Nếu không phải bạn, hãy gọi { $phone }.
signin-caregiver-link = Bạn đang giúp ai đó? Đăng nhập tại đây
# Thirty days before a parent's grant changes with the child's age: to the parent and to the child.
# $clinic; $date: the day it changes; $patient: the child; $caregiver: the parent; $age: the age then
email-subject-growing-up = Thay đổi về người có thể xem hồ sơ của bạn
growing-up-narrows-parent = { $clinic }: ngày { $date }, { $patient } tròn { $age } tuổi. Từ đó, bạn vẫn xem được lịch hẹn và có thể viết cho nhóm chăm sóc thay mặt con, nhưng tin nhắn và yêu cầu lấy thêm thuốc sẽ chỉ dành riêng cho con.
growing-up-narrows-teen = { $clinic }: ngày { $date }, bạn tròn { $age } tuổi. Từ đó, { $caregiver } vẫn xem được lịch hẹn và có thể viết cho nhóm chăm sóc thay mặt bạn, nhưng không còn đọc được tin nhắn hay yêu cầu lấy thêm thuốc của bạn.
growing-up-ends-parent = { $clinic }: ngày { $date }, { $patient } tròn 18 tuổi và quyền truy cập của bạn vào hồ sơ của con sẽ kết thúc. Nếu bạn là người đại diện hợp pháp của con, hãy đề nghị phòng khám ghi nhận việc này.
growing-up-ends-teen = { $clinic }: ngày { $date }, bạn tròn 18 tuổi, và { $caregiver } sẽ không còn xem được hồ sơ của bạn nữa.
