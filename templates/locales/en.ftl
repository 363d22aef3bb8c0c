# Portico — English (en). Source locale: every other file has exactly these keys.
# Status: awaits review by a native-speaking clinician before patients see it.
# Rules for every locale: no health details in SMS or email; keep SMS lines short;
# { $variables } must stay as they are.

## The language itself
language-name = English
# "ltr" or "rtl"
language-direction = ltr
switcher-label = Language

## Dates and times (built by Portico from these parts)
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
weekday-short-1 = Mon
weekday-short-2 = Tue
weekday-short-3 = Wed
weekday-short-4 = Thu
weekday-short-5 = Fri
weekday-short-6 = Sat
weekday-short-7 = Sun
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec
time-am = AM
time-pm = PM
# $h12 (1–12), $h24 (0–23), $hh24 (00–23), $mm (00–59), $ampm (time-am or time-pm)
time-of-day = { $h12 }:{ $mm } { $ampm }
# $weekday, $month, $day, $year, $time
date-long = { $weekday }, { $month } { $day }, { $year }
datetime-long = { $weekday }, { $month } { $day }, { $year } at { $time }
# Used in SMS: as short as the language allows. $weekday, $month are the short forms.
datetime-short = { $weekday } { $month } { $day } { $time }
minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}

## SMS and email
sms-link-signin = { $clinic }: here is your link to sign in: { $url } Reply STOP to opt out.
sms-link-appointment = { $clinic }: view and confirm your appointment: { $url } Reply STOP to opt out.
sms-link-thread = { $clinic }: you have a new message: { $url } Reply STOP to opt out.
sms-link-refill = { $clinic }: your refill request: { $url } Reply STOP to opt out.
sms-link-settings = { $clinic }: your settings: { $url } Reply STOP to opt out.
sms-reminder = { $clinic }: visit { $when }. Confirm or change: { $url } STOP to opt out
# The reminder that also says how to answer by reply, sent when it fits the
# message's segment budget; $yes and $no are reply-word-confirm and reply-word-cancel.
sms-reminder-reply = { $clinic }: visit { $when }. Reply { $yes }=confirm, { $no }=cancel. { $url } STOP=opt out
# One SMS for the visits of several patients who share a phone: no names, only times.
sms-household = { $clinic }: { $count } visits: { $whens }. Open: { $url } STOP to opt out
sms-cancellation = { $clinic }: your visit { $when } is cancelled. Details: { $url } STOP to opt out
# A caregiver's copy of a patient's reminder: no name of the patient, the caregiver's own page.
sms-copy-reminder = { $clinic }: a visit of someone you help, { $when }. See: { $url } STOP to end these copies
sms-copy-cancellation = { $clinic }: a visit of someone you help, { $when }, is cancelled. See: { $url } STOP to end these copies
sms-message-alert = { $clinic }: you have a new message. Read it: { $url } STOP to opt out
sms-refill-update = { $clinic }: your refill request was updated. See it: { $url } STOP to opt out
sms-step-up-code = { $clinic }: your code is { $code }. It expires in 10 minutes. Do not share it.
sms-contact-confirm = { $clinic }: your code to confirm this number is { $code }. It expires in 10 minutes.
sms-contact-changed = { $clinic }: the phone number for your messages was changed. If this was not you, call { $phone }.
email-subject-signin = { $clinic }: your sign-in link
email-subject-appointment = { $clinic }: your appointment
email-subject-thread = { $clinic }: you have a new message
email-subject-refill = { $clinic }: your refill request
email-subject-settings = { $clinic }: your settings
email-subject-reminder = { $clinic }: appointment reminder
email-subject-cancellation = { $clinic }: appointment cancelled
email-subject-copy-reminder = { $clinic }: a reminder for someone you help
email-subject-copy-cancellation = { $clinic }: a visit of someone you help is cancelled
email-subject-message-alert = { $clinic }: you have a new message
email-subject-refill-update = { $clinic }: your refill request was updated
email-subject-step-up-code = { $clinic }: your code
email-subject-contact-confirm = { $clinic }: confirm your email address
email-subject-contact-changed = { $clinic }: your contact details changed
email-hello = Hello { $name },
email-what-signin = here is your link to sign in
email-what-appointment = view and confirm your appointment
email-what-thread = you have a new message
email-what-refill = see your refill request
email-what-settings = open your settings
email-what-reminder = your visit is { $when }. Confirm or change it
email-what-cancellation = your visit { $when } is cancelled
email-what-copy-reminder = a visit of someone you help is { $when }. See it
email-what-copy-cancellation = a visit of someone you help, { $when }, is cancelled. See it
email-copy-why = You get this because the person you help asked for their appointment reminders to reach you too. To stop them, open the link and choose “Stop sending me these reminders”.
email-what-message-alert = you have a new message. Read it
email-what-refill-update = your refill request was updated
email-open-button = Open
email-link-note = The link works once and expires. If it has expired, open it anyway and ask for a new one.
email-call = To reach a person, call { $phone }.
email-after-hours = Outside opening hours, call { $phone }.
email-step-up-code = Your code is { $code }. It expires in 10 minutes. Do not share it with anyone.
email-contact-confirm = Your code to confirm this email address is { $code }. It expires in 10 minutes.
email-contact-changed = The email address for your messages from { $clinic } was changed. If this was not you, call { $phone }.
email-code = Link not opening, or reading this on another device? Go to { $url } and type the code { $code }.

