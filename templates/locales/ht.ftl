# Portico — Kreyòl ayisyen (ht). Tradui soti nan en.ftl.
# Estati: fichye sa a ap tann yon klinisyen ki pale kreyòl kòm lang manman li revize l anvan pasyan yo wè l.
# Status: awaits review by a native-speaking clinician before patients see it.
# Rules for every locale: no health details in SMS or email; keep SMS lines short;
# { $variables } must stay as they are.

## The language itself
language-name = Kreyòl ayisyen
# "ltr" or "rtl"
language-direction = ltr
switcher-label = Lang

## Dates and times (built by Portico from these parts)
weekday-1 = lendi
weekday-2 = madi
weekday-3 = mèkredi
weekday-4 = jedi
weekday-5 = vandredi
weekday-6 = samdi
weekday-7 = dimanch
weekday-short-1 = len
weekday-short-2 = mad
weekday-short-3 = mèk
weekday-short-4 = jed
weekday-short-5 = van
weekday-short-6 = sam
weekday-short-7 = dim
month-1 = janvye
month-2 = fevriye
month-3 = mas
month-4 = avril
month-5 = me
month-6 = jen
month-7 = jiyè
month-8 = out
month-9 = septanm
month-10 = oktòb
month-11 = novanm
month-12 = desanm
month-short-1 = jan
month-short-2 = fev
month-short-3 = mas
month-short-4 = avr
month-short-5 = me
month-short-6 = jen
month-short-7 = jiy
month-short-8 = out
month-short-9 = sep
month-short-10 = okt
month-short-11 = nov
month-short-12 = des
time-am = AM
time-pm = PM
# $h12 (1–12), $h24 (0–23), $hh24 (00–23), $mm (00–59), $ampm (time-am or time-pm)
time-of-day = { $h24 }:{ $mm }
# $weekday, $month, $day, $year, $time
date-long = { $weekday } { $day } { $month } { $year }
datetime-long = { $weekday } { $day } { $month } { $year } a { $time }
# Used in SMS: as short as the language allows. $weekday, $month are the short forms.
datetime-short = { $weekday } { $day } { $month } { $time }
minutes = { $count ->
    [one] { $count } minit
   *[other] { $count } minit
}

## SMS and email
sms-link-signin = { $clinic }: men lyen pou w konekte: { $url } Reponn STOP pou sispann mesaj yo.
sms-link-appointment = { $clinic }: gade epi konfime randevou w: { $url } Reponn STOP pou sispann mesaj yo.
sms-link-thread = { $clinic }: ou gen yon nouvo mesaj: { $url } Reponn STOP pou sispann mesaj yo.
sms-link-refill = { $clinic }: demann renouvèlman preskripsyon w: { $url } Reponn STOP pou sispann mesaj yo.
sms-link-settings = { $clinic }: preferans ou yo: { $url } Reponn STOP pou sispann mesaj yo.
sms-reminder = { $clinic }: randevou { $when }. Konfime oswa chanje l: { $url } Reponn STOP pou sispann mesaj yo.
# The reminder that also says how to answer by reply, sent when it fits the
# message's segment budget; $yes and $no are reply-word-confirm and reply-word-cancel.
sms-reminder-reply = { $clinic }: randevou { $when }. Reponn { $yes }=konfime, { $no }=anile. { $url } STOP=sispann
# One SMS for the visits of several patients who share a phone: no names, only times.
sms-household = { $clinic }: { $count } randevou: { $whens }. Louvri: { $url } Reponn STOP pou sispann mesaj yo.
sms-cancellation = { $clinic }: randevou w { $when } anile. Detay: { $url } Reponn STOP pou sispann mesaj yo.
# A caregiver's copy of a patient's reminder: no name of the patient, the caregiver's own page.
sms-copy-reminder = { $clinic }: randevou yon moun w ap ede, { $when }. Gade: { $url } Reponn STOP pou sispann kopi sa yo.
sms-copy-cancellation = { $clinic }: randevou yon moun w ap ede, { $when }, anile. Gade: { $url } Reponn STOP pou sispann kopi sa yo.
sms-message-alert = { $clinic }: ou gen yon nouvo mesaj. Li l: { $url } Reponn STOP pou sispann mesaj yo.
sms-refill-update = { $clinic }: gen nouvèl sou demann renouvèlman preskripsyon w. Gade: { $url } Reponn STOP pou sispann mesaj yo.
sms-step-up-code = { $clinic }: kòd ou se { $code }. Li ekspire nan 10 minit. Pa bay pèsonn li.
sms-contact-confirm = { $clinic }: kòd pou konfime nimewo sa a se { $code }. Li ekspire nan 10 minit.
sms-contact-changed = { $clinic }: nimewo telefòn pou mesaj ou yo te chanje. Si se pa ou ki te fè l, rele { $phone }.
email-subject-signin = { $clinic }: lyen pou w konekte
email-subject-appointment = { $clinic }: randevou w
email-subject-thread = { $clinic }: ou gen yon nouvo mesaj
email-subject-refill = { $clinic }: demann renouvèlman preskripsyon w
email-subject-settings = { $clinic }: preferans ou yo
email-subject-reminder = { $clinic }: rapèl randevou
email-subject-cancellation = { $clinic }: randevou anile
email-subject-copy-reminder = { $clinic }: rapèl pou yon moun w ap ede
email-subject-copy-cancellation = { $clinic }: randevou yon moun w ap ede anile
email-subject-message-alert = { $clinic }: ou gen yon nouvo mesaj
email-subject-refill-update = { $clinic }: gen nouvèl sou demann renouvèlman preskripsyon w
email-subject-step-up-code = { $clinic }: kòd ou
email-subject-contact-confirm = { $clinic }: konfime adrès imèl ou
email-subject-contact-changed = { $clinic }: enfòmasyon kontak ou te chanje
email-hello = Bonjou { $name },
email-what-signin = men lyen pou w konekte
email-what-appointment = gade epi konfime randevou w
email-what-thread = ou gen yon nouvo mesaj
email-what-refill = gade demann renouvèlman preskripsyon w
email-what-settings = louvri preferans ou yo
email-what-reminder = randevou w se { $when }. Konfime l oswa chanje l
email-what-cancellation = randevou w { $when } anile
email-what-copy-reminder = yon moun w ap ede gen randevou { $when }. Gade l
email-what-copy-cancellation = randevou yon moun w ap ede, { $when }, anile. Gade l
email-copy-why = Ou resevwa mesaj sa a paske moun w ap ede a mande pou rapèl randevou li yo rive jwenn ou tou. Pou sispann yo, louvri lyen an epi chwazi “Sispann voye rapèl sa yo ban mwen”.
email-what-message-alert = ou gen yon nouvo mesaj. Li l
email-what-refill-update = gen nouvèl sou demann renouvèlman preskripsyon w
email-open-button = Louvri
email-link-note = Lyen an mache yon sèl fwa, epi li ekspire. Si li ekspire, louvri l kanmenm epi mande yon lòt.
email-call = Pou w pale ak yon moun, rele { $phone }.
email-after-hours = Apre lè louvri yo, rele { $phone }.
email-step-up-code = Kòd ou se { $code }. Li ekspire nan 10 minit. Pa bay pèsonn li.
email-contact-confirm = Kòd pou konfime adrès imèl sa a se { $code }. Li ekspire nan 10 minit.
email-contact-changed = Adrès imèl pou mesaj { $clinic } voye ba ou yo te chanje. Si se pa ou ki te fè l, rele { $phone }.
email-code = Lyen an pa louvri, oswa w ap li sa a sou yon lòt aparèy? Ale sou { $url } epi tape kòd { $code } an.

