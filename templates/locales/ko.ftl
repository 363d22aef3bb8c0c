# Portico — 한국어 (ko). en.ftl을 번역한 파일이며, 키는 en.ftl과 똑같습니다.
# 상태: 환자에게 보여 주기 전에 한국어가 모국어인 의료진의 검토를 기다리고 있습니다.
# Status: awaits review by a native-speaking clinician before patients see it.
# 모든 언어의 규칙: 문자와 이메일에는 건강 정보를 넣지 않습니다. 문자는 짧게 씁니다.
# { $variables }는 그대로 두어야 합니다.
# Rules for every locale: no health details in SMS or email; keep SMS lines short;
# { $variables } must stay as they are.

## 언어 (The language itself)
language-name = 한국어
# "ltr" or "rtl"
language-direction = ltr
switcher-label = 언어

## 날짜와 시간 (Dates and times, built by Portico from these parts)
weekday-1 = 월요일
weekday-2 = 화요일
weekday-3 = 수요일
weekday-4 = 목요일
weekday-5 = 금요일
weekday-6 = 토요일
weekday-7 = 일요일
weekday-short-1 = 월
weekday-short-2 = 화
weekday-short-3 = 수
weekday-short-4 = 목
weekday-short-5 = 금
weekday-short-6 = 토
weekday-short-7 = 일
month-1 = 1월
month-2 = 2월
month-3 = 3월
month-4 = 4월
month-5 = 5월
month-6 = 6월
month-7 = 7월
month-8 = 8월
month-9 = 9월
month-10 = 10월
month-11 = 11월
month-12 = 12월
month-short-1 = 1월
month-short-2 = 2월
month-short-3 = 3월
month-short-4 = 4월
month-short-5 = 5월
month-short-6 = 6월
month-short-7 = 7월
month-short-8 = 8월
month-short-9 = 9월
month-short-10 = 10월
month-short-11 = 11월
month-short-12 = 12월
time-am = 오전
time-pm = 오후
# $h12 (1–12), $h24 (0–23), $hh24 (00–23), $mm (00–59), $ampm (time-am or time-pm)
time-of-day = { $ampm } { $h12 }:{ $mm }
# $weekday, $month, $day, $year, $time
date-long = { $year }년 { $month } { $day }일 ({ $weekday })
datetime-long = { $year }년 { $month } { $day }일 ({ $weekday }) { $time }
# Used in SMS: as short as the language allows. $weekday, $month are the short forms.
datetime-short = { $month } { $day }일({ $weekday }) { $time }
minutes = { $count ->
   *[other] { $count }분
}

## 문자와 이메일 (SMS and email)
sms-link-signin = { $clinic }: 로그인 링크입니다. { $url } 수신거부: STOP 회신
sms-link-appointment = { $clinic }: 예약을 보고 확인해 주세요. { $url } 수신거부: STOP 회신
sms-link-thread = { $clinic }: 새 메시지가 있습니다. { $url } 수신거부: STOP 회신
sms-link-refill = { $clinic }: 재처방 요청입니다. { $url } 수신거부: STOP 회신
sms-link-settings = { $clinic }: 내 설정입니다. { $url } 수신거부: STOP 회신
sms-reminder = { $clinic }: { $when } 진료 예약. 확인·변경: { $url } 수신거부: STOP 회신
# The reminder that also says how to answer by reply, sent when it fits the
# message's segment budget; $yes and $no are reply-word-confirm and reply-word-cancel.
sms-reminder-reply = { $clinic }: { $when } 진료 예약. 확인은 { $yes }, 취소는 { $no } 회신. 변경: { $url } 수신거부: STOP 회신
# One SMS for the visits of several patients who share a phone: no names, only times.
sms-household = { $clinic }: 진료 예약 { $count }건: { $whens }. 열기: { $url } 수신거부: STOP 회신
sms-cancellation = { $clinic }: { $when } 진료가 취소되었습니다. 자세히: { $url } 수신거부: STOP 회신
# A caregiver's copy of a patient's reminder: no name of the patient, the caregiver's own page.
sms-copy-reminder = { $clinic }: 도와드리는 분의 { $when } 진료 예약. 보기: { $url } 이 알림 수신거부: STOP 회신
sms-copy-cancellation = { $clinic }: 도와드리는 분의 { $when } 진료가 취소되었습니다. 보기: { $url } 이 알림 수신거부: STOP 회신
sms-message-alert = { $clinic }: 새 메시지가 있습니다. 보기: { $url } 수신거부: STOP 회신
sms-refill-update = { $clinic }: 재처방 요청 상태가 바뀌었습니다. 보기: { $url } 수신거부: STOP 회신
sms-step-up-code = { $clinic }: 인증 코드는 { $code }입니다. 10분 후 만료됩니다. 다른 사람에게 알려 주지 마세요.
sms-contact-confirm = { $clinic }: 이 번호 확인 코드는 { $code }입니다. 10분 후 만료됩니다.
sms-contact-changed = { $clinic }: 메시지를 받는 전화번호가 바뀌었습니다. 본인이 바꾼 것이 아니면 { $phone }에 전화해 주세요.
email-subject-signin = { $clinic }: 로그인 링크
email-subject-appointment = { $clinic }: 내 예약
email-subject-thread = { $clinic }: 새 메시지가 있습니다
email-subject-refill = { $clinic }: 재처방 요청
email-subject-settings = { $clinic }: 내 설정
email-subject-reminder = { $clinic }: 예약 알림
email-subject-cancellation = { $clinic }: 예약이 취소되었습니다
email-subject-copy-reminder = { $clinic }: 도와드리는 분의 예약 알림
email-subject-copy-cancellation = { $clinic }: 도와드리는 분의 예약이 취소되었습니다
email-subject-message-alert = { $clinic }: 새 메시지가 있습니다
email-subject-refill-update = { $clinic }: 재처방 요청 상태가 바뀌었습니다
email-subject-step-up-code = { $clinic }: 인증 코드
email-subject-contact-confirm = { $clinic }: 이메일 주소를 확인해 주세요
email-subject-contact-changed = { $clinic }: 연락처가 바뀌었습니다
email-hello = { $name } 님, 안녕하세요.
email-what-signin = 로그인 링크입니다
email-what-appointment = 예약을 보고 확인해 주세요
email-what-thread = 새 메시지가 있습니다
email-what-refill = 재처방 요청을 확인해 주세요
email-what-settings = 설정을 열어 주세요
email-what-reminder = { $when }에 진료 예약이 있습니다. 확인하거나 변경해 주세요
email-what-cancellation = { $when } 진료가 취소되었습니다
email-what-copy-reminder = 도와드리는 분께 { $when }에 진료 예약이 있습니다. 확인해 주세요
email-what-copy-cancellation = 도와드리는 분의 { $when } 진료가 취소되었습니다. 확인해 주세요
email-copy-why = 도와드리는 분이 예약 알림을 함께 보내 달라고 요청하셔서 이 메일을 받으셨습니다. 더 이상 받지 않으려면 링크를 열고 “이 예약 알림 그만 받기”를 선택하세요.
email-what-message-alert = 새 메시지가 있습니다. 읽어 주세요
email-what-refill-update = 재처방 요청 상태가 바뀌었습니다
email-open-button = 열기
email-link-note = 이 링크는 한 번만 쓸 수 있고, 시간이 지나면 만료됩니다. 만료되었더라도 일단 열어서 새 링크를 요청해 주세요.
email-call = 직원과 통화하려면 { $phone }에 전화해 주세요.
email-after-hours = 진료 시간 외에는 { $phone }로 전화하세요.
email-step-up-code = 인증 코드는 { $code }입니다. 10분 후 만료됩니다. 누구에게도 알려 주지 마세요.
email-contact-confirm = 이 이메일 주소 확인 코드는 { $code }입니다. 10분 후 만료됩니다.
email-contact-changed = { $clinic }의 메시지를 받는 이메일 주소가 바뀌었습니다. 본인이 바꾼 것이 아니면 { $phone }에 전화해 주세요.
email-code = 링크가 열리지 않거나 다른 기기에서 보고 계신가요? { $url }에 접속한 뒤 다음 코드를 입력해 주세요: { $code }

