// Normalisation and error helpers of the CArabicICU shim (see include/CArabicICUNormalization.h).

#include "CArabicICUNormalization.h"

#include <unicode/unorm2.h>
#include <unicode/utypes.h>

_Static_assert(ATX_U_ZERO_ERROR == U_ZERO_ERROR, "U_ZERO_ERROR mirror");
_Static_assert(ATX_U_ILLEGAL_ARGUMENT_ERROR == U_ILLEGAL_ARGUMENT_ERROR, "U_ILLEGAL_ARGUMENT_ERROR mirror");
_Static_assert(ATX_U_MEMORY_ALLOCATION_ERROR == U_MEMORY_ALLOCATION_ERROR, "U_MEMORY_ALLOCATION_ERROR mirror");
_Static_assert(ATX_U_INDEX_OUTOFBOUNDS_ERROR == U_INDEX_OUTOFBOUNDS_ERROR, "U_INDEX_OUTOFBOUNDS_ERROR mirror");
_Static_assert(ATX_U_BUFFER_OVERFLOW_ERROR == U_BUFFER_OVERFLOW_ERROR, "U_BUFFER_OVERFLOW_ERROR mirror");
_Static_assert(ATX_U_STRING_NOT_TERMINATED_WARNING == U_STRING_NOT_TERMINATED_WARNING,
               "U_STRING_NOT_TERMINATED_WARNING mirror");
_Static_assert(sizeof(UErrorCode) == sizeof(int32_t), "UErrorCode is carried as int32_t");
_Static_assert(sizeof(UChar) == sizeof(uint16_t), "UChar is carried as uint16_t");
_Static_assert(ATX_COMPAT_BITSET_WORDS * 64 == 0x20000, "bitsets cover U+0000..U+1FFFF");

bool atx_failure(int32_t status) {
    return U_FAILURE((UErrorCode)status);
}

const char *atx_error_name(int32_t status) {
    return u_errorName((UErrorCode)status);
}

int32_t atx_nfkc_normalize(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity,
                           int32_t *status) {
    UErrorCode code = (UErrorCode)*status;
    // The instance is an immutable process-wide singleton owned by ICU: never closed.
    const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&code);
    int32_t result = 0;
    if (U_SUCCESS(code)) {
        result = unorm2_normalize(nfkc, (const UChar *)src, length, (UChar *)dest, capacity, &code);
    }
    *status = (int32_t)code;
    return result;
}

void atx_fill_compatibility_bitsets(uint64_t *needs_compat, uint64_t *no_boundary_before,
                                    int32_t word_count, int32_t *status) {
    UErrorCode code = (UErrorCode)*status;
    if (U_FAILURE(code)) { return; }
    if (word_count != ATX_COMPAT_BITSET_WORDS) {
        *status = (int32_t)U_ILLEGAL_ARGUMENT_ERROR;
        return;
    }
    const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&code);
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&code);
    if (U_FAILURE(code)) {
        *status = (int32_t)code;
        return;
    }
    UChar kd[32];
    UChar d[32];
    for (UChar32 c = 0; c < word_count * 64; c++) {
        if (c >= 0xD800 && c <= 0xDFFF) { continue; }
        uint64_t bit = (uint64_t)1 << (c & 63);
        if (!unorm2_hasBoundaryBefore(nfkc, c)) {
            no_boundary_before[c >> 6] |= bit;
        }
        UErrorCode e1 = U_ZERO_ERROR;
        UErrorCode e2 = U_ZERO_ERROR;
        // Full decompositions: NFKD from the NFKC data, NFD from the NFC data; -1 = none.
        int32_t kdLength = unorm2_getDecomposition(nfkc, c, kd, 32, &e1);
        if (kdLength < 0 || U_FAILURE(e1)) { continue; }
        int32_t dLength = unorm2_getDecomposition(nfc, c, d, 32, &e2);
        if (U_FAILURE(e2)) { dLength = -1; }
        bool same = (dLength == kdLength);
        for (int32_t k = 0; same && k < kdLength; k++) {
            if (kd[k] != d[k]) { same = false; }
        }
        if (!same) {
            needs_compat[c >> 6] |= bit;
        }
    }
    *status = (int32_t)code;
}