## Replies to inbound texts
# Words a patient may text back, comma-separated, matched without regard to case or accents.
inbound-confirm = C, CONFIRM, YES, Y, OK
inbound-cancel = X, NO, N
inbound-help = HELP, INFO
inbound-stop = STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT
inbound-start = START, UNSTOP
reply-confirmed = Thank you, your appointment is confirmed.
reply-cancelled = Your appointment is cancelled. Call the clinic to book another time.
reply-no-appointment = We could not find an upcoming appointment for this number. Please call the clinic.
reply-unknown-number = This number is not registered with a clinic. Please call your clinic.
reply-unknown-number-kept = Thank you. We do not know this number, so your clinic will read your message but may not be able to answer by text. For anything urgent, please call your clinic.
reply-acknowledged = Thank you. Your care team will read your message and reply as soon as they can.
# $when: the promised reply time, in the patient's time zone
reply-acknowledged-by = Thank you. Your care team will read your message and reply by { $when }.
reply-help-call = { $clinic }: call { $phone }.
reply-help-after-hours = After hours: { $phone }.
reply-help-stop = Reply STOP to opt out.
# The words reminders name: each must be in inbound-confirm / inbound-cancel, and
# the cancel word must not be one carriers take as an opt-out (STOP, CANCEL, END, QUIT, ...).
reply-word-confirm = YES
reply-word-cancel = NO
# When a reply could mean several visits: $choices lists reply-choice items.
reply-which-confirm = Which visit do you want to confirm? Reply { $choices }.
reply-which-cancel = Which visit do you want to cancel? Reply { $choices }.
reply-choice = { $number } for { $when }
reply-choice-unknown = Please reply with a number from 1 to { $count }.
reply-unmatched-clinic = We could not tell which clinic this message is for. Please call your clinic.

## Every page
page-sign-out = Sign out
page-signed-out = You are signed out
page-signed-out-explain = To come back, open the newest link from your clinic.
page-home-link = Home
page-settings-link = Settings
page-call = Questions? Call { $phone }.
page-problem-heading = Please try again
page-csrf-explain = We could not check that this request came from this page.
page-form-explain = We could not read that form.
page-error-heading = Something went wrong on our side
page-error-explain = Please try again in a minute. If it keeps happening, call your clinic.
page-conflict-heading = This was already done
page-conflict-explain = It looks like this was saved already. Go back and reload the page to see where things stand.
page-not-found-heading = We could not find that page
page-not-found-explain = Open the newest link from your clinic, or call them.
page-session-heading = Please open your link again
page-session-explain = Your visit here has ended, to keep your information safe. Open the newest link from your clinic.
page-code = Code: { $code }

## Landing and links
landing-signin-heading = Sign in
landing-signin-explain = Tap the button to open your page with the clinic.
landing-signin-button = Continue
landing-appointment-heading = Your appointment
landing-appointment-explain = Will you come? Confirm with one tap, or see the details first to change or cancel.
landing-appointment-see = See or change
landing-thread-heading = You have a new message
landing-thread-explain = Tap the button to open your messages from the care team.
landing-thread-button = Open my messages
landing-refill-heading = Your refill request
landing-refill-explain = Tap the button to see your refill request.
landing-refill-button = View my request
landing-settings-heading = Your settings
landing-settings-explain = Tap the button to open your settings.
landing-settings-button = Open my settings
landing-household-heading = Your family’s visits
landing-household-explain = This phone has visits for more than one person. Tap the button to see them; each opens after you enter the date of birth of the person it is for.
landing-household-button = See the visits
## Visits of several patients who share a phone: times only until a date of birth says whose.
household-heading = Visits for this phone
household-explain = To open a visit, enter the date of birth of the person it is for.
household-visit = Visit on { $when }
household-birth-date = Date of birth of the person this visit is for
household-open = Open this visit
household-wrong = That date of birth does not match this visit. Please check it and try again.
household-locked = Too many wrong dates of birth. Please call the clinic.
household-off = This clinic no longer opens visits by date of birth. Please call the clinic.
household-gone = This visit is no longer open.
landing-once = This link works once. If you did not expect it, you can ignore it.
landing-code-heading = Opening this on another device?
landing-code-where = On that device, go to { $url } and type this code:
link-used-heading = This link was already used
link-used-explain = Each link works once, to keep your information safe. We can send you a new one.
link-expired-heading = This link has expired
link-expired-explain = Links stop working after a while, to keep your information safe. We can send you a new one.
link-revoked-heading = This link no longer works
link-revoked-explain = Your clinic has sent a newer link, or turned this one off. We can send you a new one.
link-bad-heading = This link does not work
link-bad-explain = It may have been copied incompletely. Tell us where to reach you and, if your clinic has you on file, we will send a new link.
link-reopen-explain = We could not check that this request came from this page. Open the link from your message again.
link-send-new = Send me a new link
link-send-new-note = We will send it to the phone or email your clinic has on file.
link-contact-label = Your mobile number (with country code, like +1 312 555 0142) or email
link-sent-heading = Check your phone or email
link-sent-explain = If your clinic has a way to reach you on file, a new link is on its way. It can take a minute to arrive.
link-wait-heading = Please wait a little
link-wait-explain = We have had many requests from your network. Try again in an hour, or call your clinic.
link-check-heading = Please check what you typed
link-check-explain = Enter a mobile number starting with + and the country code (like +1 312 555 0142), or an email address.
link-bad-code = Does your message also have a code? Type it here instead.

