// CArabicICUCalendar: Islamic ↔ Gregorian day conversions through ICU's ucal API.
//
// Like CArabicICU.h this header includes only <stdint.h> and <stdbool.h>. Days are counted
// from 1970-01-01 (the proleptic Gregorian calendar, UTC), the unit of the Swift type
// `CalendarDate.daysSinceEpoch`. Months are 1-based here (ICU's UCAL_MONTH is 0-based;
// calendar.c converts and checks UCAL_JANUARY == 0 with _Static_assert).
//
// Every function opens its own UCalendar and closes it before returning (a UCalendar is not
// thread-safe and is never shared), so all of them may be called from any thread.

#ifndef CARABICICU_CALENDAR_H
#define CARABICICU_CALENDAR_H

#include <stdbool.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// ICU's `islamic-umalqura` calendar: the Umm al-Qura table (KACST) for 1300–1600 AH.
#define ATX_CAL_ISLAMIC_UMALQURA ((int32_t)0)
/// ICU's `islamic-civil` calendar: the arithmetic (tabular, Friday epoch) Islamic calendar.
#define ATX_CAL_ISLAMIC_CIVIL ((int32_t)1)

/// First Hijri year of ICU's Umm al-Qura table (UMALQURA_YEAR_START in ICU's islamcal.cpp,
/// not exported by ICU's headers); outside the table ICU computes an approximation.
#define ATX_CAL_UMALQURA_FIRST_YEAR ((int32_t)1300)
/// Last Hijri year of ICU's Umm al-Qura table (UMALQURA_YEAR_END in islamcal.cpp).
#define ATX_CAL_UMALQURA_LAST_YEAR ((int32_t)1600)

/// Converts Hijri `year`-`month`-`day` of calendar `kind` (ATX_CAL_…) to days since 1970-01-01.
///
/// Strict: a day the month does not have (30 in a 29-day month, month 13) fails.
/// Returns false on failure (and leaves `days` alone).
bool atx_cal_islamic_to_days(int32_t kind, int32_t year, int32_t month, int32_t day, int64_t *_Nonnull days);

/// Converts days since 1970-01-01 to the Hijri date of calendar `kind`. Returns false on failure.
bool atx_cal_islamic_from_days(
    int32_t kind, int64_t days, int32_t *_Nonnull year, int32_t *_Nonnull month, int32_t *_Nonnull day);

/// Writes the first day (days since 1970-01-01) of every month of Hijri years
/// `first_year`…`last_year` of calendar `kind`, in order, followed by the first day of the
/// month after the last: (last_year - first_year + 1) × 12 + 1 values, one UCalendar for the batch.
///
/// Returns the number of values written, or -1 on failure or when `capacity` is too small.
int32_t atx_cal_islamic_month_starts(
    int32_t kind, int32_t first_year, int32_t last_year, int64_t *_Nonnull out_days, int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif  // CARABICICU_CALENDAR_H