## 받은 문자에 대한 답장 (Replies to inbound texts)
# Words a patient may text back, comma-separated, matched without regard to case or accents.
inbound-confirm = 예, 네, 확인
inbound-cancel = 아니요, 아니오, 취소
inbound-help = 도움, 도움말
inbound-stop = 중지, 수신거부, 수신 거부
inbound-start = 시작
reply-confirmed = 감사합니다. 예약이 확인되었습니다.
reply-cancelled = 예약이 취소되었습니다. 다른 시간으로 예약하려면 병원에 전화해 주세요.
reply-no-appointment = 이 번호로 된 다가오는 예약을 찾지 못했습니다. 병원에 전화해 주세요.
reply-unknown-number = 이 번호는 병원에 등록되어 있지 않습니다. 다니시는 병원에 전화해 주세요.
reply-unknown-number-kept = 감사합니다. 등록되지 않은 번호라서 병원에서 메시지를 읽지만 문자로 답장하지 못할 수 있습니다. 급한 일이면 병원에 전화해 주세요.
reply-acknowledged = 감사합니다. 의료진이 메시지를 읽고 최대한 빨리 답장을 드립니다.
# $when: the promised reply time, in the patient's time zone
reply-acknowledged-by = 감사합니다. 의료진이 메시지를 읽고 { $when }까지 답장을 드립니다.
reply-help-call = { $clinic }: { $phone }에 전화해 주세요.
reply-help-after-hours = 진료 시간 외: { $phone }.
reply-help-stop = 수신을 원하지 않으시면 STOP이라고 회신해 주세요.
# The words reminders name: each must be in inbound-confirm / inbound-cancel, and
# the cancel word must not be one carriers take as an opt-out (STOP, CANCEL, END, QUIT, ...).
reply-word-confirm = 확인
reply-word-cancel = 취소
# When a reply could mean several visits: $choices lists reply-choice items.
reply-which-confirm = 확인할 예약의 번호로 회신해 주세요. { $choices }
reply-which-cancel = 취소할 예약의 번호로 회신해 주세요. { $choices }
reply-choice = { $when }: { $number }번
reply-choice-unknown = 1부터 { $count }까지의 번호로 회신해 주세요.
reply-unmatched-clinic = 이 메시지가 어느 병원에 보내신 것인지 알 수 없습니다. 다니시는 병원에 전화해 주세요.

## 모든 페이지 (Every page)
page-sign-out = 로그아웃
page-signed-out = 로그아웃되었습니다
page-signed-out-explain = 다시 들어오려면 병원에서 보낸 가장 최근 링크를 열어 주세요.
page-home-link = 홈
page-settings-link = 설정
page-call = 궁금한 점이 있으신가요? { $phone }에 전화해 주세요.
page-problem-heading = 다시 시도해 주세요
page-csrf-explain = 이 요청이 이 페이지에서 온 것인지 확인하지 못했습니다.
page-form-explain = 입력하신 양식을 읽지 못했습니다.
page-error-heading = 저희 쪽에 문제가 생겼습니다
page-error-explain = 1분 뒤에 다시 시도해 주세요. 계속 문제가 생기면 병원에 전화해 주세요.
page-conflict-heading = 이미 처리되었습니다
page-conflict-explain = 이미 저장된 것 같습니다. 뒤로 돌아가 페이지를 새로 고쳐 현재 상태를 확인해 주세요.
page-not-found-heading = 페이지를 찾지 못했습니다
page-not-found-explain = 병원에서 보낸 가장 최근 링크를 열거나 병원에 전화해 주세요.
page-session-heading = 링크를 다시 열어 주세요
page-session-explain = 정보를 안전하게 지키기 위해 접속이 끝났습니다. 병원에서 보낸 가장 최근 링크를 열어 주세요.
page-code = 코드: { $code }

## 첫 화면과 링크 (Landing and links)
landing-signin-heading = 로그인
landing-signin-explain = 버튼을 누르면 병원에서 만든 내 페이지가 열립니다.
landing-signin-button = 계속
landing-appointment-heading = 내 예약
landing-appointment-explain = 방문하실 예정인가요? 한 번만 눌러 확인하시거나, 먼저 자세한 내용을 보고 변경하거나 취소하세요.
landing-appointment-see = 보기 또는 변경
landing-thread-heading = 새 메시지가 있습니다
landing-thread-explain = 버튼을 눌러 의료진이 보낸 메시지를 열어 주세요.
landing-thread-button = 내 메시지 열기
landing-refill-heading = 내 재처방 요청
landing-refill-explain = 버튼을 눌러 재처방 요청을 확인해 주세요.
landing-refill-button = 내 요청 보기
landing-settings-heading = 내 설정
landing-settings-explain = 버튼을 눌러 설정을 열어 주세요.
landing-settings-button = 내 설정 열기
landing-household-heading = 가족의 진료 예약
landing-household-explain = 이 전화번호에는 여러 사람의 진료 예약이 있습니다. 버튼을 눌러 확인하세요. 각 예약은 해당하는 분의 생년월일을 입력하면 열립니다.
landing-household-button = 예약 보기
## Visits of several patients who share a phone: times only until a date of birth says whose.
household-heading = 이 전화번호의 진료 예약
household-explain = 예약을 열려면 해당하는 분의 생년월일을 입력하세요.
household-visit = { $when } 진료 예약
household-birth-date = 이 예약에 해당하는 분의 생년월일
household-open = 이 예약 열기
household-wrong = 생년월일이 이 예약과 일치하지 않습니다. 확인 후 다시 시도해 주세요.
household-locked = 잘못된 생년월일을 너무 많이 입력했습니다. 병원에 전화해 주세요.
household-off = 이 병원은 더 이상 생년월일로 예약을 열지 않습니다. 병원에 전화해 주세요.
household-gone = 이 예약은 더 이상 열 수 없습니다.
landing-once = 이 링크는 한 번만 쓸 수 있습니다. 받을 줄 몰랐던 링크라면 무시하셔도 됩니다.
landing-code-heading = 다른 기기에서 여시나요?
landing-code-where = 그 기기에서 { $url }에 접속한 뒤 이 코드를 입력해 주세요:
link-used-heading = 이미 사용한 링크입니다
link-used-explain = 정보를 안전하게 지키기 위해 링크는 한 번만 쓸 수 있습니다. 새 링크를 보내 드릴 수 있습니다.
link-expired-heading = 만료된 링크입니다
link-expired-explain = 정보를 안전하게 지키기 위해 링크는 시간이 지나면 쓸 수 없게 됩니다. 새 링크를 보내 드릴 수 있습니다.
link-revoked-heading = 더 이상 쓸 수 없는 링크입니다
link-revoked-explain = 병원에서 더 새로운 링크를 보냈거나 이 링크를 사용 중지했습니다. 새 링크를 보내 드릴 수 있습니다.
link-bad-heading = 작동하지 않는 링크입니다
link-bad-explain = 링크가 일부만 복사되었을 수 있습니다. 연락받을 곳을 알려 주시면, 병원에 정보가 있는 경우 새 링크를 보내 드립니다.
link-reopen-explain = 이 요청이 이 페이지에서 온 것인지 확인하지 못했습니다. 받은 메시지에 있는 링크를 다시 열어 주세요.
link-send-new = 새 링크 보내기
link-send-new-note = 병원에 등록된 휴대폰이나 이메일로 보내 드립니다.
link-contact-label = 휴대폰 번호(국가 번호 포함, 예: +1 312 555 0142) 또는 이메일
link-sent-heading = 휴대폰이나 이메일을 확인해 주세요
link-sent-explain = 병원에 연락처가 등록되어 있다면 새 링크가 가고 있습니다. 도착하기까지 1분 정도 걸릴 수 있습니다.
link-wait-heading = 잠시 기다려 주세요
link-wait-explain = 사용 중인 네트워크에서 요청이 너무 많이 왔습니다. 1시간 뒤에 다시 시도하거나 병원에 전화해 주세요.
link-check-heading = 입력한 내용을 확인해 주세요
link-check-explain = +와 국가 번호로 시작하는 휴대폰 번호(예: +1 312 555 0142)나 이메일 주소를 입력해 주세요.
link-bad-code = 메시지에 코드도 있나요? 여기에 입력해 주세요.