## Codes (/c), for a link that will not open
code-heading = Type your code
code-explain = The message with your link also has a code, like 7KQM-3XTR. Type it here to open your page on this device.
code-label = Your code (8 letters and numbers)
code-button = Continue
code-note = A code works once, like its link, and only until the link expires.
code-format = That is not a code. A code has 8 letters and numbers, like 7KQM-3XTR.
code-wrong = That code did not work. Please check it and try again. After 5 wrong tries, a code stops working.
code-used-heading = This code was already used
code-used-explain = A code and its link work once between them, and one of them was used. We can send you a new link.
code-expired-heading = This code has expired
code-expired-explain = A code works only as long as its link, and that link has expired. We can send you a new one.
code-locked-heading = This code no longer works
code-locked-explain = It was typed wrong too many times, to keep your information safe. Open the link in your message instead, or ask for a new link.
code-paused-explain = Codes are paused for now, because of many wrong tries. Open the link in your message instead, or try again in an hour.

## Home
home-hello = Hello, { $name }
home-upcoming = Your upcoming appointments
home-none = You have no upcoming appointments.
home-with = with { $provider }
home-messages = Messages with your care team
home-refills = Prescription refills

## Appointment
appointment-heading = Your appointment
appointment-when = When
appointment-duration = How long
appointment-where = Where
appointment-map = Map
appointment-with = With
appointment-status = Status
appointment-bring = What to bring
appointment-bring-default = Your photo ID, your insurance card and a list of the medicines you take.
status-scheduled = Scheduled
status-confirmed = Confirmed
status-cancelled = Cancelled
appointment-confirm = Confirm I will come
appointment-cancel-legend = Cancel this appointment
reason-feeling-better = I feel better
reason-conflict = I have a conflict
reason-transport = I have no way to get there
reason-other = Another reason
appointment-cancel = Cancel appointment
appointment-another-time-label = I need another time (optional: when suits you)
appointment-another-time = Ask for another time
appointment-calendar = Add to my calendar
calendar-summary = Appointment at { $clinic }
appointment-all = All your appointments
appointment-done-confirmed = Thank you. Your appointment is confirmed.
appointment-done-cancelled = Your appointment is cancelled. Call the clinic whenever you want a new one.
appointment-done-requested = We sent your request to the care team. They will contact you about another time.
appointment-done-already-confirmed = This appointment was already confirmed. Thank you.
appointment-done-cancelled-cannot-confirm = This appointment was cancelled, so it can no longer be confirmed. Call the clinic if you want a new one.
appointment-done-passed-cannot-confirm = This appointment has already begun or passed, so it can no longer be confirmed.
appointment-done-confirm-failed = We could not confirm your appointment just now. Please try again in a minute.

## Messages
thread-heading = Messages with your care team
thread-empty = No messages yet.
thread-reply-label = Write to your care team
thread-reply-hint = Up to 2,000 characters. Do not use this for emergencies: call 911 or your local emergency number.
thread-send = Send
thread-sent = Your message was sent. The care team will reply as soon as they can.
# $when: the promised reply time, in the patient's time zone
thread-sent-by = Your message was sent. The care team will answer by { $when }.
thread-check-heading = Please check your message
thread-empty-message = Your message is empty.
thread-long-message = Your message is too long (at most 2,000 characters).

## Step-up
step-up-heading = Confirm it is you
step-up-explain = This page may hold health details. To keep them private, we check that it is you before showing them.
step-up-locked = For your safety, this check is paused. Please call the clinic.
step-up-code-label = Enter the 6-digit code we sent to { $destination }
step-up-continue = Continue
step-up-send-code = Send a code to { $destination }
step-up-birth-date-label = Or enter your date of birth
step-up-ways-code = { $channel ->
    [sms] We will text a code to your phone number { $destination }.
   *[email] We will email a code to { $destination }.
}
step-up-ways-code-or-birth-date = { $channel ->
    [sms] We can text a code to your phone number { $destination }, or you can enter your date of birth.
   *[email] We can email a code to { $destination }, or you can enter your date of birth.
}
step-up-ways-birth-date = Enter your date of birth to continue.
step-up-birth-date-only-label = Your date of birth
step-up-no-way-off = We have only one way to reach you, and this clinic does not use the date of birth for this check. Please call the clinic and ask them to add a second phone number or email address to your record; then we can send you a code.
step-up-no-way-no-birth-date = We have only one way to reach you, and no date of birth on file. Please call the clinic and ask them to add your date of birth, or a second phone number or email address, to your record.
step-up-no-second = We have no second contact point to send a code to.
step-up-too-many-codes = We have sent several codes already. Please wait an hour, or call the clinic.
step-up-send-failed = We could not send the code just now. Please try again in a minute.
step-up-too-many-tries = Too many tries. Please wait an hour, or call the clinic.
step-up-code-wrong = That code did not match, or it has expired.
step-up-birth-date-wrong = That date did not match our records.
## Refills
refills-heading = Prescription refills
refills-new = Ask for a refill
refills-pick = Which medicine?
refills-other = Another medicine
refills-other-label = Name and strength of the medicine (as on the label)
refills-pharmacy = Which pharmacy?
refills-pharmacy-new = Another pharmacy (name and town)
refills-note-label = Anything the care team should know (optional)
refills-submit = Send request
refills-yours = Your requests
refills-none = You have not asked for a refill yet.
refills-sent = We received your request. We will tell you when it moves on.
refills-need-medicine = Please pick a medicine or write its name.
refills-need-pharmacy = Please pick a pharmacy or write its name.
refill-heading = Refill request
refill-medicine = Medicine
refill-pharmacy = Pharmacy
refill-timeline = What has happened
refill-status-received = Received
refill-status-in-review = In review
refill-status-sent-to-pharmacy = Sent to the pharmacy
refill-status-needs-visit = The clinic needs to see you first
refill-status-denied = Not approved: please call the clinic
refill-book-visit = Ask for a visit
refill-visit-requested = We asked the care team to book a visit. They will contact you.
refill-all = All your refill requests