## Replies to inbound texts
# Words a patient may text back, comma-separated, matched without regard to case or accents.
inbound-confirm = WI, KONFIME
inbound-cancel = NON, ANILE
inbound-help = ÈD, EDE
inbound-stop = SISPANN, KANPE
inbound-start = KÒMANSE, REKÒMANSE
reply-confirmed = Mèsi, randevou w konfime.
reply-cancelled = Randevou w anile. Rele klinik la pou pran yon lòt randevou.
reply-no-appointment = Nou pa jwenn okenn randevou k ap vini pou nimewo sa a. Tanpri rele klinik la.
reply-unknown-number = Nimewo sa a pa anrejistre nan okenn klinik. Tanpri rele klinik ou.
reply-unknown-number-kept = Mèsi. Nou pa konnen nimewo sa a, kidonk klinik ou a ap li mesaj ou a men li ka pa ka reponn pa tèks. Si se ijan, tanpri rele klinik ou.
reply-acknowledged = Mèsi. Ekip swen ou a ap li mesaj ou epi reponn ou pi vit posib.
# $when: the promised reply time, in the patient's time zone
reply-acknowledged-by = Mèsi. Ekip swen ou a ap li mesaj ou epi reponn ou anvan { $when }.
reply-help-call = { $clinic }: rele { $phone }.
reply-help-after-hours = Apre lè travay: { $phone }.
reply-help-stop = Reponn STOP pou sispann mesaj yo.
# The words reminders name: each must be in inbound-confirm / inbound-cancel, and
# the cancel word must not be one carriers take as an opt-out (STOP, CANCEL, END, QUIT, ...).
reply-word-confirm = WI
reply-word-cancel = NON
# When a reply could mean several visits: $choices lists reply-choice items.
reply-which-confirm = Ki randevou ou vle konfime? Reponn { $choices }.
reply-which-cancel = Ki randevou ou vle anile? Reponn { $choices }.
reply-choice = { $number } pou { $when }
reply-choice-unknown = Tanpri reponn ak yon nimewo ant 1 ak { $count }.
reply-unmatched-clinic = Nou pa t ka konnen pou ki klinik mesaj sa a ye. Tanpri rele klinik ou.

## Every page
page-sign-out = Dekonekte
page-signed-out = Ou dekonekte
page-signed-out-explain = Pou w tounen, louvri dènye lyen klinik ou a voye ba ou.
page-home-link = Akèy
page-settings-link = Preferans
page-call = Ou gen kesyon? Rele { $phone }.
page-problem-heading = Tanpri eseye ankò
page-csrf-explain = Nou pa t ka verifye si demann sa a soti nan paj sa a.
page-form-explain = Nou pa t ka li fòmilè sa a.
page-error-heading = Gen yon pwoblèm bò kote pa nou
page-error-explain = Tanpri eseye ankò nan yon minit. Si sa kontinye rive, rele klinik ou.
page-conflict-heading = Sa te deja fèt
page-conflict-explain = Li sanble sa te deja anrejistre. Tounen epi rechaje paj la pou wè kote bagay yo ye.
page-not-found-heading = Nou pa jwenn paj sa a
page-not-found-explain = Louvri dènye lyen klinik ou a voye ba ou, oswa rele yo.
page-session-heading = Tanpri louvri lyen ou a ankò
page-session-explain = Sesyon ou isit la fini, pou pwoteje enfòmasyon ou. Louvri dènye lyen klinik ou a voye ba ou.
page-code = Kòd: { $code }

## Landing and links
landing-signin-heading = Konekte
landing-signin-explain = Peze bouton an pou louvri paj ou nan klinik la.
landing-signin-button = Kontinye
landing-appointment-heading = Randevou w
landing-appointment-explain = Èske w ap vini? Konfime ak yon sèl peze, oswa gade detay yo anvan pou w chanje oswa anile randevou a.
landing-appointment-see = Gade oswa chanje
landing-thread-heading = Ou gen yon nouvo mesaj
landing-thread-explain = Peze bouton an pou louvri mesaj ekip swen an voye ba ou.
landing-thread-button = Louvri mesaj mwen yo
landing-refill-heading = Demann renouvèlman preskripsyon w
landing-refill-explain = Peze bouton an pou w wè demann renouvèlman preskripsyon w.
landing-refill-button = Gade demann mwen
landing-settings-heading = Preferans ou yo
landing-settings-explain = Peze bouton an pou louvri preferans ou yo.
landing-settings-button = Louvri preferans mwen yo
landing-household-heading = Randevou fanmi ou
landing-household-explain = Telefòn sa a gen randevou pou plis pase yon moun. Peze bouton an pou wè yo; chak randevou ouvri lè ou antre dat nesans moun nan.
landing-household-button = Wè randevou yo
## Visits of several patients who share a phone: times only until a date of birth says whose.
household-heading = Randevou pou telefòn sa a
household-explain = Pou ouvri yon randevou, antre dat nesans moun randevou a ye pou li a.
household-visit = Randevou { $when }
household-birth-date = Dat nesans moun randevou sa a ye pou li a
household-open = Ouvri randevou sa a
household-wrong = Dat nesans sa a pa koresponn ak randevou sa a. Tanpri verifye l epi eseye ankò.
household-locked = Twòp move dat nesans. Tanpri rele klinik la.
household-off = Klinik sa a pa ouvri randevou ak dat nesans ankò. Tanpri rele klinik la.
household-gone = Randevou sa a pa ouvè ankò.
landing-once = Lyen sa a mache yon sèl fwa. Si ou pa t ap tann li, ou ka pa okipe l.
landing-code-heading = W ap louvri sa a sou yon lòt aparèy?
landing-code-where = Sou aparèy sa a, ale sou { $url } epi tape kòd sa a:
link-used-heading = Yo te deja sèvi ak lyen sa a
link-used-explain = Chak lyen mache yon sèl fwa, pou pwoteje enfòmasyon ou. Nou ka voye yon lòt ba ou.
link-expired-heading = Lyen sa a ekspire
link-expired-explain = Lyen yo sispann mache apre yon ti tan, pou pwoteje enfòmasyon ou. Nou ka voye yon lòt ba ou.
link-revoked-heading = Lyen sa a pa mache ankò
link-revoked-explain = Klinik ou a voye yon lyen ki pi nouvo, oswa li fèmen lyen sa a. Nou ka voye yon lòt ba ou.
link-bad-heading = Lyen sa a pa mache
link-bad-explain = Petèt yo pa t kopye l nèt. Di nou ki jan pou nou jwenn ou epi, si klinik ou a gen enfòmasyon ou nan dosye l, n ap voye yon nouvo lyen ba ou.
link-reopen-explain = Nou pa t ka verifye si demann sa a soti nan paj sa a. Louvri lyen ki nan mesaj ou a ankò.
link-send-new = Voye yon nouvo lyen ban mwen
link-send-new-note = N ap voye l nan telefòn oswa nan imèl klinik ou a gen nan dosye ou.
link-contact-label = Nimewo selilè ou (ak kòd peyi a, tankou +1 312 555 0142) oswa imèl ou
link-sent-heading = Gade telefòn ou oswa imèl ou
link-sent-explain = Si klinik ou a gen yon fason pou l jwenn ou, yon nouvo lyen ap vini. Li ka pran yon minit pou l rive.
link-wait-heading = Tanpri tann yon ti moman
link-wait-explain = Nou resevwa anpil demann ki soti nan rezo ou a. Eseye ankò nan yon èdtan, oswa rele klinik ou.
link-check-heading = Tanpri verifye sa ou tape a
link-check-explain = Tape yon nimewo selilè ki kòmanse ak + ak kòd peyi a (tankou +1 312 555 0142), oswa yon adrès imèl.
link-bad-code = Èske mesaj ou a gen yon kòd tou? Tape l isit la.

