#ifndef BITEXT_CICU_SHIM_H
#define BITEXT_CICU_SHIM_H

/*
 * Bitext's bridge to the system ICU. This header is deliberately ICU-free (only
 * <stdint.h>): Swift modules that import it can also import Foundation, whose own
 * private ICU would otherwise clash with the system ICU's declarations.
 *
 * Conventions: status codes are ICU's UErrorCode values as int32_t; a value > 0 is a
 * failure. Functions that fill a buffer return the length needed, in code units; when
 * that exceeds the capacity, nothing useful was written and status is set to
 * BITEXT_BUFFER_OVERFLOW, so the caller grows the buffer and calls again.
 */

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** ICU's U_BUFFER_OVERFLOW_ERROR. */
#define BITEXT_BUFFER_OVERFLOW 15

/** Kinds of text boundaries an iterator finds. */
typedef enum {
  BITEXT_BREAK_CHARACTER = 0,
  BITEXT_BREAK_WORD = 1,
  BITEXT_BREAK_LINE = 2,
  BITEXT_BREAK_SENTENCE = 3
} bitext_break_kind;

/** An opaque ICU break iterator. */
typedef struct bitext_breaker bitext_breaker;

/** Opens a break iterator of `kind` for `locale` (e.g. "fr@ss=standard"). NULL on failure. */
bitext_breaker *bitext_breaker_open(int32_t kind, const char *locale, int32_t *status);

/** Closes an iterator opened with bitext_breaker_open. Accepts NULL. */
void bitext_breaker_close(bitext_breaker *breaker);

/** Points the iterator at `length` UTF-16 code units; the buffer must outlive the iteration. */
void bitext_breaker_set_text(
    bitext_breaker *breaker, const uint16_t *text, int32_t length, int32_t *status);

/** The next boundary as a UTF-16 offset, or -1 when the text is exhausted. */
int32_t bitext_breaker_next(bitext_breaker *breaker);

/** The rule status of the boundary last returned (word kinds: 0 none, 100 number, 200 letter...). */
int32_t bitext_breaker_rule_status(bitext_breaker *breaker);

/** Converts UTF-8 to UTF-16. Returns the UTF-16 length; invalid input sets status > 0. */
int32_t bitext_utf8_to_utf16(
    const char *source, int32_t length, uint16_t *destination, int32_t capacity,
    int32_t *status);

/** Converts UTF-16 to UTF-8. Returns the UTF-8 length. */
int32_t bitext_utf16_to_utf8(
    const uint16_t *source, int32_t length, char *destination, int32_t capacity,
    int32_t *status);

/** Normalization forms. */
typedef enum { BITEXT_NFC = 0, BITEXT_NFKC = 1, BITEXT_NFKC_CASEFOLD = 2 } bitext_norm_form;

/** Returns 1 when the text is already in `form` (quick check said yes), 0 otherwise. */
int32_t bitext_is_normalized(
    int32_t form, const uint16_t *source, int32_t length, int32_t *status);

/** Normalizes UTF-16 text to `form`. Returns the length of the result. */
int32_t bitext_normalize(
    int32_t form, const uint16_t *source, int32_t length, uint16_t *destination,
    int32_t capacity, int32_t *status);

/** Full Unicode case folding (default options). Returns the length of the result. */
int32_t bitext_fold_case(
    const uint16_t *source, int32_t length, uint16_t *destination, int32_t capacity,
    int32_t *status);

/** Converts bytes in the encoding ICU calls `charset` (windows-1252, ISO-8859-15, UTF-16LE…)
 *  to UTF-16, stopping at the first byte sequence that is invalid or unmapped in it. Returns
 *  the UTF-16 length. On such a sequence, status is U_ILLEGAL_CHAR_FOUND (or another ICU error)
 *  and *error_offset the byte offset where it starts; an unknown name gives
 *  U_FILE_ACCESS_ERROR. A destination too small gives U_BUFFER_OVERFLOW_ERROR. */
int32_t bitext_charset_to_utf16(
    const char *charset, const char *source, int32_t length, uint16_t *destination,
    int32_t capacity, int32_t *error_offset, int32_t *status);

/** ICU's canonical name of an encoding (NULL for a name ICU does not know). */
const char *bitext_charset_canonical_name(const char *charset);

/** The ICU version string, e.g. "72.1". */
const char *bitext_icu_version(void);

#ifdef __cplusplus
}
#endif

#endif