## Settings
settings-heading = Your settings
settings-saved = Your settings are saved.
settings-language = Language for messages and pages
settings-channels = How we reach you first
settings-channel-both = Both text message and email, for reminders
settings-channel-sms-first = Text message first, then email
settings-channel-email-first = Email first, then text message
settings-channel-sms-only = Text messages only
settings-channel-email-only = Email only
settings-quiet = Quiet hours (no messages between these times)
settings-quiet-from = From
settings-quiet-until = Until
settings-optout = What we may send
settings-allow-sms = Text messages
settings-allow-email = Email
settings-optout-note = Messages about your safety may still reach you by phone call from the clinic.
settings-save = Save settings
settings-contact = Your phone and email
settings-phone = Mobile phone
settings-email = Email
settings-change = Change
settings-new-phone = New mobile number (with country code)
settings-new-email = New email address
settings-confirm-code-label = Enter the 6-digit code we sent to the new { $kind ->
    [phone] number
   *[email] address
}
settings-confirm = Confirm the change
settings-contact-sent = We sent a code to the new one. Enter it below to finish.
settings-contact-changed = Your contact details are changed. We told the old one too.
settings-contact-invalid = Please check the number or address you typed.
settings-contact-same = That is already the one we have.
settings-contact-code-wrong = That code did not match, or it has expired.
settings-none = Not on file
settings-quiet-invalid = Please pick both times for quiet hours.
settings-channels-invalid = Please allow at least one way to reach you.

# The care team's pages and emails (/staff).
staff-signin-title = Care team sign-in
staff-signin-explain = Enter your work email. We will email you a sign-in link and a six-digit code.
staff-email-label = Work email
staff-signin-send = Email me a sign-in link
staff-signin-sent = If this address belongs to a care team, a sign-in link and a code are on their way. They work once, for 15 minutes.
staff-code-title = Have a code?
staff-code-explain = Opened the email on another device? Type your work email and the six-digit code here.
staff-code-label = Six-digit code
staff-code-submit = Sign in with the code
staff-code-wrong = That code did not work. Check it, or ask for a new email.
staff-too-many = Too many tries. Wait an hour and ask for a new email.
staff-email-wrong = Enter a work email such as name@example.org.
staff-link-title = Sign in to { $clinic }
staff-link-explain = Press the button to sign in. The link works once.
staff-link-button = Sign in
staff-link-dead-heading = This link no longer works
staff-link-dead = It has expired or was already used. Ask for a new sign-in email.
staff-signin-again = Ask for a new sign-in email
staff-invite-title = Join the care team of { $clinic }
staff-invite-explain = { $name }, you were invited as { $role }. Press the button to accept and sign in.
staff-invite-button = Accept and sign in
staff-role-clinician = clinician
staff-role-nurse = nurse
staff-role-front-desk = front desk
staff-role-admin = administrator
staff-inbox-title = Inbox
staff-views-label = Inbox views
staff-view-needs-reply = Needs reply
staff-view-overdue = Overdue
staff-view-mine = Mine
staff-view-unassigned = Unassigned
staff-older = Older conversations
staff-saved-label = Start from a saved reply
staff-saved-use = Use it
staff-notes-heading = Internal notes
staff-notes-explain = Only the care team sees these; they are never sent to the patient.
staff-notes-none = No notes yet.
staff-note-label = Add a note for the team
staff-note-add = Add note
staff-note-wrong = Write the note (up to 4,000 characters).
staff-urgent = Urgent
staff-reply-held = Not sent: a new message came in while you were writing. Read it above; your reply is still here to send or change.
staff-view-open = All open
staff-view-closed = Closed
staff-view-unmatched = Unmatched texts
staff-inbox-empty = Nothing here.
staff-signed-in-as = Signed in as { $name } at { $clinic }
staff-sign-out = Sign out
staff-status-open = Open
staff-status-waiting = Waiting on the patient, review on { $date }
staff-status-closed = Closed
# $when: when the reply is (or was) due, in the clinic's time zone
staff-due = Reply due { $when }
staff-overdue = Overdue: the reply was due { $when }
staff-assigned-to = Assigned to { $name }
staff-unassigned = Unassigned
staff-unmatched-from = From { $phone }
staff-unverified = From a shared number — sender not verified
staff-reply-label = Reply to { $name }
staff-reply-explain = The patient gets an alert with a link; your words are shown only behind the link.
staff-reply-send = Send reply
staff-reply-wrong = Write a reply of up to 4000 characters, without control characters.
staff-assign-me = Assign to me
staff-wait-label = Review on
staff-wait-button = Mark as waiting on the patient
staff-close-button = Close
staff-back-inbox = Back to the inbox
staff-date-wrong = Enter the review date as YYYY-MM-DD, today or later.
email-subject-staff-invite = { $clinic }: you are invited to the care team
email-staff-invite = { $name }, { $clinic } invited you to answer patients on Portico as { $role }. Accept the invitation within 7 days: { $link }
email-subject-staff-sign-in = { $clinic }: your sign-in link
email-staff-sign-in = Sign in to { $clinic }: { $link } — or type this code on the sign-in page: { $code }. The link and the code work once, for 15 minutes. If you did not ask to sign in, ignore this email.
# Passkeys and signing in without a link
footer-signin = Sign in
link-refused-signin = Have a passkey? Sign in with it
step-up-passkey-next = After this step you can add a passkey, so that next time you use your face, fingerprint or screen lock instead.
signin-heading = Sign in
signin-passkey-explain = If you added a passkey, use your face, fingerprint or screen lock.
signin-passkey-button = Sign in with a passkey
passkey-browser-problem = The passkey did not work in this browser. You can try again.
signin-no-script = To sign in with a passkey, use a browser with JavaScript turned on. Or we can send you a new link.
signin-link-heading = Send me a new link
passkey-offer-heading = Next time, use your face, fingerprint or screen lock
passkey-offer-explain = With a passkey you can sign in without waiting for a text or an email. It is never required.
passkey-add = Add a passkey
passkey-add-confirm-first = You will confirm it's you first.
passkey-no-script = Adding or using a passkey needs a browser with JavaScript turned on.
passkey-not-now = Not now
passkey-refused-heading = The passkey was not accepted
passkey-expired-explain = This attempt took too long or was already used. Nothing was changed. Please try again.
passkey-failed-explain = We could not check what your device answered. Nothing was changed. Please try again.
passkey-taken-explain = This passkey is already registered. Nothing was changed.
passkey-unknown-explain = This passkey does not open any patient pages here (it may have been removed). You can ask for a new link instead.
passkey-not-verified-explain = Your device did not confirm it was you (face, fingerprint, PIN or screen lock). Your health details stay closed.
passkey-name-invalid = A passkey's name must be one line of at most 200 characters.
passkey-name-browser = { $browser }, { $date }
passkey-name-plain = Passkey, { $date }
passkey-never-used = never
passkey-on-devices = On your devices
passkey-on-key = On a security key
passkey-settings-heading = Passkeys
passkey-created = Added { $date }
passkey-last-used = Last used: { $date }
passkey-rename-label = Name
passkey-rename = Rename
passkey-remove = Remove
passkey-none = You have no passkey yet.
settings-passkey-added = Passkey added. Next time, sign in with it.
settings-passkey-renamed = Passkey renamed.
settings-passkey-removed = Passkey removed. It no longer signs you in.
sms-passkey-added = { $clinic }: a passkey was added for signing in to your patient pages. If this was not you, call { $phone }.
email-subject-passkey-added = { $clinic }: a passkey was added
email-passkey-added = A passkey was added for signing in to your patient pages at { $clinic }. If this was not you, call { $phone }.
sms-passkey-removed = { $clinic }: a passkey was removed from your patient pages. If this was not you, call { $phone }.
email-subject-passkey-removed = { $clinic }: a passkey was removed
email-passkey-removed = A passkey was removed from your patient pages at { $clinic }. It no longer signs in. If this was not you, call { $phone }.

