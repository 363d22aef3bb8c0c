# Portico — Español (es), para pacientes latinos en EE. UU. Traducido de en.ftl.
# Estado: pendiente de revisión por un profesional clínico hispanohablante nativo antes de que lo vean los pacientes.
# Status: awaits review by a native-speaking clinician before patients see it.
# Rules for every locale: no health details in SMS or email; keep SMS lines short;
# { $variables } must stay as they are.

## The language itself
language-name = Español
# "ltr" or "rtl"
language-direction = ltr
switcher-label = Idioma

## Dates and times (built by Portico from these parts)
weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado
weekday-7 = domingo
# Short forms are used in SMS: "sab" without accent keeps the SMS in GSM-7.
weekday-short-1 = lun
weekday-short-2 = mar
weekday-short-3 = mié
weekday-short-4 = jue
weekday-short-5 = vie
weekday-short-6 = sab
weekday-short-7 = dom
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
month-short-1 = ene
month-short-2 = feb
month-short-3 = mar
month-short-4 = abr
month-short-5 = may
month-short-6 = jun
month-short-7 = jul
month-short-8 = ago
month-short-9 = sep
month-short-10 = oct
month-short-11 = nov
month-short-12 = dic
time-am = a. m.
time-pm = p. m.
# $h12 (1–12), $h24 (0–23), $hh24 (00–23), $mm (00–59), $ampm (time-am or time-pm)
time-of-day = { $hh24 }:{ $mm }
# $weekday, $month, $day, $year, $time
date-long = { $weekday }, { $day } de { $month } de { $year }
datetime-long = { $weekday }, { $day } de { $month } de { $year }, { $time }
# Used in SMS: as short as the language allows. $weekday, $month are the short forms.
datetime-short = { $weekday } { $day } { $month } { $time }
minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}

## SMS and email
sms-link-signin = { $clinic }: su enlace para entrar: { $url } Resp STOP p/ salir
sms-link-appointment = { $clinic }: vea y confirme su cita: { $url } Resp STOP p/ salir
sms-link-thread = { $clinic }: tiene un mensaje nuevo: { $url } Resp STOP p/ salir
sms-link-refill = { $clinic }: su pedido de resurtido de receta: { $url } Resp STOP p/ salir
sms-link-settings = { $clinic }: sus preferencias: { $url } Resp STOP p/ salir
sms-reminder = { $clinic }: cita el { $when }. Confirme o cambie: { $url } Resp STOP p/ salir
# The reminder that also says how to answer by reply, sent when it fits the
# message's segment budget; $yes and $no are reply-word-confirm and reply-word-cancel.
sms-reminder-reply = { $clinic }: cita { $when }. Resp { $yes }=confirmar, { $no }=cancelar. { $url } STOP=salir
# One SMS for the visits of several patients who share a phone: no names, only times.
sms-household = { $clinic }: { $count } citas: { $whens }. Abra: { $url } Resp STOP p/ salir
sms-cancellation = { $clinic }: su cita { $when } fue cancelada. Detalles: { $url } Resp STOP p/ salir
# A caregiver's copy of a patient's reminder: no name of the patient, the caregiver's own page.
sms-copy-reminder = { $clinic }: cita de alguien a quien ayuda, el { $when }. Vea: { $url } Resp STOP p/ terminar las copias
sms-copy-cancellation = { $clinic }: la cita del { $when } de alguien a quien ayuda fue cancelada. Vea: { $url } Resp STOP p/ terminar las copias
sms-message-alert = { $clinic }: tiene un mensaje nuevo. Léalo: { $url } Resp STOP p/ salir
sms-refill-update = { $clinic }: hay novedades en su pedido de resurtido. Véalo: { $url } Resp STOP p/ salir
sms-step-up-code = { $clinic }: su codigo es { $code }. Vence en 10 minutos. No se lo dé a nadie.
sms-contact-confirm = { $clinic }: su codigo para confirmar este teléfono es { $code }. Vence en 10 minutos.
sms-contact-changed = { $clinic }: el teléfono para sus mensajes fue cambiado. Si no fue usted, llame al { $phone }.
email-subject-signin = { $clinic }: su enlace para entrar
email-subject-appointment = { $clinic }: su cita
email-subject-thread = { $clinic }: tiene un mensaje nuevo
email-subject-refill = { $clinic }: su pedido de resurtido de receta
email-subject-settings = { $clinic }: sus preferencias
email-subject-reminder = { $clinic }: recordatorio de cita
email-subject-cancellation = { $clinic }: cita cancelada
email-subject-copy-reminder = { $clinic }: recordatorio para alguien a quien ayuda
email-subject-copy-cancellation = { $clinic }: se canceló una cita de alguien a quien ayuda
email-subject-message-alert = { $clinic }: tiene un mensaje nuevo
email-subject-refill-update = { $clinic }: novedades en su pedido de resurtido
email-subject-step-up-code = { $clinic }: su código
email-subject-contact-confirm = { $clinic }: confirme su correo electrónico
email-subject-contact-changed = { $clinic }: sus datos de contacto cambiaron
email-hello = Hola, { $name },
email-what-signin = aquí tiene su enlace para entrar
email-what-appointment = vea y confirme su cita
email-what-thread = tiene un mensaje nuevo
email-what-refill = vea su pedido de resurtido de receta
email-what-settings = abra sus preferencias
email-what-reminder = su cita es el { $when }. Confírmela o cámbiela
email-what-cancellation = su cita del { $when } fue cancelada
email-what-copy-reminder = alguien a quien ayuda tiene una cita el { $when }. Véala
email-what-copy-cancellation = la cita del { $when } de alguien a quien ayuda fue cancelada. Véala
email-copy-why = Recibe este mensaje porque la persona a la que ayuda pidió que sus recordatorios de citas también le lleguen a usted. Para dejar de recibirlos, abra el enlace y elija “Dejar de enviarme estos recordatorios”.
email-what-message-alert = tiene un mensaje nuevo. Léalo
email-what-refill-update = hay novedades en su pedido de resurtido de receta
email-open-button = Abrir
email-link-note = El enlace funciona una sola vez y vence. Si ya venció, ábralo de todos modos y pida uno nuevo.
email-call = Para hablar con una persona, llame al { $phone }.
email-after-hours = Fuera del horario de atención, llame al { $phone }.
email-step-up-code = Su código es { $code }. Vence en 10 minutos. No se lo dé a nadie.
email-contact-confirm = Su código para confirmar este correo electrónico es { $code }. Vence en 10 minutos.
email-contact-changed = El correo electrónico para sus mensajes de { $clinic } fue cambiado. Si no fue usted, llame al { $phone }.
email-code = ¿El enlace no abre, o está leyendo esto en otro dispositivo? Vaya a { $url } y escriba el código { $code }.