## 코드(/c): 열리지 않는 링크 대신
code-heading = 코드 입력
code-explain = 링크가 담긴 메시지에는 7KQM-3XTR 같은 코드도 있습니다. 이 기기에서 페이지를 열려면 여기에 입력해 주세요.
code-label = 코드(영문자와 숫자 8자)
code-button = 계속
code-note = 코드는 링크처럼 한 번만 쓸 수 있고, 링크가 만료될 때까지만 쓸 수 있습니다.
code-format = 올바른 코드가 아닙니다. 코드는 7KQM-3XTR처럼 영문자와 숫자 8자입니다.
code-wrong = 코드가 맞지 않습니다. 확인한 뒤 다시 입력해 주세요. 5번 틀리면 코드를 더 이상 쓸 수 없습니다.
code-used-heading = 이미 사용된 코드입니다
code-used-explain = 코드와 링크는 둘을 합쳐 한 번만 쓸 수 있는데, 둘 중 하나가 이미 사용되었습니다. 새 링크를 보내 드릴 수 있습니다.
code-expired-heading = 만료된 코드입니다
code-expired-explain = 코드는 링크를 쓸 수 있는 동안만 쓸 수 있는데, 그 링크가 만료되었습니다. 새 링크를 보내 드릴 수 있습니다.
code-locked-heading = 더 이상 쓸 수 없는 코드입니다
code-locked-explain = 너무 여러 번 잘못 입력되어, 정보를 안전하게 지키기 위해 이 코드를 막았습니다. 메시지에 있는 링크를 열거나 새 링크를 요청해 주세요.
code-paused-explain = 잘못된 입력이 많아 지금은 코드를 잠시 쓸 수 없습니다. 메시지에 있는 링크를 열거나 한 시간 뒤에 다시 시도해 주세요.

## 홈 (Home)
home-hello = { $name } 님, 안녕하세요
home-upcoming = 다가오는 예약
home-none = 다가오는 예약이 없습니다.
home-with = 담당: { $provider }
home-messages = 의료진과 주고받은 메시지
home-refills = 재처방 요청

## 예약 (Appointment)
appointment-heading = 내 예약
appointment-when = 일시
appointment-duration = 소요 시간
appointment-where = 장소
appointment-map = 지도
appointment-with = 담당
appointment-status = 상태
appointment-bring = 가져올 것
appointment-bring-default = 사진이 있는 신분증, 보험 카드, 지금 드시는 약 목록을 가져와 주세요.
status-scheduled = 예약됨
status-confirmed = 확인됨
status-cancelled = 취소됨
appointment-confirm = 예약대로 방문하겠습니다
appointment-cancel-legend = 이 예약 취소하기
reason-feeling-better = 몸이 나아졌습니다
reason-conflict = 다른 일정이 있습니다
reason-transport = 갈 방법이 없습니다
reason-other = 다른 이유
appointment-cancel = 예약 취소
appointment-another-time-label = 다른 시간이 필요합니다 (선택: 편한 시간)
appointment-another-time = 다른 시간 요청하기
appointment-calendar = 내 캘린더에 추가
calendar-summary = { $clinic } 진료 예약
appointment-all = 내 예약 전체
appointment-done-confirmed = 감사합니다. 예약이 확인되었습니다.
appointment-done-cancelled = 예약이 취소되었습니다. 새로 예약하고 싶으시면 언제든지 병원에 전화해 주세요.
appointment-done-requested = 요청을 의료진에게 보냈습니다. 다른 시간을 정하기 위해 연락을 드릴 것입니다.
appointment-done-already-confirmed = 이 예약은 이미 확인되었습니다. 감사합니다.
appointment-done-cancelled-cannot-confirm = 이 예약은 취소되어 더 이상 확인할 수 없습니다. 새로 예약하시려면 병원에 전화해 주세요.
appointment-done-passed-cannot-confirm = 이 예약은 이미 시작되었거나 지나서 더 이상 확인할 수 없습니다.
appointment-done-confirm-failed = 지금은 예약을 확인하지 못했습니다. 잠시 후 다시 시도해 주세요.

## 메시지 (Messages)
thread-heading = 의료진과 주고받은 메시지
thread-empty = 아직 메시지가 없습니다.
thread-reply-label = 의료진에게 메시지 쓰기
thread-reply-hint = 최대 2,000자입니다. 응급 상황에는 사용하지 마세요. 911이나 지역 응급 번호로 전화해 주세요.
thread-send = 보내기
thread-sent = 메시지를 보냈습니다. 의료진이 최대한 빨리 답장을 드립니다.
# $when: the promised reply time, in the patient's time zone
thread-sent-by = 메시지를 보냈습니다. 의료진이 { $when }까지 답장을 드립니다.
thread-check-heading = 메시지를 확인해 주세요
thread-empty-message = 메시지가 비어 있습니다.
thread-long-message = 메시지가 너무 깁니다 (최대 2,000자).

## 본인 확인 (Step-up)
step-up-heading = 본인 확인
step-up-explain = 이 페이지에는 건강 정보가 있을 수 있습니다. 정보를 보호하기 위해, 보여 드리기 전에 본인인지 확인합니다.
step-up-locked = 안전을 위해 본인 확인을 잠시 멈췄습니다. 병원에 전화해 주세요.
step-up-code-label = { $destination }에 보낸 6자리 코드를 입력해 주세요
step-up-continue = 계속
step-up-send-code = { $destination }에 코드 보내기
step-up-birth-date-label = 또는 생년월일을 입력해 주세요
step-up-ways-code = { $channel ->
    [sms] 휴대폰 번호 { $destination }(으)로 코드를 문자로 보내 드립니다.
   *[email] { $destination }(으)로 코드를 이메일로 보내 드립니다.
}
step-up-ways-code-or-birth-date = { $channel ->
    [sms] 휴대폰 번호 { $destination }(으)로 코드를 문자로 보내 드리거나, 생년월일을 입력하셔도 됩니다.
   *[email] { $destination }(으)로 코드를 이메일로 보내 드리거나, 생년월일을 입력하셔도 됩니다.
}
step-up-ways-birth-date = 계속하려면 생년월일을 입력해 주세요.
step-up-birth-date-only-label = 생년월일
step-up-no-way-off = 연락할 수 있는 방법이 하나뿐이고, 이 병원은 이 확인에 생년월일을 사용하지 않습니다. 병원에 전화하여 기록에 두 번째 전화번호나 이메일 주소를 추가해 달라고 요청해 주세요. 그러면 코드를 보내 드릴 수 있습니다.
step-up-no-way-no-birth-date = 연락할 수 있는 방법이 하나뿐이고, 기록에 생년월일이 없습니다. 병원에 전화하여 기록에 생년월일이나 두 번째 전화번호 또는 이메일 주소를 추가해 달라고 요청해 주세요.
step-up-no-second = 코드를 보낼 다른 연락처가 없습니다.
step-up-too-many-codes = 이미 코드를 여러 번 보냈습니다. 1시간 기다리시거나 병원에 전화해 주세요.
step-up-send-failed = 지금은 코드를 보내지 못했습니다. 1분 뒤에 다시 시도해 주세요.
step-up-too-many-tries = 시도 횟수가 너무 많습니다. 1시간 기다리시거나 병원에 전화해 주세요.
step-up-code-wrong = 코드가 맞지 않거나 만료되었습니다.
step-up-birth-date-wrong = 입력하신 날짜가 기록과 맞지 않습니다.
## 재처방 (Refills)
refills-heading = 재처방 요청
refills-new = 재처방 요청하기
refills-pick = 어떤 약인가요?
refills-other = 다른 약
refills-other-label = 약 이름과 용량 (약 라벨에 적힌 대로)
refills-pharmacy = 어느 약국인가요?
refills-pharmacy-new = 다른 약국 (이름과 지역)
refills-note-label = 의료진이 알아야 할 내용 (선택)
refills-submit = 요청 보내기
refills-yours = 내 요청
refills-none = 아직 재처방을 요청하신 적이 없습니다.
refills-sent = 요청을 받았습니다. 진행되면 알려 드리겠습니다.
refills-need-medicine = 약을 고르거나 약 이름을 적어 주세요.
refills-need-pharmacy = 약국을 고르거나 약국 이름을 적어 주세요.
refill-heading = 재처방 요청
refill-medicine = 약
refill-pharmacy = 약국
refill-timeline = 진행 과정
refill-status-received = 접수됨
refill-status-in-review = 검토 중
refill-status-sent-to-pharmacy = 약국으로 보냄
refill-status-needs-visit = 먼저 진료를 받으셔야 합니다
refill-status-denied = 승인되지 않음: 병원에 전화해 주세요
refill-book-visit = 진료 예약 요청하기
refill-visit-requested = 의료진에게 진료 예약을 요청했습니다. 의료진이 연락을 드릴 것입니다.
refill-all = 내 재처방 요청 전체