## Live updates on open pages
live-updated = Last updated { $time }.
live-refresh = Refresh
live-on = New messages appear here as they arrive.
live-off = Live updates stopped. Reload the page to see new messages.
live-inbox-on = This list updates as messages arrive.
live-typing-team = The care team is typing…
live-typing-name = { $name } is typing…
live-typing-patient = The patient is typing…
live-seen = Seen by the patient { $time }
live-refused-heading = Live updates are paused
live-too-many-tabs = This is open in too many tabs. Close some of them, then reload this page.
live-too-many-streams = Live updates are busy right now. Reload the page to see new messages.
live-typing-wait = Typing notices go out at most every few seconds.
## Caregiver grants
sms-grant-invitation = { $clinic }: { $patient } invited you to help with their care. Accept here: { $url }
email-subject-grant-invitation = { $clinic }: { $patient } invited you to help with their care
email-grant-invitation = { $patient } has invited you to help with their care at { $clinic }. To accept, open this link and confirm with the code we will send you: { $url }
caregiver-refused-heading = You cannot open this
caregiver-refused-explain = Your access to this person's care does not include this page, has ended, or was withdrawn. Ask them (or the clinic) if you need it.
caregiver-helping = You are helping { $patient }
caregiver-back = Back to your own view
caregiver-list-heading = People you help
caregiver-list-none = Nobody has given you access right now.
caregiver-scope-appointments = Appointments
caregiver-scope-messages = Messages with the care team
caregiver-scope-refills = Prescription refills
caregiver-nothing = Nothing to show yet.
caregiver-sender = { $caregiver } for { $patient }
invitation-refused-heading = This invitation cannot be used
invitation-refused-explain = It was already used, it has expired, or it was withdrawn. Ask the person who invited you for a new one.
invitation-heading = You are invited to help
invitation-intro = { $patient } invited { $caregiver } to help with:
invitation-accept = Accept
invitation-send-code = Send me a code
invitation-code-explain = To accept, confirm it is you with a code we send to { $destination }.
invitation-code-locked = Too many wrong codes. Ask the person who invited you for a new invitation.
caregivers-heading = People who help you
caregivers-none = Nobody can act for you yet.
caregivers-never-used = not yet
caregivers-status-invited = Invited, not accepted yet
caregivers-status-active = Active
caregivers-status-revoked = Withdrawn
caregivers-status-expired = Ended
caregivers-basis-patient-given = You gave this access
caregivers-basis-parent-of-minor = Given by the clinic: parent of a minor
caregivers-basis-legal-representative = Given by the clinic: legal representative
caregivers-invited = Your invitation was sent.
caregivers-not-sent = The invitation is saved but could not be sent. Check the phone number or email, or withdraw it and try again.
caregivers-revoked = Access withdrawn. It stops working at once.
caregivers-since = Since { $date }
caregivers-until = Until { $date }
caregivers-last-used = Last used: { $date }
caregivers-revoke = Withdraw access for { $name }
caregivers-invite-heading = Invite someone to help
caregivers-name = Their name
caregivers-contact = Their mobile phone or email
caregivers-contact-hint = Phone numbers with the country code, for example +1 312 555 0190.
caregivers-scopes = What they may do for you
caregivers-settings-never = Your settings, phone and email always stay yours alone.
caregivers-months = For how long
caregivers-months-option = { $months } months
caregivers-invite = Send the invitation
caregivers-bad-name = Please enter their name (no < or >).
caregivers-bad-contact = Please enter a mobile phone number with its country code, or an email address.
caregivers-bad-scopes = Please choose at least one thing they may do.
caregivers-bad-months = Please choose how long the access lasts.
caregivers-copies = Also send them my appointment reminders (by text or email, to the contact above)
caregivers-copies-on = Gets your appointment reminders too
caregivers-copies-start = Send { $name } my appointment reminders
caregivers-copies-stop = Stop sending { $name } my reminders
caregivers-copies-started = They will get your appointment reminders too, from the next one.
caregivers-copies-stopped = They will no longer get your reminders.
caregivers-copies-need-appointments = Reminders go only to someone who may see your appointments: tick Appointments too.
caregivers-teen-explain = At your age, { $name } no longer reads your messages or sees your refills here. That is yours to change:
caregivers-teen-restore-messages = Let { $name } read my messages again
caregivers-teen-withdraw-messages = Stop letting { $name } read my messages
caregivers-teen-restore-refills = Let { $name } see my refills again
caregivers-teen-withdraw-refills = Stop letting { $name } see my refills
caregivers-teen-restored = Done. You can take it back here at any time.
caregivers-teen-withdrawn = Done. It is yours alone again.
caregiver-copies-on = You get { $name }'s appointment reminders.
caregiver-copies-stop = Stop sending me these reminders
caregiver-copies-stopped = You will no longer get { $name }'s reminders.
caregiver-visit-confirm = Confirm this visit
caregiver-visit-cancel = Cancel this visit
caregiver-visit-confirmed = The visit is confirmed. { $name } sees it too.
caregiver-visit-cancelled = The visit is cancelled. { $name } and the care team are told.
caregiver-visit-unchanged = Nothing changed: this visit can no longer be confirmed or cancelled.
caregiver-visit-reschedule-requested = The care team is asked to find another time for this visit for { $name }.
caregiver-refill-sent = The request is with the care team. { $name } sees it too.
page-after-hours = Outside opening hours, call
red-flag-reply = If this is an emergency, call { $emergency } now. To reach the clinic, call { $phone }. We have told your care team your message is urgent.
red-flag-reply-no-line = If this is an emergency, call { $emergency } now. We have told your care team your message is urgent.
unsubscribe-heading = Stop reminder and alert emails
unsubscribe-ask = Stop reminder and message-alert emails to { $email }?
unsubscribe-button = Stop these emails
unsubscribe-still = Codes you ask for and security notices still come to this address.
unsubscribe-done = Done: reminder and message-alert emails to { $email } have stopped.
unsubscribe-back-on = To turn them back on, choose email again in your settings.
staff-reports-title = Reply times
staff-reports-period = Messages first unanswered from { $from } to { $to }
staff-reports-from = From
staff-reports-to = To
staff-reports-show = Show
staff-reports-category = About
staff-reports-answered = Answered
staff-reports-median = Median, business hours
staff-reports-p90 = 90th percentile, business hours
staff-reports-within = Within the promise
staff-reports-open = Waiting for a reply now
staff-reports-overdue = Overdue now
staff-reports-all = All
staff-reports-chart = Business hours to the first reply: median (dark) and 90th percentile (light), by what the message was about
staff-reports-none = No answers in this period.
category-appointment = Appointments
category-refill = Prescription refills
category-question = Questions
category-billing = Billing
category-other = Other