## Replies to inbound texts
# Words a patient may text back, comma-separated, matched without regard to case or accents.
inbound-confirm = SI, SÍ, CONFIRMAR, CONFIRMO
inbound-cancel = NO, CANCELAR, CANCELO
inbound-help = AYUDA
inbound-stop = ALTO, PARAR, BAJA
inbound-start = ALTA, REANUDAR
reply-confirmed = Gracias, su cita está confirmada.
reply-cancelled = Su cita fue cancelada. Llame a la clínica para hacer otra cita.
reply-no-appointment = No encontramos una cita próxima para este número. Por favor, llame a la clínica.
reply-unknown-number = Este número no está registrado en ninguna clínica. Por favor, llame a su clínica.
reply-unknown-number-kept = Gracias. No conocemos este número: su clínica leerá su mensaje, pero quizá no pueda responder por mensaje de texto. Si es urgente, llame a su clínica.
reply-acknowledged = Gracias. Su equipo médico leerá su mensaje y le responderá lo antes posible.
# $when: the promised reply time, in the patient's time zone
reply-acknowledged-by = Gracias. Su equipo médico leerá su mensaje y le responderá antes del { $when }.
reply-help-call = { $clinic }: llame al { $phone }.
reply-help-after-hours = Fuera del horario: { $phone }.
reply-help-stop = Responda STOP para no recibir mensajes.
# The words reminders name: each must be in inbound-confirm / inbound-cancel, and
# the cancel word must not be one carriers take as an opt-out (STOP, CANCEL, END, QUIT, ...).
reply-word-confirm = SI
reply-word-cancel = NO
# When a reply could mean several visits: $choices lists reply-choice items.
reply-which-confirm = ¿Qué cita quiere confirmar? Responda { $choices }.
reply-which-cancel = ¿Qué cita quiere cancelar? Responda { $choices }.
reply-choice = { $number } para { $when }
reply-choice-unknown = Responda con un número del 1 al { $count }.
reply-unmatched-clinic = No pudimos saber a qué clínica va este mensaje. Llame a su clínica.

## Every page
page-sign-out = Cerrar sesión
page-signed-out = Su sesión está cerrada
page-signed-out-explain = Para volver, abra el enlace más reciente que le envió su clínica.
page-home-link = Inicio
page-settings-link = Preferencias
page-call = ¿Preguntas? Llame al { $phone }.
page-problem-heading = Por favor, intente de nuevo
page-csrf-explain = No pudimos comprobar que esta solicitud vino de esta página.
page-form-explain = No pudimos leer ese formulario.
page-error-heading = Algo salió mal de nuestro lado
page-error-explain = Por favor, intente de nuevo en un minuto. Si sigue pasando, llame a su clínica.
page-conflict-heading = Esto ya se hizo
page-conflict-explain = Parece que esto ya se guardó. Vuelva atrás y recargue la página para ver cómo está.
page-not-found-heading = No encontramos esa página
page-not-found-explain = Abra el enlace más reciente de su clínica, o llame a la clínica.
page-session-heading = Por favor, abra su enlace otra vez
page-session-explain = Su sesión terminó, para proteger su información. Abra el enlace más reciente de su clínica.
page-code = Código: { $code }

## Landing and links
landing-signin-heading = Entrar
landing-signin-explain = Toque el botón para abrir su página de la clínica.
landing-signin-button = Continuar
landing-appointment-heading = Su cita
landing-appointment-explain = ¿Va a venir? Confirme con un toque, o vea primero los detalles para cambiar o cancelar su cita.
landing-appointment-see = Ver o cambiar
landing-thread-heading = Tiene un mensaje nuevo
landing-thread-explain = Toque el botón para abrir sus mensajes del equipo médico.
landing-thread-button = Abrir mis mensajes
landing-refill-heading = Su pedido de resurtido de receta
landing-refill-explain = Toque el botón para ver su pedido de resurtido.
landing-refill-button = Ver mi pedido
landing-settings-heading = Sus preferencias
landing-settings-explain = Toque el botón para abrir sus preferencias.
landing-settings-button = Abrir mis preferencias
landing-household-heading = Las citas de su familia
landing-household-explain = Este teléfono tiene citas de más de una persona. Toque el botón para verlas; cada una se abre al escribir la fecha de nacimiento de la persona.
landing-household-button = Ver las citas
## Visits of several patients who share a phone: times only until a date of birth says whose.
household-heading = Citas para este teléfono
household-explain = Para abrir una cita, escriba la fecha de nacimiento de la persona a quien corresponde.
household-visit = Cita el { $when }
household-birth-date = Fecha de nacimiento de la persona de esta cita
household-open = Abrir esta cita
household-wrong = Esa fecha de nacimiento no coincide con esta cita. Revísela e intente de nuevo.
household-locked = Demasiadas fechas de nacimiento incorrectas. Llame a la clínica.
household-off = Esta clínica ya no abre las citas con la fecha de nacimiento. Llame a la clínica.
household-gone = Esta cita ya no está disponible.
landing-once = Este enlace funciona una sola vez. Si no lo esperaba, puede ignorarlo.
landing-code-heading = ¿Va a abrir esto en otro dispositivo?
landing-code-where = En ese dispositivo, vaya a { $url } y escriba este código:
link-used-heading = Este enlace ya se usó
link-used-explain = Cada enlace funciona una sola vez, para proteger su información. Podemos enviarle uno nuevo.
link-expired-heading = Este enlace venció
link-expired-explain = Los enlaces dejan de funcionar después de un tiempo, para proteger su información. Podemos enviarle uno nuevo.
link-revoked-heading = Este enlace ya no funciona
link-revoked-explain = Su clínica le envió un enlace más nuevo, o desactivó este. Podemos enviarle uno nuevo.
link-bad-heading = Este enlace no funciona
link-bad-explain = Tal vez no se copió completo. Díganos cómo comunicarnos con usted y, si su clínica tiene sus datos, le enviaremos un enlace nuevo.
link-reopen-explain = No pudimos comprobar que esta solicitud vino de esta página. Abra otra vez el enlace de su mensaje.
link-send-new = Envíenme un enlace nuevo
link-send-new-note = Lo enviaremos al teléfono o al correo electrónico que su clínica tiene en su expediente.
link-contact-label = Su número de celular (con el código del país, como +1 312 555 0142) o su correo electrónico
link-sent-heading = Revise su teléfono o su correo electrónico
link-sent-explain = Si su clínica tiene una forma de comunicarse con usted, un enlace nuevo va en camino. Puede tardar un minuto en llegar.
link-wait-heading = Por favor, espere un poco
link-wait-explain = Recibimos muchas solicitudes desde su red. Intente de nuevo en una hora, o llame a su clínica.
link-check-heading = Por favor, revise lo que escribió
link-check-explain = Escriba un número de celular que empiece con + y el código del país (como +1 312 555 0142), o un correo electrónico.
link-bad-code = ¿Su mensaje también trae un código? Escríbalo aquí.

