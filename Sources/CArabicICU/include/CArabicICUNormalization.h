// CArabicICU: a small C shim over the system ICU (libicu-dev) — normalisation,
// transliteration and error names. (The header is deliberately NOT named CArabicICU.h:
// SwiftPM would take a header named after the target as the module's umbrella header and
// hide the target's other headers, such as CArabicICUCalendar.h; without it the whole
// include/ directory is the umbrella.)
//
// This public header includes nothing but <stdint.h> and <stdbool.h>, so Swift never sees
// ICU's version-renamed symbols (u_strlen_72, ...) nor ICU's types, and Swift modules that
// also import Foundation (whose bundled ICU defines the same type names) still compile.
// Status codes are ICU's UErrorCode values carried as int32_t; the constants below mirror
// ICU's and normalization.c checks them with _Static_assert.

#ifndef CARABICICU_NORMALIZATION_H
#define CARABICICU_NORMALIZATION_H

#include <stdbool.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

// MARK: - Status codes (mirror ICU's UErrorCode)

/// U_ZERO_ERROR: no error, no warning.
#define ATX_U_ZERO_ERROR ((int32_t)0)
/// U_ILLEGAL_ARGUMENT_ERROR.
#define ATX_U_ILLEGAL_ARGUMENT_ERROR ((int32_t)1)
/// U_MEMORY_ALLOCATION_ERROR.
#define ATX_U_MEMORY_ALLOCATION_ERROR ((int32_t)7)
/// U_INDEX_OUTOFBOUNDS_ERROR.
#define ATX_U_INDEX_OUTOFBOUNDS_ERROR ((int32_t)8)
/// U_BUFFER_OVERFLOW_ERROR: the destination was too small; the return value is the needed length.
#define ATX_U_BUFFER_OVERFLOW_ERROR ((int32_t)15)
/// U_STRING_NOT_TERMINATED_WARNING: the output filled the buffer exactly (no NUL); not a failure.
#define ATX_U_STRING_NOT_TERMINATED_WARNING ((int32_t)-124)

/// Whether `status` is a failure (ICU's U_FAILURE: status > U_ZERO_ERROR).
bool atx_failure(int32_t status);

/// ICU's symbolic name of a status code (u_errorName), e.g. "U_BUFFER_OVERFLOW_ERROR".
/// The string is static; never free it.
const char *_Nonnull atx_error_name(int32_t status);

// MARK: - Normalisation (unorm2)

/// NFKC-normalises UTF-16 text (unorm2_getNFKCInstance + unorm2_normalize).
///
/// Returns the length of the result in UTF-16 code units. If it exceeds `capacity`, sets
/// `*status` to ATX_U_BUFFER_OVERFLOW_ERROR and returns the needed length (pre-flighting).
/// `src` and `dest` must not overlap.
int32_t atx_nfkc_normalize(const uint16_t *_Nullable src, int32_t length,
                           uint16_t *_Nullable dest, int32_t capacity,
                           int32_t *_Nonnull status);

/// Number of 64-bit words needed by atx_fill_compatibility_bitsets to cover
/// U+0000..U+1FFFF (the BMP and plane 1, where every compatibility mapping lives).
#define ATX_COMPAT_BITSET_WORDS ((int32_t)2048)

/// Fills two bitsets indexed by code point (bit c%64 of word c/64), for U+0000..U+1FFFF:
/// - `needs_compat`: the code point's NFKD differs from its NFD (it has a compatibility
///   mapping: presentation forms, ligatures, fullwidth, superscripts, ...), asked of ICU with
///   unorm2_getDecomposition on the NFKC and the NFC instances;
/// - `no_boundary_before`: NFKC may combine the code point with what precedes it
///   (!unorm2_hasBoundaryBefore on the NFKC instance: combining marks, conjoining jamo, ...).
/// `word_count` must be ATX_COMPAT_BITSET_WORDS; the words must be zeroed by the caller.
void atx_fill_compatibility_bitsets(uint64_t *_Nonnull needs_compat,
                                    uint64_t *_Nonnull no_boundary_before,
                                    int32_t word_count, int32_t *_Nonnull status);

// MARK: - Transliteration (utrans)

/// An opaque ICU transliterator (UTransliterator). Stateful: use one per task.
typedef struct atx_transliterator atx_transliterator;

/// Opens a transliterator from ICU rule source (utrans_openU with UTRANS_FORWARD).
///
/// `id` names it (any string). On a rule syntax error returns NULL, sets `*status`, and
/// stores the 1-based line and the offset within it in `*error_line` / `*error_offset`.
atx_transliterator *_Nullable atx_transliterator_open_rules(
    const uint16_t *_Nonnull id, int32_t id_length,
    const uint16_t *_Nonnull rules, int32_t rules_length,
    int32_t *_Nonnull error_line, int32_t *_Nonnull error_offset,
    int32_t *_Nonnull status);

/// Closes a transliterator (utrans_close). NULL is ignored.
void atx_transliterator_close(atx_transliterator *_Nullable transliterator);

/// Transliterates `text` in place (utrans_transUChars).
///
/// `*length` is the input length on entry and the output length on return. If the output
/// would exceed `capacity`, sets `*status` to ATX_U_BUFFER_OVERFLOW_ERROR and `*length` to
/// the needed length (retry with a bigger buffer holding the ORIGINAL input).
void atx_transliterator_transliterate(atx_transliterator *_Nonnull transliterator,
                                      uint16_t *_Nonnull text, int32_t *_Nonnull length,
                                      int32_t capacity, int32_t *_Nonnull status);

#ifdef __cplusplus
}
#endif

#endif // CARABICICU_NORMALIZATION_H
