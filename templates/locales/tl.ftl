# Portico — Tagalog (tl). Isinalin mula sa en.ftl.
# Katayuan: naghihintay ang file na ito na suriin ng isang clinician na katutubong nagsasalita ng Tagalog bago ito makita ng mga pasyente.
# Status: awaits review by a native-speaking clinician before patients see it.
# Rules for every locale: no health details in SMS or email; keep SMS lines short;
# { $variables } must stay as they are.

## The language itself
language-name = Tagalog
# "ltr" or "rtl"
language-direction = ltr
switcher-label = Wika

## Dates and times (built by Portico from these parts)
weekday-1 = Lunes
weekday-2 = Martes
weekday-3 = Miyerkules
weekday-4 = Huwebes
weekday-5 = Biyernes
weekday-6 = Sabado
weekday-7 = Linggo
weekday-short-1 = Lun
weekday-short-2 = Mar
weekday-short-3 = Miy
weekday-short-4 = Huw
weekday-short-5 = Biy
weekday-short-6 = Sab
weekday-short-7 = Lin
month-1 = Enero
month-2 = Pebrero
month-3 = Marso
month-4 = Abril
month-5 = Mayo
month-6 = Hunyo
month-7 = Hulyo
month-8 = Agosto
month-9 = Setyembre
month-10 = Oktubre
month-11 = Nobyembre
month-12 = Disyembre
month-short-1 = Ene
month-short-2 = Peb
month-short-3 = Mar
month-short-4 = Abr
month-short-5 = May
month-short-6 = Hun
month-short-7 = Hul
month-short-8 = Ago
month-short-9 = Set
month-short-10 = Okt
month-short-11 = Nob
month-short-12 = Dis
time-am = AM
time-pm = PM
# $h12 (1–12), $h24 (0–23), $hh24 (00–23), $mm (00–59), $ampm (time-am or time-pm)
time-of-day = { $h12 }:{ $mm } { $ampm }
# $weekday, $month, $day, $year, $time
date-long = { $weekday }, { $month } { $day }, { $year }
datetime-long = { $weekday }, { $month } { $day }, { $year }, nang { $time }
# Used in SMS: as short as the language allows. $weekday, $month are the short forms.
datetime-short = { $weekday } { $month } { $day } { $time }
minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minuto
}

## SMS and email
sms-link-signin = { $clinic }: ito po ang link para mag-sign in: { $url } Mag-reply ng STOP para huminto.
sms-link-appointment = { $clinic }: tingnan at kumpirmahin ang inyong appointment: { $url } Mag-reply ng STOP para huminto.
sms-link-thread = { $clinic }: may bago kayong mensahe: { $url } Mag-reply ng STOP para huminto.
sms-link-refill = { $clinic }: ang hiling ninyong refill: { $url } Mag-reply ng STOP para huminto.
sms-link-settings = { $clinic }: ang inyong settings: { $url } Mag-reply ng STOP para huminto.
sms-reminder = { $clinic }: appointment sa { $when }. Kumpirmahin o baguhin: { $url } Mag-reply ng STOP para huminto.
# The reminder that also says how to answer by reply, sent when it fits the
# message's segment budget; $yes and $no are reply-word-confirm and reply-word-cancel.
sms-reminder-reply = { $clinic }: appointment sa { $when }. I-reply ang { $yes }=kumpirma, { $no }=kansela. { $url } STOP=huminto
# One SMS for the visits of several patients who share a phone: no names, only times.
sms-household = { $clinic }: { $count } appointment: { $whens }. Buksan: { $url } Mag-reply ng STOP para huminto.
sms-cancellation = { $clinic }: kinansela ang appointment ninyo sa { $when }. Detalye: { $url } Mag-reply ng STOP para huminto.
# A caregiver's copy of a patient's reminder: no name of the patient, the caregiver's own page.
sms-copy-reminder = { $clinic }: appointment ng taong tinutulungan ninyo sa { $when }. Tingnan: { $url } Mag-reply ng STOP para itigil ang mga kopyang ito.
sms-copy-cancellation = { $clinic }: kinansela ang appointment ng taong tinutulungan ninyo sa { $when }. Tingnan: { $url } Mag-reply ng STOP para itigil ang mga kopyang ito.
sms-message-alert = { $clinic }: may bago kayong mensahe. Basahin: { $url } Mag-reply ng STOP para huminto.
sms-refill-update = { $clinic }: may update sa hiling ninyong refill. Tingnan: { $url } Mag-reply ng STOP para huminto.
sms-step-up-code = { $clinic }: ang code ninyo ay { $code }. Mag-e-expire ito sa loob ng 10 minuto. Huwag itong ibigay kaninuman.
sms-contact-confirm = { $clinic }: ang code para kumpirmahin ang numerong ito ay { $code }. Mag-e-expire ito sa loob ng 10 minuto.
sms-contact-changed = { $clinic }: napalitan ang numero ng telepono para sa inyong mga mensahe. Kung hindi kayo ito, tumawag sa { $phone }.
email-subject-signin = { $clinic }: ang inyong link para mag-sign in
email-subject-appointment = { $clinic }: ang inyong appointment
email-subject-thread = { $clinic }: may bago kayong mensahe
email-subject-refill = { $clinic }: ang hiling ninyong refill
email-subject-settings = { $clinic }: ang inyong settings
email-subject-reminder = { $clinic }: paalala tungkol sa appointment
email-subject-cancellation = { $clinic }: kinansela ang appointment
email-subject-copy-reminder = { $clinic }: paalala para sa taong tinutulungan ninyo
email-subject-copy-cancellation = { $clinic }: kinansela ang appointment ng taong tinutulungan ninyo
email-subject-message-alert = { $clinic }: may bago kayong mensahe
email-subject-refill-update = { $clinic }: may update sa hiling ninyong refill
email-subject-step-up-code = { $clinic }: ang inyong code
email-subject-contact-confirm = { $clinic }: kumpirmahin ang inyong email address
email-subject-contact-changed = { $clinic }: napalitan ang inyong contact information
email-hello = Magandang araw, { $name },
email-what-signin = ito po ang inyong link para mag-sign in
email-what-appointment = tingnan at kumpirmahin ang inyong appointment
email-what-thread = may bago kayong mensahe
email-what-refill = tingnan ang hiling ninyong refill
email-what-settings = buksan ang inyong settings
email-what-reminder = ang inyong appointment ay sa { $when }. Kumpirmahin o baguhin ito
email-what-cancellation = kinansela ang inyong appointment sa { $when }
email-what-copy-reminder = may appointment ang taong tinutulungan ninyo sa { $when }. Tingnan ito
email-what-copy-cancellation = kinansela ang appointment ng taong tinutulungan ninyo sa { $when }. Tingnan ito
email-copy-why = Natatanggap ninyo ito dahil hiniling ng taong tinutulungan ninyo na makarating din sa inyo ang kanyang mga paalala tungkol sa appointment. Para itigil ang mga ito, buksan ang link at piliin ang “Itigil ang pagpapadala sa akin ng mga paalalang ito”.
email-what-message-alert = may bago kayong mensahe. Basahin ito
email-what-refill-update = may update sa hiling ninyong refill
email-open-button = Buksan
email-link-note = Isang beses lang gumagana ang link, at nag-e-expire ito. Kung expired na, buksan pa rin ito at humingi ng bago.
email-call = Para makausap ang isang tao, tumawag sa { $phone }.
email-after-hours = Sa labas ng oras ng klinika, tumawag sa { $phone }.
email-step-up-code = Ang code ninyo ay { $code }. Mag-e-expire ito sa loob ng 10 minuto. Huwag itong ibigay kaninuman.
email-contact-confirm = Ang code para kumpirmahin ang email address na ito ay { $code }. Mag-e-expire ito sa loob ng 10 minuto.
email-contact-changed = Napalitan ang email address para sa inyong mga mensahe mula sa { $clinic }. Kung hindi kayo ito, tumawag sa { $phone }.
email-code = Hindi bumubukas ang link, o binabasa ninyo ito sa ibang device? Pumunta sa { $url } at i-type ang code na { $code }.