## 설정 (Settings)
settings-heading = 내 설정
settings-saved = 설정을 저장했습니다.
settings-language = 메시지와 페이지 언어
settings-channels = 먼저 연락받을 방법
settings-channel-both = 알림은 문자와 이메일 모두로
settings-channel-sms-first = 문자 먼저, 그다음 이메일
settings-channel-email-first = 이메일 먼저, 그다음 문자
settings-channel-sms-only = 문자만
settings-channel-email-only = 이메일만
settings-quiet = 방해 금지 시간 (이 시간에는 메시지를 보내지 않습니다)
settings-quiet-from = 시작
settings-quiet-until = 종료
settings-optout = 받을 메시지
settings-allow-sms = 문자 메시지
settings-allow-email = 이메일
settings-optout-note = 안전과 관련된 일이라면 병원에서 전화로 연락을 드릴 수 있습니다.
settings-save = 설정 저장
settings-contact = 내 전화번호와 이메일
settings-phone = 휴대폰
settings-email = 이메일
settings-change = 변경
settings-new-phone = 새 휴대폰 번호 (국가 번호 포함)
settings-new-email = 새 이메일 주소
settings-confirm-code-label = { $kind ->
    [phone] 새 전화번호로 보낸 6자리 코드를 입력해 주세요
   *[other] 새 이메일 주소로 보낸 6자리 코드를 입력해 주세요
}
settings-confirm = 변경 확인
settings-contact-sent = 새 연락처로 코드를 보냈습니다. 아래에 입력하면 변경이 끝납니다.
settings-contact-changed = 연락처가 바뀌었습니다. 이전 연락처에도 알려 드렸습니다.
settings-contact-invalid = 입력하신 번호나 주소를 확인해 주세요.
settings-contact-same = 이미 등록된 연락처입니다.
settings-contact-code-wrong = 코드가 맞지 않거나 만료되었습니다.
settings-none = 등록되지 않음
settings-quiet-invalid = 방해 금지 시간의 시작과 종료 시간을 모두 골라 주세요.
settings-channels-invalid = 연락 방법을 하나 이상 허용해 주세요.