## Kòd (/c), pou yon lyen ki pa louvri
code-heading = Tape kòd ou
code-explain = Mesaj ki gen lyen ou a gen yon kòd tou, tankou 7KQM-3XTR. Tape l isit la pou louvri paj ou sou aparèy sa a.
code-label = Kòd ou (8 lèt ak chif)
code-button = Kontinye
code-note = Yon kòd mache yon sèl fwa, tankou lyen li, epi sèlman jiskaske lyen an ekspire.
code-format = Sa a se pa yon kòd. Yon kòd gen 8 lèt ak chif, tankou 7KQM-3XTR.
code-wrong = Kòd sa a pa mache. Tanpri verifye l epi eseye ankò. Apre 5 move esè, yon kòd sispann mache.
code-used-heading = Yo te deja itilize kòd sa a
code-used-explain = Yon kòd ak lyen li mache yon sèl fwa ant yo de a, epi yo te deja itilize youn ladan yo. Nou ka voye yon nouvo lyen ba ou.
code-expired-heading = Kòd sa a ekspire
code-expired-explain = Yon kòd mache sèlman otan lyen li mache, epi lyen sa a ekspire. Nou ka voye yon lòt ba ou.
code-locked-heading = Kòd sa a pa mache ankò
code-locked-explain = Yo tape l mal twòp fwa, donk nou fèmen l pou pwoteje enfòmasyon ou. Louvri lyen ki nan mesaj ou a pito, oswa mande yon nouvo lyen.
code-paused-explain = Kòd yo an poz pou kounye a, paske te gen twòp move esè. Louvri lyen ki nan mesaj ou a pito, oswa eseye ankò nan yon èdtan.

## Home
home-hello = Bonjou, { $name }
home-upcoming = Pwochen randevou ou yo
home-none = Ou pa gen okenn randevou k ap vini.
home-with = avèk { $provider }
home-messages = Mesaj ak ekip swen ou a
home-refills = Renouvèlman preskripsyon

## Appointment
appointment-heading = Randevou w
appointment-when = Ki lè
appointment-duration = Konbyen tan
appointment-where = Ki kote
appointment-map = Kat
appointment-with = Avèk
appointment-status = Eta
appointment-bring = Sa pou w pote
appointment-bring-default = Kat idantite ou ki gen foto w, kat asirans ou, ak yon lis medikaman ou pran.
status-scheduled = Pwograme
status-confirmed = Konfime
status-cancelled = Anile
appointment-confirm = Mwen konfime m ap vini
appointment-cancel-legend = Anile randevou sa a
reason-feeling-better = Mwen santi m pi byen
reason-conflict = Mwen gen yon lòt bagay pou m fè lè sa a
reason-transport = Mwen pa gen mwayen pou m rive la
reason-other = Yon lòt rezon
appointment-cancel = Anile randevou a
appointment-another-time-label = Mwen bezwen yon lòt lè (si ou vle: ki lè ki bon pou ou)
appointment-another-time = Mande yon lòt lè
appointment-calendar = Mete l nan kalandriye mwen
calendar-summary = Randevou nan { $clinic }
appointment-all = Tout randevou ou yo
appointment-done-confirmed = Mèsi. Randevou w konfime.
appointment-done-cancelled = Randevou w anile. Rele klinik la nenpòt lè ou vle yon lòt.
appointment-done-requested = Nou voye demann ou bay ekip swen an. Y ap kontakte ou pou yon lòt lè.
appointment-done-already-confirmed = Randevou sa a te deja konfime. Mèsi.
appointment-done-cancelled-cannot-confirm = Randevou sa a te anile, kidonk ou pa ka konfime l ankò. Rele klinik la si ou vle yon lòt.
appointment-done-passed-cannot-confirm = Randevou sa a deja kòmanse oswa li fin pase, kidonk ou pa ka konfime l ankò.
appointment-done-confirm-failed = Nou pa t ka konfime randevou w kounye a. Tanpri eseye ankò nan yon minit.

## Messages
thread-heading = Mesaj ak ekip swen ou a
thread-empty = Poko gen mesaj.
thread-reply-label = Ekri ekip swen ou a
thread-reply-hint = Jiska 2000 karaktè. Pa sèvi ak sa a pou ijans: rele 911 oswa nimewo ijans nan zòn ou.
thread-send = Voye
thread-sent = Mesaj ou a ale. Ekip swen an ap reponn ou pi vit posib.
# $when: the promised reply time, in the patient's time zone
thread-sent-by = Mesaj ou a ale. Ekip swen an ap reponn ou anvan { $when }.
thread-check-heading = Tanpri verifye mesaj ou a
thread-empty-message = Mesaj ou a vid.
thread-long-message = Mesaj ou a twò long (pa plis pase 2000 karaktè).

## Step-up
step-up-heading = Konfime se ou
step-up-explain = Paj sa a ka gen enfòmasyon sou sante ou. Pou n kenbe yo prive, nou verifye se ou anvan nou montre yo.
step-up-locked = Pou sekirite ou, verifikasyon sa a kanpe pou kounye a. Tanpri rele klinik la.
step-up-code-label = Tape kòd 6 chif nou voye nan { $destination }
step-up-continue = Kontinye
step-up-send-code = Voye yon kòd nan { $destination }
step-up-birth-date-label = Oswa tape dat ou fèt
step-up-ways-code = { $channel ->
    [sms] N ap voye yon kòd pa tèks nan nimewo telefòn ou { $destination }.
   *[email] N ap voye yon kòd pa imèl nan { $destination }.
}
step-up-ways-code-or-birth-date = { $channel ->
    [sms] Nou ka voye yon kòd pa tèks nan nimewo telefòn ou { $destination }, oswa ou ka tape dat ou fèt.
   *[email] Nou ka voye yon kòd pa imèl nan { $destination }, oswa ou ka tape dat ou fèt.
}
step-up-ways-birth-date = Tape dat ou fèt pou w kontinye.
step-up-birth-date-only-label = Dat ou fèt
step-up-no-way-off = Nou gen yon sèl fason pou n jwenn ou, epi klinik sa a pa sèvi ak dat nesans pou verifikasyon sa a. Tanpri rele klinik la epi mande yo ajoute yon dezyèm nimewo telefòn oswa yon adrès imèl nan dosye w; konsa n ap ka voye yon kòd ba ou.
step-up-no-way-no-birth-date = Nou gen yon sèl fason pou n jwenn ou, epi nou pa gen dat ou fèt nan dosye w. Tanpri rele klinik la epi mande yo ajoute dat ou fèt, oswa yon dezyèm nimewo telefòn oswa yon adrès imèl, nan dosye w.
step-up-no-second = Nou pa gen yon dezyèm kontak pou n voye yon kòd.
step-up-too-many-codes = Nou deja voye plizyè kòd. Tanpri tann yon èdtan, oswa rele klinik la.
step-up-send-failed = Nou pa t ka voye kòd la kounye a. Tanpri eseye ankò nan yon minit.
step-up-too-many-tries = Twòp esè. Tanpri tann yon èdtan, oswa rele klinik la.
step-up-code-wrong = Kòd sa a pa bon, oswa li ekspire.
step-up-birth-date-wrong = Dat sa a pa koresponn ak dosye nou.
## Refills
refills-heading = Renouvèlman preskripsyon
refills-new = Mande yon renouvèlman
refills-pick = Ki medikaman?
refills-other = Yon lòt medikaman
refills-other-label = Non ak dòz medikaman an (jan sa ekri sou etikèt la)
refills-pharmacy = Ki famasi?
refills-pharmacy-new = Yon lòt famasi (non ak vil)
refills-note-label = Nenpòt bagay ekip swen an ta dwe konnen (si ou vle)
refills-submit = Voye demann lan
refills-yours = Demann ou yo
refills-none = Ou poko mande okenn renouvèlman.
refills-sent = Nou resevwa demann ou. N ap fè w konnen lè li avanse.
refills-need-medicine = Tanpri chwazi yon medikaman oswa ekri non l.
refills-need-pharmacy = Tanpri chwazi yon famasi oswa ekri non l.
refill-heading = Demann renouvèlman
refill-medicine = Medikaman
refill-pharmacy = Famasi
refill-timeline = Sa ki pase
refill-status-received = Resevwa
refill-status-in-review = Y ap egzamine l
refill-status-sent-to-pharmacy = Voye bay famasi a
refill-status-needs-visit = Klinik la bezwen wè ou anvan
refill-status-denied = Pa apwouve: tanpri rele klinik la
refill-book-visit = Mande yon randevou
refill-visit-requested = Nou mande ekip swen an pou yo ba ou yon randevou. Y ap kontakte ou.
refill-all = Tout demann renouvèlman ou yo