## Replies to inbound texts
# Words a patient may text back, comma-separated, matched without regard to case or accents.
inbound-confirm = OO, OPO, KUMPIRMA, KUMPIRMADO
inbound-cancel = HINDI, HINDI PO, KANSELA, IKANSELA
inbound-help = TULONG
inbound-stop = TIGIL, HINTO, ITIGIL
inbound-start = SIMULA, ITULOY
reply-confirmed = Salamat po, kumpirmado na ang inyong appointment.
reply-cancelled = Kinansela na ang inyong appointment. Tumawag sa klinika para pumili ng ibang oras.
reply-no-appointment = Wala kaming nakitang darating na appointment para sa numerong ito. Pakitawagan ang klinika.
reply-unknown-number = Hindi nakarehistro sa anumang klinika ang numerong ito. Pakitawagan ang inyong klinika.
reply-unknown-number-kept = Salamat. Hindi namin kilala ang numerong ito, kaya babasahin ng iyong klinika ang mensahe mo pero baka hindi ito makasagot sa text. Kung apurahan, pakitawagan ang iyong klinika.
reply-acknowledged = Salamat po. Babasahin ng inyong care team ang mensahe ninyo at sasagot sila sa lalong madaling panahon.
# $when: the promised reply time, in the patient's time zone
reply-acknowledged-by = Salamat po. Babasahin ng inyong care team ang mensahe ninyo at sasagot sila bago mag-{ $when }.
reply-help-call = { $clinic }: tumawag sa { $phone }.
reply-help-after-hours = Pagkatapos ng oras ng trabaho: { $phone }.
reply-help-stop = Mag-reply ng STOP para huminto.
# The words reminders name: each must be in inbound-confirm / inbound-cancel, and
# the cancel word must not be one carriers take as an opt-out (STOP, CANCEL, END, QUIT, ...).
reply-word-confirm = OO
reply-word-cancel = HINDI
# When a reply could mean several visits: $choices lists reply-choice items.
reply-which-confirm = Aling appointment ang gusto mong kumpirmahin? I-reply ang { $choices }.
reply-which-cancel = Aling appointment ang gusto mong ikansela? I-reply ang { $choices }.
reply-choice = { $number } para sa { $when }
reply-choice-unknown = Mag-reply ng numero mula 1 hanggang { $count }.
reply-unmatched-clinic = Hindi namin matukoy kung para saang klinika ang mensaheng ito. Pakitawagan ang iyong klinika.

## Every page
page-sign-out = Mag-sign out
page-signed-out = Naka-sign out na kayo
page-signed-out-explain = Para bumalik, buksan ang pinakabagong link mula sa inyong klinika.
page-home-link = Home
page-settings-link = Settings
page-call = May tanong? Tumawag sa { $phone }.
page-problem-heading = Pakisubukang muli
page-csrf-explain = Hindi namin matiyak na galing sa pahinang ito ang request na ito.
page-form-explain = Hindi namin mabasa ang form na iyon.
page-error-heading = Nagkaproblema sa aming panig
page-error-explain = Pakisubukang muli pagkalipas ng isang minuto. Kung patuloy itong nangyayari, tumawag sa inyong klinika.
page-conflict-heading = Nagawa na ito
page-conflict-explain = Mukhang nai-save na ito. Bumalik at i-reload ang pahina para makita ang kalagayan.
page-not-found-heading = Hindi namin makita ang pahinang iyon
page-not-found-explain = Buksan ang pinakabagong link mula sa inyong klinika, o tawagan sila.
page-session-heading = Pakibuksan muli ang inyong link
page-session-explain = Natapos na ang inyong session dito, para mapanatiling ligtas ang inyong impormasyon. Buksan ang pinakabagong link mula sa inyong klinika.
page-code = Code: { $code }

## Landing and links
landing-signin-heading = Mag-sign in
landing-signin-explain = Pindutin ang button para buksan ang inyong pahina sa klinika.
landing-signin-button = Magpatuloy
landing-appointment-heading = Ang inyong appointment
landing-appointment-explain = Darating ba kayo? Kumpirmahin sa isang pindot, o tingnan muna ang mga detalye para baguhin o kanselahin ito.
landing-appointment-see = Tingnan o baguhin
landing-thread-heading = May bago kayong mensahe
landing-thread-explain = Pindutin ang button para buksan ang mga mensahe mula sa care team.
landing-thread-button = Buksan ang aking mga mensahe
landing-refill-heading = Ang hiling ninyong refill
landing-refill-explain = Pindutin ang button para makita ang hiling ninyong refill.
landing-refill-button = Tingnan ang aking hiling
landing-settings-heading = Ang inyong settings
landing-settings-explain = Pindutin ang button para buksan ang inyong settings.
landing-settings-button = Buksan ang aking settings
landing-household-heading = Mga appointment ng iyong pamilya
landing-household-explain = May mga appointment ang teleponong ito para sa higit sa isang tao. Pindutin ang button para makita ang mga ito; bubukas ang bawat isa kapag inilagay mo ang petsa ng kapanganakan ng taong may appointment.
landing-household-button = Tingnan ang mga appointment
## Visits of several patients who share a phone: times only until a date of birth says whose.
household-heading = Mga appointment para sa teleponong ito
household-explain = Para buksan ang isang appointment, ilagay ang petsa ng kapanganakan ng taong may appointment.
household-visit = Appointment sa { $when }
household-birth-date = Petsa ng kapanganakan ng taong may appointment na ito
household-open = Buksan ang appointment na ito
household-wrong = Hindi tugma ang petsa ng kapanganakan sa appointment na ito. Pakisuri at subukang muli.
household-locked = Masyadong maraming maling petsa ng kapanganakan. Pakitawagan ang klinika.
household-off = Hindi na nagbubukas ng appointment ang klinikang ito gamit ang petsa ng kapanganakan. Pakitawagan ang klinika.
household-gone = Hindi na bukas ang appointment na ito.
landing-once = Isang beses lang gumagana ang link na ito. Kung hindi ninyo ito inaasahan, puwede ninyo itong balewalain.
landing-code-heading = Bubuksan ba ninyo ito sa ibang device?
landing-code-where = Sa device na iyon, pumunta sa { $url } at i-type ang code na ito:
link-used-heading = Nagamit na ang link na ito
link-used-explain = Isang beses lang gumagana ang bawat link, para mapanatiling ligtas ang inyong impormasyon. Puwede namin kayong padalhan ng bago.
link-expired-heading = Expired na ang link na ito
link-expired-explain = Tumitigil sa paggana ang mga link pagkalipas ng ilang panahon, para mapanatiling ligtas ang inyong impormasyon. Puwede namin kayong padalhan ng bago.
link-revoked-heading = Hindi na gumagana ang link na ito
link-revoked-explain = Nagpadala ang inyong klinika ng mas bagong link, o pinatay nila ang link na ito. Puwede namin kayong padalhan ng bago.
link-bad-heading = Hindi gumagana ang link na ito
link-bad-explain = Baka hindi ito nakopya nang buo. Sabihin sa amin kung paano kayo makokontak at, kung nasa record kayo ng inyong klinika, padadalhan namin kayo ng bagong link.
link-reopen-explain = Hindi namin matiyak na galing sa pahinang ito ang request na ito. Buksan muli ang link mula sa inyong mensahe.
link-send-new = Padalhan ako ng bagong link
link-send-new-note = Ipapadala namin ito sa telepono o email na nasa record ng inyong klinika.
link-contact-label = Ang inyong mobile number (may country code, gaya ng +1 312 555 0142) o email
link-sent-heading = Tingnan ang inyong telepono o email
link-sent-explain = Kung may paraan ang inyong klinika para makontak kayo, papunta na ang bagong link. Baka umabot ng isang minuto bago ito dumating.
link-wait-heading = Pakihintay sandali
link-wait-explain = Marami kaming natanggap na request mula sa inyong network. Subukang muli pagkalipas ng isang oras, o tumawag sa inyong klinika.
link-check-heading = Pakitingnan ang inyong isinulat
link-check-explain = Maglagay ng mobile number na nagsisimula sa + at sa country code (gaya ng +1 312 555 0142), o isang email address.
link-bad-code = May code din ba ang inyong mensahe? I-type ito rito.