# The care team's pages and emails (/staff).
staff-signin-title = 의료진 로그인
staff-signin-explain = 업무용 이메일을 입력하세요. 로그인 링크와 6자리 코드를 이메일로 보내 드립니다.
staff-email-label = 업무용 이메일
staff-signin-send = 로그인 링크 받기
staff-signin-sent = 이 주소가 의료진에 속해 있다면 로그인 링크와 코드가 발송되었습니다. 15분 동안 한 번만 사용할 수 있습니다.
staff-code-title = 코드가 있으신가요?
staff-code-explain = 다른 기기에서 이메일을 여셨나요? 업무용 이메일과 6자리 코드를 여기에 입력하세요.
staff-code-label = 6자리 코드
staff-code-submit = 코드로 로그인
staff-code-wrong = 코드가 맞지 않습니다. 확인하시거나 새 이메일을 요청하세요.
staff-too-many = 시도 횟수가 너무 많습니다. 한 시간 후에 새 이메일을 요청하세요.
staff-email-wrong = name@example.org 같은 업무용 이메일을 입력하세요.
staff-link-title = { $clinic }에 로그인
staff-link-explain = 버튼을 눌러 로그인하세요. 링크는 한 번만 사용할 수 있습니다.
staff-link-button = 로그인
staff-link-dead-heading = 이 링크는 더 이상 사용할 수 없습니다
staff-link-dead = 만료되었거나 이미 사용되었습니다. 새 로그인 이메일을 요청하세요.
staff-signin-again = 새 로그인 이메일 요청
staff-invite-title = { $clinic } 의료진에 참여하기
staff-invite-explain = { $name }님, { $role }(으)로 초대되었습니다. 버튼을 눌러 수락하고 로그인하세요.
staff-invite-button = 수락하고 로그인
staff-role-clinician = 의사
staff-role-nurse = 간호사
staff-role-front-desk = 접수
staff-role-admin = 관리자
staff-inbox-title = 받은 편지함
staff-views-label = 받은 편지함 보기
staff-view-needs-reply = 답변 필요
staff-view-overdue = 기한 초과
staff-view-mine = 내 담당
staff-view-unassigned = 미배정
staff-older = 이전 대화
staff-saved-label = 저장된 답장으로 시작
staff-saved-use = 사용
staff-notes-heading = 내부 메모
staff-notes-explain = 의료진만 볼 수 있으며 환자에게는 절대 전송되지 않습니다.
staff-notes-none = 아직 메모가 없습니다.
staff-note-label = 팀을 위한 메모 추가
staff-note-add = 메모 추가
staff-note-wrong = 메모를 입력하세요(최대 4,000자).
staff-urgent = 긴급
staff-reply-held = 보내지 않았습니다: 작성하는 동안 새 메시지가 도착했습니다. 위에서 읽어 보세요. 답장은 그대로 있으니 보내거나 고칠 수 있습니다.
staff-view-open = 열린 대화 전체
staff-view-closed = 종료됨
staff-view-unmatched = 확인되지 않은 문자
staff-inbox-empty = 여기에는 아무것도 없습니다.
staff-signed-in-as = { $clinic }의 { $name }(으)로 로그인됨
staff-sign-out = 로그아웃
staff-status-open = 열림
staff-status-waiting = 환자 응답 대기 중, { $date }에 다시 확인
staff-status-closed = 종료됨
# $when: when the reply is (or was) due, in the clinic's time zone
staff-due = 답변 기한 { $when }
staff-overdue = 기한 초과: 답변 기한은 { $when }이었습니다
staff-assigned-to = 담당: { $name }
staff-unassigned = 담당자 없음
staff-unmatched-from = 보낸 번호: { $phone }
staff-unverified = 공유 번호에서 옴 — 보낸 사람 확인 안 됨
staff-reply-label = { $name }님에게 답장
staff-reply-explain = 환자에게는 링크가 담긴 알림이 가며, 답장 내용은 링크 뒤에서만 보입니다.
staff-reply-send = 답장 보내기
staff-reply-wrong = 제어 문자 없이 4000자 이내로 답장을 쓰세요.
staff-assign-me = 내가 담당하기
staff-wait-label = 다시 확인할 날짜
staff-wait-button = 환자 응답 대기로 표시
staff-close-button = 종료
staff-back-inbox = 받은 편지함으로 돌아가기
staff-date-wrong = 다시 확인할 날짜를 YYYY-MM-DD 형식으로, 오늘 이후로 입력하세요.
email-subject-staff-invite = { $clinic }: 의료진으로 초대되었습니다
email-staff-invite = { $name }님, { $clinic }에서 Portico에서 { $role }(으)로 환자에게 답변하도록 초대했습니다. 7일 안에 초대를 수락하세요: { $link }
email-subject-staff-sign-in = { $clinic }: 로그인 링크
email-staff-sign-in = { $clinic }에 로그인: { $link } — 또는 로그인 페이지에 이 코드를 입력하세요: { $code }. 링크와 코드는 15분 동안 한 번만 사용할 수 있습니다. 로그인을 요청하지 않으셨다면 이 이메일을 무시하세요.
# Passkeys and signing in without a link
footer-signin = 로그인
link-refused-signin = 패스키가 있으신가요? 패스키로 로그인하세요
step-up-passkey-next = 이 단계가 끝나면 패스키를 추가할 수 있습니다. 다음부터는 얼굴, 지문 또는 화면 잠금으로 로그인하세요.
signin-heading = 로그인
signin-passkey-explain = 패스키를 추가했다면 얼굴, 지문 또는 화면 잠금을 사용하세요.
signin-passkey-button = 패스키로 로그인
passkey-browser-problem = 이 브라우저에서 패스키가 작동하지 않았습니다. 다시 시도할 수 있습니다.
signin-no-script = 패스키로 로그인하려면 JavaScript가 켜진 브라우저를 사용하세요. 새 링크를 보내 드릴 수도 있습니다.
signin-link-heading = 새 링크 받기
passkey-offer-heading = 다음부터는 얼굴, 지문 또는 화면 잠금을 사용하세요
passkey-offer-explain = 패스키가 있으면 문자나 이메일을 기다리지 않고 로그인할 수 있습니다. 필수는 아닙니다.
passkey-add = 패스키 추가
passkey-add-confirm-first = 먼저 본인 확인을 합니다.
passkey-no-script = 패스키를 추가하거나 사용하려면 JavaScript가 켜진 브라우저가 필요합니다.
passkey-not-now = 나중에
passkey-refused-heading = 패스키가 승인되지 않았습니다
passkey-expired-explain = 이 시도는 시간이 너무 오래 걸렸거나 이미 사용되었습니다. 아무것도 바뀌지 않았습니다. 다시 시도해 주세요.
passkey-failed-explain = 기기의 응답을 확인할 수 없었습니다. 아무것도 바뀌지 않았습니다. 다시 시도해 주세요.
passkey-taken-explain = 이 패스키는 이미 등록되어 있습니다. 아무것도 바뀌지 않았습니다.
passkey-unknown-explain = 이 패스키로는 여기에서 환자 페이지를 열 수 없습니다(삭제되었을 수 있습니다). 대신 새 링크를 요청할 수 있습니다.
passkey-not-verified-explain = 기기가 본인임을 확인하지 않았습니다(얼굴, 지문, PIN 또는 화면 잠금). 건강 정보는 계속 닫혀 있습니다.
passkey-name-invalid = 패스키 이름은 200자 이하의 한 줄이어야 합니다.
passkey-name-browser = { $browser }, { $date }
passkey-name-plain = 패스키, { $date }
passkey-never-used = 없음
passkey-on-devices = 내 기기에 저장됨
passkey-on-key = 보안 키에 저장됨
passkey-settings-heading = 패스키
passkey-created = 추가: { $date }
passkey-last-used = 마지막 사용: { $date }
passkey-rename-label = 이름
passkey-rename = 이름 바꾸기
passkey-remove = 삭제
passkey-none = 아직 패스키가 없습니다.
settings-passkey-added = 패스키가 추가되었습니다. 다음에는 패스키로 로그인하세요.
settings-passkey-renamed = 패스키 이름이 바뀌었습니다.
settings-passkey-removed = 패스키가 삭제되었습니다. 더 이상 로그인에 쓸 수 없습니다.
sms-passkey-added = { $clinic }: 환자 페이지 로그인용 패스키가 추가되었습니다. 본인이 아니라면 { $phone }로 전화하세요.
email-subject-passkey-added = { $clinic }: 패스키가 추가되었습니다
email-passkey-added = { $clinic } 환자 페이지 로그인용 패스키가 추가되었습니다. 본인이 아니라면 { $phone }로 전화하세요.
sms-passkey-removed = { $clinic }: 환자 페이지의 패스키가 삭제되었습니다. 본인이 아니라면 { $phone }로 전화하세요.
email-subject-passkey-removed = { $clinic }: 패스키가 삭제되었습니다
email-passkey-removed = { $clinic } 환자 페이지의 패스키가 삭제되어 더 이상 로그인에 쓸 수 없습니다. 본인이 아니라면 { $phone }로 전화하세요.

