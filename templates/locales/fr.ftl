# Portico — Français (fr). Traduit de en.ftl.
# Statut : en attente de relecture par un clinicien de langue maternelle française avant que les patients ne le voient.
# Status: awaits review by a native-speaking clinician before patients see it.
# Rules for every locale: no health details in SMS or email; keep SMS lines short;
# { $variables } must stay as they are.

## The language itself
language-name = Français
# "ltr" or "rtl"
language-direction = ltr
switcher-label = Langue

## Dates and times (built by Portico from these parts)
weekday-1 = lundi
weekday-2 = mardi
weekday-3 = mercredi
weekday-4 = jeudi
weekday-5 = vendredi
weekday-6 = samedi
weekday-7 = dimanche
weekday-short-1 = lun.
weekday-short-2 = mar.
weekday-short-3 = mer.
weekday-short-4 = jeu.
weekday-short-5 = ven.
weekday-short-6 = sam.
weekday-short-7 = dim.
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
# Short forms are used in SMS: "aout" (1990 spelling) keeps the SMS in GSM-7.
month-short-1 = janv.
month-short-2 = févr.
month-short-3 = mars
month-short-4 = avr.
month-short-5 = mai
month-short-6 = juin
month-short-7 = juil.
month-short-8 = aout
month-short-9 = sept.
month-short-10 = oct.
month-short-11 = nov.
month-short-12 = déc.
time-am = AM
time-pm = PM
# $h12 (1–12), $h24 (0–23), $hh24 (00–23), $mm (00–59), $ampm (time-am or time-pm)
time-of-day = { $h24 } h { $mm }
# $weekday, $month, $day, $year, $time
date-long = { $weekday } { $day ->
        [1] 1er
       *[other] { $day }
    } { $month } { $year }
datetime-long = { $weekday } { $day ->
        [1] 1er
       *[other] { $day }
    } { $month } { $year } à { $time }
# Used in SMS: as short as the language allows. $weekday, $month are the short forms.
datetime-short = { $weekday } { $day } { $month } { $time }
minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}

## SMS and email
sms-link-signin = { $clinic } : votre lien pour vous connecter : { $url } Répondez STOP pour vous désabonner.
sms-link-appointment = { $clinic } : voyez et confirmez votre rendez-vous : { $url } Répondez STOP pour vous désabonner.
sms-link-thread = { $clinic } : vous avez un nouveau message : { $url } Répondez STOP pour vous désabonner.
sms-link-refill = { $clinic } : votre demande de renouvellement d'ordonnance : { $url } Répondez STOP pour vous désabonner.
sms-link-settings = { $clinic } : vos préférences : { $url } Répondez STOP pour vous désabonner.
sms-reminder = { $clinic } : rendez-vous le { $when }. Confirmez ou changez : { $url } STOP pour vous désabonner
# The reminder that also says how to answer by reply, sent when it fits the
# message's segment budget; $yes and $no are reply-word-confirm and reply-word-cancel.
sms-reminder-reply = { $clinic } : rdv le { $when }. Répondez { $yes }=confirmer, { $no }=annuler. { $url } STOP=désabonner
# One SMS for the visits of several patients who share a phone: no names, only times.
sms-household = { $clinic } : { $count } rendez-vous : { $whens }. Ouvrir : { $url } STOP pour vous désabonner
sms-cancellation = { $clinic } : votre rendez-vous du { $when } est annulé. Détails : { $url } STOP pour vous désabonner
# A caregiver's copy of a patient's reminder: no name of the patient, the caregiver's own page.
sms-copy-reminder = { $clinic } : rendez-vous d'une personne que vous aidez, le { $when }. Voir : { $url } STOP pour ne plus recevoir ces copies
sms-copy-cancellation = { $clinic } : le rendez-vous du { $when } d'une personne que vous aidez est annulé. Voir : { $url } STOP pour ne plus recevoir ces copies
sms-message-alert = { $clinic } : vous avez un nouveau message. Lisez-le : { $url } STOP pour vous désabonner
sms-refill-update = { $clinic } : votre demande de renouvellement a été mise à jour. Voir : { $url } STOP pour vous désabonner
sms-step-up-code = { $clinic } : votre code est { $code }. Il expire dans 10 minutes. Ne le donnez à personne.
sms-contact-confirm = { $clinic } : votre code pour confirmer ce numéro est { $code }. Il expire dans 10 minutes.
sms-contact-changed = { $clinic } : le numéro de téléphone de vos messages a été changé. Si ce n'est pas vous, appelez le { $phone }.
email-subject-signin = { $clinic } : votre lien de connexion
email-subject-appointment = { $clinic } : votre rendez-vous
email-subject-thread = { $clinic } : vous avez un nouveau message
email-subject-refill = { $clinic } : votre demande de renouvellement d'ordonnance
email-subject-settings = { $clinic } : vos préférences
email-subject-reminder = { $clinic } : rappel de rendez-vous
email-subject-cancellation = { $clinic } : rendez-vous annulé
email-subject-copy-reminder = { $clinic } : rappel pour une personne que vous aidez
email-subject-copy-cancellation = { $clinic } : rendez-vous annulé pour une personne que vous aidez
email-subject-message-alert = { $clinic } : vous avez un nouveau message
email-subject-refill-update = { $clinic } : votre demande de renouvellement a été mise à jour
email-subject-step-up-code = { $clinic } : votre code
email-subject-contact-confirm = { $clinic } : confirmez votre adresse e-mail
email-subject-contact-changed = { $clinic } : vos coordonnées ont changé
email-hello = Bonjour { $name },
email-what-signin = voici votre lien pour vous connecter
email-what-appointment = consultez et confirmez votre rendez-vous
email-what-thread = vous avez un nouveau message
email-what-refill = consultez votre demande de renouvellement d'ordonnance
email-what-settings = ouvrez vos préférences
email-what-reminder = votre rendez-vous est le { $when }. Confirmez-le ou changez-le
email-what-cancellation = votre rendez-vous du { $when } est annulé
email-what-copy-reminder = une personne que vous aidez a un rendez-vous le { $when }. Consultez-le
email-what-copy-cancellation = le rendez-vous du { $when } d'une personne que vous aidez est annulé. Consultez-le
email-copy-why = Vous recevez ce message parce que la personne que vous aidez a demandé que ses rappels de rendez-vous vous parviennent aussi. Pour ne plus les recevoir, ouvrez le lien et choisissez « Ne plus m'envoyer ces rappels ».
email-what-message-alert = vous avez un nouveau message. Lisez-le
email-what-refill-update = votre demande de renouvellement d'ordonnance a été mise à jour
email-open-button = Ouvrir
email-link-note = Le lien ne fonctionne qu'une fois, puis il expire. S'il a expiré, ouvrez-le quand même et demandez-en un nouveau.
email-call = Pour parler à une personne, appelez le { $phone }.
email-after-hours = En dehors des heures d’ouverture, appelez le { $phone }.
email-step-up-code = Votre code est { $code }. Il expire dans 10 minutes. Ne le donnez à personne.
email-contact-confirm = Votre code pour confirmer cette adresse e-mail est { $code }. Il expire dans 10 minutes.
email-contact-changed = L'adresse e-mail de vos messages de { $clinic } a été changée. Si ce n'est pas vous, appelez le { $phone }.
email-code = Le lien ne s'ouvre pas, ou vous lisez ceci sur un autre appareil ? Allez sur { $url } et tapez le code { $code }.