## Mga code (/c), para sa link na hindi bumubukas
code-heading = I-type ang inyong code
code-explain = May code din ang mensaheng may link ninyo, gaya ng 7KQM-3XTR. I-type ito rito para mabuksan ang inyong page sa device na ito.
code-label = Ang inyong code (8 letra at numero)
code-button = Magpatuloy
code-note = Isang beses lang gumagana ang code, gaya ng link nito, at hanggang mag-expire lang ang link.
code-format = Hindi iyan code. Ang code ay may 8 letra at numero, gaya ng 7KQM-3XTR.
code-wrong = Hindi gumana ang code na iyon. Pakitingnan ito at subukang muli. Pagkatapos ng 5 maling subok, hindi na gagana ang code.
code-used-heading = Nagamit na ang code na ito
code-used-explain = Isang beses lang magagamit ang code at ang link nito, at nagamit na ang isa sa kanila. Puwede namin kayong padalhan ng bagong link.
code-expired-heading = Expired na ang code na ito
code-expired-explain = Gumagana lang ang code habang gumagana ang link nito, at expired na ang link na iyon. Puwede namin kayong padalhan ng bago.
code-locked-heading = Hindi na gumagana ang code na ito
code-locked-explain = Masyadong maraming beses itong mali ang pagka-type, kaya pinatay namin ito para mapanatiling ligtas ang inyong impormasyon. Buksan na lang ang link sa inyong mensahe, o humingi ng bagong link.
code-paused-explain = Naka-pause muna ang mga code dahil sa maraming maling subok. Buksan na lang ang link sa inyong mensahe, o subukang muli pagkalipas ng isang oras.

## Home
home-hello = Kumusta, { $name }
home-upcoming = Ang inyong mga darating na appointment
home-none = Wala kayong darating na appointment.
home-with = kay { $provider }
home-messages = Mga mensahe sa inyong care team
home-refills = Mga refill ng reseta

## Appointment
appointment-heading = Ang inyong appointment
appointment-when = Kailan
appointment-duration = Gaano katagal
appointment-where = Saan
appointment-map = Mapa
appointment-with = Kanino
appointment-status = Status
appointment-bring = Ano ang dadalhin
appointment-bring-default = Ang inyong ID na may litrato, ang inyong insurance card, at listahan ng mga gamot na iniinom ninyo.
status-scheduled = Naka-schedule
status-confirmed = Kumpirmado
status-cancelled = Kinansela
appointment-confirm = Kumpirmahin na darating ako
appointment-cancel-legend = Kanselahin ang appointment na ito
reason-feeling-better = Mas maganda na ang pakiramdam ko
reason-conflict = May iba akong lakad sa oras na iyon
reason-transport = Wala akong masasakyan papunta roon
reason-other = Ibang dahilan
appointment-cancel = Kanselahin ang appointment
appointment-another-time-label = Kailangan ko ng ibang oras (opsyonal: kung kailan kayo puwede)
appointment-another-time = Humingi ng ibang oras
appointment-calendar = Idagdag sa aking kalendaryo
calendar-summary = Appointment sa { $clinic }
appointment-all = Lahat ng inyong appointment
appointment-done-confirmed = Salamat po. Kumpirmado na ang inyong appointment.
appointment-done-cancelled = Kinansela na ang inyong appointment. Tumawag sa klinika kapag gusto ninyo ng bago.
appointment-done-requested = Ipinadala namin ang inyong hiling sa care team. Kokontakin nila kayo tungkol sa ibang oras.
appointment-done-already-confirmed = Kumpirmado na dati ang appointment na ito. Salamat po.
appointment-done-cancelled-cannot-confirm = Kinansela ang appointment na ito, kaya hindi na ito makukumpirma. Tumawag sa klinika kung gusto ninyo ng bago.
appointment-done-passed-cannot-confirm = Nagsimula na o lumipas na ang appointment na ito, kaya hindi na ito makukumpirma.
appointment-done-confirm-failed = Hindi namin makumpirma ang inyong appointment ngayon. Pakisubukang muli pagkalipas ng isang minuto.

## Messages
thread-heading = Mga mensahe sa inyong care team
thread-empty = Wala pang mensahe.
thread-reply-label = Sumulat sa inyong care team
thread-reply-hint = Hanggang 2,000 character. Huwag itong gamitin para sa emergency: tumawag sa 911 o sa lokal na numero para sa emergency.
thread-send = Ipadala
thread-sent = Naipadala na ang inyong mensahe. Sasagot ang care team sa lalong madaling panahon.
# $when: the promised reply time, in the patient's time zone
thread-sent-by = Naipadala na ang inyong mensahe. Sasagot ang care team bago mag-{ $when }.
thread-check-heading = Pakitingnan ang inyong mensahe
thread-empty-message = Walang laman ang inyong mensahe.
thread-long-message = Masyadong mahaba ang inyong mensahe (hanggang 2,000 character lang).

## Step-up
step-up-heading = Kumpirmahin na kayo ito
step-up-explain = Maaaring may impormasyon tungkol sa kalusugan sa pahinang ito. Para manatili itong pribado, tinitiyak muna namin na kayo ito bago ito ipakita.
step-up-locked = Para sa inyong kaligtasan, naka-pause ang pagsusuring ito. Pakitawagan ang klinika.
step-up-code-label = Ilagay ang 6-digit na code na ipinadala namin sa { $destination }
step-up-continue = Magpatuloy
step-up-send-code = Magpadala ng code sa { $destination }
step-up-birth-date-label = O ilagay ang inyong petsa ng kapanganakan
step-up-ways-code = { $channel ->
    [sms] Magte-text kami ng code sa inyong numero { $destination }.
   *[email] Mag-e-email kami ng code sa { $destination }.
}
step-up-ways-code-or-birth-date = { $channel ->
    [sms] Maaari kaming mag-text ng code sa inyong numero { $destination }, o maaari ninyong ilagay ang inyong petsa ng kapanganakan.
   *[email] Maaari kaming mag-email ng code sa { $destination }, o maaari ninyong ilagay ang inyong petsa ng kapanganakan.
}
step-up-ways-birth-date = Ilagay ang inyong petsa ng kapanganakan para magpatuloy.
step-up-birth-date-only-label = Ang inyong petsa ng kapanganakan
step-up-no-way-off = Iisa lang ang paraan namin para maabot kayo, at hindi ginagamit ng klinikang ito ang petsa ng kapanganakan para sa pagsusuring ito. Pakitawagan ang klinika at hilingin na magdagdag sila ng pangalawang numero ng telepono o email address sa inyong record; pagkatapos ay makakapagpadala kami ng code.
step-up-no-way-no-birth-date = Iisa lang ang paraan namin para maabot kayo, at wala sa record ang inyong petsa ng kapanganakan. Pakitawagan ang klinika at hilingin na idagdag nila sa inyong record ang inyong petsa ng kapanganakan, o pangalawang numero ng telepono o email address.
step-up-no-second = Wala kaming pangalawang contact na mapapadalhan ng code.
step-up-too-many-codes = Nakapagpadala na kami ng ilang code. Pakihintay ang isang oras, o tumawag sa klinika.
step-up-send-failed = Hindi namin maipadala ang code ngayon. Pakisubukang muli pagkalipas ng isang minuto.
step-up-too-many-tries = Masyadong maraming pagsubok. Pakihintay ang isang oras, o tumawag sa klinika.
step-up-code-wrong = Hindi tugma ang code na iyon, o expired na ito.
step-up-birth-date-wrong = Hindi tugma ang petsang iyon sa aming record.
## Refills
refills-heading = Mga refill ng reseta
refills-new = Humingi ng refill
refills-pick = Aling gamot?
refills-other = Ibang gamot
refills-other-label = Pangalan at lakas (dosage) ng gamot (gaya ng nasa label)
refills-pharmacy = Aling botika?
refills-pharmacy-new = Ibang botika (pangalan at bayan)
refills-note-label = Anumang dapat malaman ng care team (opsyonal)
refills-submit = Ipadala ang hiling
refills-yours = Ang inyong mga hiling
refills-none = Hindi pa kayo humihingi ng refill.
refills-sent = Natanggap namin ang inyong hiling. Sasabihan namin kayo kapag may pagbabago.
refills-need-medicine = Pumili ng gamot o isulat ang pangalan nito.
refills-need-pharmacy = Pumili ng botika o isulat ang pangalan nito.
refill-heading = Hiling na refill
refill-medicine = Gamot
refill-pharmacy = Botika
refill-timeline = Ang mga nangyari
refill-status-received = Natanggap
refill-status-in-review = Sinusuri
refill-status-sent-to-pharmacy = Ipinadala sa botika
refill-status-needs-visit = Kailangan muna kayong makita ng klinika
refill-status-denied = Hindi inaprubahan: pakitawagan ang klinika
refill-book-visit = Humingi ng appointment
refill-visit-requested = Hiniling namin sa care team na ikuha kayo ng appointment. Kokontakin nila kayo.
refill-all = Lahat ng inyong hiling na refill

