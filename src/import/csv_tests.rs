use super::*;

fn chicago() -> jiff::tz::TimeZone {
    jiff::tz::db().get("America/Chicago").unwrap()
}

/// What reading `text` hands on: a row as "line:mrn:patient?:start", a refusal as
/// "line:column:why", a file refusal as "file:why".
fn read(text: &str) -> Vec<String> {
    let mut out = vec![];
    read_rows(text.as_bytes(), &chicago(), &mut |item| {
        out.push(match item {
            Item::Row(r) => format!(
                "{}:{}:{}:{}",
                r.line,
                r.mrn,
                if r.patient.is_some() { "patient" } else { "-" },
                r.appointment.start.unwrap_or_default()
            ),
            Item::Refused(line, field, why) => format!("{line}:{field}:{why}"),
            Item::FileRefused(why) => format!("file:{why}"),
        });
        true
    });
    out
}

const HEADER: &str = "patient_mrn,patient_name,phone,appointment_id,start";

#[test]
fn a_patient_repeated_with_the_same_columns_comes_with_their_first_row_only() {
    let text = format!(
        "{HEADER}\nM1,Ana Ruiz,+13125550101,A1,2030-03-10 09:30\nM1,Ana Ruiz,+13125550101,A2,2030-03-11T09:30:00-05:00\n"
    );
    assert_eq!(read(&text), vec!["2:M1:patient:2030-03-10T14:30:00Z", "3:M1:-:2030-03-11T14:30:00Z"]);
}

#[test]
fn a_patient_whose_columns_differ_from_their_first_row_is_refused_naming_the_column() {
    let text = format!(
        "{HEADER}\nM1,Ana Ruiz,+13125550101,A1,2030-03-10 09:30\nM1,Ana Ruiz,+13125550199,A2,2030-03-11 09:30\n"
    );
    let got = read(&text);
    assert_eq!(got[1], "3:phone:differs from line 2, where this patient_mrn first appears");
}

#[test]
fn a_row_refused_as_read_leaves_its_patient_to_the_next_row() {
    let text = format!("{HEADER}\nM1,Ana Ruiz,+13125550101,A1,soon\nM1,Ana Ruiz,+13125550101,A2,2030-03-11 09:30\n");
    let got = read(&text);
    assert!(got[0].starts_with("2:start:must be a date and time"), "{got:?}");
    assert_eq!(got[1], "3:M1:patient:2030-03-11T14:30:00Z");
}

#[test]
fn a_local_start_in_the_spring_gap_is_refused_and_one_with_its_offset_is_not() {
    // 2030-03-10 02:30 does not happen in Chicago (clocks go from 02:00 to 03:00).
    let text = format!(
        "{HEADER}\nM1,Ana,+13125550101,A1,2030-03-10 02:30\nM1,Ana,+13125550101,A2,2030-03-10T02:30:00-06:00\n"
    );
    let got = read(&text);
    assert!(got[0].starts_with("2:start:falls in a daylight-saving change"), "{got:?}");
    assert_eq!(got[1], "3:M1:patient:2030-03-10T08:30:00Z");
}

#[test]
fn semicolons_or_tabs_in_the_header_separate_the_columns() {
    for sep in [";", "\t"] {
        let text = format!("{}\nM1{sep}Ana{sep}+13125550101{sep}A1{sep}2030-03-12 10:00\n", HEADER.replace(',', sep));
        assert_eq!(read(&text), vec!["2:M1:patient:2030-03-12T15:00:00Z"], "{sep:?}");
    }
}

#[test]
fn a_header_with_an_unknown_a_doubled_or_no_required_column_refuses_the_file() {
    let unknown = read("patient_mrn,patient_name,emial,appointment_id,start\nM1,Ana,a@b.c,A1,2030-03-12 10:00\n");
    assert_eq!(unknown.len(), 1);
    assert!(unknown[0].starts_with("file:the header names a column Portico does not read: \"emial\""), "{unknown:?}");
    let doubled = read("patient_mrn,patient_name,phone,phone,appointment_id,start\n");
    assert_eq!(doubled, vec!["file:the header names phone twice"]);
    let missing = read("patient_mrn,patient_name,phone,appointment_id\n");
    assert!(missing[0].starts_with("file:the header has no start column"), "{missing:?}");
}

#[test]
fn a_row_with_too_few_columns_or_a_missing_required_value_is_refused_by_line() {
    let text = format!(
        "{HEADER}\nM1,Ana,+13125550101,A1\n,Ana,+13125550101,A2,2030-03-12 10:00\nM3,Bo,+13125550103,,2030-03-12 10:00\n"
    );
    let got = read(&text);
    assert_eq!(got[0], "2:row:has 4 columns where the header has 5");
    assert_eq!(got[1], "3:patient_mrn:missing");
    assert_eq!(got[2], "4:appointment_id:missing");
}

#[test]
fn quoted_values_may_hold_the_separator_and_a_byte_order_mark_is_no_part_of_the_header() {
    let text =
        format!("\u{feff}{HEADER},location\nM1,\"Ruiz, Ana\",+13125550101,A1,2030-03-12 10:00,\"Suite 4, North\"\n");
    assert_eq!(read(&text), vec!["2:M1:patient:2030-03-12T15:00:00Z"]);
}

#[test]
fn refusals_of_the_shared_steps_name_the_csv_column() {
    assert_eq!(column("birthDate", "not a date"), "birth_date");
    assert_eq!(column("telecom", "email: not an address"), "email");
    assert_eq!(column("telecom", "phone: too short"), "phone");
    assert_eq!(column("minutesDuration", "must be 1 to 1440 minutes"), "duration_minutes");
    assert_eq!(column("participant", "names no patient"), "patient_mrn");
}