# Teams, cover while away, and late replies (/staff).
staff-view-my-teams = My teams
# $when: when the reply is due, in the clinic's time zone; $link: the conversation's address
email-subject-reply-due-soon = A reply to a patient is due soon
email-reply-due-soon = { $name }, a reply to a patient is due by { $when }. Open the conversation: { $link }
email-subject-reply-escalated = A late reply was passed to you
email-reply-escalated = { $name }, a reply to a patient was due by { $when } and has not been sent. It is yours now. Open the conversation: { $link }
staff-team-label = Team
staff-team-none = No team (the whole clinic)
staff-team-move = Move to team
# $name: the colleague who is away
staff-covering-for = Covering for { $name }
staff-steps-heading = How it got here
# $team: a team's name; $from, $to: people of the care team
staff-step-routed = Routed to { $team }
staff-step-covered = { $from } is away: given to { $to }
staff-step-pooled = { $from } is away: back to the team
staff-step-warned = Reply due soon: { $to } was told
staff-step-warned-nobody = Reply due soon: there was no one to tell
staff-step-escalated = Late: given to { $to }
staff-step-no-one-further = Late: there is no one further to give it to
staff-away-link = Away
staff-away-title = Away from work
staff-away-explain = While you are away, clinical messages assigned to you go to the colleague covering for you; booking and billing go back to your team. Your absence ends by itself after its last day.
staff-away-from = First day away
staff-away-to = Last day away
staff-away-cover = Covering for you
staff-away-no-cover = No one (messages go back to the team)
staff-away-add = Save absence
staff-away-mine = Your absences
staff-away-none = You have no absences planned.
staff-away-cancel = Cancel this absence
staff-away-team = Who is away
staff-away-nobody = No one is away.
# $name: who is away; $from, $to: the first and last days; $cover: who covers
staff-away-row = { $name }: { $from } to { $to }
staff-away-row-cover = { $name }: { $from } to { $to }, covered by { $cover }
staff-away-wrong-dates = Check the dates: the last day must not be before the first or in the past, and an absence is at most a year long.
staff-away-wrong-cover = Choose someone else of the care team to cover for you.
staff-away-loop = That colleague is away then too, and you cover for them: choose someone else.
# $away: the clinician who is away; $until: their last day away; $cover: who answers meanwhile
thread-covering = While { $away } is away (until { $until }), { $cover } is answering your messages.
staff-reports-all-teams = All teams