## Settings
settings-heading = Ang inyong settings
settings-saved = Na-save na ang inyong settings.
settings-language = Wika para sa mga mensahe at pahina
settings-channels = Paano namin kayo unang kokontakin
settings-channel-both = Parehong text at email, para sa mga paalala
settings-channel-sms-first = Text muna, saka email
settings-channel-email-first = Email muna, saka text
settings-channel-sms-only = Text lang
settings-channel-email-only = Email lang
settings-quiet = Tahimik na oras (walang mensahe sa pagitan ng mga oras na ito)
settings-quiet-from = Mula
settings-quiet-until = Hanggang
settings-optout = Ano ang puwede naming ipadala
settings-allow-sms = Text message
settings-allow-email = Email
settings-optout-note = Ang mga mensahe tungkol sa inyong kaligtasan ay puwede pa ring dumating sa inyo sa pamamagitan ng tawag mula sa klinika.
settings-save = I-save ang settings
settings-contact = Ang inyong telepono at email
settings-phone = Mobile phone
settings-email = Email
settings-change = Palitan
settings-new-phone = Bagong mobile number (may country code)
settings-new-email = Bagong email address
settings-confirm-code-label = Ilagay ang 6-digit na code na ipinadala namin sa bagong { $kind ->
    [phone] numero
   *[email] address
}
settings-confirm = Kumpirmahin ang pagbabago
settings-contact-sent = Nagpadala kami ng code sa bago. Ilagay ito sa ibaba para matapos.
settings-contact-changed = Napalitan na ang inyong contact information. Sinabihan din namin ang dati.
settings-contact-invalid = Pakitingnan ang numero o address na inilagay ninyo.
settings-contact-same = Iyan na ang nasa amin.
settings-contact-code-wrong = Hindi tugma ang code na iyon, o expired na ito.
settings-none = Wala sa record
settings-quiet-invalid = Pumili ng dalawang oras para sa tahimik na oras.
settings-channels-invalid = Payagan ang kahit isang paraan para makontak kayo.