## Settings
settings-heading = Preferans ou yo
settings-saved = Preferans ou yo anrejistre.
settings-language = Lang pou mesaj yo ak paj yo
settings-channels = Ki jan pou n kontakte ou an premye
settings-channel-both = Tèks mesaj ak imèl tou de, pou rapèl yo
settings-channel-sms-first = Tèks mesaj anvan, apre sa imèl
settings-channel-email-first = Imèl anvan, apre sa tèks mesaj
settings-channel-sms-only = Tèks mesaj sèlman
settings-channel-email-only = Imèl sèlman
settings-quiet = Lè silans (nou pa voye mesaj ant lè sa yo)
settings-quiet-from = Depi
settings-quiet-until = Jiska
settings-optout = Sa nou ka voye ba ou
settings-allow-sms = Tèks mesaj
settings-allow-email = Imèl
settings-optout-note = Pou mesaj ki konsène sekirite ou, klinik la ka toujou rele ou nan telefòn.
settings-save = Anrejistre preferans yo
settings-contact = Telefòn ou ak imèl ou
settings-phone = Telefòn selilè
settings-email = Imèl
settings-change = Chanje
settings-new-phone = Nouvo nimewo selilè (ak kòd peyi a)
settings-new-email = Nouvo adrès imèl
settings-confirm-code-label = Tape kòd 6 chif nou voye nan nouvo { $kind ->
    [phone] nimewo a
   *[email] adrès la
}
settings-confirm = Konfime chanjman an
settings-contact-sent = Nou voye yon kòd nan nouvo kontak la. Tape l anba a pou w fini.
settings-contact-changed = Enfòmasyon kontak ou yo chanje. Nou te fè ansyen kontak la konnen tou.
settings-contact-invalid = Tanpri verifye nimewo oswa adrès ou tape a.
settings-contact-same = Se sa a nou genyen deja.
settings-contact-code-wrong = Kòd sa a pa bon, oswa li ekspire.
settings-none = Nou pa genyen l
settings-quiet-invalid = Tanpri chwazi de lè yo pou lè silans yo.
settings-channels-invalid = Tanpri pèmèt omwen yon fason pou n kontakte ou.