## Códigos (/c), para un enlace que no abre
code-heading = Escriba su código
code-explain = El mensaje con su enlace también trae un código, como 7KQM-3XTR. Escríbalo aquí para abrir su página en este dispositivo.
code-label = Su código (8 letras y números)
code-button = Continuar
code-note = Un código funciona una sola vez, igual que su enlace, y solo hasta que el enlace vence.
code-format = Eso no es un código. Un código tiene 8 letras y números, como 7KQM-3XTR.
code-wrong = Ese código no funcionó. Revíselo e inténtelo de nuevo. Después de 5 intentos equivocados, el código deja de funcionar.
code-used-heading = Este código ya se usó
code-used-explain = Un código y su enlace funcionan una sola vez entre los dos, y ya se usó uno de ellos. Podemos enviarle un enlace nuevo.
code-expired-heading = Este código ya venció
code-expired-explain = Un código funciona solo mientras funciona su enlace, y ese enlace ya venció. Podemos enviarle uno nuevo.
code-locked-heading = Este código ya no funciona
code-locked-explain = Se escribió mal demasiadas veces y, para proteger su información, lo desactivamos. Abra el enlace de su mensaje, o pida un enlace nuevo.
code-paused-explain = Los códigos están en pausa por ahora, porque hubo muchos intentos equivocados. Abra el enlace de su mensaje, o inténtelo de nuevo en una hora.

## Home
home-hello = Hola, { $name }
home-upcoming = Sus próximas citas
home-none = No tiene citas próximas.
home-with = con { $provider }
home-messages = Mensajes con su equipo médico
home-refills = Resurtidos de recetas

## Appointment
appointment-heading = Su cita
appointment-when = Cuándo
appointment-duration = Duración
appointment-where = Dónde
appointment-map = Mapa
appointment-with = Con
appointment-status = Estado
appointment-bring = Qué traer
appointment-bring-default = Su identificación con foto, su tarjeta del seguro médico y una lista de las medicinas que toma.
status-scheduled = Programada
status-confirmed = Confirmada
status-cancelled = Cancelada
appointment-confirm = Confirmo que voy a ir
appointment-cancel-legend = Cancelar esta cita
reason-feeling-better = Me siento mejor
reason-conflict = Tengo otro compromiso
reason-transport = No tengo cómo llegar
reason-other = Otra razón
appointment-cancel = Cancelar la cita
appointment-another-time-label = Necesito otro horario (opcional: qué día y hora le conviene)
appointment-another-time = Pedir otro horario
appointment-calendar = Agregar a mi calendario
calendar-summary = Cita en { $clinic }
appointment-all = Todas sus citas
appointment-done-confirmed = Gracias. Su cita está confirmada.
appointment-done-cancelled = Su cita fue cancelada. Llame a la clínica cuando quiera una nueva.
appointment-done-requested = Enviamos su solicitud al equipo médico. Se comunicarán con usted para darle otro horario.
appointment-done-already-confirmed = Esta cita ya estaba confirmada. Gracias.
appointment-done-cancelled-cannot-confirm = Esta cita fue cancelada, así que ya no se puede confirmar. Llame a la clínica si quiere una nueva.
appointment-done-passed-cannot-confirm = Esta cita ya comenzó o ya pasó, así que ya no se puede confirmar.
appointment-done-confirm-failed = No pudimos confirmar su cita en este momento. Por favor, inténtelo de nuevo en un minuto.

## Messages
thread-heading = Mensajes con su equipo médico
thread-empty = Todavía no hay mensajes.
thread-reply-label = Escriba a su equipo médico
thread-reply-hint = Hasta 2,000 caracteres. No use esto para emergencias: llame al 911 o al número de emergencias de su área.
thread-send = Enviar
thread-sent = Su mensaje fue enviado. El equipo médico le responderá lo antes posible.
# $when: the promised reply time, in the patient's time zone
thread-sent-by = Su mensaje fue enviado. El equipo médico le responderá antes del { $when }.
thread-check-heading = Por favor, revise su mensaje
thread-empty-message = Su mensaje está vacío.
thread-long-message = Su mensaje es demasiado largo (máximo 2,000 caracteres).

## Step-up
step-up-heading = Confirme que es usted
step-up-explain = Esta página puede tener información de salud. Para mantenerla privada, comprobamos que es usted antes de mostrarla.
step-up-locked = Por su seguridad, esta verificación está en pausa. Por favor, llame a la clínica.
step-up-code-label = Escriba el código de 6 dígitos que enviamos a { $destination }
step-up-continue = Continuar
step-up-send-code = Enviar un código a { $destination }
step-up-birth-date-label = O escriba su fecha de nacimiento
step-up-ways-code = { $channel ->
    [sms] Le enviaremos un código por mensaje de texto a su número { $destination }.
   *[email] Le enviaremos un código por correo electrónico a { $destination }.
}
step-up-ways-code-or-birth-date = { $channel ->
    [sms] Podemos enviarle un código por mensaje de texto a su número { $destination }, o puede escribir su fecha de nacimiento.
   *[email] Podemos enviarle un código por correo electrónico a { $destination }, o puede escribir su fecha de nacimiento.
}
step-up-ways-birth-date = Escriba su fecha de nacimiento para continuar.
step-up-birth-date-only-label = Su fecha de nacimiento
step-up-no-way-off = Solo tenemos una forma de comunicarnos con usted, y esta clínica no usa la fecha de nacimiento para esta verificación. Por favor, llame a la clínica y pida que agreguen a su expediente otro número de teléfono o un correo electrónico; así podremos enviarle un código.
step-up-no-way-no-birth-date = Solo tenemos una forma de comunicarnos con usted y no tenemos su fecha de nacimiento registrada. Por favor, llame a la clínica y pida que agreguen a su expediente su fecha de nacimiento, u otro número de teléfono o un correo electrónico.
step-up-no-second = No tenemos otro contacto al que enviar un código.
step-up-too-many-codes = Ya enviamos varios códigos. Por favor, espere una hora o llame a la clínica.
step-up-send-failed = No pudimos enviar el código en este momento. Por favor, intente de nuevo en un minuto.
step-up-too-many-tries = Demasiados intentos. Por favor, espere una hora o llame a la clínica.
step-up-code-wrong = Ese código no coincide o ya venció.
step-up-birth-date-wrong = Esa fecha no coincide con nuestros registros.
## Refills
refills-heading = Resurtidos de recetas
refills-new = Pedir un resurtido
refills-pick = ¿Qué medicina?
refills-other = Otra medicina
refills-other-label = Nombre y dosis de la medicina (como dice en la etiqueta)
refills-pharmacy = ¿Qué farmacia?
refills-pharmacy-new = Otra farmacia (nombre y ciudad)
refills-note-label = Algo que el equipo médico deba saber (opcional)
refills-submit = Enviar pedido
refills-yours = Sus pedidos
refills-none = Todavía no ha pedido un resurtido.
refills-sent = Recibimos su pedido. Le avisaremos cuando avance.
refills-need-medicine = Por favor, elija una medicina o escriba su nombre.
refills-need-pharmacy = Por favor, elija una farmacia o escriba su nombre.
refill-heading = Pedido de resurtido
refill-medicine = Medicina
refill-pharmacy = Farmacia
refill-timeline = Qué ha pasado
refill-status-received = Recibido
refill-status-in-review = En revisión
refill-status-sent-to-pharmacy = Enviado a la farmacia
refill-status-needs-visit = Primero necesita una consulta en la clínica
refill-status-denied = No aprobado: por favor, llame a la clínica
refill-book-visit = Pedir una cita
refill-visit-requested = Le pedimos al equipo médico que le haga una cita. Se comunicarán con usted.
refill-all = Todos sus pedidos de resurtido