## Live updates on open pages
live-updated = 마지막 업데이트: { $time }.
live-refresh = 새로 고침
live-on = 새 메시지가 도착하면 여기에 바로 표시됩니다.
live-off = 실시간 업데이트가 중지되었습니다. 새 메시지를 보려면 페이지를 새로 고치세요.
live-inbox-on = 메시지가 도착하면 이 목록이 업데이트됩니다.
live-typing-team = 의료진이 입력 중입니다…
live-typing-name = { $name } 님이 입력 중입니다…
live-typing-patient = 환자가 입력 중입니다…
live-seen = 환자가 { $time }에 확인함
live-refused-heading = 실시간 업데이트가 일시 중지되었습니다
live-too-many-tabs = 너무 많은 탭에서 열려 있습니다. 일부 탭을 닫은 후 이 페이지를 새로 고치세요.
live-too-many-streams = 지금은 실시간 업데이트가 혼잡합니다. 새 메시지를 보려면 페이지를 새로 고치세요.
live-typing-wait = 입력 중 알림은 몇 초에 한 번만 보내집니다.
## Caregiver grants
sms-grant-invitation = { $clinic }: { $patient }님이 진료 도움을 요청하며 초대했습니다. 수락: { $url }
email-subject-grant-invitation = { $clinic }: { $patient }님이 진료를 도와 달라고 초대했습니다
email-grant-invitation = { $patient }님이 { $clinic }에서의 진료를 도와 달라고 초대했습니다. 수락하려면 이 링크를 열고 보내 드리는 코드로 확인하세요: { $url }
caregiver-refused-heading = 이 페이지를 열 수 없습니다
caregiver-refused-explain = 이 분의 진료에 대한 접근 권한에 이 페이지가 포함되지 않거나, 기간이 끝났거나, 철회되었습니다. 필요하면 본인(또는 병원)에게 요청하세요.
caregiver-helping = { $patient }님을 돕고 있습니다
caregiver-back = 내 화면으로 돌아가기
caregiver-list-heading = 내가 돕는 분들
caregiver-list-none = 지금은 접근 권한을 준 분이 없습니다.
caregiver-scope-appointments = 예약
caregiver-scope-messages = 진료팀과의 메시지
caregiver-scope-refills = 처방 재발급
caregiver-nothing = 아직 표시할 내용이 없습니다.
caregiver-sender = { $patient }님을 대신한 { $caregiver }
invitation-refused-heading = 이 초대는 사용할 수 없습니다
invitation-refused-explain = 이미 사용되었거나, 만료되었거나, 철회되었습니다. 초대한 분에게 새 초대를 요청하세요.
invitation-heading = 도움 요청 초대
invitation-intro = { $patient }님이 { $caregiver }님에게 다음 일을 도와 달라고 초대했습니다:
invitation-accept = 수락
invitation-send-code = 코드 보내기
invitation-code-explain = 수락하려면 { $destination }(으)로 보내는 코드로 본인임을 확인하세요.
invitation-code-locked = 잘못된 코드가 너무 많습니다. 초대한 분에게 새 초대를 요청하세요.
caregivers-heading = 나를 돕는 분들
caregivers-none = 아직 나를 대신할 수 있는 분이 없습니다.
caregivers-never-used = 아직 없음
caregivers-status-invited = 초대됨, 아직 수락 전
caregivers-status-active = 사용 중
caregivers-status-revoked = 철회됨
caregivers-status-expired = 종료됨
caregivers-basis-patient-given = 내가 준 권한
caregivers-basis-parent-of-minor = 병원이 부여: 미성년자의 부모
caregivers-basis-legal-representative = 병원이 부여: 법정 대리인
caregivers-invited = 초대를 보냈습니다.
caregivers-not-sent = 초대는 저장되었지만 보내지 못했습니다. 전화번호나 이메일을 확인하거나, 철회한 뒤 다시 시도하세요.
caregivers-revoked = 권한을 철회했습니다. 즉시 효력이 없어집니다.
caregivers-since = 시작: { $date }
caregivers-until = 종료: { $date }
caregivers-last-used = 마지막 사용: { $date }
caregivers-revoke = { $name }님의 권한 철회
caregivers-invite-heading = 도와줄 분 초대하기
caregivers-name = 이름
caregivers-contact = 휴대전화 번호 또는 이메일
caregivers-contact-hint = 전화번호는 국가 번호와 함께 입력하세요. 예: +1 312 555 0190
caregivers-scopes = 나를 대신해 할 수 있는 일
caregivers-settings-never = 설정, 전화번호, 이메일은 언제나 나만 바꿀 수 있습니다.
caregivers-months = 기간
caregivers-months-option = { $months }개월
caregivers-invite = 초대 보내기
caregivers-bad-name = 이름을 입력하세요(< 또는 > 제외).
caregivers-bad-contact = 국가 번호가 포함된 휴대전화 번호나 이메일 주소를 입력하세요.
caregivers-bad-scopes = 할 수 있는 일을 하나 이상 고르세요.
caregivers-bad-months = 권한 기간을 고르세요.
caregivers-copies = 이분에게도 내 예약 알림 보내기(위 연락처로 문자 또는 이메일)
caregivers-copies-on = 내 예약 알림도 받음
caregivers-copies-start = { $name }님에게 내 예약 알림 보내기
caregivers-copies-stop = { $name }님에게 내 알림 그만 보내기
caregivers-copies-started = 다음 알림부터 이분도 내 예약 알림을 받습니다.
caregivers-copies-stopped = 이분은 이제 내 알림을 받지 않습니다.
caregivers-copies-need-appointments = 예약 알림은 내 예약을 볼 수 있는 분에게만 갑니다. ‘예약’에도 체크하세요.
caregiver-copies-on = { $name }님의 예약 알림을 받고 있습니다.
caregiver-copies-stop = 이 예약 알림 그만 받기
caregiver-copies-stopped = 이제 { $name }님의 알림을 받지 않습니다.
caregiver-visit-confirm = 이 예약 확인하기
caregiver-visit-cancel = 이 예약 취소하기
caregiver-visit-confirmed = 예약이 확인되었습니다. { $name }님에게도 표시됩니다.
caregiver-visit-cancelled = 예약이 취소되었습니다. { $name }님과 진료팀에 알렸습니다.
caregiver-visit-unchanged = 변경된 내용이 없습니다. 이 예약은 더 이상 확인하거나 취소할 수 없습니다.
caregiver-visit-reschedule-requested = { $name }님의 이 예약에 대해 진료팀에 다른 시간을 찾아 달라고 요청했습니다.
caregiver-refill-sent = 요청이 진료팀에 전달되었습니다. { $name }님에게도 표시됩니다.
caregivers-teen-explain = 지금 나이에서는 { $name }님이 여기서 내 메시지를 읽거나 내 처방 재발급을 볼 수 없습니다. 바꿀지는 내가 정할 수 있습니다:
caregivers-teen-restore-messages = { $name }님이 다시 내 메시지를 읽을 수 있게 하기
caregivers-teen-withdraw-messages = { $name }님이 더 이상 내 메시지를 읽지 못하게 하기
caregivers-teen-restore-refills = { $name }님이 다시 내 처방 재발급을 볼 수 있게 하기
caregivers-teen-withdraw-refills = { $name }님이 더 이상 내 처방 재발급을 보지 못하게 하기
caregivers-teen-restored = 완료되었습니다. 언제든 여기에서 되돌릴 수 있습니다.
caregivers-teen-withdrawn = 완료되었습니다. 이제 다시 나만 볼 수 있습니다.
page-after-hours = 진료 시간 외에는 다음 번호로 전화하세요:
red-flag-reply = 응급 상황이면 지금 { $emergency }에 전화하세요. 병원에 연락하려면 { $phone }로 전화하세요. 담당 의료진에게 메시지가 긴급하다고 알렸습니다.
red-flag-reply-no-line = 응급 상황이면 지금 { $emergency }에 전화하세요. 담당 의료진에게 메시지가 긴급하다고 알렸습니다.
unsubscribe-heading = 알림 및 안내 이메일 받지 않기
unsubscribe-ask = { $email }(으)로 보내는 예약 알림 및 메시지 안내 이메일을 중단할까요?
unsubscribe-button = 이 이메일 받지 않기
unsubscribe-still = 요청한 인증 코드와 보안 안내는 계속 이 주소로 전송됩니다.
unsubscribe-done = 완료: { $email }(으)로 보내는 예약 알림 및 메시지 안내 이메일이 중단되었습니다.
unsubscribe-back-on = 다시 받으려면 설정에서 이메일을 다시 선택하세요.
staff-reports-title = 답장 시간
staff-reports-period = { $from }부터 { $to }까지 처음 답장을 기다린 메시지
staff-reports-from = 시작
staff-reports-to = 끝
staff-reports-show = 보기
staff-reports-category = 주제
staff-reports-answered = 답장함
staff-reports-median = 중앙값(업무 시간)
staff-reports-p90 = 90번째 백분위수(업무 시간)
staff-reports-within = 약속한 시간 안
staff-reports-open = 지금 답장 대기 중
staff-reports-overdue = 지금 기한 지남
staff-reports-all = 전체
staff-reports-chart = 첫 답장까지 걸린 업무 시간: 메시지 주제별 중앙값(진한 색)과 90번째 백분위수(연한 색)
staff-reports-none = 이 기간에는 답장이 없습니다.
category-appointment = 예약
category-refill = 처방 리필
category-question = 질문
category-billing = 청구
category-other = 기타