# The care team's pages and emails (/staff).
staff-signin-title = Koneksyon ekip swen an
staff-signin-explain = Ekri imèl travay ou. N ap voye yon lyen koneksyon ak yon kòd sis chif ba ou.
staff-email-label = Imèl travay
staff-signin-send = Voye yon lyen koneksyon ban mwen
staff-signin-sent = Si adrès sa a se pou yon ekip swen, yon lyen koneksyon ak yon kòd ap vini. Yo mache yon sèl fwa, pandan 15 minit.
staff-code-title = Ou gen yon kòd?
staff-code-explain = Ou louvri imèl la sou yon lòt aparèy? Ekri imèl travay ou ak kòd sis chif la isit la.
staff-code-label = Kòd sis chif
staff-code-submit = Konekte ak kòd la
staff-code-wrong = Kòd sa a pa mache. Verifye l, oswa mande yon nouvo imèl.
staff-too-many = Twòp esè. Tann inèdtan epi mande yon nouvo imèl.
staff-email-wrong = Ekri yon imèl travay tankou non@egzanp.org.
staff-link-title = Konekte nan { $clinic }
staff-link-explain = Peze bouton an pou konekte. Lyen an mache yon sèl fwa.
staff-link-button = Konekte
staff-link-dead-heading = Lyen sa a pa mache ankò
staff-link-dead = Li ekspire oswa yo te deja sèvi avè l. Mande yon nouvo imèl koneksyon.
staff-signin-again = Mande yon nouvo imèl koneksyon
staff-invite-title = Antre nan ekip swen { $clinic }
staff-invite-explain = { $name }, yo envite ou kòm { $role }. Peze bouton an pou aksepte epi konekte.
staff-invite-button = Aksepte epi konekte
staff-role-clinician = doktè
staff-role-nurse = enfimyè
staff-role-front-desk = resepsyon
staff-role-admin = administratè
staff-inbox-title = Bwat resepsyon
staff-views-label = Vi bwat la
staff-view-needs-reply = Pou reponn
staff-view-overdue = An reta
staff-view-mine = Pa m yo
staff-view-unassigned = Pa gen moun
staff-older = Ansyen konvèsasyon
staff-saved-label = Kòmanse ak yon repons ki anrejistre
staff-saved-use = Sèvi ak li
staff-notes-heading = Nòt entèn
staff-notes-explain = Se sèlman ekip swen an ki wè yo; yo pa janm voye bay pasyan an.
staff-notes-none = Poko gen nòt.
staff-note-label = Ajoute yon nòt pou ekip la
staff-note-add = Ajoute nòt
staff-note-wrong = Ekri nòt la (jiska 4,000 karaktè).
staff-urgent = Ijan
staff-reply-held = Li pa voye: yon nouvo mesaj rive pandan w t ap ekri. Li l anwo a; repons ou la toujou pou w voye l oswa chanje l.
staff-view-open = Tout sa ki louvri
staff-view-closed = Fèmen
staff-view-unmatched = Tèks san mèt
staff-inbox-empty = Pa gen anyen la a.
staff-signed-in-as = Konekte kòm { $name } nan { $clinic }
staff-sign-out = Dekonekte
staff-status-open = Louvri
staff-status-waiting = Ap tann pasyan an, revize { $date }
staff-status-closed = Fèmen
# $when: when the reply is (or was) due, in the clinic's time zone
staff-due = Repons anvan { $when }
staff-overdue = An reta: repons lan te dwe fèt anvan { $when }
staff-assigned-to = Bay { $name }
staff-unassigned = Pa bay pèsonn
staff-unmatched-from = Soti nan { $phone }
staff-unverified = Soti nan yon nimewo pataje — moun ki voye l la pa verifye
staff-reply-label = Reponn { $name }
staff-reply-explain = Pasyan an resevwa yon alèt ak yon lyen; mo ou yo parèt sèlman dèyè lyen an.
staff-reply-send = Voye repons lan
staff-reply-wrong = Ekri yon repons ki pa depase 4000 karaktè, san karaktè kontwòl.
staff-assign-me = Ban mwen l
staff-wait-label = Revize nan dat
staff-wait-button = Make l ap tann pasyan an
staff-close-button = Fèmen
staff-back-inbox = Retounen nan bwat la
staff-date-wrong = Ekri dat revizyon an konsa AAAA-MM-JJ, jodi a oswa pita.
email-subject-staff-invite = { $clinic }: yo envite ou nan ekip swen an
email-staff-invite = { $name }, { $clinic } envite ou reponn pasyan sou Portico kòm { $role }. Aksepte envitasyon an nan 7 jou: { $link }
email-subject-staff-sign-in = { $clinic }: lyen koneksyon ou
email-staff-sign-in = Konekte nan { $clinic }: { $link } — oswa ekri kòd sa a sou paj koneksyon an: { $code }. Lyen an ak kòd la mache yon sèl fwa, pandan 15 minit. Si se pa ou ki te mande l, pa okipe imèl sa a.
# Passkeys and signing in without a link
footer-signin = Konekte
link-refused-signin = Ou gen yon kle aksè? Konekte avè l
step-up-passkey-next = Apre etap sa a, ou ka ajoute yon kle aksè, pou pwochen fwa ou sèvi ak figi w, anprent dwèt ou oswa fèmen ekran an.
signin-heading = Konekte
signin-passkey-explain = Si ou te ajoute yon kle aksè, sèvi ak figi w, anprent dwèt ou oswa fèmen ekran an.
signin-passkey-button = Konekte ak yon kle aksè
passkey-browser-problem = Kle aksè a pa t mache nan navigatè sa a. Ou ka eseye ankò.
signin-no-script = Pou konekte ak yon kle aksè, sèvi ak yon navigatè ki gen JavaScript limen. Oswa nou ka voye yon nouvo lyen ba ou.
signin-link-heading = Voye yon nouvo lyen ban mwen
passkey-offer-heading = Pwochen fwa, sèvi ak figi w, anprent dwèt ou oswa fèmen ekran an
passkey-offer-explain = Avèk yon kle aksè, ou ka konekte san w pa tann yon tèks oswa yon imèl. Li pa janm obligatwa.
passkey-add = Ajoute yon kle aksè
passkey-add-confirm-first = W ap konfime se ou menm anvan.
passkey-no-script = Pou ajoute oswa sèvi ak yon kle aksè, ou bezwen yon navigatè ki gen JavaScript limen.
passkey-not-now = Pa kounye a
passkey-refused-heading = Kle aksè a pa t aksepte
passkey-expired-explain = Tantativ sa a pran twòp tan oswa li te deja sèvi. Anyen pa t chanje. Tanpri eseye ankò.
passkey-failed-explain = Nou pa t ka verifye sa aparèy ou a reponn. Anyen pa t chanje. Tanpri eseye ankò.
passkey-taken-explain = Kle aksè sa a deja anrejistre. Anyen pa t chanje.
passkey-unknown-explain = Kle aksè sa a pa louvri okenn paj pasyan isit la (petèt yo te retire l). Ou ka mande yon nouvo lyen pito.
passkey-not-verified-explain = Aparèy ou a pa t konfime se te ou (figi, anprent dwèt, PIN oswa fèmen ekran). Enfòmasyon sante w yo rete fèmen.
passkey-name-invalid = Non yon kle aksè dwe yon sèl liy ki pa gen plis pase 200 karaktè.
passkey-name-browser = { $browser }, { $date }
passkey-name-plain = Kle aksè, { $date }
passkey-never-used = pa janm
passkey-on-devices = Sou aparèy ou yo
passkey-on-key = Sou yon kle sekirite
passkey-settings-heading = Kle aksè
passkey-created = Ajoute { $date }
passkey-last-used = Dènye fwa yo sèvi ak li: { $date }
passkey-rename-label = Non
passkey-rename = Chanje non
passkey-remove = Retire
passkey-none = Ou poko gen kle aksè.
settings-passkey-added = Kle aksè a ajoute. Pwochen fwa, konekte avè l.
settings-passkey-renamed = Non kle aksè a chanje.
settings-passkey-removed = Kle aksè a retire. Li pa konekte w ankò.
sms-passkey-added = { $clinic }: yo ajoute yon kle aksè pou konekte sou paj pasyan ou yo. Si se pa t ou, rele { $phone }.
email-subject-passkey-added = { $clinic }: yo ajoute yon kle aksè
email-passkey-added = Yo ajoute yon kle aksè pou konekte sou paj pasyan ou yo nan { $clinic }. Si se pa t ou, rele { $phone }.
sms-passkey-removed = { $clinic }: yo retire yon kle aksè sou paj pasyan ou yo. Si se pa t ou, rele { $phone }.
email-subject-passkey-removed = { $clinic }: yo retire yon kle aksè
email-passkey-removed = Yo retire yon kle aksè sou paj pasyan ou yo nan { $clinic }. Li pa konekte ankò. Si se pa t ou, rele { $phone }.