## Replies to inbound texts
# Words a patient may text back, comma-separated, matched without regard to case or accents.
inbound-confirm = OUI, CONFIRMER, CONFIRME, JE CONFIRME
inbound-cancel = NON, ANNULER, ANNULE
inbound-help = AIDE
inbound-stop = ARRET, ARRÊT, ARRETER, ARRÊTER, DESABONNER, DÉSABONNER
inbound-start = REPRENDRE
reply-confirmed = Merci, votre rendez-vous est confirmé.
reply-cancelled = Votre rendez-vous est annulé. Appelez la clinique pour prendre un autre rendez-vous.
reply-no-appointment = Nous n'avons trouvé aucun rendez-vous à venir pour ce numéro. Merci d'appeler la clinique.
reply-unknown-number = Ce numéro n'est inscrit auprès d'aucune clinique. Merci d'appeler votre clinique.
reply-unknown-number-kept = Merci. Nous ne connaissons pas ce numéro : votre clinique lira votre message mais ne pourra peut-être pas répondre par SMS. En cas d’urgence, appelez votre clinique.
reply-acknowledged = Merci. Votre équipe soignante lira votre message et vous répondra dès que possible.
# $when: the promised reply time, in the patient's time zone
reply-acknowledged-by = Merci. Votre équipe soignante lira votre message et vous répondra d'ici le { $when }.
reply-help-call = { $clinic } : appelez le { $phone }.
reply-help-after-hours = En dehors des heures d’ouverture : { $phone }.
reply-help-stop = Répondez STOP pour vous désabonner.
# The words reminders name: each must be in inbound-confirm / inbound-cancel, and
# the cancel word must not be one carriers take as an opt-out (STOP, CANCEL, END, QUIT, ...).
reply-word-confirm = OUI
reply-word-cancel = NON
# When a reply could mean several visits: $choices lists reply-choice items.
reply-which-confirm = Quel rendez-vous voulez-vous confirmer ? Répondez { $choices }.
reply-which-cancel = Quel rendez-vous voulez-vous annuler ? Répondez { $choices }.
reply-choice = { $number } pour { $when }
reply-choice-unknown = Répondez par un chiffre de 1 à { $count }.
reply-unmatched-clinic = Nous n'avons pas pu savoir à quelle clinique ce message est destiné. Appelez votre clinique.

## Every page
page-sign-out = Se déconnecter
page-signed-out = Votre session est fermée
page-signed-out-explain = Pour revenir, ouvrez le lien le plus récent envoyé par votre clinique.
page-home-link = Accueil
page-settings-link = Préférences
page-call = Des questions ? Appelez le { $phone }.
page-problem-heading = Veuillez réessayer
page-csrf-explain = Nous n'avons pas pu vérifier que cette demande venait de cette page.
page-form-explain = Nous n'avons pas pu lire ce formulaire.
page-error-heading = Un problème est survenu de notre côté
page-error-explain = Veuillez réessayer dans une minute. Si cela continue, appelez votre clinique.
page-conflict-heading = C'est déjà fait
page-conflict-explain = Il semble que ceci ait déjà été enregistré. Revenez en arrière et rechargez la page pour voir où en sont les choses.
page-not-found-heading = Nous n'avons pas trouvé cette page
page-not-found-explain = Ouvrez le lien le plus récent de votre clinique, ou appelez-la.
page-session-heading = Veuillez ouvrir votre lien à nouveau
page-session-explain = Votre session est terminée, pour protéger vos informations. Ouvrez le lien le plus récent de votre clinique.
page-code = Code : { $code }

