// Islamic ↔ Gregorian conversions for CArabicICUCalendar.h, through ICU's ucal API.

#include "CArabicICUCalendar.h"

#include <unicode/ucal.h>
#include <unicode/utypes.h>

// The header counts months from 1; ICU's UCAL_MONTH counts from UCAL_JANUARY.
_Static_assert(UCAL_JANUARY == 0, "ICU's first month index changed");
_Static_assert(U_ZERO_ERROR == 0, "ICU's U_ZERO_ERROR changed");

static const int64_t millis_per_day = 86400000;

/// Floor division of ICU milliseconds (UDate) into days since 1970-01-01.
static int64_t days_from_millis(UDate millis) {
    int64_t ms = (int64_t)millis;
    int64_t days = ms / millis_per_day;
    if (ms % millis_per_day < 0) days -= 1;
    return days;
}

/// Opens a strict (non-lenient) UTC calendar of `kind`; NULL on failure.
static UCalendar *open_calendar(int32_t kind) {
    static const UChar utc[] = {'U', 'T', 'C', 0};
    const char *locale = kind == ATX_CAL_ISLAMIC_UMALQURA ? "en@calendar=islamic-umalqura"
                       : kind == ATX_CAL_ISLAMIC_CIVIL    ? "en@calendar=islamic-civil"
                                                          : NULL;
    if (locale == NULL) return NULL;
    UErrorCode status = U_ZERO_ERROR;
    UCalendar *cal = ucal_open(utc, -1, locale, UCAL_DEFAULT, &status);
    if (U_FAILURE(status)) {
        if (cal != NULL) ucal_close(cal);
        return NULL;
    }
    ucal_setAttribute(cal, UCAL_LENIENT, 0);
    return cal;
}

/// Days since 1970-01-01 of `year`-`month`-`day` on an open calendar; false when it has no such day.
static bool to_days(UCalendar *cal, int32_t year, int32_t month, int32_t day, int64_t *days) {
    if (month < 1 || month > 12 || day < 1 || day > 30) return false;
    UErrorCode status = U_ZERO_ERROR;
    ucal_clear(cal);
    ucal_set(cal, UCAL_EXTENDED_YEAR, year);
    ucal_set(cal, UCAL_MONTH, UCAL_JANUARY + month - 1);
    ucal_set(cal, UCAL_DATE, day);
    UDate millis = ucal_getMillis(cal, &status);
    if (U_FAILURE(status)) return false;
    *days = days_from_millis(millis);
    return true;
}

bool atx_cal_islamic_to_days(int32_t kind, int32_t year, int32_t month, int32_t day, int64_t *days) {
    UCalendar *cal = open_calendar(kind);
    if (cal == NULL) return false;
    bool ok = to_days(cal, year, month, day, days);
    ucal_close(cal);
    return ok;
}

bool atx_cal_islamic_from_days(int32_t kind, int64_t days, int32_t *year, int32_t *month, int32_t *day) {
    UCalendar *cal = open_calendar(kind);
    if (cal == NULL) return false;
    UErrorCode status = U_ZERO_ERROR;
    ucal_setMillis(cal, (UDate)(days * millis_per_day), &status);
    int32_t y = ucal_get(cal, UCAL_EXTENDED_YEAR, &status);
    int32_t m = ucal_get(cal, UCAL_MONTH, &status);
    int32_t d = ucal_get(cal, UCAL_DATE, &status);
    ucal_close(cal);
    if (U_FAILURE(status)) return false;
    *year = y;
    *month = m - UCAL_JANUARY + 1;
    *day = d;
    return true;
}

int32_t atx_cal_islamic_month_starts(
    int32_t kind, int32_t first_year, int32_t last_year, int64_t *out_days, int32_t capacity) {
    if (last_year < first_year) return -1;
    int64_t needed = ((int64_t)last_year - first_year + 1) * 12 + 1;
    if (needed > capacity) return -1;
    UCalendar *cal = open_calendar(kind);
    if (cal == NULL) return -1;
    int32_t written = 0;
    for (int32_t year = first_year; year <= last_year; year++) {
        for (int32_t month = 1; month <= 12; month++) {
            if (!to_days(cal, year, month, 1, &out_days[written])) {
                ucal_close(cal);
                return -1;
            }
            written++;
        }
    }
    bool ok = to_days(cal, last_year + 1, 1, 1, &out_days[written]);
    ucal_close(cal);
    return ok ? written + 1 : -1;
}