## Live updates on open pages
live-updated = Dènye mizajou: { $time }.
live-refresh = Rafrechi
live-on = Nouvo mesaj yo parèt isit la depi yo rive.
live-off = Mizajou an dirèk yo kanpe. Rechaje paj la pou w wè nouvo mesaj yo.
live-inbox-on = Lis sa a mete l ajou lè mesaj rive.
live-typing-team = Ekip swen an ap ekri…
live-typing-name = { $name } ap ekri…
live-typing-patient = Pasyan an ap ekri…
live-seen = Pasyan an wè l { $time }
live-refused-heading = Mizajou an dirèk yo an poz
live-too-many-tabs = Paj sa a louvri nan twòp onglè. Fèmen kèk ladan yo, epi rechaje paj sa a.
live-too-many-streams = Mizajou an dirèk yo okipe kounye a. Rechaje paj la pou w wè nouvo mesaj yo.
live-typing-wait = Avi pou moun k ap ekri yo pati omwen chak kèk segonn.
## Caregiver grants
sms-grant-invitation = { $clinic }: { $patient } envite ou ede l ak swen li. Aksepte la a: { $url }
email-subject-grant-invitation = { $clinic }: { $patient } envite ou ede l ak swen li
email-grant-invitation = { $patient } envite ou ede l ak swen li nan { $clinic }. Pou aksepte, louvri lyen sa a epi konfime ak kòd nou pral voye ba ou: { $url }
caregiver-refused-heading = Ou pa ka louvri sa a
caregiver-refused-explain = Aksè ou genyen pou swen moun sa a pa gen paj sa a ladan l, li fini, oswa yo retire l. Mande moun nan (oswa klinik la) si ou bezwen l.
caregiver-helping = W ap ede { $patient }
caregiver-back = Retounen nan pwòp paj ou
caregiver-list-heading = Moun w ap ede
caregiver-list-none = Pèsonn pa ba ou aksè kounye a.
caregiver-scope-appointments = Randevou
caregiver-scope-messages = Mesaj ak ekip swen an
caregiver-scope-refills = Renouvèlman preskripsyon
caregiver-nothing = Poko gen anyen pou montre.
caregiver-sender = { $caregiver } pou { $patient }
invitation-refused-heading = Envitasyon sa a pa ka sèvi
invitation-refused-explain = Li te deja sèvi, li ekspire, oswa yo retire l. Mande moun ki te envite w la yon lòt.
invitation-heading = Yo envite w ede
invitation-intro = { $patient } envite { $caregiver } ede ak:
invitation-accept = Aksepte
invitation-send-code = Voye yon kòd ban mwen
invitation-code-explain = Pou aksepte, konfime se ou ak yon kòd nou voye bay { $destination }.
invitation-code-locked = Twòp move kòd. Mande moun ki te envite w la yon nouvo envitasyon.
caregivers-heading = Moun k ap ede w
caregivers-none = Pèsonn poko ka aji pou ou.
caregivers-never-used = poko
caregivers-status-invited = Envite, poko aksepte
caregivers-status-active = Aktif
caregivers-status-revoked = Retire
caregivers-status-expired = Fini
caregivers-basis-patient-given = Se ou ki bay aksè sa a
caregivers-basis-parent-of-minor = Klinik la bay li: paran yon minè
caregivers-basis-legal-representative = Klinik la bay li: reprezantan legal
caregivers-invited = Envitasyon ou an ale.
caregivers-not-sent = Envitasyon an anrejistre men li pa t ka ale. Verifye nimewo a oswa imèl la, oswa retire l epi eseye ankò.
caregivers-revoked = Aksè a retire. Li sispann mache touswit.
caregivers-since = Depi { $date }
caregivers-until = Jiska { $date }
caregivers-last-used = Dènye fwa li sèvi: { $date }
caregivers-revoke = Retire aksè { $name }
caregivers-invite-heading = Envite yon moun pou ede w
caregivers-name = Non moun nan
caregivers-contact = Telefòn selilè oswa imèl moun nan
caregivers-contact-hint = Nimewo telefòn ak kòd peyi a, pa egzanp +1 312 555 0190.
caregivers-scopes = Sa moun nan ka fè pou ou
caregivers-settings-never = Paramèt ou, telefòn ou ak imèl ou toujou rete pou ou sèl.
caregivers-months = Pou konbyen tan
caregivers-months-option = { $months } mwa
caregivers-invite = Voye envitasyon an
caregivers-bad-name = Tanpri ekri non moun nan (san < ni >).
caregivers-bad-contact = Tanpri ekri yon nimewo selilè ak kòd peyi a, oswa yon imèl.
caregivers-bad-scopes = Tanpri chwazi omwen yon bagay moun nan ka fè.
caregivers-bad-months = Tanpri chwazi pou konbyen tan aksè a ap dire.
caregivers-copies = Voye rapèl randevou m yo ba li tou (pa tèks mesaj oswa imèl, nan kontak ki anlè a)
caregivers-copies-on = Resevwa rapèl randevou ou yo tou
caregivers-copies-start = Voye rapèl randevou m yo bay { $name }
caregivers-copies-stop = Sispann voye rapèl mwen yo bay { $name }
caregivers-copies-started = Moun nan ap resevwa rapèl randevou ou yo tou, apati pwochen an.
caregivers-copies-stopped = Moun nan p ap resevwa rapèl ou yo ankò.
caregivers-copies-need-appointments = Rapèl yo ale sèlman bay yon moun ki ka wè randevou ou yo: make Randevou tou.
caregiver-copies-on = Ou resevwa rapèl randevou { $name } yo.
caregiver-copies-stop = Sispann voye rapèl sa yo ban mwen
caregiver-copies-stopped = Ou p ap resevwa rapèl { $name } yo ankò.
caregiver-visit-confirm = Konfime randevou sa a
caregiver-visit-cancel = Anile randevou sa a
caregiver-visit-confirmed = Randevou a konfime. { $name } wè l tou.
caregiver-visit-cancelled = Randevou a anile. Yo avèti { $name } ak ekip swen an.
caregiver-visit-unchanged = Anyen pa chanje: ou pa ka konfime ni anile randevou sa a ankò.
caregiver-visit-reschedule-requested = Nou mande ekip swen an pou l jwenn yon lòt lè pou randevou sa a pou { $name }.
caregiver-refill-sent = Ekip swen an resevwa demann lan. { $name } wè l tou.
caregivers-teen-explain = Nan laj ou, { $name } pa li mesaj ou yo ankò, ni li pa wè renouvèlman preskripsyon ou yo isit la. Se ou ki ka chanje sa:
caregivers-teen-restore-messages = Kite { $name } li mesaj mwen yo ankò
caregivers-teen-withdraw-messages = Sispann kite { $name } li mesaj mwen yo
caregivers-teen-restore-refills = Kite { $name } wè renouvèlman preskripsyon mwen yo ankò
caregivers-teen-withdraw-refills = Sispann kite { $name } wè renouvèlman preskripsyon mwen yo
caregivers-teen-restored = Sa fèt. Ou ka retire l isit la nenpòt ki lè.
caregivers-teen-withdrawn = Sa fèt. Se pou ou sèl ankò.
page-after-hours = Andeyò lè ouvèti yo, rele
red-flag-reply = Si se yon ijans, rele { $emergency } kounye a. Pou jwenn klinik la, rele { $phone }. Nou di ekip swen ou a mesaj ou a ijan.
red-flag-reply-no-line = Si se yon ijans, rele { $emergency } kounye a. Nou di ekip swen ou a mesaj ou a ijan.
unsubscribe-heading = Sispann imèl rapèl ak alèt
unsubscribe-ask = Sispann voye imèl rapèl ak alèt mesaj bay { $email }?
unsubscribe-button = Sispann imèl sa yo
unsubscribe-still = Kòd ou mande ak avi sekirite ap toujou rive nan adrès sa a.
unsubscribe-done = Fini: imèl rapèl ak alèt mesaj bay { $email } sispann.
unsubscribe-back-on = Pou w resevwa yo ankò, chwazi imèl ankò nan paramèt ou yo.
staff-reports-title = Tan pou reponn
staff-reports-period = Mesaj ki pa t gen repons soti { $from } rive { $to }
staff-reports-from = Soti
staff-reports-to = Rive
staff-reports-show = Montre
staff-reports-category = Sijè
staff-reports-answered = Reponn
staff-reports-median = Medyàn, èdtan travay
staff-reports-p90 = 90yèm pousantil, èdtan travay
staff-reports-within = Nan tan ki te pwomèt la
staff-reports-open = Ap tann repons kounye a
staff-reports-overdue = An reta kounye a
staff-reports-all = Tout
staff-reports-chart = Èdtan travay jiska premye repons lan: medyàn (fonse) ak 90yèm pousantil (klè), selon sijè mesaj la
staff-reports-none = Pa gen repons nan peryòd sa a.
category-appointment = Randevou
category-refill = Renouvèlman preskripsyon
category-question = Kesyon
category-billing = Faktirasyon
category-other = Lòt