# Staff passkeys (/staff/passkeys, /staff/signin).
staff-passkeys-title = Passkeys
staff-passkeys-explain = Sign in to the care team's pages with your face, fingerprint, screen lock or a security key instead of an emailed link. Each passkey is yours alone.
staff-passkeys-stale = To add or remove a passkey, sign in again first: it must be within 20 minutes of signing in.
staff-passkey-added = Passkey added. Next time, sign in with it.
staff-passkey-removed = Passkey removed. It no longer signs you in.
staff-signin-passkey-explain = If you added a passkey, use your face, fingerprint, screen lock or security key.
staff-passkey-unknown = This passkey does not sign in to any care team here (it may have been removed). Sign in with your work email instead.
staff-passkey-not-verified = Your device did not confirm it was you (face, fingerprint, PIN or screen lock). You are not signed in.
# $name: the staff member; $clinic: the clinic's name
email-subject-staff-passkey-added = { $clinic }: a passkey was added to your sign-in
email-staff-passkey-added = { $name }, a passkey was added for signing in to the care team's pages at { $clinic }. If this was not you, tell your clinic's administrator at once.
email-subject-staff-passkey-removed = { $clinic }: a passkey was removed from your sign-in
email-staff-passkey-removed = { $name }, a passkey was removed from your sign-in to the care team's pages at { $clinic }. It no longer signs you in. If this was not you, tell your clinic's administrator at once.
# $names: colleagues who opened the conversation in the last minutes, each with the time
staff-viewing = Also looking at this: { $names }
# $line: the crisis line the clinic names, as dialled
red-flag-crisis = If you are thinking of harming yourself, call or text { $line } now, at any hour.
# $channel: staff-contact-sms or staff-contact-email; $why: one of the staff-contact-* reasons
staff-step-contact-flagged = { $channel } no longer reaches the patient: { $why }. Reach them another way.
staff-contact-sms = Their mobile number
staff-contact-email = Their email address
staff-contact-invalid = the provider says it cannot receive messages
staff-contact-opted-out = they asked not to be sent more
staff-contact-bouncing = mail to it bounces
staff-assign-to = Give it to
staff-assign-button = Assign