# The care team's pages and emails (/staff).
staff-signin-title = Pag-sign in ng care team
staff-signin-explain = Ilagay ang iyong work email. Padadalhan ka namin ng link sa pag-sign in at anim na digit na code.
staff-email-label = Work email
staff-signin-send = Padalhan ako ng link sa pag-sign in
staff-signin-sent = Kung ang address na ito ay kabilang sa isang care team, papunta na ang link sa pag-sign in at ang code. Isang beses lang gumagana ang mga ito, sa loob ng 15 minuto.
staff-code-title = May code ka ba?
staff-code-explain = Binuksan mo ba ang email sa ibang device? Ilagay dito ang iyong work email at ang anim na digit na code.
staff-code-label = Anim na digit na code
staff-code-submit = Mag-sign in gamit ang code
staff-code-wrong = Hindi gumana ang code na iyon. Suriin ito, o humingi ng bagong email.
staff-too-many = Masyadong maraming subok. Maghintay ng isang oras at humingi ng bagong email.
staff-email-wrong = Maglagay ng work email gaya ng pangalan@halimbawa.org.
staff-link-title = Mag-sign in sa { $clinic }
staff-link-explain = Pindutin ang button para mag-sign in. Isang beses lang gumagana ang link.
staff-link-button = Mag-sign in
staff-link-dead-heading = Hindi na gumagana ang link na ito
staff-link-dead = Nag-expire na ito o nagamit na. Humingi ng bagong email sa pag-sign in.
staff-signin-again = Humingi ng bagong email sa pag-sign in
staff-invite-title = Sumali sa care team ng { $clinic }
staff-invite-explain = { $name }, inimbitahan ka bilang { $role }. Pindutin ang button para tanggapin at mag-sign in.
staff-invite-button = Tanggapin at mag-sign in
staff-role-clinician = doktor
staff-role-nurse = nars
staff-role-front-desk = front desk
staff-role-admin = administrator
staff-inbox-title = Inbox
staff-views-label = Mga view ng inbox
staff-view-needs-reply = Kailangang sagutin
staff-view-overdue = Lampas na sa oras
staff-view-mine = Akin
staff-view-unassigned = Walang nakatalaga
staff-older = Mas lumang mga usapan
staff-saved-label = Magsimula sa naka-save na sagot
staff-saved-use = Gamitin
staff-notes-heading = Mga panloob na tala
staff-notes-explain = Ang care team lamang ang nakakakita nito; hindi ito kailanman ipinapadala sa pasyente.
staff-notes-none = Wala pang tala.
staff-note-label = Magdagdag ng tala para sa team
staff-note-add = Idagdag ang tala
staff-note-wrong = Isulat ang tala (hanggang 4,000 titik).
staff-urgent = Apurahan
staff-reply-held = Hindi naipadala: may dumating na bagong mensahe habang sumusulat ka. Basahin ito sa itaas; narito pa ang sagot mo para ipadala o baguhin.
staff-view-open = Lahat ng bukas
staff-view-closed = Sarado
staff-view-unmatched = Mga text na walang katugma
staff-inbox-empty = Walang laman dito.
staff-signed-in-as = Naka-sign in bilang { $name } sa { $clinic }
staff-sign-out = Mag-sign out
staff-status-open = Bukas
staff-status-waiting = Naghihintay sa pasyente, suriin sa { $date }
staff-status-closed = Sarado
# $when: when the reply is (or was) due, in the clinic's time zone
staff-due = Dapat sagutin bago mag-{ $when }
staff-overdue = Lampas na: dapat nasagot bago mag-{ $when }
staff-assigned-to = Nakatalaga kay { $name }
staff-unassigned = Walang nakatalaga
staff-unmatched-from = Mula sa { $phone }
staff-unverified = Mula sa numerong ginagamit ng marami — hindi beripikado ang nagpadala
staff-reply-label = Sumagot kay { $name }
staff-reply-explain = Makakatanggap ang pasyente ng alerto na may link; sa likod lang ng link makikita ang iyong mga salita.
staff-reply-send = Ipadala ang sagot
staff-reply-wrong = Sumulat ng sagot na hanggang 4000 character, walang control character.
staff-assign-me = Italaga sa akin
staff-wait-label = Suriin sa
staff-wait-button = Markahang naghihintay sa pasyente
staff-close-button = Isara
staff-back-inbox = Bumalik sa inbox
staff-date-wrong = Ilagay ang petsa ng pagsusuri bilang YYYY-MM-DD, ngayon o sa susunod.
email-subject-staff-invite = { $clinic }: inimbitahan ka sa care team
email-staff-invite = { $name }, inimbitahan ka ng { $clinic } na sumagot sa mga pasyente sa Portico bilang { $role }. Tanggapin ang imbitasyon sa loob ng 7 araw: { $link }
email-subject-staff-sign-in = { $clinic }: ang iyong link sa pag-sign in
email-staff-sign-in = Mag-sign in sa { $clinic }: { $link } — o ilagay ang code na ito sa pahina ng pag-sign in: { $code }. Isang beses lang gumagana ang link at ang code, sa loob ng 15 minuto. Kung hindi ikaw ang humingi, huwag pansinin ang email na ito.
# Passkeys and signing in without a link
footer-signin = Mag-sign in
link-refused-signin = May passkey ka? Mag-sign in gamit ito
step-up-passkey-next = Pagkatapos nito, puwede kang magdagdag ng passkey, para sa susunod ay mukha, fingerprint o screen lock mo na lang ang gagamitin.
signin-heading = Mag-sign in
signin-passkey-explain = Kung nagdagdag ka ng passkey, gamitin ang mukha, fingerprint o screen lock mo.
signin-passkey-button = Mag-sign in gamit ang passkey
passkey-browser-problem = Hindi gumana ang passkey sa browser na ito. Puwede mong subukan ulit.
signin-no-script = Para mag-sign in gamit ang passkey, gumamit ng browser na naka-on ang JavaScript. O padadalhan ka namin ng bagong link.
signin-link-heading = Padalhan ako ng bagong link
passkey-offer-heading = Sa susunod, gamitin ang mukha, fingerprint o screen lock mo
passkey-offer-explain = Sa passkey, makakapag-sign in ka nang hindi naghihintay ng text o email. Hindi ito kailanman kailangan.
passkey-add = Magdagdag ng passkey
passkey-add-confirm-first = Kukumpirmahin mo muna na ikaw ito.
passkey-no-script = Kailangan ng browser na naka-on ang JavaScript para magdagdag o gumamit ng passkey.
passkey-not-now = Hindi muna
passkey-refused-heading = Hindi tinanggap ang passkey
passkey-expired-explain = Masyadong natagalan ang pagsubok na ito o nagamit na. Walang nabago. Pakisubukan ulit.
passkey-failed-explain = Hindi namin masuri ang sagot ng device mo. Walang nabago. Pakisubukan ulit.
passkey-taken-explain = Nakarehistro na ang passkey na ito. Walang nabago.
passkey-unknown-explain = Walang binubuksang pahina ng pasyente rito ang passkey na ito (baka natanggal na). Puwede kang humingi ng bagong link.
passkey-not-verified-explain = Hindi kinumpirma ng device mo na ikaw ito (mukha, fingerprint, PIN o screen lock). Nananatiling sarado ang mga detalye ng kalusugan mo.
passkey-name-invalid = Dapat isang linya lang at hindi hihigit sa 200 character ang pangalan ng passkey.
passkey-name-browser = { $browser }, { $date }
passkey-name-plain = Passkey, { $date }
passkey-never-used = hindi pa
passkey-on-devices = Nasa mga device mo
passkey-on-key = Nasa security key
passkey-settings-heading = Mga passkey
passkey-created = Idinagdag noong { $date }
passkey-last-used = Huling ginamit: { $date }
passkey-rename-label = Pangalan
passkey-rename = Palitan ang pangalan
passkey-remove = Alisin
passkey-none = Wala ka pang passkey.
settings-passkey-added = Naidagdag ang passkey. Sa susunod, mag-sign in gamit ito.
settings-passkey-renamed = Napalitan ang pangalan ng passkey.
settings-passkey-removed = Naalis ang passkey. Hindi ka na nito maisa-sign in.
sms-passkey-added = { $clinic }: may idinagdag na passkey para sa mga pahina mo bilang pasyente. Kung hindi ikaw ito, tumawag sa { $phone }.
email-subject-passkey-added = { $clinic }: may idinagdag na passkey
email-passkey-added = May idinagdag na passkey para mag-sign in sa mga pahina mo bilang pasyente sa { $clinic }. Kung hindi ikaw ito, tumawag sa { $phone }.
sms-passkey-removed = { $clinic }: may inalis na passkey sa mga pahina mo bilang pasyente. Kung hindi ikaw ito, tumawag sa { $phone }.
email-subject-passkey-removed = { $clinic }: may inalis na passkey
email-passkey-removed = May inalis na passkey sa mga pahina mo bilang pasyente sa { $clinic }. Hindi na ito makakapag-sign in. Kung hindi ikaw ito, tumawag sa { $phone }.