## Settings
settings-heading = Sus preferencias
settings-saved = Sus preferencias se guardaron.
settings-language = Idioma de los mensajes y las páginas
settings-channels = Cómo nos comunicamos con usted primero
settings-channel-both = Mensaje de texto y correo electrónico, para los recordatorios
settings-channel-sms-first = Primero mensaje de texto, luego correo electrónico
settings-channel-email-first = Primero correo electrónico, luego mensaje de texto
settings-channel-sms-only = Solo mensajes de texto
settings-channel-email-only = Solo correo electrónico
settings-quiet = Horas de silencio (no enviamos mensajes entre estas horas)
settings-quiet-from = Desde
settings-quiet-until = Hasta
settings-optout = Qué podemos enviarle
settings-allow-sms = Mensajes de texto
settings-allow-email = Correo electrónico
settings-optout-note = Los mensajes sobre su seguridad todavía pueden llegarle por una llamada de la clínica.
settings-save = Guardar preferencias
settings-contact = Su teléfono y su correo electrónico
settings-phone = Celular
settings-email = Correo electrónico
settings-change = Cambiar
settings-new-phone = Número de celular nuevo (con el código del país)
settings-new-email = Correo electrónico nuevo
settings-confirm-code-label = Escriba el código de 6 dígitos que enviamos al nuevo { $kind ->
    [phone] número
   *[email] correo electrónico
}
settings-confirm = Confirmar el cambio
settings-contact-sent = Enviamos un código al nuevo contacto. Escríbalo abajo para terminar.
settings-contact-changed = Sus datos de contacto cambiaron. También le avisamos al contacto anterior.
settings-contact-invalid = Por favor, revise el número o el correo que escribió.
settings-contact-same = Ese es el que ya tenemos.
settings-contact-code-wrong = Ese código no coincide o ya venció.
settings-none = No lo tenemos
settings-quiet-invalid = Por favor, elija las dos horas para las horas de silencio.
settings-channels-invalid = Por favor, permita al menos una forma de comunicarnos con usted.

# The care team's pages and emails (/staff).
staff-signin-title = Acceso del equipo de atención
staff-signin-explain = Escriba su correo de trabajo. Le enviaremos un enlace de acceso y un código de seis dígitos.
staff-email-label = Correo de trabajo
staff-signin-send = Enviarme un enlace de acceso
staff-signin-sent = Si esta dirección pertenece a un equipo de atención, le enviamos un enlace de acceso y un código. Sirven una sola vez, durante 15 minutos.
staff-code-title = ¿Tiene un código?
staff-code-explain = ¿Abrió el correo en otro dispositivo? Escriba aquí su correo de trabajo y el código de seis dígitos.
staff-code-label = Código de seis dígitos
staff-code-submit = Entrar con el código
staff-code-wrong = Ese código no funcionó. Revíselo o pida un correo nuevo.
staff-too-many = Demasiados intentos. Espere una hora y pida un correo nuevo.
staff-email-wrong = Escriba un correo de trabajo como nombre@ejemplo.org.
staff-link-title = Entrar en { $clinic }
staff-link-explain = Pulse el botón para entrar. El enlace sirve una sola vez.
staff-link-button = Entrar
staff-link-dead-heading = Este enlace ya no funciona
staff-link-dead = Caducó o ya se usó. Pida un correo de acceso nuevo.
staff-signin-again = Pedir un correo de acceso nuevo
staff-invite-title = Únase al equipo de atención de { $clinic }
staff-invite-explain = { $name }, le invitaron como { $role }. Pulse el botón para aceptar y entrar.
staff-invite-button = Aceptar y entrar
staff-role-clinician = médico
staff-role-nurse = enfermería
staff-role-front-desk = recepción
staff-role-admin = administración
staff-inbox-title = Bandeja de entrada
staff-views-label = Vistas de la bandeja
staff-view-needs-reply = Por responder
staff-view-overdue = Atrasadas
staff-view-mine = Mías
staff-view-unassigned = Sin asignar
staff-older = Conversaciones anteriores
staff-saved-label = Empezar con una respuesta guardada
staff-saved-use = Usarla
staff-notes-heading = Notas internas
staff-notes-explain = Solo el equipo de atención las ve; nunca se envían al paciente.
staff-notes-none = Todavía no hay notas.
staff-note-label = Agregar una nota para el equipo
staff-note-add = Agregar nota
staff-note-wrong = Escriba la nota (hasta 4,000 caracteres).
staff-urgent = Urgente
staff-reply-held = No se envió: llegó un mensaje nuevo mientras escribía. Léalo arriba; su respuesta sigue aquí para enviarla o cambiarla.
staff-view-open = Todas abiertas
staff-view-closed = Cerradas
staff-view-unmatched = Mensajes sin asignar
staff-inbox-empty = No hay nada aquí.
staff-signed-in-as = Sesión de { $name } en { $clinic }
staff-sign-out = Cerrar sesión
staff-status-open = Abierta
staff-status-waiting = Esperando al paciente, revisar el { $date }
staff-status-closed = Cerrada
# $when: when the reply is (or was) due, in the clinic's time zone
staff-due = Respuesta antes del { $when }
staff-overdue = Atrasada: la respuesta vencía el { $when }
staff-assigned-to = Asignada a { $name }
staff-unassigned = Sin asignar
staff-unmatched-from = De { $phone }
staff-unverified = De un número compartido: remitente no verificado
staff-reply-label = Responder a { $name }
staff-reply-explain = El paciente recibe un aviso con un enlace; su texto solo se muestra tras el enlace.
staff-reply-send = Enviar respuesta
staff-reply-wrong = Escriba una respuesta de hasta 4000 caracteres, sin caracteres de control.
staff-assign-me = Asignármela
staff-wait-label = Revisar el
staff-wait-button = Marcar como en espera del paciente
staff-close-button = Cerrar
staff-back-inbox = Volver a la bandeja
staff-date-wrong = Escriba la fecha de revisión como AAAA-MM-DD, hoy o más adelante.
email-subject-staff-invite = { $clinic }: le invitan al equipo de atención
email-staff-invite = { $name }, { $clinic } le invitó a responder a pacientes en Portico como { $role }. Acepte la invitación en 7 días: { $link }
email-subject-staff-sign-in = { $clinic }: su enlace de acceso
email-staff-sign-in = Entre en { $clinic }: { $link } — o escriba este código en la página de acceso: { $code }. El enlace y el código sirven una vez, durante 15 minutos. Si no pidió entrar, ignore este correo.
# Passkeys and signing in without a link
footer-signin = Iniciar sesión
link-refused-signin = ¿Tiene una llave de acceso? Entre con ella
step-up-passkey-next = Después de este paso puede agregar una llave de acceso, para que la próxima vez use su cara, su huella o el bloqueo de pantalla.
signin-heading = Iniciar sesión
signin-passkey-explain = Si agregó una llave de acceso, use su cara, su huella o el bloqueo de pantalla.
signin-passkey-button = Entrar con una llave de acceso
passkey-browser-problem = La llave de acceso no funcionó en este navegador. Puede intentarlo de nuevo.
signin-no-script = Para entrar con una llave de acceso, use un navegador con JavaScript activado. O le enviamos un enlace nuevo.
signin-link-heading = Envíenme un enlace nuevo
passkey-offer-heading = La próxima vez, use su cara, su huella o el bloqueo de pantalla
passkey-offer-explain = Con una llave de acceso puede entrar sin esperar un mensaje de texto o un correo. Nunca es obligatoria.
passkey-add = Agregar una llave de acceso
passkey-add-confirm-first = Primero confirmará que es usted.
passkey-no-script = Para agregar o usar una llave de acceso se necesita un navegador con JavaScript activado.
passkey-not-now = Ahora no
passkey-refused-heading = No se aceptó la llave de acceso
passkey-expired-explain = Este intento tardó demasiado o ya se usó. No se cambió nada. Inténtelo de nuevo.
passkey-failed-explain = No pudimos comprobar la respuesta de su dispositivo. No se cambió nada. Inténtelo de nuevo.
passkey-taken-explain = Esta llave de acceso ya está registrada. No se cambió nada.
passkey-unknown-explain = Esta llave de acceso no abre ninguna página de paciente aquí (quizá se eliminó). Puede pedir un enlace nuevo.
passkey-not-verified-explain = Su dispositivo no confirmó que era usted (cara, huella, PIN o bloqueo de pantalla). Sus datos de salud siguen cerrados.
passkey-name-invalid = El nombre de una llave de acceso debe ser una sola línea de 200 caracteres como máximo.
passkey-name-browser = { $browser }, { $date }
passkey-name-plain = Llave de acceso, { $date }
passkey-never-used = nunca
passkey-on-devices = En sus dispositivos
passkey-on-key = En una llave de seguridad
passkey-settings-heading = Llaves de acceso
passkey-created = Agregada el { $date }
passkey-last-used = Último uso: { $date }
passkey-rename-label = Nombre
passkey-rename = Cambiar el nombre
passkey-remove = Eliminar
passkey-none = Todavía no tiene ninguna llave de acceso.
settings-passkey-added = Llave de acceso agregada. La próxima vez, entre con ella.
settings-passkey-renamed = Se cambió el nombre de la llave de acceso.
settings-passkey-removed = Llave de acceso eliminada. Ya no sirve para entrar.
sms-passkey-added = { $clinic }: se agregó una llave de acceso para entrar a sus páginas de paciente. Si no fue usted, llame al { $phone }.
email-subject-passkey-added = { $clinic }: se agregó una llave de acceso
email-passkey-added = Se agregó una llave de acceso para entrar a sus páginas de paciente en { $clinic }. Si no fue usted, llame al { $phone }.
sms-passkey-removed = { $clinic }: se eliminó una llave de acceso de sus páginas de paciente. Si no fue usted, llame al { $phone }.
email-subject-passkey-removed = { $clinic }: se eliminó una llave de acceso
email-passkey-removed = Se eliminó una llave de acceso de sus páginas de paciente en { $clinic }. Ya no sirve para entrar. Si no fue usted, llame al { $phone }.

