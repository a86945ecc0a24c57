// Transliteration helpers of the CArabicICU shim (see include/CArabicICUNormalization.h).

#include "CArabicICUNormalization.h"

#include <unicode/parseerr.h>
#include <unicode/utrans.h>
#include <unicode/utypes.h>

atx_transliterator *atx_transliterator_open_rules(const uint16_t *id, int32_t id_length,
                                                  const uint16_t *rules, int32_t rules_length,
                                                  int32_t *error_line, int32_t *error_offset,
                                                  int32_t *status) {
    UErrorCode code = (UErrorCode)*status;
    UParseError parse_error;
    parse_error.line = 0;
    parse_error.offset = 0;
    UTransliterator *t = utrans_openU((const UChar *)id, id_length, UTRANS_FORWARD,
                                      (const UChar *)rules, rules_length, &parse_error, &code);
    *error_line = parse_error.line;
    *error_offset = parse_error.offset;
    *status = (int32_t)code;
    if (U_FAILURE(code)) {
        if (t != NULL) { utrans_close(t); }
        return NULL;
    }
    return (atx_transliterator *)t;
}

void atx_transliterator_close(atx_transliterator *transliterator) {
    if (transliterator != NULL) {
        utrans_close((UTransliterator *)transliterator);
    }
}

void atx_transliterator_transliterate(atx_transliterator *transliterator, uint16_t *text,
                                      int32_t *length, int32_t capacity, int32_t *status) {
    UErrorCode code = (UErrorCode)*status;
    int32_t limit = *length;
    utrans_transUChars((const UTransliterator *)transliterator, (UChar *)text, length, capacity,
                       0, &limit, &code);
    *status = (int32_t)code;
}