## Live updates on open pages
live-updated = Huling na-update: { $time }.
live-refresh = I-refresh
live-on = Lumalabas dito ang mga bagong mensahe pagdating nila.
live-off = Huminto ang mga live na update. I-reload ang pahina para makita ang mga bagong mensahe.
live-inbox-on = Nag-a-update ang listahang ito pagdating ng mga mensahe.
live-typing-team = Nagta-type ang care team…
live-typing-name = Nagta-type si { $name }…
live-typing-patient = Nagta-type ang pasyente…
live-seen = Nakita ng pasyente { $time }
live-refused-heading = Naka-pause ang mga live na update
live-too-many-tabs = Bukas ito sa napakaraming tab. Isara ang ilan, saka i-reload ang pahinang ito.
live-too-many-streams = Abala ang mga live na update ngayon. I-reload ang pahina para makita ang mga bagong mensahe.
live-typing-wait = Ipinapadala ang abiso ng pagta-type nang hindi hihigit sa isang beses bawat ilang segundo.
## Caregiver grants
sms-grant-invitation = { $clinic }: Inimbitahan ka ni { $patient } na tumulong sa kanyang pangangalaga. Tanggapin dito: { $url }
email-subject-grant-invitation = { $clinic }: Inimbitahan ka ni { $patient } na tumulong sa kanyang pangangalaga
email-grant-invitation = Inimbitahan ka ni { $patient } na tumulong sa kanyang pangangalaga sa { $clinic }. Para tanggapin, buksan ang link na ito at kumpirmahin gamit ang code na ipapadala namin: { $url }
caregiver-refused-heading = Hindi mo ito mabubuksan
caregiver-refused-explain = Hindi kasama ang pahinang ito sa access mo sa pangangalaga ng taong ito, o natapos na ito, o binawi. Hilingin ito sa kanya (o sa klinika) kung kailangan mo.
caregiver-helping = Tinutulungan mo si { $patient }
caregiver-back = Bumalik sa sarili mong view
caregiver-list-heading = Mga taong tinutulungan mo
caregiver-list-none = Wala pang nagbigay sa iyo ng access ngayon.
caregiver-scope-appointments = Mga appointment
caregiver-scope-messages = Mga mensahe sa care team
caregiver-scope-refills = Pag-refill ng reseta
caregiver-nothing = Wala pang maipapakita.
caregiver-sender = { $caregiver } para kay { $patient }
invitation-refused-heading = Hindi na magagamit ang imbitasyong ito
invitation-refused-explain = Nagamit na ito, nag-expire, o binawi. Humingi ng bago sa taong nag-imbita sa iyo.
invitation-heading = Inimbitahan kang tumulong
invitation-intro = Inimbitahan ni { $patient } si { $caregiver } na tumulong sa:
invitation-accept = Tanggapin
invitation-send-code = Padalhan ako ng code
invitation-code-explain = Para tanggapin, kumpirmahin na ikaw ito gamit ang code na ipapadala namin sa { $destination }.
invitation-code-locked = Masyadong maraming maling code. Humingi ng bagong imbitasyon sa taong nag-imbita sa iyo.
caregivers-heading = Mga taong tumutulong sa iyo
caregivers-none = Wala pang makakakilos para sa iyo.
caregivers-never-used = hindi pa
caregivers-status-invited = Inimbitahan, hindi pa tinatanggap
caregivers-status-active = Aktibo
caregivers-status-revoked = Binawi
caregivers-status-expired = Natapos
caregivers-basis-patient-given = Ikaw ang nagbigay ng access na ito
caregivers-basis-parent-of-minor = Ibinigay ng klinika: magulang ng menor de edad
caregivers-basis-legal-representative = Ibinigay ng klinika: legal na kinatawan
caregivers-invited = Naipadala ang imbitasyon mo.
caregivers-not-sent = Na-save ang imbitasyon pero hindi naipadala. Suriin ang numero o email, o bawiin ito at subukang muli.
caregivers-revoked = Binawi ang access. Hihinto ito agad.
caregivers-since = Mula { $date }
caregivers-until = Hanggang { $date }
caregivers-last-used = Huling ginamit: { $date }
caregivers-revoke = Bawiin ang access ni { $name }
caregivers-invite-heading = Mag-imbita ng tutulong
caregivers-name = Pangalan niya
caregivers-contact = Mobile number o email niya
caregivers-contact-hint = Mga numero na may country code, halimbawa +1 312 555 0190.
caregivers-scopes = Ang puwede niyang gawin para sa iyo
caregivers-settings-never = Ang settings, telepono at email mo ay laging sa iyo lamang.
caregivers-months = Gaano katagal
caregivers-months-option = { $months } buwan
caregivers-invite = Ipadala ang imbitasyon
caregivers-bad-name = Pakilagay ang pangalan niya (walang < o >).
caregivers-bad-contact = Pakilagay ang mobile number na may country code, o isang email address.
caregivers-bad-scopes = Pumili ng kahit isang bagay na puwede niyang gawin.
caregivers-bad-months = Piliin kung gaano katagal ang access.
caregivers-copies = Ipadala rin sa kanya ang mga paalala ko tungkol sa appointment (sa text o email, sa contact sa itaas)
caregivers-copies-on = Natatanggap din ang mga paalala mo tungkol sa appointment
caregivers-copies-start = Ipadala kay { $name } ang mga paalala ko tungkol sa appointment
caregivers-copies-stop = Itigil ang pagpapadala kay { $name } ng mga paalala ko
caregivers-copies-started = Matatanggap na rin niya ang mga paalala mo tungkol sa appointment, simula sa susunod.
caregivers-copies-stopped = Hindi na niya matatanggap ang mga paalala mo.
caregivers-copies-need-appointments = Napupunta lang ang mga paalala sa taong puwedeng makakita ng mga appointment mo: markahan din ang Mga appointment.
caregiver-copies-on = Natatanggap mo ang mga paalala sa appointment ni { $name }.
caregiver-copies-stop = Itigil ang pagpapadala sa akin ng mga paalalang ito
caregiver-copies-stopped = Hindi mo na matatanggap ang mga paalala ni { $name }.
caregiver-visit-confirm = Kumpirmahin ang appointment na ito
caregiver-visit-cancel = Kanselahin ang appointment na ito
caregiver-visit-confirmed = Kumpirmado na ang appointment. Makikita rin ito ni { $name }.
caregiver-visit-cancelled = Kinansela na ang appointment. Naabisuhan na si { $name } at ang care team.
caregiver-visit-unchanged = Walang nagbago: hindi na makukumpirma o makakansela ang appointment na ito.
caregiver-visit-reschedule-requested = Hiniling na sa care team na maghanap ng ibang oras para sa appointment na ito ni { $name }.
caregiver-refill-sent = Nasa care team na ang hiling. Makikita rin ito ni { $name }.
caregivers-teen-explain = Sa edad mo, hindi na nababasa ni { $name } ang mga mensahe mo o nakikita ang mga refill ng reseta mo rito. Ikaw ang magpapasya kung babaguhin ito:
caregivers-teen-restore-messages = Hayaang mabasa ulit ni { $name } ang mga mensahe ko
caregivers-teen-withdraw-messages = Huwag nang hayaang mabasa ni { $name } ang mga mensahe ko
caregivers-teen-restore-refills = Hayaang makita ulit ni { $name } ang mga refill ng reseta ko
caregivers-teen-withdraw-refills = Huwag nang hayaang makita ni { $name } ang mga refill ng reseta ko
caregivers-teen-restored = Tapos na. Puwede mo itong bawiin dito anumang oras.
caregivers-teen-withdrawn = Tapos na. Sa iyo lamang ulit ito.
page-after-hours = Sa labas ng oras ng opisina, tumawag sa
red-flag-reply = Kung ito ay emergency, tumawag sa { $emergency } ngayon. Para maabot ang klinika, tumawag sa { $phone }. Sinabihan namin ang iyong care team na apurahan ang iyong mensahe.
red-flag-reply-no-line = Kung ito ay emergency, tumawag sa { $emergency } ngayon. Sinabihan namin ang iyong care team na apurahan ang iyong mensahe.
unsubscribe-heading = Itigil ang mga email na paalala at abiso
unsubscribe-ask = Itigil ang mga email na paalala at abiso ng mensahe sa { $email }?
unsubscribe-button = Itigil ang mga email na ito
unsubscribe-still = Darating pa rin sa address na ito ang mga code na hihingin mo at mga abiso sa seguridad.
unsubscribe-done = Tapos na: itinigil na ang mga email na paalala at abiso ng mensahe sa { $email }.
unsubscribe-back-on = Para matanggap muli ang mga ito, piliin muli ang email sa iyong settings.
staff-reports-title = Tagal ng pagsagot
staff-reports-period = Mga mensaheng hindi pa nasasagot mula { $from } hanggang { $to }
staff-reports-from = Mula
staff-reports-to = Hanggang
staff-reports-show = Ipakita
staff-reports-category = Paksa
staff-reports-answered = Nasagot
staff-reports-median = Median, oras ng trabaho
staff-reports-p90 = Ika-90 percentile, oras ng trabaho
staff-reports-within = Sa loob ng ipinangako
staff-reports-open = Naghihintay ng sagot ngayon
staff-reports-overdue = Lampas na ngayon
staff-reports-all = Lahat
staff-reports-chart = Oras ng trabaho hanggang sa unang sagot: median (madilim) at ika-90 percentile (maliwanag), ayon sa paksa
staff-reports-none = Walang sagot sa panahong ito.
category-appointment = Mga appointment
category-refill = Refill ng reseta
category-question = Mga tanong
category-billing = Singil
category-other = Iba pa