## Live updates on open pages
live-updated = Última actualización: { $time }.
live-refresh = Actualizar
live-on = Los mensajes nuevos aparecen aquí en cuanto llegan.
live-off = Las actualizaciones en vivo se detuvieron. Vuelva a cargar la página para ver los mensajes nuevos.
live-inbox-on = Esta lista se actualiza cuando llegan mensajes.
live-typing-team = El equipo de atención está escribiendo…
live-typing-name = { $name } está escribiendo…
live-typing-patient = El paciente está escribiendo…
live-seen = Visto por el paciente { $time }
live-refused-heading = Las actualizaciones en vivo están en pausa
live-too-many-tabs = Esto está abierto en demasiadas pestañas. Cierre algunas y vuelva a cargar esta página.
live-too-many-streams = Las actualizaciones en vivo están ocupadas ahora. Vuelva a cargar la página para ver los mensajes nuevos.
live-typing-wait = Los avisos de escritura se envían como máximo cada pocos segundos.
## Caregiver grants
sms-grant-invitation = { $clinic }: { $patient } le invitó a ayudar con su atención. Acepte aquí: { $url }
email-subject-grant-invitation = { $clinic }: { $patient } le invitó a ayudar con su atención
email-grant-invitation = { $patient } le invitó a ayudar con su atención en { $clinic }. Para aceptar, abra este enlace y confirme con el código que le enviaremos: { $url }
caregiver-refused-heading = No puede abrir esto
caregiver-refused-explain = Su acceso a la atención de esta persona no incluye esta página, terminó o fue retirado. Pídaselo a esa persona (o a la clínica) si lo necesita.
caregiver-helping = Está ayudando a { $patient }
caregiver-back = Volver a su propia vista
caregiver-list-heading = Personas a las que ayuda
caregiver-list-none = Ahora mismo nadie le ha dado acceso.
caregiver-scope-appointments = Citas
caregiver-scope-messages = Mensajes con el equipo de atención
caregiver-scope-refills = Renovación de recetas
caregiver-nothing = Todavía no hay nada que mostrar.
caregiver-sender = { $caregiver } en nombre de { $patient }
invitation-refused-heading = Esta invitación no se puede usar
invitation-refused-explain = Ya se usó, venció o fue retirada. Pida una nueva a la persona que le invitó.
invitation-heading = Le invitan a ayudar
invitation-intro = { $patient } invitó a { $caregiver } a ayudar con:
invitation-accept = Aceptar
invitation-send-code = Envíenme un código
invitation-code-explain = Para aceptar, confirme que es usted con un código que enviamos a { $destination }.
invitation-code-locked = Demasiados códigos incorrectos. Pida una nueva invitación a la persona que le invitó.
caregivers-heading = Personas que le ayudan
caregivers-none = Todavía nadie puede actuar en su nombre.
caregivers-never-used = todavía no
caregivers-status-invited = Invitada, aún no aceptada
caregivers-status-active = Activa
caregivers-status-revoked = Retirada
caregivers-status-expired = Terminada
caregivers-basis-patient-given = Usted dio este acceso
caregivers-basis-parent-of-minor = Dado por la clínica: padre o madre de un menor
caregivers-basis-legal-representative = Dado por la clínica: representante legal
caregivers-invited = Su invitación fue enviada.
caregivers-not-sent = La invitación quedó guardada pero no se pudo enviar. Revise el teléfono o el correo, o retírela y vuelva a intentarlo.
caregivers-revoked = Acceso retirado. Deja de funcionar de inmediato.
caregivers-since = Desde { $date }
caregivers-until = Hasta { $date }
caregivers-last-used = Último uso: { $date }
caregivers-revoke = Retirar el acceso de { $name }
caregivers-invite-heading = Invitar a alguien a ayudar
caregivers-name = Su nombre
caregivers-contact = Su teléfono móvil o correo electrónico
caregivers-contact-hint = Teléfonos con el código de país, por ejemplo +1 312 555 0190.
caregivers-scopes = Qué puede hacer por usted
caregivers-settings-never = Su configuración, su teléfono y su correo siempre son solo suyos.
caregivers-months = Por cuánto tiempo
caregivers-months-option = { $months } meses
caregivers-invite = Enviar la invitación
caregivers-bad-name = Escriba su nombre (sin < ni >).
caregivers-bad-contact = Escriba un teléfono móvil con el código de país o un correo electrónico.
caregivers-bad-scopes = Elija al menos una cosa que pueda hacer.
caregivers-bad-months = Elija cuánto tiempo dura el acceso.
caregivers-copies = Enviarle también mis recordatorios de citas (por mensaje de texto o correo electrónico, al contacto de arriba)
caregivers-copies-on = También recibe sus recordatorios de citas
caregivers-copies-start = Enviar a { $name } mis recordatorios de citas
caregivers-copies-stop = Dejar de enviar a { $name } mis recordatorios
caregivers-copies-started = Esa persona también recibirá sus recordatorios de citas, a partir del próximo.
caregivers-copies-stopped = Esa persona ya no recibirá sus recordatorios.
caregivers-copies-need-appointments = Los recordatorios solo se envían a alguien que pueda ver sus citas: marque también Citas.
caregiver-copies-on = Usted recibe los recordatorios de citas de { $name }.
caregiver-copies-stop = Dejar de enviarme estos recordatorios
caregiver-copies-stopped = Ya no recibirá los recordatorios de { $name }.
caregiver-visit-confirm = Confirmar esta cita
caregiver-visit-cancel = Cancelar esta cita
caregiver-visit-confirmed = La cita está confirmada. { $name } también lo verá.
caregiver-visit-cancelled = La cita fue cancelada. Se avisó a { $name } y al equipo de atención.
caregiver-visit-unchanged = No cambió nada: esta cita ya no se puede confirmar ni cancelar.
caregiver-visit-reschedule-requested = Se pidió al equipo de atención que busque otro horario para esta cita de { $name }.
caregiver-refill-sent = El pedido ya está con el equipo de atención. { $name } también lo verá.
caregivers-teen-explain = A su edad, { $name } ya no lee sus mensajes ni ve sus renovaciones de recetas aquí. Eso lo decide usted:
caregivers-teen-restore-messages = Dejar que { $name } vuelva a leer mis mensajes
caregivers-teen-withdraw-messages = Dejar de permitir que { $name } lea mis mensajes
caregivers-teen-restore-refills = Dejar que { $name } vuelva a ver mis renovaciones de recetas
caregivers-teen-withdraw-refills = Dejar de permitir que { $name } vea mis renovaciones de recetas
caregivers-teen-restored = Listo. Puede retirarlo aquí en cualquier momento.
caregivers-teen-withdrawn = Listo. Vuelve a ser solo suyo.
page-after-hours = Fuera del horario de atención, llame al
red-flag-reply = Si es una emergencia, llame al { $emergency } ahora. Para comunicarse con la clínica, llame al { $phone }. Avisamos a su equipo de atención que su mensaje es urgente.
red-flag-reply-no-line = Si es una emergencia, llame al { $emergency } ahora. Avisamos a su equipo de atención que su mensaje es urgente.
unsubscribe-heading = Dejar de recibir correos de recordatorio y aviso
unsubscribe-ask = ¿Dejar de enviar correos de recordatorio y de aviso de mensajes a { $email }?
unsubscribe-button = Dejar de recibir estos correos
unsubscribe-still = Los códigos que usted pida y los avisos de seguridad seguirán llegando a esta dirección.
unsubscribe-done = Listo: ya no se enviarán correos de recordatorio ni de aviso de mensajes a { $email }.
unsubscribe-back-on = Para volver a recibirlos, elija de nuevo el correo en su configuración.
staff-reports-title = Tiempos de respuesta
staff-reports-period = Mensajes sin responder del { $from } al { $to }
staff-reports-from = Desde
staff-reports-to = Hasta
staff-reports-show = Mostrar
staff-reports-category = Tema
staff-reports-answered = Respondidos
staff-reports-median = Mediana, horas hábiles
staff-reports-p90 = Percentil 90, horas hábiles
staff-reports-within = Dentro del plazo prometido
staff-reports-open = Esperando respuesta ahora
staff-reports-overdue = Atrasados ahora
staff-reports-all = Todos
staff-reports-chart = Horas hábiles hasta la primera respuesta: mediana (oscuro) y percentil 90 (claro), por tema del mensaje
staff-reports-none = No hubo respuestas en este periodo.
category-appointment = Citas
category-refill = Recetas
category-question = Preguntas
category-billing = Facturación
category-other = Otros

