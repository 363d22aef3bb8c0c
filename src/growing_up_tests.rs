use super::*;

#[test]
fn a_birthday_is_the_same_day_of_the_year_and_a_leap_day_one_is_the_first_of_march() {
    let d = |s: &str| s.parse::<Date>().unwrap();
    assert_eq!(birthday(d("2018-04-04"), 12), Some(d("2030-04-04")));
    assert_eq!(birthday(d("2012-02-29"), 18), Some(d("2030-03-01")));
    assert_eq!(birthday(d("2012-02-29"), 20), Some(d("2032-02-29")));
    // The day the notice counts to is the day `age_on` turns the child that age.
    for (born, age) in [("2018-04-04", 12), ("2012-02-29", 18), ("2016-12-31", 14)] {
        let day = birthday(d(born), age).unwrap();
        assert_eq!(crate::domain::age_on(d(born), day), age, "{born}");
        assert_eq!(crate::domain::age_on(d(born), day.yesterday().unwrap()), age - 1, "{born}");
    }
}