# Teams, cover while away, and late replies (/staff).
staff-view-my-teams = Mga team ko
# $when: when the reply is due, in the clinic's time zone; $link: the conversation's address
email-subject-reply-due-soon = Malapit na ang takdang oras ng sagot sa isang pasyente
email-reply-due-soon = { $name }, dapat masagot ang isang pasyente bago mag-{ $when }. Buksan ang usapan: { $link }
email-subject-reply-escalated = Ipinasa sa iyo ang isang sagot na lampas na sa oras
email-reply-escalated = { $name }, dapat nasagot ang isang pasyente bago mag-{ $when } pero hindi pa naipapadala ang sagot. Ikaw na ang hahawak nito. Buksan ang usapan: { $link }
staff-team-label = Team
staff-team-none = Walang team (buong klinika)
staff-team-move = Ilipat sa team
# $name: the colleague who is away
staff-covering-for = Sumasalo para kay { $name }
staff-steps-heading = Paano ito napunta rito
# $team: a team's name; $from, $to: people of the care team
staff-step-routed = Ipinadala sa { $team }
staff-step-covered = Wala si { $from }: ibinigay kay { $to }
staff-step-pooled = Wala si { $from }: ibinalik sa team
staff-step-warned = Malapit na ang takdang oras: sinabihan si { $to }
staff-step-warned-nobody = Malapit na ang takdang oras: walang masabihan
staff-step-escalated = Lampas na: ibinigay kay { $to }
staff-step-no-one-further = Lampas na: wala nang ibang mapagbibigyan
staff-away-link = Pagliban
staff-away-title = Wala sa trabaho
staff-away-explain = Habang wala ka, mapupunta sa kasamahang sumasalo sa iyo ang mga klinikal na mensaheng nakatalaga sa iyo; babalik sa team mo ang mga tungkol sa appointment at singil. Kusang matatapos ang pagliban mo pagkatapos ng huling araw nito.
staff-away-from = Unang araw na wala
staff-away-to = Huling araw na wala
staff-away-cover = Sasalo sa iyo
staff-away-no-cover = Wala (babalik sa team ang mga mensahe)
staff-away-add = I-save ang pagliban
staff-away-mine = Mga pagliban mo
staff-away-none = Wala kang nakaplanong pagliban.
staff-away-cancel = Kanselahin ang pagliban na ito
staff-away-team = Sino ang wala
staff-away-nobody = Walang lumiliban.
# $name: who is away; $from, $to: the first and last days; $cover: who covers
staff-away-row = { $name }: mula { $from } hanggang { $to }
staff-away-row-cover = { $name }: mula { $from } hanggang { $to }, sinasalo ni { $cover }
staff-away-wrong-dates = Suriin ang mga petsa: hindi dapat mas maaga sa unang araw o lipas na ang huling araw, at hanggang isang taon lang ang isang pagliban.
staff-away-wrong-cover = Pumili ng ibang tao sa care team na sasalo sa iyo.
staff-away-loop = Wala rin ang kasamahang iyon sa panahong iyon, at ikaw ang sumasalo sa kanya: pumili ng iba.
# $away: the clinician who is away; $until: their last day away; $cover: who answers meanwhile
thread-covering = Habang wala si { $away } (hanggang { $until }), si { $cover } ang sumasagot sa inyong mga mensahe.
staff-reports-all-teams = Lahat ng team

# Staff passkeys (/staff/passkeys, /staff/signin).
staff-passkeys-title = Mga passkey
staff-passkeys-explain = Mag-sign in sa mga pahina ng care team gamit ang mukha, fingerprint, screen lock o security key mo sa halip na link na ipinadala sa email. Sa iyo lamang ang bawat passkey.
staff-passkeys-stale = Para magdagdag o mag-alis ng passkey, mag-sign in ulit muna: dapat ay nasa loob ito ng 20 minuto mula nang mag-sign in ka.
staff-passkey-added = Naidagdag ang passkey. Sa susunod, mag-sign in gamit ito.
staff-passkey-removed = Naalis ang passkey. Hindi ka na nito maisa-sign in.
staff-signin-passkey-explain = Kung nagdagdag ka ng passkey, gamitin ang mukha, fingerprint, screen lock o security key mo.
staff-passkey-unknown = Hindi makakapag-sign in ang passkey na ito sa anumang care team dito (baka natanggal na). Mag-sign in na lang gamit ang work email mo.
staff-passkey-not-verified = Hindi kinumpirma ng device mo na ikaw ito (mukha, fingerprint, PIN o screen lock). Hindi ka naka-sign in.
# $name: the staff member; $clinic: the clinic's name
email-subject-staff-passkey-added = { $clinic }: may idinagdag na passkey sa pag-sign in mo
email-staff-passkey-added = { $name }, may idinagdag na passkey para mag-sign in sa mga pahina ng care team sa { $clinic }. Kung hindi ikaw ito, sabihan agad ang administrator ng klinika mo.
email-subject-staff-passkey-removed = { $clinic }: may inalis na passkey sa pag-sign in mo
email-staff-passkey-removed = { $name }, may inalis na passkey sa pag-sign in mo sa mga pahina ng care team sa { $clinic }. Hindi ka na nito maisa-sign in. Kung hindi ikaw ito, sabihan agad ang administrator ng klinika mo.
# $names: colleagues who opened the conversation in the last minutes, each with the time
staff-viewing = Tumitingin din dito: { $names }
# $line: the crisis line the clinic names, as dialled
red-flag-crisis = Kung iniisip ninyong saktan ang sarili, tumawag o mag-text sa { $line } ngayon, anumang oras.
# $channel: staff-contact-sms or staff-contact-email; $why: one of the staff-contact-* reasons
staff-step-contact-flagged = Hindi na naaabot ng { $channel } ang pasyente: { $why }. Kontakin sila sa ibang paraan.
staff-contact-sms = Ang kanilang mobile number
staff-contact-email = Ang kanilang email address
staff-contact-invalid = sabi ng provider na hindi ito nakakatanggap ng mensahe
staff-contact-opted-out = humiling silang huwag nang padalhan
staff-contact-bouncing = bumabalik ang mga email dito
staff-assign-to = Ibigay kay
staff-assign-button = Italaga

# The clinic's teams, for its administrators (/staff/admin/teams).
staff-admin-teams-title = Mga team
staff-admin-teams-explain = Napupunta ang bawat mensahe ng pasyente sa isang team ayon sa mga routing rule ng klinika, o kung walang tumugma, sa default na team. Ang sagot na lampas na sa oras ay mapupunta sa huli sa lead ng team.
staff-admin-only = Ang administrator lamang ng klinika ang makakapagpalit ng mga team nito.
staff-admin-reauth = Para mapalitan ang mga team ng klinika, mag-sign in ulit muna: tinatanggap lang ang mga pagbabago sa loob ng 20 minuto mula nang mag-sign in ka.
staff-admin-new-team = Bagong team
staff-admin-team-name = Pangalan
staff-admin-team-lead = Lead
staff-admin-no-lead = Walang lead (ang unang administrator ng klinika)
staff-admin-team-default = Default na team (para sa mga mensaheng hindi ipinapadala ng anumang rule sa isang team)
staff-admin-team-members = Mga miyembro
staff-admin-save = I-save
staff-admin-add = Idagdag ang team
staff-admin-saved = Na-save na.
staff-admin-name-wrong = Kailangan ng team ng pangalang isang linya lang, hindi hihigit sa 200 character, at hindi ginagamit ng ibang team ng klinika.
# $name: an admin; $url, $id: the endpoint; $when: since when it has accepted no event
email-subject-webhook-disabled = Pinatay ang isang endpoint ng mga event
email-webhook-disabled = { $name }, itinigil ng Portico ang pagpapadala ng mga event sa { $url } (endpoint { $id }): wala itong tinanggap na event mula { $when }, matapos subukang muli nang higit sa isang araw. Ayusin ang tagatanggap, saka buksan itong muli gamit ang PATCH /api/v1/webhooks/{ $id } at "enabled": true.