# Teams, cover while away, and late replies (/staff).
staff-view-my-teams = Mis equipos
# $when: when the reply is due, in the clinic's time zone; $link: the conversation's address
email-subject-reply-due-soon = Pronto vence una respuesta a un paciente
email-reply-due-soon = { $name }, hay que responder a un paciente antes del { $when }. Abra la conversación: { $link }
email-subject-reply-escalated = Se le pasó una respuesta atrasada
email-reply-escalated = { $name }, la respuesta a un paciente vencía el { $when } y no se ha enviado. Ahora le corresponde a usted. Abra la conversación: { $link }
staff-team-label = Equipo
staff-team-none = Sin equipo (toda la clínica)
staff-team-move = Pasar al equipo
# $name: the colleague who is away
staff-covering-for = En sustitución de { $name }
staff-steps-heading = Cómo llegó aquí
# $team: a team's name; $from, $to: people of the care team
staff-step-routed = Enviada a { $team }
staff-step-covered = { $from } está ausente: pasó a { $to }
staff-step-pooled = { $from } está ausente: volvió al equipo
staff-step-warned = La respuesta vence pronto: se avisó a { $to }
staff-step-warned-nobody = La respuesta vence pronto: no había a quién avisar
staff-step-escalated = Atrasada: pasó a { $to }
staff-step-no-one-further = Atrasada: no hay nadie más a quien pasarla
staff-away-link = Ausencias
staff-away-title = Ausencias del trabajo
staff-away-explain = Mientras esté ausente, los mensajes clínicos asignados a usted pasan a la persona que le sustituye; los de citas y facturación vuelven a su equipo. Su ausencia termina sola después de su último día.
staff-away-from = Primer día de ausencia
staff-away-to = Último día de ausencia
staff-away-cover = Quién le sustituye
staff-away-no-cover = Nadie (los mensajes vuelven al equipo)
staff-away-add = Guardar la ausencia
staff-away-mine = Sus ausencias
staff-away-none = No tiene ausencias previstas.
staff-away-cancel = Cancelar esta ausencia
staff-away-team = Quién está ausente
staff-away-nobody = Nadie está ausente.
# $name: who is away; $from, $to: the first and last days; $cover: who covers
staff-away-row = { $name }: del { $from } al { $to }
staff-away-row-cover = { $name }: del { $from } al { $to }, le sustituye { $cover }
staff-away-wrong-dates = Revise las fechas: el último día no puede ser anterior al primero ni estar en el pasado, y una ausencia dura como máximo un año.
staff-away-wrong-cover = Elija a otra persona del equipo de atención para que le sustituya.
staff-away-loop = Esa persona también está ausente en esas fechas y usted la sustituye: elija a otra persona.
# $away: the clinician who is away; $until: their last day away; $cover: who answers meanwhile
thread-covering = Mientras { $away } está ausente (hasta el { $until }), { $cover } responde a sus mensajes.
staff-reports-all-teams = Todos los equipos