# Teams, cover while away, and late replies (/staff).
staff-view-my-teams = Ekip mwen yo
# $when: when the reply is due, in the clinic's time zone; $link: the conversation's address
email-subject-reply-due-soon = Yon repons pou yon pasyan dwe fèt byento
email-reply-due-soon = { $name }, yon repons pou yon pasyan dwe fèt anvan { $when }. Louvri konvèsasyon an: { $link }
email-subject-reply-escalated = Yo ba ou yon repons ki an reta
email-reply-escalated = { $name }, yon repons pou yon pasyan te dwe fèt anvan { $when } epi li poko voye. Se ou ki responsab li kounye a. Louvri konvèsasyon an: { $link }
staff-team-label = Ekip
staff-team-none = Pa gen ekip (tout klinik la)
staff-team-move = Mete l nan ekip
# $name: the colleague who is away
staff-covering-for = Ap ranplase { $name }
staff-steps-heading = Kijan li rive la a
# $team: a team's name; $from, $to: people of the care team
staff-step-routed = Voye bay { $team }
staff-step-covered = { $from } absan: bay { $to }
staff-step-pooled = { $from } absan: retounen bay ekip la
staff-step-warned = Repons lan dwe fèt byento: yo di { $to }
staff-step-warned-nobody = Repons lan dwe fèt byento: pa t gen pèsonn pou di
staff-step-escalated = An reta: bay { $to }
staff-step-no-one-further = An reta: pa gen lòt moun pou bay li
staff-away-link = Absans
staff-away-title = Absan nan travay
staff-away-explain = Pandan ou absan, mesaj klinik yo bay ou yo ale kay kolèg k ap ranplase w la; mesaj randevou ak faktirasyon retounen bay ekip ou a. Absans ou fini poukont li apre dènye jou li.
staff-away-from = Premye jou absans
staff-away-to = Dènye jou absans
staff-away-cover = Moun k ap ranplase w
staff-away-no-cover = Pèsonn (mesaj yo retounen bay ekip la)
staff-away-add = Anrejistre absans lan
staff-away-mine = Absans ou yo
staff-away-none = Ou pa gen okenn absans ki planifye.
staff-away-cancel = Anile absans sa a
staff-away-team = Ki moun ki absan
staff-away-nobody = Pèsonn pa absan.
# $name: who is away; $from, $to: the first and last days; $cover: who covers
staff-away-row = { $name }: soti { $from } rive { $to }
staff-away-row-cover = { $name }: soti { $from } rive { $to }, { $cover } ap ranplase l
staff-away-wrong-dates = Verifye dat yo: dènye jou a pa ka anvan premye jou a ni nan tan pase, epi yon absans pa ka dire plis pase yon ane.
staff-away-wrong-cover = Chwazi yon lòt moun nan ekip swen an pou ranplase w.
staff-away-loop = Kolèg sa a absan tou nan moman sa a, epi se ou k ap ranplase l: chwazi yon lòt moun.
# $away: the clinician who is away; $until: their last day away; $cover: who answers meanwhile
thread-covering = Pandan { $away } absan (jiska { $until }), se { $cover } k ap reponn mesaj ou yo.
staff-reports-all-teams = Tout ekip yo

# Staff passkeys (/staff/passkeys, /staff/signin).
staff-passkeys-title = Kle aksè
staff-passkeys-explain = Konekte sou paj ekip swen an ak figi w, anprent dwèt ou, fèmen ekran an oswa yon kle sekirite olye yon lyen yo voye pa imèl. Chak kle aksè se pou ou sèlman.
staff-passkeys-stale = Pou ajoute oswa retire yon kle aksè, konekte ankò anvan: sa dwe fèt nan 20 minit apre ou fin konekte.
staff-passkey-added = Kle aksè a ajoute. Pwochen fwa, konekte avè l.
staff-passkey-removed = Kle aksè a retire. Li pa konekte w ankò.
staff-signin-passkey-explain = Si ou te ajoute yon kle aksè, sèvi ak figi w, anprent dwèt ou, fèmen ekran an oswa kle sekirite ou.
staff-passkey-unknown = Kle aksè sa a pa konekte w nan okenn ekip swen isit la (petèt yo te retire l). Konekte ak imèl travay ou pito.
staff-passkey-not-verified = Aparèy ou a pa t konfime se te ou (figi, anprent dwèt, PIN oswa fèmen ekran). Ou pa konekte.
# $name: the staff member; $clinic: the clinic's name
email-subject-staff-passkey-added = { $clinic }: yo ajoute yon kle aksè pou koneksyon ou
email-staff-passkey-added = { $name }, yo ajoute yon kle aksè pou konekte sou paj ekip swen an nan { $clinic }. Si se pa t ou, di administratè klinik ou a sa touswit.
email-subject-staff-passkey-removed = { $clinic }: yo retire yon kle aksè nan koneksyon ou
email-staff-passkey-removed = { $name }, yo retire yon kle aksè nan koneksyon ou sou paj ekip swen an nan { $clinic }. Li pa konekte w ankò. Si se pa t ou, di administratè klinik ou a sa touswit.
# $names: colleagues who opened the conversation in the last minutes, each with the time
staff-viewing = Lòt moun k ap gade l tou: { $names }
# $line: the crisis line the clinic names, as dialled
red-flag-crisis = Si w ap panse fè tèt ou mal, rele oswa voye tèks bay { $line } kounye a, nenpòt lè.
# $channel: staff-contact-sms or staff-contact-email; $why: one of the staff-contact-* reasons
staff-step-contact-flagged = { $channel } pa rive jwenn pasyan an ankò: { $why }. Kontakte l yon lòt jan.
staff-contact-sms = Nimewo selilè l
staff-contact-email = Adrès imèl li
staff-contact-invalid = founisè a di li pa ka resevwa mesaj
staff-contact-opted-out = li mande pou yo pa voye l plis
staff-contact-bouncing = imèl yo voye ba li tounen
staff-assign-to = Bay li a
staff-assign-button = Asiyen

# The clinic's teams, for its administrators (/staff/admin/teams).
staff-admin-teams-title = Ekip yo
staff-admin-teams-explain = Chak mesaj yon pasyan ale nan yon ekip dapre règ distribisyon klinik la, sinon nan ekip pa defo a. Yon repons ki an reta rive finalman bay responsab ekip la.
staff-admin-only = Se sèlman yon administratè klinik la ki ka chanje ekip li yo.
staff-admin-reauth = Pou chanje ekip klinik la, konekte ankò anvan: chanjman yo aksepte sèlman nan 20 minit apre ou fin konekte.
staff-admin-new-team = Nouvo ekip
staff-admin-team-name = Non
staff-admin-team-lead = Responsab
staff-admin-no-lead = Pa gen responsab (premye administratè klinik la)
staff-admin-team-default = Ekip pa defo (pou mesaj okenn règ pa voye bay yon ekip)
staff-admin-team-members = Manm yo
staff-admin-save = Anrejistre
staff-admin-add = Ajoute ekip la
staff-admin-saved = Anrejistre.
staff-admin-name-wrong = Yon ekip bezwen yon non sou yon sèl liy, ki pa gen plis pase 200 karaktè, e ke okenn lòt ekip nan klinik la pa genyen.
# $name: an admin; $url, $id: the endpoint; $when: since when it has accepted no event
email-subject-webhook-disabled = Yo pwen ki resevwa evènman yo fèmen
email-webhook-disabled = { $name }, Portico sispann voye evènman bay { $url } (pwen { $id }): li pa aksepte okenn evènman depi { $when }, apre plis pase yon jou ap eseye ankò. Ranje sa k ap resevwa a, epi louvri l ankò ak PATCH /api/v1/webhooks/{ $id } ak "enabled": true.