# The patient's own trail (/p/activity): what they and the people who help them did here.
activity-heading = Sino ang nagbukas ng inyong record
activity-explain = Lahat ng ginawa rito ninyo at ng sinumang pinayagan ninyong tumulong sa inyo, simula sa pinakabago. Pareho rin ang record na itinatago ng inyong klinika.
activity-none = Wala pa.
activity-older = Mas luma
activity-newest = Bumalik sa pinakabago
activity-you = Kayo
# $name: the caregiver, as the patient named them
activity-caregiver = { $name }, na tumutulong sa inyo
activity-someone = Isang taong tumutulong sa inyo
# How the person had proved who they are.
activity-auth-link = gamit ang link na ipinadala namin
activity-auth-code = gamit ang code na ipinadala namin
activity-auth-passkey = gamit ang passkey
activity-auth-link-code = gamit ang link na ipinadala namin at isang code
activity-auth-link-birth-date = gamit ang link na ipinadala namin at ang inyong petsa ng kapanganakan
activity-auth-code-birth-date = gamit ang code na ipinadala namin at ang inyong petsa ng kapanganakan
activity-auth-sms = sa pamamagitan ng text mula sa inyong telepono
# What they did.
activity-link-redeemed = Nagbukas ng link mula sa klinika
activity-link-code-used = Nag-sign in gamit ang code
activity-link-renewed = Humingi ng bagong link
activity-step-up-code-sent = Humingi ng code para patunayan ang pagkakakilanlan
activity-step-up-passed = Napatunayan ang pagkakakilanlan
activity-step-up-failed = Hindi tumugma ang isang pagsubok na patunayan ang pagkakakilanlan
activity-passkey-signed-in = Nag-sign in gamit ang passkey
activity-passkey-registered = Nagdagdag ng passkey
activity-passkey-renamed = Pinalitan ang pangalan ng isang passkey
activity-passkey-removed = Nag-alis ng passkey
activity-passkey-refused = Hindi tinanggap ang isang passkey
activity-passkey-possible-clone = Ginamit ang isang passkey sa paraang nagpapahiwatig na may kopya ito
activity-appointment-confirmed = Kinumpirma ang isang appointment
activity-appointment-cancelled = Kinansela ang isang appointment
activity-appointment-reschedule-requested = Humingi ng ibang oras para sa isang appointment
activity-message-received = Nagpadala ng mensahe sa klinika
activity-message-red-flag = Minarkahang apurahan ang isang mensahe para sa care team
activity-refill-requested = Humingi ng refill
activity-refill-visit-requested = Humingi ng appointment tungkol sa isang refill
activity-patient-settings = Binago ang settings
activity-contact-change-started = Sinimulang palitan ang numero ng telepono o email
activity-contact-changed = Pinalitan ang numero ng telepono o email
activity-contact-opted-out = Humiling na huwag nang padalhan ng text
activity-contact-opted-in = Humiling na padalhan muli ng text
activity-patient-unsubscribed = Itinigil ang mga email sa isang click
activity-grant-invited = Nag-imbita ng tutulong
activity-grant-revoked = Binawi ang access ng isang tao
activity-grant-accepted = Tinanggap ang inyong imbitasyong tumulong
activity-grant-appointments-viewed = Tiningnan ang inyong mga appointment
activity-grant-messages-viewed = Binasa ang inyong mga mensahe
activity-grant-refills-viewed = Tiningnan ang inyong mga refill
activity-grant-message-sent = Nagpadala ng mensahe para sa inyo
activity-grant-copies-started = Binuksan ang kopya ng mga paalala para sa isang tumutulong
activity-grant-copies-stopped = Isinara ang kopya ng mga paalala para sa isang tumutulong
activity-grant-appointment-confirmed = Kinumpirma ang isang appointment para sa inyo
activity-grant-appointment-cancelled = Kinansela ang isang appointment para sa inyo
activity-grant-refill-requested = Humingi ng refill para sa inyo
activity-grant-teen-restored = Hinayaan ulit ang isang magulang na makakita ng higit pa
activity-grant-teen-withdrawn = Binawi ang puwedeng makita ng isang magulang
activity-grant-link-opened = Binuksan ang isang link ng paalala na ipinadala sa kanya
activity-grant-link-refused = Tinanggihan ang isang link ng paalala na ipinadala sa kanya
activity-messages-viewed = Binasa ang inyong mga mensahe
activity-refills-viewed = Tiningnan ang inyong mga refill
activity-other = Ginamit ang inyong record
# Settings and the caregivers page link to the trail.
activity-link = Sino ang nagbukas ng inyong record
# A parent's grant once the child reaches the clinic's age for privacy. $name: the patient; $age: their age
caregiver-teen-private = Mula nang maging { $age } taong gulang si { $name }, siya na lang ang makakabasa ng kanyang mga mensahe. Puwede ka pa ring sumulat sa care team para sa kanya.
# A caregiver signing in again (/p/for/sign-in).
caregiver-sign-in-heading = Mag-sign in para tumulong sa isang tao
caregiver-sign-in-explain = I-type ang mobile number o email na ginamit mo sa pagtanggap ng imbitasyon, at padadalhan ka namin doon ng code.
caregiver-sign-in-contact = Mobile number o email mo
caregiver-sign-in-send = Padalhan ako ng code
caregiver-sign-in-sent = Kung ginamit mo ang numero o email na iyon sa pagtanggap ng imbitasyon, papunta na ang code. Gumagana ito sa loob ng 10 minuto.
caregiver-sign-in-code = Ang code na ipinadala namin
caregiver-sign-in-button = Mag-sign in
caregiver-sign-in-more = Ang link ng paalala na binuksan mo ay nagpapakita lang ng mga appointment sa paalalang iyon. Mag-sign in para makita ang lahat ng puwede mong gawin.
caregiver-link-heading = Paalala para sa taong tinutulungan mo
caregiver-link-explain = Buksan ito para makita ang mga appointment, at para kumpirmahin, kanselahin, o humingi ng ibang oras.
caregiver-link-open = Buksan ang mga appointment
caregiver-link-dead-heading = Hindi na gumagana ang link na ito
caregiver-link-dead-explain = Nagamit na ito o nag-expire na, o natapos na ang access na dahilan ng pagpapadala nito. Puwede ka pa ring mag-sign in gamit ang numero o email kung saan ka inimbitahan.
caregiver-link-sign-in = Mag-sign in para tumulong sa isang tao
caregiver-settings-heading = Ang mga text at email mo mula sa amin
caregiver-settings-explain = Ang mga paalalang natatanggap mo para sa mga taong tinutulungan mo, at ang mga abiso namin sa iyo, ay dumarating sa wikang ito, at hindi kailanman sa gabi kung saan ka nakatira.
caregiver-settings-zone = Kung saan ka nakatira (time zone)
caregiver-settings-zone-unsaid = Hindi sinabi: ang time zone ng taong tinutulungan mo
caregiver-settings-save = I-save
caregiver-settings-saved = Na-save na.
caregiver-passkeys-stale = Para magdagdag o mag-alis ng passkey, mag-sign out at mag-sign in ulit muna: puwede itong gawin sa loob ng 20 minuto mula nang mag-sign in ka.
caregiver-passkey-unknown = Hindi nagbubukas ang passkey na ito ng mga pahina ng sinumang tinutulungan mo rito (baka natanggal na). Puwede kang mag-sign in na lang gamit ang code.
email-subject-caregiver-passkey-added = { $clinic }: may idinagdag na passkey sa pag-sign in mo
caregiver-passkey-added-notice = { $clinic }: may idinagdag na passkey para mag-sign in at tumulong sa isang tao. Kung hindi ikaw ito, tumawag sa { $phone }.
email-subject-caregiver-passkey-removed = { $clinic }: may inalis na passkey sa pag-sign in mo
caregiver-passkey-removed-notice = { $clinic }: may inalis na passkey sa pag-sign in mo para tumulong sa isang tao. Hindi ka na nito maisa-sign in. Kung hindi ikaw ito, tumawag sa { $phone }.
signin-caregiver-link = Tumutulong ka ba sa isang tao? Mag-sign in dito
# Thirty days before a parent's grant changes with the child's age: to the parent and to the child.
# $clinic; $date: the day it changes; $patient: the child; $caregiver: the parent; $age: the age then
email-subject-growing-up = May pagbabago sa kung sino ang makakakita ng iyong record
growing-up-narrows-parent = { $clinic }: sa { $date }, magiging { $age } taong gulang na si { $patient }. Mula sa araw na iyon, makikita mo pa rin ang kanyang mga appointment at puwede ka pa ring sumulat sa care team para sa kanya, pero siya na lang ang makakakita ng kanyang mga mensahe at refill.
growing-up-narrows-teen = { $clinic }: sa { $date }, magiging { $age } taong gulang ka na. Mula sa araw na iyon, makikita pa rin ni { $caregiver } ang iyong mga appointment at puwede pa rin siyang sumulat sa care team para sa iyo, pero hindi na niya mababasa ang iyong mga mensahe o refill.
growing-up-ends-parent = { $clinic }: sa { $date }, magiging 18 taong gulang na si { $patient } at matatapos na ang access mo sa kanyang record. Kung ikaw ang kanyang legal na kinatawan, hilingin sa klinika na itala ito.
growing-up-ends-teen = { $clinic }: sa { $date }, magiging 18 taong gulang ka na, at hindi na makikita ni { $caregiver } ang iyong record para sa iyo.