# Staff passkeys (/staff/passkeys, /staff/signin).
staff-passkeys-title = Llaves de acceso
staff-passkeys-explain = Entre en las páginas del equipo de atención con su cara, su huella, el bloqueo de pantalla o una llave de seguridad en lugar de un enlace por correo. Cada llave de acceso es solo suya.
staff-passkeys-stale = Para agregar o eliminar una llave de acceso, primero vuelva a entrar: debe hacerlo en los 20 minutos siguientes a haber entrado.
staff-passkey-added = Llave de acceso agregada. La próxima vez, entre con ella.
staff-passkey-removed = Llave de acceso eliminada. Ya no sirve para entrar.
staff-signin-passkey-explain = Si agregó una llave de acceso, use su cara, su huella, el bloqueo de pantalla o su llave de seguridad.
staff-passkey-unknown = Esta llave de acceso no sirve para entrar en ningún equipo de atención aquí (quizá se eliminó). En su lugar, entre con su correo de trabajo.
staff-passkey-not-verified = Su dispositivo no confirmó que era usted (cara, huella, PIN o bloqueo de pantalla). No se inició la sesión.
# $name: the staff member; $clinic: the clinic's name
email-subject-staff-passkey-added = { $clinic }: se agregó una llave de acceso a su inicio de sesión
email-staff-passkey-added = { $name }, se agregó una llave de acceso para entrar en las páginas del equipo de atención de { $clinic }. Si no fue usted, avise de inmediato a la administración de su clínica.
email-subject-staff-passkey-removed = { $clinic }: se eliminó una llave de acceso de su inicio de sesión
email-staff-passkey-removed = { $name }, se eliminó una llave de acceso de su inicio de sesión en las páginas del equipo de atención de { $clinic }. Ya no sirve para entrar. Si no fue usted, avise de inmediato a la administración de su clínica.
# $names: colleagues who opened the conversation in the last minutes, each with the time
staff-viewing = También lo está viendo: { $names }
# $line: the crisis line the clinic names, as dialled
red-flag-crisis = Si está pensando en hacerse daño, llame o envíe un mensaje al { $line } ahora, a cualquier hora.
# $channel: staff-contact-sms or staff-contact-email; $why: one of the staff-contact-* reasons
staff-step-contact-flagged = { $channel } ya no llega al paciente: { $why }. Comuníquese por otra vía.
staff-contact-sms = Su número de celular
staff-contact-email = Su correo electrónico
staff-contact-invalid = el proveedor dice que no puede recibir mensajes
staff-contact-opted-out = pidió que no se le envíen más
staff-contact-bouncing = el correo enviado rebota
staff-assign-to = Asignar a
staff-assign-button = Asignar

# The clinic's teams, for its administrators (/staff/admin/teams).
staff-admin-teams-title = Equipos
staff-admin-teams-explain = Cada mensaje de un paciente va a un equipo según las reglas de enrutamiento de la clínica o, si ninguna se aplica, al equipo predeterminado. Una respuesta atrasada termina pasando a la persona responsable del equipo.
staff-admin-only = Solo la administración de la clínica puede cambiar sus equipos.
staff-admin-reauth = Para cambiar los equipos de la clínica, primero vuelva a entrar: los cambios se aceptan en los 20 minutos siguientes a haber entrado.
staff-admin-new-team = Equipo nuevo
staff-admin-team-name = Nombre
staff-admin-team-lead = Responsable
staff-admin-no-lead = Sin responsable (la primera persona de administración de la clínica)
staff-admin-team-default = Equipo predeterminado (para los mensajes que ninguna regla dirige a un equipo)
staff-admin-team-members = Miembros
staff-admin-save = Guardar
staff-admin-add = Agregar equipo
staff-admin-saved = Guardado.
staff-admin-name-wrong = Un equipo necesita un nombre de una sola línea, de 200 caracteres como máximo, que no tenga ningún otro equipo de la clínica.
# $name: an admin; $url, $id: the endpoint; $when: since when it has accepted no event
email-subject-webhook-disabled = Se desactivó un destino de eventos
email-webhook-disabled = { $name }, Portico dejó de enviar eventos a { $url } (destino { $id }): no ha aceptado ningún evento desde { $when }, tras reintentos durante más de un día. Repare el receptor y vuelva a activarlo con PATCH /api/v1/webhooks/{ $id } y "enabled": true.