# Teams, cover while away, and late replies (/staff).
staff-view-my-teams = 내 팀
# $when: when the reply is due, in the clinic's time zone; $link: the conversation's address
email-subject-reply-due-soon = 환자 답장 기한이 곧 다가옵니다
email-reply-due-soon = { $name }님, { $when }까지 환자에게 답장해야 합니다. 대화 열기: { $link }
email-subject-reply-escalated = 기한이 지난 답장이 배정되었습니다
email-reply-escalated = { $name }님, 환자에게 { $when }까지 답장해야 했지만 아직 보내지 않았습니다. 이제 이 대화를 맡아 주세요. 대화 열기: { $link }
staff-team-label = 팀
staff-team-none = 팀 없음(병원 전체)
staff-team-move = 팀 옮기기
# $name: the colleague who is away
staff-covering-for = { $name }님 대신 담당
staff-steps-heading = 여기까지 온 과정
# $team: a team's name; $from, $to: people of the care team
staff-step-routed = { $team }(으)로 전달됨
staff-step-covered = { $from }님 부재: { $to }님에게 넘김
staff-step-pooled = { $from }님 부재: 팀으로 돌아감
staff-step-warned = 답장 기한 임박: { $to }님에게 알림
staff-step-warned-nobody = 답장 기한 임박: 알릴 사람이 없음
staff-step-escalated = 기한 초과: { $to }님에게 넘김
staff-step-no-one-further = 기한 초과: 더 넘길 사람이 없음
staff-away-link = 부재
staff-away-title = 부재 일정
staff-away-explain = 부재 중에는 나에게 배정된 진료 메시지가 대신 맡은 동료에게 가고, 예약과 청구 메시지는 내 팀으로 돌아갑니다. 부재는 마지막 날이 지나면 자동으로 끝납니다.
staff-away-from = 부재 첫날
staff-away-to = 부재 마지막 날
staff-away-cover = 대신 맡을 사람
staff-away-no-cover = 없음(메시지는 팀으로 돌아감)
staff-away-add = 부재 저장
staff-away-mine = 내 부재 일정
staff-away-none = 예정된 부재가 없습니다.
staff-away-cancel = 이 부재 취소
staff-away-team = 부재 중인 사람
staff-away-nobody = 부재 중인 사람이 없습니다.
# $name: who is away; $from, $to: the first and last days; $cover: who covers
staff-away-row = { $name }: { $from }~{ $to }
staff-away-row-cover = { $name }: { $from }~{ $to }, { $cover }님이 대신 담당
staff-away-wrong-dates = 날짜를 확인하세요. 마지막 날은 첫날보다 앞서거나 이미 지난 날짜일 수 없으며, 부재는 최대 1년입니다.
staff-away-wrong-cover = 나를 대신 맡을 다른 의료진을 고르세요.
staff-away-loop = 그 동료도 그때 부재 중이고, 내가 그 동료를 대신 맡고 있습니다. 다른 사람을 고르세요.
# $away: the clinician who is away; $until: their last day away; $cover: who answers meanwhile
thread-covering = { $away }님이 부재 중인 동안({ $until }까지) { $cover }님이 메시지에 답해 드립니다.
staff-reports-all-teams = 모든 팀

# Staff passkeys (/staff/passkeys, /staff/signin).
staff-passkeys-title = 패스키
staff-passkeys-explain = 이메일로 받은 링크 대신 얼굴, 지문, 화면 잠금 또는 보안 키로 의료진 페이지에 로그인하세요. 패스키는 각자 본인 전용입니다.
staff-passkeys-stale = 패스키를 추가하거나 삭제하려면 먼저 다시 로그인하세요. 로그인한 지 20분이 지나지 않아야 합니다.
staff-passkey-added = 패스키가 추가되었습니다. 다음에는 패스키로 로그인하세요.
staff-passkey-removed = 패스키가 삭제되었습니다. 더 이상 로그인에 쓸 수 없습니다.
staff-signin-passkey-explain = 패스키를 추가했다면 얼굴, 지문, 화면 잠금 또는 보안 키를 사용하세요.
staff-passkey-unknown = 이 패스키로는 여기에서 어느 의료진 페이지에도 로그인할 수 없습니다(삭제되었을 수 있습니다). 대신 업무용 이메일로 로그인하세요.
staff-passkey-not-verified = 기기가 본인임을 확인하지 않았습니다(얼굴, 지문, PIN 또는 화면 잠금). 로그인되지 않았습니다.
# $name: the staff member; $clinic: the clinic's name
email-subject-staff-passkey-added = { $clinic }: 로그인에 패스키가 추가되었습니다
email-staff-passkey-added = { $name }님, { $clinic } 의료진 페이지 로그인용 패스키가 추가되었습니다. 본인이 아니라면 즉시 병원 관리자에게 알리세요.
email-subject-staff-passkey-removed = { $clinic }: 로그인에서 패스키가 삭제되었습니다
email-staff-passkey-removed = { $name }님, { $clinic } 의료진 페이지 로그인에서 패스키가 삭제되었습니다. 더 이상 이 패스키로 로그인할 수 없습니다. 본인이 아니라면 즉시 병원 관리자에게 알리세요.
# $names: colleagues who opened the conversation in the last minutes, each with the time
staff-viewing = 함께 보고 있는 사람: { $names }
# $line: the crisis line the clinic names, as dialled
red-flag-crisis = 스스로를 해칠 생각이 든다면 지금 바로 { $line }에 전화하거나 문자를 보내세요. 언제든 연결됩니다.
# $channel: staff-contact-sms or staff-contact-email; $why: one of the staff-contact-* reasons
staff-step-contact-flagged = { $channel }(으)로 더 이상 환자에게 연락할 수 없습니다: { $why }. 다른 방법으로 연락하세요.
staff-contact-sms = 환자의 휴대폰 번호
staff-contact-email = 환자의 이메일 주소
staff-contact-invalid = 통신사에서 메시지를 받을 수 없다고 합니다
staff-contact-opted-out = 환자가 더 이상 보내지 말라고 요청했습니다
staff-contact-bouncing = 메일이 반송됩니다
staff-assign-to = 맡길 사람
staff-assign-button = 배정

# The clinic's teams, for its administrators (/staff/admin/teams).
staff-admin-teams-title = 팀
staff-admin-teams-explain = 환자 메시지는 병원의 전달 규칙에 따라 팀으로 가고, 맞는 규칙이 없으면 기본 팀으로 갑니다. 답장이 늦어지면 결국 팀장에게 넘어갑니다.
staff-admin-only = 병원의 관리자만 팀을 변경할 수 있습니다.
staff-admin-reauth = 병원의 팀을 변경하려면 먼저 다시 로그인하세요. 로그인한 지 20분이 지나지 않아야 변경이 적용됩니다.
staff-admin-new-team = 새 팀
staff-admin-team-name = 이름
staff-admin-team-lead = 팀장
staff-admin-no-lead = 팀장 없음(병원의 첫 번째 관리자)
staff-admin-team-default = 기본 팀(어떤 규칙으로도 전달되지 않는 메시지용)
staff-admin-team-members = 구성원
staff-admin-save = 저장
staff-admin-add = 팀 추가
staff-admin-saved = 저장했습니다.
staff-admin-name-wrong = 팀 이름은 200자 이하의 한 줄이어야 하며, 병원의 다른 팀 이름과 겹치지 않아야 합니다.
# $name: an admin; $url, $id: the endpoint; $when: since when it has accepted no event
email-subject-webhook-disabled = 이벤트 수신 엔드포인트가 꺼졌습니다
email-webhook-disabled = { $name }님, Portico가 { $url }(엔드포인트 { $id })로 이벤트 전송을 멈췄습니다. 하루 넘게 재시도했지만 { $when } 이후 어떤 이벤트도 받지 않았습니다. 수신 측을 고친 뒤 PATCH /api/v1/webhooks/{ $id } 에 "enabled": true 로 다시 켜 주세요.