# The clinic's teams, for its administrators (/staff/admin/teams).
staff-admin-teams-title = Teams
staff-admin-teams-explain = Each patient message goes to a team by the clinic's routing rules, else to the default team. A late reply escalates in the end to the team's lead.
staff-admin-only = Only an administrator of the clinic changes its teams.
staff-admin-reauth = To change the clinic's teams, sign in again first: changes are accepted within 20 minutes of signing in.
staff-admin-new-team = New team
staff-admin-team-name = Name
staff-admin-team-lead = Lead
staff-admin-no-lead = No lead (the clinic's first administrator)
staff-admin-team-default = Default team (for messages no rule routes)
staff-admin-team-members = Members
staff-admin-save = Save
staff-admin-add = Add team
staff-admin-saved = Saved.
staff-admin-name-wrong = A team needs a name of one line, at most 200 characters, that no other team of the clinic has.
# $name: an admin; $url, $id: the endpoint; $when: since when it has accepted no event
email-subject-webhook-disabled = An event endpoint was turned off
email-webhook-disabled = { $name }, Portico stopped sending events to { $url } (endpoint { $id }): it has not accepted an event since { $when }, after retries for more than a day. Fix the receiver, then turn it back on with PATCH /api/v1/webhooks/{ $id } and "enabled": true.

# The patient's own trail (/p/activity): what they and the people who help them did here.
activity-heading = Who opened your record
activity-explain = Everything you, and anyone you let help you, did here, newest first. Your clinic keeps the same record.
activity-none = Nothing yet.
activity-older = Older
activity-newest = Back to the newest
activity-you = You
# $name: the caregiver, as the patient named them
activity-caregiver = { $name }, who helps you
activity-someone = Someone helping you
# How the person had proved who they are.
activity-auth-link = with the link we sent
activity-auth-code = with a code we sent
activity-auth-passkey = with a passkey
activity-auth-link-code = with the link we sent and a code
activity-auth-link-birth-date = with the link we sent and your date of birth
activity-auth-code-birth-date = with a code we sent and your date of birth
activity-auth-sms = by a text from your phone
# What they did.
activity-link-redeemed = Opened a link from the clinic
activity-link-code-used = Signed in with a code
activity-link-renewed = Asked for a new link
activity-step-up-code-sent = Asked for a code to prove it was you
activity-step-up-passed = Proved it was you
activity-step-up-failed = A try to prove it was you did not match
activity-passkey-signed-in = Signed in with a passkey
activity-passkey-registered = Added a passkey
activity-passkey-renamed = Renamed a passkey
activity-passkey-removed = Removed a passkey
activity-passkey-refused = A passkey was refused
activity-passkey-possible-clone = A passkey was used in a way that suggests a copy of it
activity-appointment-confirmed = Confirmed a visit
activity-appointment-cancelled = Cancelled a visit
activity-appointment-reschedule-requested = Asked for another time for a visit
activity-message-received = Sent a message to the clinic
activity-message-red-flag = A message was marked urgent for the care team
activity-refill-requested = Asked for a refill
activity-refill-visit-requested = Asked for a visit about a refill
activity-patient-settings = Changed settings
activity-contact-change-started = Started changing a phone number or email
activity-contact-changed = Changed a phone number or email
activity-contact-opted-out = Asked not to get more texts
activity-contact-opted-in = Asked to get texts again
activity-patient-unsubscribed = Stopped emails with one click
activity-grant-invited = Invited someone to help
activity-grant-revoked = Withdrew someone's access
activity-grant-accepted = Accepted your invitation to help
activity-grant-appointments-viewed = Looked at your visits
activity-grant-messages-viewed = Read your messages
activity-grant-refills-viewed = Looked at your refills
activity-grant-message-sent = Sent a message for you
activity-grant-copies-started = Turned on reminder copies for someone who helps
activity-grant-copies-stopped = Turned off reminder copies for someone who helps
activity-grant-appointment-confirmed = Confirmed a visit for you
activity-grant-appointment-cancelled = Cancelled a visit for you
activity-grant-refill-requested = Asked for a refill for you
activity-grant-teen-restored = Let a parent see more again
activity-grant-teen-withdrawn = Took back what a parent could see
activity-grant-link-opened = Opened a reminder link sent to them
activity-grant-link-refused = A reminder link sent to them was refused
activity-messages-viewed = Read messages
activity-refills-viewed = Looked at refills
activity-other = Used your record
# Settings and the caregivers page link to the trail.
activity-link = Who opened your record
# A parent's grant once the child reaches the clinic's age for privacy. $name: the patient; $age: their age
caregiver-teen-private = Since { $name } turned { $age }, their messages are theirs alone to read. You can still write to the care team for them.
# A caregiver signing in again (/p/for/sign-in).
caregiver-sign-in-heading = Sign in to help someone
caregiver-sign-in-explain = Type the mobile phone number or email you accepted an invitation with, and we send a code to it.
caregiver-sign-in-contact = Your mobile phone or email
caregiver-sign-in-send = Send me a code
caregiver-sign-in-sent = If that phone number or email is one you accepted an invitation with, a code is on its way. It works for 10 minutes.
caregiver-sign-in-code = The code we sent
caregiver-sign-in-button = Sign in
caregiver-sign-in-more = The reminder link you opened shows only the visits it was about. Sign in to see everything you can do.
caregiver-link-heading = A reminder for someone you help
caregiver-link-explain = Open it to see the visits, and to confirm, cancel or ask for another time.
caregiver-link-open = Open the visits
caregiver-link-dead-heading = This link no longer works
caregiver-link-dead-explain = It was used already or has expired, or the access it was sent under has ended. You can still sign in with the phone or email you were invited at.
caregiver-link-sign-in = Sign in to help someone
caregiver-settings-heading = Your texts and emails from us
caregiver-settings-explain = The reminders you get for the people you help, and our notices to you, come in this language, and never at night where you live.
caregiver-settings-zone = Where you live (time zone)
caregiver-settings-zone-unsaid = Not said: the time zone of the person you help
caregiver-settings-save = Save
caregiver-settings-saved = Saved.
caregiver-passkeys-stale = To add or remove a passkey, sign out and sign in again first: it can be done within 20 minutes of signing in.
caregiver-passkey-unknown = This passkey does not open the pages of someone you help here (it may have been removed). You can sign in with a code instead.
email-subject-caregiver-passkey-added = { $clinic }: a passkey was added to your sign-in
caregiver-passkey-added-notice = { $clinic }: a passkey was added for signing in to help someone. If this was not you, call { $phone }.
email-subject-caregiver-passkey-removed = { $clinic }: a passkey was removed from your sign-in
caregiver-passkey-removed-notice = { $clinic }: a passkey was removed from your sign-in to help someone. It no longer signs you in. If this was not you, call { $phone }.
signin-caregiver-link = Helping someone? Sign in here
# Thirty days before a parent's grant changes with the child's age: to the parent and to the child.
# $clinic; $date: the day it changes; $patient: the child; $caregiver: the parent; $age: the age then
email-subject-growing-up = A change in who can see your record
growing-up-narrows-parent = { $clinic }: on { $date } { $patient } turns { $age }. From then on you can still see their visits and write to the care team for them, but their messages and refills are theirs alone.
growing-up-narrows-teen = { $clinic }: on { $date } you turn { $age }. From then on { $caregiver } can still see your visits and write to the care team for you, but no longer read your messages or refills.
growing-up-ends-parent = { $clinic }: on { $date } { $patient } turns 18 and your access to their record ends. If you are their legal representative, ask the clinic to record it.
growing-up-ends-teen = { $clinic }: on { $date } you turn 18, and { $caregiver } can no longer see your record for you.