# The patient's own trail (/p/activity): what they and the people who help them did here.
activity-heading = Ki moun ki louvri dosye ou
activity-explain = Tout sa ou menm ak moun ou kite ede w yo te fè isit la, sa ki pi nouvo yo an premye. Klinik ou a kenbe menm istorik la tou.
activity-none = Poko gen anyen.
activity-older = Pi ansyen
activity-newest = Retounen nan sa ki pi nouvo yo
activity-you = Ou menm
# $name: the caregiver, as the patient named them
activity-caregiver = { $name }, ki ede w
activity-someone = Yon moun k ap ede w
# How the person had proved who they are.
activity-auth-link = ak lyen nou te voye a
activity-auth-code = ak yon kòd nou te voye
activity-auth-passkey = ak yon kle aksè
activity-auth-link-code = ak lyen nou te voye a ak yon kòd
activity-auth-link-birth-date = ak lyen nou te voye a ak dat ou fèt
activity-auth-code-birth-date = ak yon kòd nou te voye ak dat ou fèt
activity-auth-sms = ak yon tèks mesaj ki soti nan telefòn ou
# What they did.
activity-link-redeemed = Louvri yon lyen klinik la voye
activity-link-code-used = Konekte ak yon kòd
activity-link-renewed = Mande yon nouvo lyen
activity-step-up-code-sent = Mande yon kòd pou konfime idantite
activity-step-up-passed = Konfime idantite
activity-step-up-failed = Yon esè pou konfime idantite pa t koresponn
activity-passkey-signed-in = Konekte ak yon kle aksè
activity-passkey-registered = Ajoute yon kle aksè
activity-passkey-renamed = Chanje non yon kle aksè
activity-passkey-removed = Retire yon kle aksè
activity-passkey-refused = Yon kle aksè pa t aksepte
activity-passkey-possible-clone = Yo sèvi ak yon kle aksè yon fason ki fè panse gen yon kopi li
activity-appointment-confirmed = Konfime yon randevou
activity-appointment-cancelled = Anile yon randevou
activity-appointment-reschedule-requested = Mande yon lòt lè pou yon randevou
activity-message-received = Voye yon mesaj bay klinik la
activity-message-red-flag = Yo make yon mesaj ijan pou ekip swen an
activity-refill-requested = Mande yon renouvèlman
activity-refill-visit-requested = Mande yon randevou pou yon renouvèlman
activity-patient-settings = Chanje preferans yo
activity-contact-change-started = Kòmanse chanje yon nimewo telefòn oswa yon imèl
activity-contact-changed = Chanje yon nimewo telefòn oswa yon imèl
activity-contact-opted-out = Mande pou yo pa voye tèks mesaj ankò
activity-contact-opted-in = Mande pou yo voye tèks mesaj ankò
activity-patient-unsubscribed = Sispann imèl yo ak yon sèl klik
activity-grant-invited = Envite yon moun pou ede
activity-grant-revoked = Retire aksè yon moun
activity-grant-accepted = Aksepte envitasyon ou pou ede
activity-grant-appointments-viewed = Gade randevou ou yo
activity-grant-messages-viewed = Li mesaj ou yo
activity-grant-refills-viewed = Gade renouvèlman ou yo
activity-grant-message-sent = Voye yon mesaj pou ou
activity-grant-copies-started = Limen kopi rapèl pou yon moun k ap ede w
activity-grant-copies-stopped = Etenn kopi rapèl pou yon moun k ap ede w
activity-grant-appointment-confirmed = Konfime yon randevou pou ou
activity-grant-appointment-cancelled = Anile yon randevou pou ou
activity-grant-refill-requested = Mande yon renouvèlman pou ou
activity-grant-teen-restored = Kite yon paran wè plis ankò
activity-grant-teen-withdrawn = Retire sa yon paran te ka wè
activity-grant-link-opened = Louvri yon lyen rapèl yo te voye ba li
activity-grant-link-refused = Yo te refize yon lyen rapèl yo te voye ba li
activity-messages-viewed = Li mesaj ou yo
activity-refills-viewed = Gade renouvèlman ou yo
activity-other = Sèvi ak dosye ou
# Settings and the caregivers page link to the trail.
activity-link = Ki moun ki louvri dosye ou
# A parent's grant once the child reaches the clinic's age for privacy. $name: the patient; $age: their age
caregiver-teen-private = Depi { $name } gen { $age } an, se li sèlman ki ka li mesaj li yo. Ou toujou ka ekri ekip swen an pou li.
# A caregiver signing in again (/p/for/sign-in).
caregiver-sign-in-heading = Konekte pou ede yon moun
caregiver-sign-in-explain = Tape nimewo telefòn selilè oswa imèl ou te sèvi pou aksepte yon envitasyon, epi n ap voye yon kòd ba ou la.
caregiver-sign-in-contact = Telefòn selilè oswa imèl ou
caregiver-sign-in-send = Voye yon kòd ban mwen
caregiver-sign-in-sent = Si se ak nimewo telefòn oswa imèl sa a ou te aksepte yon envitasyon, yon kòd ap vini. Li mache pandan 10 minit.
caregiver-sign-in-code = Kòd nou voye a
caregiver-sign-in-button = Konekte
caregiver-sign-in-more = Lyen rapèl ou louvri a montre sèlman randevou ki te nan rapèl sa a. Konekte pou wè tout sa ou ka fè.
caregiver-link-heading = Yon rapèl pou yon moun w ap ede
caregiver-link-explain = Louvri l pou wè randevou yo, epi pou konfime, anile oswa mande yon lòt lè.
caregiver-link-open = Louvri randevou yo
caregiver-link-dead-heading = Lyen sa a pa mache ankò
caregiver-link-dead-explain = Yo te deja sèvi avè l oswa li ekspire, oswa aksè ki te fè yo voye l la fini. Ou toujou ka konekte ak telefòn oswa imèl yo te sèvi pou envite w la.
caregiver-link-sign-in = Konekte pou ede yon moun
caregiver-settings-heading = Tèks mesaj ak imèl nou voye ba ou
caregiver-settings-explain = Rapèl ou resevwa pou moun w ap ede yo, ak avi nou voye ba ou, vini nan lang sa a, epi yo pa janm vini lannwit kote ou rete a.
caregiver-settings-zone = Kote ou rete (zòn lè)
caregiver-settings-zone-unsaid = Ou pa di: zòn lè moun w ap ede a
caregiver-settings-save = Anrejistre
caregiver-settings-saved = Li anrejistre.
caregiver-passkeys-stale = Pou ajoute oswa retire yon kle aksè, dekonekte epi konekte ankò anvan: sa ka fèt nan 20 minit apre ou fin konekte.
caregiver-passkey-unknown = Kle aksè sa a pa louvri paj okenn moun w ap ede isit la (petèt yo te retire l). Ou ka konekte ak yon kòd pito.
email-subject-caregiver-passkey-added = { $clinic }: yo ajoute yon kle aksè pou koneksyon ou
caregiver-passkey-added-notice = { $clinic }: yo ajoute yon kle aksè pou w konekte pou ede yon moun. Si se pa t ou, rele { $phone }.
email-subject-caregiver-passkey-removed = { $clinic }: yo retire yon kle aksè nan koneksyon ou
caregiver-passkey-removed-notice = { $clinic }: yo retire yon kle aksè nan koneksyon ou pou ede yon moun. Li pa konekte w ankò. Si se pa t ou, rele { $phone }.
signin-caregiver-link = W ap ede yon moun? Konekte isit la
# Thirty days before a parent's grant changes with the child's age: to the parent and to the child.
# $clinic; $date: the day it changes; $patient: the child; $caregiver: the parent; $age: the age then
email-subject-growing-up = Yon chanjman sou ki moun ki ka wè dosye ou
growing-up-narrows-parent = { $clinic }: { $date }, { $patient } ap gen { $age } an. Apati jou sa a, ou ka toujou wè randevou li yo epi ekri ekip swen an pou li, men se li sèlman ki ka wè mesaj li yo ak renouvèlman li yo.
growing-up-narrows-teen = { $clinic }: { $date }, w ap gen { $age } an. Apati jou sa a, { $caregiver } ka toujou wè randevou ou yo epi ekri ekip swen an pou ou, men li p ap ka li mesaj ou yo ni wè renouvèlman ou yo ankò.
growing-up-ends-parent = { $clinic }: { $date }, { $patient } ap gen 18 an epi aksè ou genyen nan dosye li a ap fini. Si ou se reprezantan legal li, mande klinik la pou anrejistre sa.
growing-up-ends-teen = { $clinic }: { $date }, w ap gen 18 an, epi { $caregiver } p ap ka wè dosye ou pou ou ankò.