# The patient's own trail (/p/activity): what they and the people who help them did here.
activity-heading = 내 기록을 열어 본 사람
activity-explain = 나와 내가 도움을 허락한 분들이 여기에서 한 모든 일을 최신순으로 보여 드립니다. 병원에도 같은 기록이 보관됩니다.
activity-none = 아직 아무것도 없습니다.
activity-older = 이전 기록
activity-newest = 최신 기록으로 돌아가기
activity-you = 나
# $name: the caregiver, as the patient named them
activity-caregiver = { $name }님 (나를 돕는 분)
activity-someone = 나를 돕는 분
# How the person had proved who they are.
activity-auth-link = 보내 드린 링크로 본인 확인
activity-auth-code = 보내 드린 코드로 본인 확인
activity-auth-passkey = 패스키로 본인 확인
activity-auth-link-code = 보내 드린 링크와 코드로 본인 확인
activity-auth-link-birth-date = 보내 드린 링크와 생년월일로 본인 확인
activity-auth-code-birth-date = 보내 드린 코드와 생년월일로 본인 확인
activity-auth-sms = 내 휴대폰에서 보낸 문자로 본인 확인
# What they did.
activity-link-redeemed = 병원에서 보낸 링크를 열었습니다
activity-link-code-used = 코드로 로그인했습니다
activity-link-renewed = 새 링크를 요청했습니다
activity-step-up-code-sent = 본인 확인 코드를 요청했습니다
activity-step-up-passed = 본인 확인을 마쳤습니다
activity-step-up-failed = 본인 확인 시도가 일치하지 않았습니다
activity-passkey-signed-in = 패스키로 로그인했습니다
activity-passkey-registered = 패스키를 추가했습니다
activity-passkey-renamed = 패스키 이름을 바꿨습니다
activity-passkey-removed = 패스키를 삭제했습니다
activity-passkey-refused = 패스키가 승인되지 않았습니다
activity-passkey-possible-clone = 패스키가 복사본이 의심되는 방식으로 사용되었습니다
activity-appointment-confirmed = 예약을 확인했습니다
activity-appointment-cancelled = 예약을 취소했습니다
activity-appointment-reschedule-requested = 예약의 다른 시간을 요청했습니다
activity-message-received = 병원에 메시지를 보냈습니다
activity-message-red-flag = 메시지가 의료진에게 긴급으로 표시되었습니다
activity-refill-requested = 재처방을 요청했습니다
activity-refill-visit-requested = 재처방 관련 진료 예약을 요청했습니다
activity-patient-settings = 설정을 변경했습니다
activity-contact-change-started = 전화번호나 이메일 변경을 시작했습니다
activity-contact-changed = 전화번호나 이메일을 변경했습니다
activity-contact-opted-out = 문자를 더 이상 받지 않겠다고 요청했습니다
activity-contact-opted-in = 문자를 다시 받겠다고 요청했습니다
activity-patient-unsubscribed = 클릭 한 번으로 이메일 수신을 중단했습니다
activity-grant-invited = 도와줄 분을 초대했습니다
activity-grant-revoked = 다른 분의 권한을 철회했습니다
activity-grant-accepted = 나의 도움 요청 초대를 수락했습니다
activity-grant-appointments-viewed = 내 예약을 보았습니다
activity-grant-messages-viewed = 내 메시지를 읽었습니다
activity-grant-refills-viewed = 내 재처방 요청을 보았습니다
activity-grant-message-sent = 나를 대신해 메시지를 보냈습니다
activity-grant-copies-started = 나를 돕는 분에게 알림 사본 보내기를 켰습니다
activity-grant-copies-stopped = 나를 돕는 분에게 알림 사본 보내기를 껐습니다
activity-grant-appointment-confirmed = 나를 대신해 예약을 확인했습니다
activity-grant-appointment-cancelled = 나를 대신해 예약을 취소했습니다
activity-grant-refill-requested = 나를 대신해 재처방을 요청했습니다
activity-grant-teen-restored = 부모님이 볼 수 있는 범위를 다시 넓혔습니다
activity-grant-teen-withdrawn = 부모님이 볼 수 있던 범위를 다시 줄였습니다
activity-grant-link-opened = 받은 알림 링크를 열었습니다
activity-grant-link-refused = 받은 알림 링크가 거부되었습니다
activity-messages-viewed = 내 메시지를 읽었습니다
activity-refills-viewed = 내 재처방 요청을 보았습니다
activity-other = 내 기록을 이용했습니다
# Settings and the caregivers page link to the trail.
activity-link = 내 기록을 열어 본 사람
# A parent's grant once the child reaches the clinic's age for privacy. $name: the patient; $age: their age
caregiver-teen-private = { $name }님이 { $age }세가 되어 이제 메시지는 본인만 읽을 수 있습니다. { $name }님을 대신해 진료팀에 메시지를 쓰는 것은 계속할 수 있습니다.
# A caregiver signing in again (/p/for/sign-in).
caregiver-sign-in-heading = 다른 분을 돕기 위해 로그인
caregiver-sign-in-explain = 초대를 수락할 때 사용한 휴대전화 번호나 이메일을 입력하면 그곳으로 코드를 보내 드립니다.
caregiver-sign-in-contact = 내 휴대전화 번호 또는 이메일
caregiver-sign-in-send = 코드 보내기
caregiver-sign-in-sent = 초대를 수락할 때 사용한 전화번호나 이메일이라면 코드가 발송되었습니다. 10분 동안 사용할 수 있습니다.
caregiver-sign-in-code = 보내 드린 코드
caregiver-sign-in-button = 로그인
caregiver-sign-in-more = 열어 본 알림 링크에는 그 알림에 해당하는 예약만 표시됩니다. 로그인하면 할 수 있는 모든 일을 볼 수 있습니다.
caregiver-link-heading = 도와드리는 분의 예약 알림
caregiver-link-explain = 열면 예약을 보고, 확인하거나 취소하거나 다른 시간을 요청할 수 있습니다.
caregiver-link-open = 예약 보기
caregiver-link-dead-heading = 이 링크는 더 이상 사용할 수 없습니다
caregiver-link-dead-explain = 이미 사용되었거나 만료되었거나, 이 링크를 보낼 때의 접근 권한이 끝났습니다. 초대받은 휴대전화 번호나 이메일로는 여전히 로그인할 수 있습니다.
caregiver-link-sign-in = 다른 분을 돕기 위해 로그인
caregiver-settings-heading = 저희가 보내 드리는 문자와 이메일
caregiver-settings-explain = 도와드리는 분들의 예약 알림과 저희가 보내 드리는 안내는 이 언어로 전송되며, 사는 곳 기준으로 밤에는 보내지 않습니다.
caregiver-settings-zone = 사는 곳 (시간대)
caregiver-settings-zone-unsaid = 선택 안 함: 도와드리는 분의 시간대
caregiver-settings-save = 저장
caregiver-settings-saved = 저장했습니다.
caregiver-passkeys-stale = 패스키를 추가하거나 삭제하려면 먼저 로그아웃한 뒤 다시 로그인하세요. 로그인한 지 20분 이내에 할 수 있습니다.
caregiver-passkey-unknown = 이 패스키로는 여기에서 도와드리는 분의 페이지를 열 수 없습니다(삭제되었을 수 있습니다). 대신 코드로 로그인할 수 있습니다.
email-subject-caregiver-passkey-added = { $clinic }: 로그인에 패스키가 추가되었습니다
caregiver-passkey-added-notice = { $clinic }: 다른 분을 돕기 위한 로그인용 패스키가 추가되었습니다. 본인이 아니라면 { $phone }로 전화하세요.
email-subject-caregiver-passkey-removed = { $clinic }: 로그인에서 패스키가 삭제되었습니다
caregiver-passkey-removed-notice = { $clinic }: 다른 분을 돕기 위한 로그인에서 패스키가 삭제되었습니다. 더 이상 이 패스키로 로그인할 수 없습니다. 본인이 아니라면 { $phone }로 전화하세요.
signin-caregiver-link = 다른 분을 돕고 계신가요? 여기에서 로그인하세요
# Thirty days before a parent's grant changes with the child's age: to the parent and to the child.
# $clinic; $date: the day it changes; $patient: the child; $caregiver: the parent; $age: the age then
email-subject-growing-up = 내 기록을 볼 수 있는 사람이 바뀝니다
growing-up-narrows-parent = { $clinic }: { $date }에 { $patient }님이 { $age }세가 됩니다. 그 후에도 예약을 보고 대신 진료팀에 메시지를 쓸 수 있지만, 메시지와 재처방은 본인만 볼 수 있습니다.
growing-up-narrows-teen = { $clinic }: { $date }에 { $age }세가 됩니다. 그 후에도 { $caregiver }님은 내 예약을 보고 나를 대신해 진료팀에 메시지를 쓸 수 있지만, 내 메시지와 재처방은 더 이상 볼 수 없습니다.
growing-up-ends-parent = { $clinic }: { $date }에 { $patient }님이 18세가 되어 기록 접근 권한이 끝납니다. 법정 대리인인 경우 병원에 등록을 요청하세요.
growing-up-ends-teen = { $clinic }: { $date }에 18세가 되므로 { $caregiver }님은 더 이상 나를 대신해 내 기록을 볼 수 없습니다.