# The patient's own trail (/p/activity): what they and the people who help them did here.
activity-heading = Quién abrió su expediente
activity-explain = Todo lo que usted y las personas a las que permite ayudarle hicieron aquí, de lo más reciente a lo más antiguo. Su clínica guarda el mismo registro.
activity-none = Todavía no hay nada.
activity-older = Más antiguos
activity-newest = Volver a lo más reciente
activity-you = Usted
# $name: the caregiver, as the patient named them
activity-caregiver = { $name }, que le ayuda
activity-someone = Una persona que le ayuda
# How the person had proved who they are.
activity-auth-link = con el enlace que le enviamos
activity-auth-code = con un código que le enviamos
activity-auth-passkey = con una llave de acceso
activity-auth-link-code = con el enlace que le enviamos y un código
activity-auth-link-birth-date = con el enlace que le enviamos y su fecha de nacimiento
activity-auth-code-birth-date = con un código que le enviamos y su fecha de nacimiento
activity-auth-sms = con un mensaje de texto desde su teléfono
# What they did.
activity-link-redeemed = Abrió un enlace de la clínica
activity-link-code-used = Entró con un código
activity-link-renewed = Pidió un enlace nuevo
activity-step-up-code-sent = Pidió un código para confirmar su identidad
activity-step-up-passed = Confirmó su identidad
activity-step-up-failed = Un intento de confirmar su identidad no coincidió
activity-passkey-signed-in = Entró con una llave de acceso
activity-passkey-registered = Agregó una llave de acceso
activity-passkey-renamed = Cambió el nombre de una llave de acceso
activity-passkey-removed = Eliminó una llave de acceso
activity-passkey-refused = No se aceptó una llave de acceso
activity-passkey-possible-clone = Se usó una llave de acceso de una forma que hace pensar que existe una copia de ella
activity-appointment-confirmed = Confirmó una cita
activity-appointment-cancelled = Canceló una cita
activity-appointment-reschedule-requested = Pidió otro horario para una cita
activity-message-received = Envió un mensaje a la clínica
activity-message-red-flag = Un mensaje se marcó como urgente para el equipo médico
activity-refill-requested = Pidió un resurtido
activity-refill-visit-requested = Pidió una cita por un resurtido
activity-patient-settings = Cambió las preferencias
activity-contact-change-started = Empezó a cambiar un número de teléfono o un correo electrónico
activity-contact-changed = Cambió un número de teléfono o un correo electrónico
activity-contact-opted-out = Pidió no recibir más mensajes de texto
activity-contact-opted-in = Pidió volver a recibir mensajes de texto
activity-patient-unsubscribed = Dejó de recibir correos con un solo clic
activity-grant-invited = Invitó a alguien a ayudar
activity-grant-revoked = Retiró el acceso de alguien
activity-grant-accepted = Aceptó su invitación para ayudar
activity-grant-appointments-viewed = Vio sus citas
activity-grant-messages-viewed = Leyó sus mensajes
activity-grant-refills-viewed = Vio sus resurtidos
activity-grant-message-sent = Envió un mensaje en su nombre
activity-grant-copies-started = Activó copias de recordatorios para alguien que le ayuda
activity-grant-copies-stopped = Desactivó copias de recordatorios para alguien que le ayuda
activity-grant-appointment-confirmed = Confirmó una cita en su nombre
activity-grant-appointment-cancelled = Canceló una cita en su nombre
activity-grant-refill-requested = Pidió un resurtido en su nombre
activity-grant-teen-restored = Permitió de nuevo que un padre o una madre viera más
activity-grant-teen-withdrawn = Retiró lo que un padre o una madre podía ver
activity-grant-link-opened = Abrió un enlace de recordatorio que recibió
activity-grant-link-refused = Un enlace de recordatorio que recibió fue rechazado
activity-messages-viewed = Leyó sus mensajes
activity-refills-viewed = Vio sus resurtidos
activity-other = Usó su expediente
# Settings and the caregivers page link to the trail.
activity-link = Quién abrió su expediente
# A parent's grant once the child reaches the clinic's age for privacy. $name: the patient; $age: their age
caregiver-teen-private = Desde que cumplió { $age } años, ya solo { $name } puede leer sus mensajes. Usted puede seguir escribiendo al equipo de atención en nombre de { $name }.
# A caregiver signing in again (/p/for/sign-in).
caregiver-sign-in-heading = Iniciar sesión para ayudar a alguien
caregiver-sign-in-explain = Escriba el número de teléfono móvil o el correo electrónico con el que aceptó una invitación, y le enviaremos un código.
caregiver-sign-in-contact = Su teléfono móvil o correo electrónico
caregiver-sign-in-send = Envíenme un código
caregiver-sign-in-sent = Si aceptó una invitación con ese teléfono o correo electrónico, un código va en camino. Funciona durante 10 minutos.
caregiver-sign-in-code = El código que enviamos
caregiver-sign-in-button = Iniciar sesión
caregiver-sign-in-more = El enlace de recordatorio que abrió solo muestra las citas de ese recordatorio. Inicie sesión para ver todo lo que puede hacer.
caregiver-link-heading = Un recordatorio para alguien a quien ayuda
caregiver-link-explain = Ábralo para ver las citas y para confirmarlas, cancelarlas o pedir otro horario.
caregiver-link-open = Ver las citas
caregiver-link-dead-heading = Este enlace ya no funciona
caregiver-link-dead-explain = Ya se usó o venció, o terminó el acceso con el que se envió. Aún puede iniciar sesión con el teléfono o el correo electrónico en el que recibió la invitación.
caregiver-link-sign-in = Iniciar sesión para ayudar a alguien
caregiver-settings-heading = Los mensajes de texto y correos electrónicos que le enviamos
caregiver-settings-explain = Los recordatorios que recibe de las personas a las que ayuda, y nuestros avisos para usted, llegan en este idioma, y nunca de noche en el lugar donde vive.
caregiver-settings-zone = Dónde vive (zona horaria)
caregiver-settings-zone-unsaid = Sin indicar: la zona horaria de la persona a la que ayuda
caregiver-settings-save = Guardar
caregiver-settings-saved = Se guardó.
caregiver-passkeys-stale = Para agregar o eliminar una llave de acceso, primero cierre la sesión y vuelva a iniciarla: puede hacerse en los 20 minutos siguientes a haber iniciado sesión.
caregiver-passkey-unknown = Esta llave de acceso no abre aquí las páginas de ninguna persona a la que ayuda (quizá se eliminó). En su lugar, puede iniciar sesión con un código.
email-subject-caregiver-passkey-added = { $clinic }: se agregó una llave de acceso a su inicio de sesión
caregiver-passkey-added-notice = { $clinic }: se ha agregado una llave de acceso para entrar a ayudar a alguien. Si no fue usted, llame al { $phone }.
email-subject-caregiver-passkey-removed = { $clinic }: se eliminó una llave de acceso de su inicio de sesión
caregiver-passkey-removed-notice = { $clinic }: se ha eliminado una llave de acceso con la que usted entraba para ayudar a alguien. Ya no sirve para entrar. Si no fue usted, llame al { $phone }.
signin-caregiver-link = ¿Ayuda a alguien? Inicie sesión aquí
# Thirty days before a parent's grant changes with the child's age: to the parent and to the child.
# $clinic; $date: the day it changes; $patient: the child; $caregiver: the parent; $age: the age then
email-subject-growing-up = Un cambio en quién puede ver su expediente
growing-up-narrows-parent = { $clinic }: el { $date }, { $patient } cumple { $age } años. A partir de ese día podrá seguir viendo sus citas y escribir al equipo de atención en su nombre, pero ya no podrá leer sus mensajes ni ver sus resurtidos.
growing-up-narrows-teen = { $clinic }: el { $date } usted cumple { $age } años. A partir de ese día, { $caregiver } podrá seguir viendo sus citas y escribir al equipo de atención en su nombre, pero ya no podrá leer sus mensajes ni ver sus resurtidos.
growing-up-ends-parent = { $clinic }: el { $date }, { $patient } cumple 18 años y usted dejará de tener acceso a su expediente. Si es su representante legal, pida a la clínica que lo registre.
growing-up-ends-teen = { $clinic }: el { $date } usted cumple 18 años, y { $caregiver } ya no podrá ver su expediente en su nombre.