## Landing and links
landing-signin-heading = Connexion
landing-signin-explain = Touchez le bouton pour ouvrir votre page de la clinique.
landing-signin-button = Continuer
landing-appointment-heading = Votre rendez-vous
landing-appointment-explain = Viendrez-vous ? Confirmez d'une seule touche, ou consultez d'abord les détails pour changer ou annuler le rendez-vous.
landing-appointment-see = Voir ou changer
landing-thread-heading = Vous avez un nouveau message
landing-thread-explain = Touchez le bouton pour ouvrir vos messages de l'équipe soignante.
landing-thread-button = Ouvrir mes messages
landing-refill-heading = Votre demande de renouvellement d'ordonnance
landing-refill-explain = Touchez le bouton pour voir votre demande de renouvellement.
landing-refill-button = Voir ma demande
landing-settings-heading = Vos préférences
landing-settings-explain = Touchez le bouton pour ouvrir vos préférences.
landing-settings-button = Ouvrir mes préférences
landing-household-heading = Les rendez-vous de votre famille
landing-household-explain = Ce téléphone a des rendez-vous pour plusieurs personnes. Touchez le bouton pour les voir ; chacun s’ouvre avec la date de naissance de la personne concernée.
landing-household-button = Voir les rendez-vous
## Visits of several patients who share a phone: times only until a date of birth says whose.
household-heading = Rendez-vous pour ce téléphone
household-explain = Pour ouvrir un rendez-vous, saisissez la date de naissance de la personne concernée.
household-visit = Rendez-vous le { $when }
household-birth-date = Date de naissance de la personne concernée
household-open = Ouvrir ce rendez-vous
household-wrong = Cette date de naissance ne correspond pas à ce rendez-vous. Vérifiez-la et réessayez.
household-locked = Trop de dates de naissance erronées. Appelez la clinique.
household-off = Cette clinique n’ouvre plus les rendez-vous avec la date de naissance. Appelez la clinique.
household-gone = Ce rendez-vous n’est plus ouvert.
landing-once = Ce lien ne fonctionne qu'une fois. Si vous ne l'attendiez pas, vous pouvez l'ignorer.
landing-code-heading = Vous ouvrez ceci sur un autre appareil ?
landing-code-where = Sur cet appareil, allez sur { $url } et tapez ce code :
link-used-heading = Ce lien a déjà été utilisé
link-used-explain = Chaque lien ne fonctionne qu'une fois, pour protéger vos informations. Nous pouvons vous en envoyer un nouveau.
link-expired-heading = Ce lien a expiré
link-expired-explain = Les liens cessent de fonctionner après un certain temps, pour protéger vos informations. Nous pouvons vous en envoyer un nouveau.
link-revoked-heading = Ce lien ne fonctionne plus
link-revoked-explain = Votre clinique a envoyé un lien plus récent, ou a désactivé celui-ci. Nous pouvons vous en envoyer un nouveau.
link-bad-heading = Ce lien ne fonctionne pas
link-bad-explain = Il a peut-être été mal copié. Dites-nous comment vous joindre et, si votre clinique a vos coordonnées, nous vous enverrons un nouveau lien.
link-reopen-explain = Nous n'avons pas pu vérifier que cette demande venait de cette page. Ouvrez à nouveau le lien de votre message.
link-send-new = Envoyez-moi un nouveau lien
link-send-new-note = Nous l'enverrons au téléphone ou à l'adresse e-mail que votre clinique a dans votre dossier.
link-contact-label = Votre numéro de portable (avec l'indicatif du pays, par exemple +1 312 555 0142) ou votre adresse e-mail
link-sent-heading = Regardez votre téléphone ou vos e-mails
link-sent-explain = Si votre clinique a un moyen de vous joindre, un nouveau lien est en route. Il peut mettre une minute à arriver.
link-wait-heading = Veuillez patienter un peu
link-wait-explain = Nous avons reçu beaucoup de demandes depuis votre réseau. Réessayez dans une heure, ou appelez votre clinique.
link-check-heading = Veuillez vérifier ce que vous avez écrit
link-check-explain = Entrez un numéro de portable qui commence par + et l'indicatif du pays (par exemple +1 312 555 0142), ou une adresse e-mail.
link-bad-code = Votre message contient aussi un code ? Tapez-le ici.

## Codes (/c), pour un lien qui ne s'ouvre pas
code-heading = Tapez votre code
code-explain = Le message qui contient votre lien contient aussi un code, par exemple 7KQM-3XTR. Tapez-le ici pour ouvrir votre page sur cet appareil.
code-label = Votre code (8 lettres et chiffres)
code-button = Continuer
code-note = Un code ne fonctionne qu'une fois, comme son lien, et seulement jusqu'à l'expiration du lien.
code-format = Ce n'est pas un code. Un code a 8 lettres et chiffres, par exemple 7KQM-3XTR.
code-wrong = Ce code n'a pas fonctionné. Vérifiez-le et réessayez. Après 5 essais erronés, un code cesse de fonctionner.
code-used-heading = Ce code a déjà été utilisé
code-used-explain = Un code et son lien ne fonctionnent qu'une fois à eux deux, et l'un d'eux a été utilisé. Nous pouvons vous envoyer un nouveau lien.
code-expired-heading = Ce code a expiré
code-expired-explain = Un code ne fonctionne que tant que son lien fonctionne, et ce lien a expiré. Nous pouvons vous en envoyer un nouveau.
code-locked-heading = Ce code ne fonctionne plus
code-locked-explain = Il a été mal tapé trop de fois ; pour protéger vos informations, il est désactivé. Ouvrez plutôt le lien de votre message, ou demandez un nouveau lien.
code-paused-explain = Les codes sont suspendus pour le moment, à cause de nombreux essais erronés. Ouvrez plutôt le lien de votre message, ou réessayez dans une heure.

## Home
home-hello = Bonjour { $name }
home-upcoming = Vos prochains rendez-vous
home-none = Vous n'avez aucun rendez-vous à venir.
home-with = avec { $provider }
home-messages = Messages avec votre équipe soignante
home-refills = Renouvellements d'ordonnance

## Appointment
appointment-heading = Votre rendez-vous
appointment-when = Quand
appointment-duration = Durée
appointment-where = Où
appointment-map = Plan
appointment-with = Avec
appointment-status = Statut
appointment-bring = À apporter
appointment-bring-default = Votre pièce d'identité avec photo, votre carte d'assurance et la liste des médicaments que vous prenez.
status-scheduled = Prévu
status-confirmed = Confirmé
status-cancelled = Annulé
appointment-confirm = Je confirme que je viendrai
appointment-cancel-legend = Annuler ce rendez-vous
reason-feeling-better = Je me sens mieux
reason-conflict = J'ai un empêchement
reason-transport = Je n'ai pas de moyen de transport
reason-other = Une autre raison
appointment-cancel = Annuler le rendez-vous
appointment-another-time-label = J'ai besoin d'un autre horaire (facultatif : le moment qui vous convient)
appointment-another-time = Demander un autre horaire
appointment-calendar = Ajouter à mon agenda
calendar-summary = Rendez-vous à { $clinic }
appointment-all = Tous vos rendez-vous
appointment-done-confirmed = Merci. Votre rendez-vous est confirmé.
appointment-done-cancelled = Votre rendez-vous est annulé. Appelez la clinique quand vous voulez en prendre un nouveau.
appointment-done-requested = Nous avons envoyé votre demande à l'équipe soignante. Elle vous contactera pour un autre horaire.
appointment-done-already-confirmed = Ce rendez-vous était déjà confirmé. Merci.
appointment-done-cancelled-cannot-confirm = Ce rendez-vous a été annulé : il ne peut plus être confirmé. Appelez la clinique si vous voulez en prendre un nouveau.
appointment-done-passed-cannot-confirm = Ce rendez-vous a déjà commencé ou est passé : il ne peut plus être confirmé.
appointment-done-confirm-failed = Nous n'avons pas pu confirmer votre rendez-vous pour le moment. Veuillez réessayer dans une minute.

## Messages
thread-heading = Messages avec votre équipe soignante
thread-empty = Pas encore de messages.
thread-reply-label = Écrire à votre équipe soignante
thread-reply-hint = Jusqu'à 2000 caractères. Ne l'utilisez pas en cas d'urgence : appelez le 911 ou le numéro d'urgence de votre région.
thread-send = Envoyer
thread-sent = Votre message a été envoyé. L'équipe soignante vous répondra dès que possible.
# $when: the promised reply time, in the patient's time zone
thread-sent-by = Votre message a été envoyé. L'équipe soignante vous répondra d'ici le { $when }.
thread-check-heading = Veuillez vérifier votre message
thread-empty-message = Votre message est vide.
thread-long-message = Votre message est trop long (2000 caractères au maximum).

## Step-up
step-up-heading = Confirmez que c'est bien vous
step-up-explain = Cette page peut contenir des informations de santé. Pour les protéger, nous vérifions que c'est bien vous avant de les montrer.
step-up-locked = Pour votre sécurité, cette vérification est suspendue. Veuillez appeler la clinique.
step-up-code-label = Entrez le code à 6 chiffres que nous avons envoyé à { $destination }
step-up-continue = Continuer
step-up-send-code = Envoyer un code à { $destination }
step-up-birth-date-label = Ou entrez votre date de naissance
step-up-ways-code = { $channel ->
    [sms] Nous enverrons un code par SMS à votre numéro { $destination }.
   *[email] Nous enverrons un code par e-mail à { $destination }.
}
step-up-ways-code-or-birth-date = { $channel ->
    [sms] Nous pouvons envoyer un code par SMS à votre numéro { $destination }, ou vous pouvez entrer votre date de naissance.
   *[email] Nous pouvons envoyer un code par e-mail à { $destination }, ou vous pouvez entrer votre date de naissance.
}
step-up-ways-birth-date = Entrez votre date de naissance pour continuer.
step-up-birth-date-only-label = Votre date de naissance
step-up-no-way-off = Nous n'avons qu'un seul moyen de vous joindre, et cette clinique n'utilise pas la date de naissance pour cette vérification. Veuillez appeler la clinique et lui demander d'ajouter à votre dossier un deuxième numéro de téléphone ou une adresse e-mail : nous pourrons alors vous envoyer un code.
step-up-no-way-no-birth-date = Nous n'avons qu'un seul moyen de vous joindre, et aucune date de naissance dans votre dossier. Veuillez appeler la clinique et lui demander d'ajouter à votre dossier votre date de naissance, ou un deuxième numéro de téléphone ou une adresse e-mail.
step-up-no-second = Nous n'avons pas d'autre contact où envoyer un code.
step-up-too-many-codes = Nous avons déjà envoyé plusieurs codes. Veuillez attendre une heure, ou appeler la clinique.
step-up-send-failed = Nous n'avons pas pu envoyer le code pour le moment. Veuillez réessayer dans une minute.
step-up-too-many-tries = Trop d'essais. Veuillez attendre une heure, ou appeler la clinique.
step-up-code-wrong = Ce code ne correspond pas, ou il a expiré.
step-up-birth-date-wrong = Cette date ne correspond pas à notre dossier.
## Refills
refills-heading = Renouvellements d'ordonnance
refills-new = Demander un renouvellement
refills-pick = Quel médicament ?
refills-other = Un autre médicament
refills-other-label = Nom et dosage du médicament (comme sur l'étiquette)
refills-pharmacy = Quelle pharmacie ?
refills-pharmacy-new = Une autre pharmacie (nom et ville)
refills-note-label = Ce que l'équipe soignante devrait savoir (facultatif)
refills-submit = Envoyer la demande
refills-yours = Vos demandes
refills-none = Vous n'avez pas encore demandé de renouvellement.
refills-sent = Nous avons reçu votre demande. Nous vous dirons quand elle avancera.
refills-need-medicine = Veuillez choisir un médicament ou écrire son nom.
refills-need-pharmacy = Veuillez choisir une pharmacie ou écrire son nom.
refill-heading = Demande de renouvellement
refill-medicine = Médicament
refill-pharmacy = Pharmacie
refill-timeline = Ce qui s'est passé
refill-status-received = Reçue
refill-status-in-review = En cours d'examen
refill-status-sent-to-pharmacy = Envoyée à la pharmacie
refill-status-needs-visit = La clinique doit d'abord vous voir
refill-status-denied = Non approuvée : veuillez appeler la clinique
refill-book-visit = Demander un rendez-vous
refill-visit-requested = Nous avons demandé à l'équipe soignante de vous donner un rendez-vous. Elle vous contactera.
refill-all = Toutes vos demandes de renouvellement

## Settings
settings-heading = Vos préférences
settings-saved = Vos préférences sont enregistrées.
settings-language = Langue des messages et des pages
settings-channels = Comment vous joindre en premier
settings-channel-both = SMS et e-mail à la fois, pour les rappels
settings-channel-sms-first = D'abord par SMS, puis par e-mail
settings-channel-email-first = D'abord par e-mail, puis par SMS
settings-channel-sms-only = SMS seulement
settings-channel-email-only = E-mail seulement
settings-quiet = Heures de silence (pas de messages entre ces heures)
settings-quiet-from = De
settings-quiet-until = À
settings-optout = Ce que nous pouvons vous envoyer
settings-allow-sms = SMS
settings-allow-email = E-mail
settings-optout-note = Les messages importants pour votre sécurité peuvent quand même vous parvenir par un appel de la clinique.
settings-save = Enregistrer les préférences
settings-contact = Votre téléphone et votre e-mail
settings-phone = Téléphone portable
settings-email = E-mail
settings-change = Modifier
settings-new-phone = Nouveau numéro de portable (avec l'indicatif du pays)
settings-new-email = Nouvelle adresse e-mail
settings-confirm-code-label = Entrez le code à 6 chiffres que nous avons envoyé { $kind ->
    [phone] au nouveau numéro
   *[email] à la nouvelle adresse
}
settings-confirm = Confirmer le changement
settings-contact-sent = Nous avons envoyé un code au nouveau contact. Entrez-le ci-dessous pour terminer.
settings-contact-changed = Vos coordonnées ont été modifiées. Nous avons aussi prévenu l'ancien contact.
settings-contact-invalid = Veuillez vérifier le numéro ou l'adresse que vous avez écrit.
settings-contact-same = C'est déjà celui que nous avons.
settings-contact-code-wrong = Ce code ne correspond pas, ou il a expiré.
settings-none = Non enregistré
settings-quiet-invalid = Veuillez choisir les deux heures pour les heures de silence.
settings-channels-invalid = Veuillez autoriser au moins un moyen de vous joindre.

# The care team's pages and emails (/staff).
staff-signin-title = Connexion de l’équipe soignante
staff-signin-explain = Saisissez votre e-mail professionnel. Nous vous enverrons un lien de connexion et un code à six chiffres.
staff-email-label = E-mail professionnel
staff-signin-send = M’envoyer un lien de connexion
staff-signin-sent = Si cette adresse appartient à une équipe soignante, un lien de connexion et un code sont en route. Ils servent une seule fois, pendant 15 minutes.
staff-code-title = Vous avez un code ?
staff-code-explain = Vous avez ouvert l’e-mail sur un autre appareil ? Saisissez ici votre e-mail professionnel et le code à six chiffres.
staff-code-label = Code à six chiffres
staff-code-submit = Se connecter avec le code
staff-code-wrong = Ce code n’a pas fonctionné. Vérifiez-le ou demandez un nouvel e-mail.
staff-too-many = Trop d’essais. Attendez une heure et demandez un nouvel e-mail.
staff-email-wrong = Saisissez un e-mail professionnel comme nom@exemple.org.
staff-link-title = Se connecter à { $clinic }
staff-link-explain = Appuyez sur le bouton pour vous connecter. Le lien sert une seule fois.
staff-link-button = Se connecter
staff-link-dead-heading = Ce lien ne fonctionne plus
staff-link-dead = Il a expiré ou a déjà servi. Demandez un nouvel e-mail de connexion.
staff-signin-again = Demander un nouvel e-mail de connexion
staff-invite-title = Rejoindre l’équipe soignante de { $clinic }
staff-invite-explain = { $name }, vous avez été invité·e comme { $role }. Appuyez sur le bouton pour accepter et vous connecter.
staff-invite-button = Accepter et se connecter
staff-role-clinician = médecin
staff-role-nurse = infirmier·ère
staff-role-front-desk = accueil
staff-role-admin = administration
staff-inbox-title = Boîte de réception
staff-views-label = Vues de la boîte
staff-view-needs-reply = À répondre
staff-view-overdue = En retard
staff-view-mine = Les miennes
staff-view-unassigned = Non attribuées
staff-older = Conversations plus anciennes
staff-saved-label = Partir d’une réponse enregistrée
staff-saved-use = L’utiliser
staff-notes-heading = Notes internes
staff-notes-explain = Seule l’équipe soignante les voit ; elles ne sont jamais envoyées au patient.
staff-notes-none = Aucune note pour l’instant.
staff-note-label = Ajouter une note pour l’équipe
staff-note-add = Ajouter la note
staff-note-wrong = Écrivez la note (jusqu’à 4 000 caractères).
staff-urgent = Urgent
staff-reply-held = Non envoyé : un nouveau message est arrivé pendant que vous écriviez. Lisez-le ci-dessus ; votre réponse est toujours là, à envoyer ou à modifier.
staff-view-open = Toutes ouvertes
staff-view-closed = Fermées
staff-view-unmatched = SMS non attribués
staff-inbox-empty = Rien ici.
staff-signed-in-as = Connecté·e : { $name }, { $clinic }
staff-sign-out = Se déconnecter
staff-status-open = Ouverte
staff-status-waiting = En attente du patient, à revoir le { $date }
staff-status-closed = Fermée
# $when: when the reply is (or was) due, in the clinic's time zone
staff-due = Réponse attendue avant le { $when }
staff-overdue = En retard : la réponse était attendue le { $when }
staff-assigned-to = Attribuée à { $name }
staff-unassigned = Non attribuée
staff-unmatched-from = De { $phone }
staff-unverified = D’un numéro partagé — expéditeur non vérifié
staff-reply-label = Répondre à { $name }
staff-reply-explain = Le patient reçoit une alerte avec un lien ; votre texte ne s’affiche que derrière le lien.
staff-reply-send = Envoyer la réponse
staff-reply-wrong = Écrivez une réponse de 4000 caractères au plus, sans caractères de contrôle.
staff-assign-me = Me l’attribuer
staff-wait-label = À revoir le
staff-wait-button = Marquer en attente du patient
staff-close-button = Fermer
staff-back-inbox = Retour à la boîte
staff-date-wrong = Saisissez la date à revoir au format AAAA-MM-JJ, aujourd’hui ou plus tard.
email-subject-staff-invite = { $clinic } : vous êtes invité·e dans l’équipe soignante
email-staff-invite = { $name }, { $clinic } vous invite à répondre aux patients sur Portico comme { $role }. Acceptez l’invitation sous 7 jours : { $link }
email-subject-staff-sign-in = { $clinic } : votre lien de connexion
email-staff-sign-in = Connectez-vous à { $clinic } : { $link } — ou saisissez ce code sur la page de connexion : { $code }. Le lien et le code servent une fois, pendant 15 minutes. Si vous n’avez rien demandé, ignorez cet e-mail.
# Passkeys and signing in without a link
footer-signin = Se connecter
link-refused-signin = Vous avez une clé d'accès ? Connectez-vous avec
step-up-passkey-next = Après cette étape, vous pourrez ajouter une clé d'accès : la prochaine fois, votre visage, votre empreinte ou le verrouillage de l'écran suffiront.
signin-heading = Se connecter
signin-passkey-explain = Si vous avez ajouté une clé d'accès, utilisez votre visage, votre empreinte ou le verrouillage de l'écran.
signin-passkey-button = Se connecter avec une clé d'accès
passkey-browser-problem = La clé d'accès n'a pas fonctionné dans ce navigateur. Vous pouvez réessayer.
signin-no-script = Pour vous connecter avec une clé d'accès, utilisez un navigateur où JavaScript est activé. Ou nous pouvons vous envoyer un nouveau lien.
signin-link-heading = M'envoyer un nouveau lien
passkey-offer-heading = La prochaine fois, utilisez votre visage, votre empreinte ou le verrouillage de l'écran
passkey-offer-explain = Avec une clé d'accès, vous vous connectez sans attendre de SMS ni d'e-mail. Ce n'est jamais obligatoire.
passkey-add = Ajouter une clé d'accès
passkey-add-confirm-first = Vous confirmerez d'abord que c'est bien vous.
passkey-no-script = Pour ajouter ou utiliser une clé d'accès, il faut un navigateur où JavaScript est activé.
passkey-not-now = Pas maintenant
passkey-refused-heading = La clé d'accès n'a pas été acceptée
passkey-expired-explain = Cette tentative a pris trop de temps ou a déjà servi. Rien n'a été modifié. Veuillez réessayer.
passkey-failed-explain = Nous n'avons pas pu vérifier la réponse de votre appareil. Rien n'a été modifié. Veuillez réessayer.
passkey-taken-explain = Cette clé d'accès est déjà enregistrée. Rien n'a été modifié.
passkey-unknown-explain = Cette clé d'accès n'ouvre aucune page patient ici (elle a peut-être été supprimée). Vous pouvez demander un nouveau lien.
passkey-not-verified-explain = Votre appareil n'a pas confirmé que c'était vous (visage, empreinte, code ou verrouillage de l'écran). Vos informations de santé restent fermées.
passkey-name-invalid = Le nom d'une clé d'accès doit tenir sur une ligne de 200 caractères au plus.
passkey-name-browser = { $browser }, { $date }
passkey-name-plain = Clé d'accès, { $date }
passkey-never-used = jamais
passkey-on-devices = Sur vos appareils
passkey-on-key = Sur une clé de sécurité
passkey-settings-heading = Clés d'accès
passkey-created = Ajoutée le { $date }
passkey-last-used = Dernière utilisation : { $date }
passkey-rename-label = Nom
passkey-rename = Renommer
passkey-remove = Supprimer
passkey-none = Vous n'avez pas encore de clé d'accès.
settings-passkey-added = Clé d'accès ajoutée. La prochaine fois, connectez-vous avec.
settings-passkey-renamed = Clé d'accès renommée.
settings-passkey-removed = Clé d'accès supprimée. Elle ne permet plus de vous connecter.
sms-passkey-added = { $clinic } : une clé d'accès a été ajoutée pour vos pages patient. Si ce n'était pas vous, appelez le { $phone }.
email-subject-passkey-added = { $clinic } : une clé d'accès a été ajoutée
email-passkey-added = Une clé d'accès a été ajoutée pour vous connecter à vos pages patient chez { $clinic }. Si ce n'était pas vous, appelez le { $phone }.
sms-passkey-removed = { $clinic } : une clé d'accès a été supprimée de vos pages patient. Si ce n'était pas vous, appelez le { $phone }.
email-subject-passkey-removed = { $clinic } : une clé d'accès a été supprimée
email-passkey-removed = Une clé d'accès a été supprimée de vos pages patient chez { $clinic }. Elle ne permet plus de se connecter. Si ce n'était pas vous, appelez le { $phone }.

## Live updates on open pages
live-updated = Dernière mise à jour : { $time }.
live-refresh = Actualiser
live-on = Les nouveaux messages s’affichent ici dès leur arrivée.
live-off = Les mises à jour en direct se sont arrêtées. Rechargez la page pour voir les nouveaux messages.
live-inbox-on = Cette liste se met à jour à l’arrivée des messages.
live-typing-team = L’équipe soignante écrit…
live-typing-name = { $name } écrit…
live-typing-patient = Le patient écrit…
live-seen = Lu par le patient { $time }
live-refused-heading = Les mises à jour en direct sont en pause
live-too-many-tabs = Cette page est ouverte dans trop d’onglets. Fermez-en quelques-uns, puis rechargez cette page.
live-too-many-streams = Les mises à jour en direct sont surchargées pour le moment. Rechargez la page pour voir les nouveaux messages.
live-typing-wait = Les avis de saisie partent au plus toutes les quelques secondes.
## Caregiver grants
sms-grant-invitation = { $clinic } : { $patient } vous invite à l'aider pour ses soins. Acceptez ici : { $url }
email-subject-grant-invitation = { $clinic } : { $patient } vous invite à l'aider pour ses soins
email-grant-invitation = { $patient } vous invite à l'aider pour ses soins chez { $clinic }. Pour accepter, ouvrez ce lien et confirmez avec le code que nous vous enverrons : { $url }
caregiver-refused-heading = Vous ne pouvez pas ouvrir ceci
caregiver-refused-explain = Votre accès aux soins de cette personne ne comprend pas cette page, a pris fin ou a été retiré. Demandez-le-lui (ou à la clinique) si vous en avez besoin.
caregiver-helping = Vous aidez { $patient }
caregiver-back = Revenir à votre propre vue
caregiver-list-heading = Les personnes que vous aidez
caregiver-list-none = Personne ne vous a donné d'accès pour le moment.
caregiver-scope-appointments = Rendez-vous
caregiver-scope-messages = Messages avec l'équipe soignante
caregiver-scope-refills = Renouvellements d'ordonnance
caregiver-nothing = Rien à afficher pour l'instant.
caregiver-sender = { $caregiver } pour { $patient }
invitation-refused-heading = Cette invitation ne peut pas être utilisée
invitation-refused-explain = Elle a déjà servi, elle a expiré ou elle a été retirée. Demandez-en une nouvelle à la personne qui vous a invité.
invitation-heading = Vous êtes invité à aider
invitation-intro = { $patient } a invité { $caregiver } à aider pour :
invitation-accept = Accepter
invitation-send-code = Envoyez-moi un code
invitation-code-explain = Pour accepter, confirmez que c'est bien vous avec un code envoyé à { $destination }.
invitation-code-locked = Trop de codes erronés. Demandez une nouvelle invitation à la personne qui vous a invité.
caregivers-heading = Les personnes qui vous aident
caregivers-none = Personne ne peut encore agir pour vous.
caregivers-never-used = pas encore
caregivers-status-invited = Invitée, pas encore acceptée
caregivers-status-active = Active
caregivers-status-revoked = Retirée
caregivers-status-expired = Terminée
caregivers-basis-patient-given = Vous avez donné cet accès
caregivers-basis-parent-of-minor = Donné par la clinique : parent d'un mineur
caregivers-basis-legal-representative = Donné par la clinique : représentant légal
caregivers-invited = Votre invitation a été envoyée.
caregivers-not-sent = L'invitation est enregistrée mais n'a pas pu être envoyée. Vérifiez le numéro ou l'adresse, ou retirez-la et réessayez.
caregivers-revoked = Accès retiré. Il cesse de fonctionner immédiatement.
caregivers-since = Depuis le { $date }
caregivers-until = Jusqu'au { $date }
caregivers-last-used = Dernière utilisation : { $date }
caregivers-revoke = Retirer l'accès de { $name }
caregivers-invite-heading = Inviter quelqu'un à vous aider
caregivers-name = Son nom
caregivers-contact = Son téléphone portable ou son adresse e-mail
caregivers-contact-hint = Les numéros avec l'indicatif du pays, par exemple +1 312 555 0190.
caregivers-scopes = Ce que cette personne peut faire pour vous
caregivers-settings-never = Vos réglages, votre téléphone et votre e-mail restent toujours à vous seul.
caregivers-months = Pour combien de temps
caregivers-months-option = { $months } mois
caregivers-invite = Envoyer l'invitation
caregivers-bad-name = Indiquez son nom (sans < ni >).
caregivers-bad-contact = Indiquez un numéro de portable avec l'indicatif du pays, ou une adresse e-mail.
caregivers-bad-scopes = Choisissez au moins une chose que cette personne peut faire.
caregivers-bad-months = Choisissez la durée de l'accès.
caregivers-copies = Lui envoyer aussi mes rappels de rendez-vous (par SMS ou e-mail, au contact ci-dessus)
caregivers-copies-on = Reçoit aussi vos rappels de rendez-vous
caregivers-copies-start = Envoyer mes rappels de rendez-vous à { $name }
caregivers-copies-stop = Ne plus envoyer mes rappels à { $name }
caregivers-copies-started = Cette personne recevra aussi vos rappels de rendez-vous, à partir du prochain.
caregivers-copies-stopped = Cette personne ne recevra plus vos rappels.
caregivers-copies-need-appointments = Les rappels ne sont envoyés qu'à une personne qui peut voir vos rendez-vous : cochez aussi Rendez-vous.
caregiver-copies-on = Vous recevez les rappels de rendez-vous de { $name }.
caregiver-copies-stop = Ne plus m'envoyer ces rappels
caregiver-copies-stopped = Vous ne recevrez plus les rappels de { $name }.
caregiver-visit-confirm = Confirmer ce rendez-vous
caregiver-visit-cancel = Annuler ce rendez-vous
caregiver-visit-confirmed = Le rendez-vous est confirmé. { $name } le voit aussi.
caregiver-visit-cancelled = Le rendez-vous est annulé. { $name } et l'équipe soignante sont prévenus.
caregiver-visit-unchanged = Rien n'a changé : ce rendez-vous ne peut plus être confirmé ni annulé.
caregiver-visit-reschedule-requested = Nous avons demandé à l'équipe soignante de trouver un autre horaire pour ce rendez-vous de { $name }.
caregiver-refill-sent = La demande a été transmise à l'équipe soignante. { $name } la voit aussi.
caregivers-teen-explain = À votre âge, { $name } ne lit plus vos messages et ne voit plus vos renouvellements d'ordonnance ici. C'est à vous de décider :
caregivers-teen-restore-messages = Permettre à nouveau à { $name } de lire mes messages
caregivers-teen-withdraw-messages = Ne plus permettre à { $name } de lire mes messages
caregivers-teen-restore-refills = Permettre à nouveau à { $name } de voir mes renouvellements d'ordonnance
caregivers-teen-withdraw-refills = Ne plus permettre à { $name } de voir mes renouvellements d'ordonnance
caregivers-teen-restored = C'est fait. Vous pouvez le retirer ici à tout moment.
caregivers-teen-withdrawn = C'est fait. Cela ne regarde plus que vous.
page-after-hours = En dehors des heures d’ouverture, appelez le
red-flag-reply = S'il s'agit d'une urgence, appelez le { $emergency } maintenant. Pour joindre la clinique, appelez le { $phone }. Nous avons signalé votre message comme urgent à votre équipe soignante.
red-flag-reply-no-line = S'il s'agit d'une urgence, appelez le { $emergency } maintenant. Nous avons signalé votre message comme urgent à votre équipe soignante.
unsubscribe-heading = Ne plus recevoir les rappels et alertes par e-mail
unsubscribe-ask = Ne plus envoyer de rappels ni d’alertes de message par e-mail à { $email } ?
unsubscribe-button = Ne plus recevoir ces e-mails
unsubscribe-still = Les codes que vous demandez et les avis de sécurité arriveront toujours à cette adresse.
unsubscribe-done = C’est fait : les rappels et alertes de message par e-mail à { $email } sont arrêtés.
unsubscribe-back-on = Pour les recevoir de nouveau, choisissez à nouveau l’e-mail dans vos paramètres.
staff-reports-title = Délais de réponse
staff-reports-period = Messages restés sans réponse du { $from } au { $to }
staff-reports-from = Du
staff-reports-to = Au
staff-reports-show = Afficher
staff-reports-category = Sujet
staff-reports-answered = Répondus
staff-reports-median = Médiane, heures ouvrées
staff-reports-p90 = 90e centile, heures ouvrées
staff-reports-within = Dans le délai promis
staff-reports-open = En attente de réponse
staff-reports-overdue = En retard
staff-reports-all = Tous
staff-reports-chart = Heures ouvrées jusqu’à la première réponse : médiane (foncé) et 90e centile (clair), par sujet du message
staff-reports-none = Aucune réponse sur cette période.
category-appointment = Rendez-vous
category-refill = Renouvellements d’ordonnance
category-question = Questions
category-billing = Facturation
category-other = Autre

# Teams, cover while away, and late replies (/staff).
staff-view-my-teams = Mes équipes
# $when: when the reply is due, in the clinic's time zone; $link: the conversation's address
email-subject-reply-due-soon = Une réponse à un patient est bientôt attendue
email-reply-due-soon = { $name }, une réponse à un patient est attendue avant le { $when }. Ouvrez la conversation : { $link }
email-subject-reply-escalated = Une réponse en retard vous a été confiée
email-reply-escalated = { $name }, une réponse à un patient était attendue avant le { $when } et n’a pas été envoyée. Elle vous revient maintenant. Ouvrez la conversation : { $link }
staff-team-label = Équipe
staff-team-none = Aucune équipe (toute la clinique)
staff-team-move = Déplacer vers l’équipe
# $name: the colleague who is away
staff-covering-for = En remplacement de { $name }
staff-steps-heading = Comment la conversation est arrivée ici
# $team: a team's name; $from, $to: people of the care team
staff-step-routed = Dirigée vers { $team }
staff-step-covered = { $from } est absent·e : confiée à { $to }
staff-step-pooled = { $from } est absent·e : renvoyée à l’équipe
staff-step-warned = Réponse bientôt attendue : { $to } a été prévenu·e
staff-step-warned-nobody = Réponse bientôt attendue : personne à prévenir
staff-step-escalated = En retard : confiée à { $to }
staff-step-no-one-further = En retard : plus personne à qui la confier
staff-away-link = Absences
staff-away-title = Congés et absences
staff-away-explain = Pendant votre absence, les messages cliniques qui vous sont attribués vont à la personne qui vous remplace ; les rendez-vous et la facturation reviennent à votre équipe. Votre absence prend fin d’elle-même après son dernier jour.
staff-away-from = Premier jour d’absence
staff-away-to = Dernier jour d’absence
staff-away-cover = Qui vous remplace
staff-away-no-cover = Personne (les messages reviennent à l’équipe)
staff-away-add = Enregistrer l’absence
staff-away-mine = Vos absences
staff-away-none = Vous n’avez aucune absence prévue.
staff-away-cancel = Annuler cette absence
staff-away-team = Qui est absent
staff-away-nobody = Personne n’est absent.
# $name: who is away; $from, $to: the first and last days; $cover: who covers
staff-away-row = { $name } : du { $from } au { $to }
staff-away-row-cover = { $name } : du { $from } au { $to }, remplacé·e par { $cover }
staff-away-wrong-dates = Vérifiez les dates : le dernier jour ne peut être ni avant le premier ni dans le passé, et une absence dure au plus un an.
staff-away-wrong-cover = Choisissez une autre personne de l’équipe soignante pour vous remplacer.
staff-away-loop = Cette personne est aussi absente à ces dates, et c’est vous qui la remplacez : choisissez quelqu’un d’autre.
# $away: the clinician who is away; $until: their last day away; $cover: who answers meanwhile
thread-covering = Pendant l’absence de { $away } (jusqu’au { $until }), { $cover } répond à vos messages.
staff-reports-all-teams = Toutes les équipes

# Staff passkeys (/staff/passkeys, /staff/signin).
staff-passkeys-title = Clés d’accès
staff-passkeys-explain = Connectez-vous aux pages de l’équipe soignante avec votre visage, votre empreinte, le verrouillage de l’écran ou une clé de sécurité, au lieu d’un lien reçu par e-mail. Chaque clé d’accès n’appartient qu’à vous.
staff-passkeys-stale = Pour ajouter ou supprimer une clé d’accès, reconnectez-vous d’abord : cela doit se faire dans les 20 minutes qui suivent la connexion.
staff-passkey-added = Clé d’accès ajoutée. La prochaine fois, connectez-vous avec.
staff-passkey-removed = Clé d’accès supprimée. Elle ne permet plus de vous connecter.
staff-signin-passkey-explain = Si vous avez ajouté une clé d’accès, utilisez votre visage, votre empreinte, le verrouillage de l’écran ou votre clé de sécurité.
staff-passkey-unknown = Cette clé d’accès ne permet de se connecter à aucune équipe soignante ici (elle a peut-être été supprimée). Connectez-vous plutôt avec votre e-mail professionnel.
staff-passkey-not-verified = Votre appareil n’a pas confirmé que c’était vous (visage, empreinte, code ou verrouillage de l’écran). Vous n’êtes pas connecté·e.
# $name: the staff member; $clinic: the clinic's name
email-subject-staff-passkey-added = { $clinic } : une clé d’accès a été ajoutée à votre connexion
email-staff-passkey-added = { $name }, une clé d’accès a été ajoutée pour vous connecter aux pages de l’équipe soignante de { $clinic }. Si ce n’était pas vous, prévenez immédiatement l’administration de votre clinique.
email-subject-staff-passkey-removed = { $clinic } : une clé d’accès a été supprimée de votre connexion
email-staff-passkey-removed = { $name }, une clé d’accès a été supprimée de votre connexion aux pages de l’équipe soignante de { $clinic }. Elle ne permet plus de vous connecter. Si ce n’était pas vous, prévenez immédiatement l’administration de votre clinique.
# $names: colleagues who opened the conversation in the last minutes, each with the time
staff-viewing = Aussi en train de consulter : { $names }
# $line: the crisis line the clinic names, as dialled
red-flag-crisis = Si vous pensez à vous faire du mal, appelez ou écrivez au { $line } maintenant, à toute heure.
# $channel: staff-contact-sms or staff-contact-email; $why: one of the staff-contact-* reasons
staff-step-contact-flagged = { $channel } ne joint plus le patient : { $why }. Contactez-le autrement.
staff-contact-sms = Son numéro de mobile
staff-contact-email = Son adresse e-mail
staff-contact-invalid = le fournisseur indique qu’il ne peut pas recevoir de messages
staff-contact-opted-out = il a demandé à ne plus en recevoir
staff-contact-bouncing = les e-mails envoyés reviennent
staff-assign-to = Confier à
staff-assign-button = Attribuer

# The clinic's teams, for its administrators (/staff/admin/teams).
staff-admin-teams-title = Équipes
staff-admin-teams-explain = Chaque message de patient va à une équipe selon les règles de routage de la clinique, sinon à l’équipe par défaut. Une réponse en retard finit par être confiée au ou à la responsable de l’équipe.
staff-admin-only = Seule l’administration de la clinique peut modifier ses équipes.
staff-admin-reauth = Pour modifier les équipes de la clinique, reconnectez-vous d’abord : les modifications sont acceptées dans les 20 minutes qui suivent la connexion.
staff-admin-new-team = Nouvelle équipe
staff-admin-team-name = Nom
staff-admin-team-lead = Responsable
staff-admin-no-lead = Aucun·e responsable (la première personne de l’administration de la clinique)
staff-admin-team-default = Équipe par défaut (pour les messages qu’aucune règle ne dirige)
staff-admin-team-members = Membres
staff-admin-save = Enregistrer
staff-admin-add = Ajouter l’équipe
staff-admin-saved = Enregistré.
staff-admin-name-wrong = Une équipe doit avoir un nom d’une seule ligne, de 200 caractères au plus, qu’aucune autre équipe de la clinique ne porte.
# $name: an admin; $url, $id: the endpoint; $when: since when it has accepted no event
email-subject-webhook-disabled = Un point de réception d'événements a été désactivé
email-webhook-disabled = { $name }, Portico a cessé d'envoyer des événements à { $url } (point { $id }) : il n'en a accepté aucun depuis { $when }, après des nouvelles tentatives pendant plus d'un jour. Réparez le récepteur, puis réactivez-le avec PATCH /api/v1/webhooks/{ $id } et "enabled": true.

# The patient's own trail (/p/activity): what they and the people who help them did here.
activity-heading = Qui a ouvert votre dossier
activity-explain = Tout ce que vous et les personnes que vous autorisez à vous aider avez fait ici, du plus récent au plus ancien. Votre clinique conserve le même historique.
activity-none = Rien pour l'instant.
activity-older = Plus anciens
activity-newest = Revenir aux plus récents
activity-you = Vous
# $name: the caregiver, as the patient named them
activity-caregiver = { $name }, qui vous aide
activity-someone = Une personne qui vous aide
# How the person had proved who they are.
activity-auth-link = avec le lien que nous avons envoyé
activity-auth-code = avec un code que nous avons envoyé
activity-auth-passkey = avec une clé d'accès
activity-auth-link-code = avec le lien que nous avons envoyé et un code
activity-auth-link-birth-date = avec le lien que nous avons envoyé et votre date de naissance
activity-auth-code-birth-date = avec un code que nous avons envoyé et votre date de naissance
activity-auth-sms = par un SMS envoyé depuis votre téléphone
# What they did.
activity-link-redeemed = Ouverture d'un lien de la clinique
activity-link-code-used = Connexion avec un code
activity-link-renewed = Demande d'un nouveau lien
activity-step-up-code-sent = Demande d'un code pour confirmer son identité
activity-step-up-passed = Identité confirmée
activity-step-up-failed = Une tentative de confirmation d'identité ne correspondait pas
activity-passkey-signed-in = Connexion avec une clé d'accès
activity-passkey-registered = Ajout d'une clé d'accès
activity-passkey-renamed = Changement de nom d'une clé d'accès
activity-passkey-removed = Suppression d'une clé d'accès
activity-passkey-refused = Une clé d'accès n'a pas été acceptée
activity-passkey-possible-clone = Une clé d'accès a été utilisée d'une manière qui laisse penser qu'elle a été copiée
activity-appointment-confirmed = Confirmation d'un rendez-vous
activity-appointment-cancelled = Annulation d'un rendez-vous
activity-appointment-reschedule-requested = Demande d'un autre horaire pour un rendez-vous
activity-message-received = Envoi d'un message à la clinique
activity-message-red-flag = Un message a été signalé comme urgent à l'équipe soignante
activity-refill-requested = Demande de renouvellement
activity-refill-visit-requested = Demande de rendez-vous pour un renouvellement
activity-patient-settings = Modification des préférences
activity-contact-change-started = Début d'un changement de numéro de téléphone ou d'adresse e-mail
activity-contact-changed = Changement de numéro de téléphone ou d'adresse e-mail
activity-contact-opted-out = Demande de ne plus recevoir de SMS
activity-contact-opted-in = Demande de recevoir à nouveau des SMS
activity-patient-unsubscribed = Désabonnement des e-mails en un clic
activity-grant-invited = Invitation d'une personne à aider
activity-grant-revoked = Retrait de l'accès d'une personne
activity-grant-accepted = Acceptation de votre invitation à aider
activity-grant-appointments-viewed = Consultation de vos rendez-vous
activity-grant-messages-viewed = Lecture de vos messages
activity-grant-refills-viewed = Consultation de vos renouvellements
activity-grant-message-sent = Envoi d'un message en votre nom
activity-grant-copies-started = Activation des copies de rappels pour une personne qui vous aide
activity-grant-copies-stopped = Désactivation des copies de rappels pour une personne qui vous aide
activity-grant-appointment-confirmed = Confirmation d'un rendez-vous en votre nom
activity-grant-appointment-cancelled = Annulation d'un rendez-vous en votre nom
activity-grant-refill-requested = Demande de renouvellement en votre nom
activity-grant-teen-restored = Rétablissement de ce qu'un parent peut voir
activity-grant-teen-withdrawn = Retrait de ce qu'un parent pouvait voir
activity-grant-link-opened = Ouverture d'un lien de rappel qui lui a été envoyé
activity-grant-link-refused = Un lien de rappel qui lui a été envoyé a été refusé
activity-messages-viewed = Lecture de vos messages
activity-refills-viewed = Consultation de vos renouvellements
activity-other = Utilisation de votre dossier
# Settings and the caregivers page link to the trail.
activity-link = Qui a ouvert votre dossier
# A parent's grant once the child reaches the clinic's age for privacy. $name: the patient; $age: their age
caregiver-teen-private = Depuis ses { $age } ans, { $name } est la seule personne à pouvoir lire ses messages. Vous pouvez toujours écrire à l'équipe soignante en son nom.
# A caregiver signing in again (/p/for/sign-in).
caregiver-sign-in-heading = Se connecter pour aider quelqu'un
caregiver-sign-in-explain = Tapez le numéro de téléphone portable ou l'adresse e-mail avec lequel vous avez accepté une invitation, et nous y enverrons un code.
caregiver-sign-in-contact = Votre téléphone portable ou votre adresse e-mail
caregiver-sign-in-send = Envoyez-moi un code
caregiver-sign-in-sent = Si vous avez accepté une invitation avec ce numéro de téléphone ou cette adresse e-mail, un code est en route. Il fonctionne pendant 10 minutes.
caregiver-sign-in-code = Le code que nous avons envoyé
caregiver-sign-in-button = Se connecter
caregiver-sign-in-more = Le lien de rappel que vous avez ouvert ne montre que les rendez-vous de ce rappel. Connectez-vous pour voir tout ce que vous pouvez faire.
caregiver-link-heading = Un rappel pour une personne que vous aidez
caregiver-link-explain = Ouvrez-le pour voir les rendez-vous, et pour les confirmer, les annuler ou demander un autre horaire.
caregiver-link-open = Voir les rendez-vous
caregiver-link-dead-heading = Ce lien ne fonctionne plus
caregiver-link-dead-explain = Il a déjà servi ou a expiré, ou l'accès pour lequel il a été envoyé a pris fin. Vous pouvez toujours vous connecter avec le numéro de téléphone ou l'adresse e-mail où vous avez reçu votre invitation.
caregiver-link-sign-in = Se connecter pour aider quelqu'un
caregiver-settings-heading = Les SMS et e-mails que nous vous envoyons
caregiver-settings-explain = Les rappels que vous recevez pour les personnes que vous aidez, et nos avis à votre intention, arrivent dans cette langue, et jamais la nuit là où vous vivez.
caregiver-settings-zone = Où vous vivez (fuseau horaire)
caregiver-settings-zone-unsaid = Non précisé : le fuseau horaire de la personne que vous aidez
caregiver-settings-save = Enregistrer
caregiver-settings-saved = Enregistré.
caregiver-passkeys-stale = Pour ajouter ou supprimer une clé d'accès, déconnectez-vous puis reconnectez-vous d'abord : cela peut se faire dans les 20 minutes qui suivent la connexion.
caregiver-passkey-unknown = Cette clé d'accès n'ouvre ici les pages d'aucune personne que vous aidez (elle a peut-être été supprimée). Vous pouvez plutôt vous connecter avec un code.
email-subject-caregiver-passkey-added = { $clinic } : une clé d'accès a été ajoutée à votre connexion
caregiver-passkey-added-notice = { $clinic } : une clé d'accès a été ajoutée pour vous connecter afin d'aider quelqu'un. Si ce n'était pas vous, appelez le { $phone }.
email-subject-caregiver-passkey-removed = { $clinic } : une clé d'accès a été supprimée de votre connexion
caregiver-passkey-removed-notice = { $clinic } : une clé d'accès a été supprimée de votre connexion pour aider quelqu'un. Elle ne permet plus de vous connecter. Si ce n'était pas vous, appelez le { $phone }.
signin-caregiver-link = Vous aidez quelqu'un ? Connectez-vous ici
# Thirty days before a parent's grant changes with the child's age: to the parent and to the child.
# $clinic; $date: the day it changes; $patient: the child; $caregiver: the parent; $age: the age then
email-subject-growing-up = Un changement dans l'accès à votre dossier
growing-up-narrows-parent = { $clinic } : le { $date }, { $patient } aura { $age } ans. Dès cette date, vous pourrez toujours voir ses rendez-vous et écrire à l'équipe soignante en son nom, mais ses messages et renouvellements lui seront réservés.
growing-up-narrows-teen = { $clinic } : le { $date }, vous aurez { $age } ans. Dès cette date, { $caregiver } pourra toujours voir vos rendez-vous et écrire à l'équipe soignante pour vous, mais ne pourra plus lire vos messages ni vos renouvellements.
growing-up-ends-parent = { $clinic } : le { $date }, { $patient } aura 18 ans et votre accès à son dossier prendra fin. Si vous assurez sa représentation légale, demandez à la clinique de l'enregistrer.
growing-up-ends-teen = { $clinic } : le { $date }, vous aurez 18 ans et { $caregiver } ne pourra plus voir votre dossier pour vous.
