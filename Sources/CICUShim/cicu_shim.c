#include "cicu_shim.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>

struct bitext_breaker {
  UBreakIterator *iterator;
};

bitext_breaker *bitext_breaker_open(int32_t kind, const char *locale, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  UBreakIteratorType type;
  switch (kind) {
  case BITEXT_BREAK_CHARACTER: type = UBRK_CHARACTER; break;
  case BITEXT_BREAK_WORD: type = UBRK_WORD; break;
  case BITEXT_BREAK_LINE: type = UBRK_LINE; break;
  default: type = UBRK_SENTENCE; break;
  }
  UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &error);
  *status = (int32_t)error;
  if (U_FAILURE(error) || iterator == NULL) {
    if (iterator != NULL) ubrk_close(iterator);
    if (*status <= 0) *status = (int32_t)U_INTERNAL_PROGRAM_ERROR;
    return NULL;
  }
  bitext_breaker *breaker = malloc(sizeof(bitext_breaker));
  if (breaker == NULL) {
    ubrk_close(iterator);
    *status = (int32_t)U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  breaker->iterator = iterator;
  return breaker;
}

void bitext_breaker_close(bitext_breaker *breaker) {
  if (breaker == NULL) return;
  ubrk_close(breaker->iterator);
  free(breaker);
}

void bitext_breaker_set_text(
    bitext_breaker *breaker, const uint16_t *text, int32_t length, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  ubrk_setText(breaker->iterator, (const UChar *)text, length, &error);
  *status = (int32_t)error;
}

int32_t bitext_breaker_next(bitext_breaker *breaker) {
  int32_t next = ubrk_next(breaker->iterator);
  return next == UBRK_DONE ? -1 : next;
}

int32_t bitext_breaker_rule_status(bitext_breaker *breaker) {
  return ubrk_getRuleStatus(breaker->iterator);
}

int32_t bitext_utf8_to_utf16(
    const char *source, int32_t length, uint16_t *destination, int32_t capacity,
    int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  int32_t written = 0;
  u_strFromUTF8((UChar *)destination, capacity, &written, source, length, &error);
  *status = (int32_t)error;
  return written;
}

int32_t bitext_utf16_to_utf8(
    const uint16_t *source, int32_t length, char *destination, int32_t capacity,
    int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  int32_t written = 0;
  u_strToUTF8(destination, capacity, &written, (const UChar *)source, length, &error);
  *status = (int32_t)error;
  return written;
}

static const UNormalizer2 *normalizer_for(int32_t form, UErrorCode *error) {
  switch (form) {
  case BITEXT_NFKC: return unorm2_getNFKCInstance(error);
  case BITEXT_NFKC_CASEFOLD: return unorm2_getNFKCCasefoldInstance(error);
  default: return unorm2_getNFCInstance(error);
  }
}

int32_t bitext_is_normalized(
    int32_t form, const uint16_t *source, int32_t length, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  const UNormalizer2 *normalizer = normalizer_for(form, &error);
  if (U_FAILURE(error)) {
    *status = (int32_t)error;
    return 0;
  }
  UNormalizationCheckResult result =
      unorm2_quickCheck(normalizer, (const UChar *)source, length, &error);
  *status = (int32_t)error;
  return U_SUCCESS(error) && result == UNORM_YES ? 1 : 0;
}

int32_t bitext_normalize(
    int32_t form, const uint16_t *source, int32_t length, uint16_t *destination,
    int32_t capacity, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  const UNormalizer2 *normalizer = normalizer_for(form, &error);
  if (U_FAILURE(error)) {
    *status = (int32_t)error;
    return 0;
  }
  int32_t written = unorm2_normalize(
      normalizer, (const UChar *)source, length, (UChar *)destination, capacity, &error);
  *status = (int32_t)error;
  return written;
}

int32_t bitext_fold_case(
    const uint16_t *source, int32_t length, uint16_t *destination, int32_t capacity,
    int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  int32_t written = u_strFoldCase(
      (UChar *)destination, capacity, (const UChar *)source, length, U_FOLD_CASE_DEFAULT,
      &error);
  *status = (int32_t)error;
  return written;
}

const char *bitext_icu_version(void) {
  static char text[U_MAX_VERSION_STRING_LENGTH];
  UVersionInfo version;
  u_getVersion(version);
  u_versionToString(version, text);
  return text;
}

int32_t bitext_charset_to_utf16(
    const char *charset, const char *source, int32_t length, uint16_t *destination,
    int32_t capacity, int32_t *error_offset, int32_t *status) {
  *error_offset = -1;
  UConverter *converter = ucnv_open(charset, (UErrorCode *)status);
  if (U_FAILURE(*status)) return 0;
  ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, (UErrorCode *)status);
  UChar *target = (UChar *)destination;
  const char *cursor = source;
  ucnv_toUnicode(converter, &target, (UChar *)destination + capacity, &cursor, source + length,
                 NULL, 1, (UErrorCode *)status);
  if (*status == U_ILLEGAL_CHAR_FOUND || *status == U_INVALID_CHAR_FOUND ||
      *status == U_TRUNCATED_CHAR_FOUND) {
    char invalid[32];
    int8_t invalid_length = sizeof invalid;
    UErrorCode ignored = U_ZERO_ERROR;
    ucnv_getInvalidChars(converter, invalid, &invalid_length, &ignored);
    *error_offset = (int32_t)(cursor - source) - (U_SUCCESS(ignored) ? invalid_length : 0);
    if (*error_offset < 0) *error_offset = 0;
  }
  int32_t written = (int32_t)(target - (UChar *)destination);
  ucnv_close(converter);
  return written;
}

const char *bitext_charset_canonical_name(const char *charset) {
  UErrorCode status = U_ZERO_ERROR;
  const char *name = ucnv_getCanonicalName(charset, "", &status);
  if (U_FAILURE(status) || name == NULL || name[0] == 0) {
    status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &status);
    if (U_FAILURE(status)) return NULL;
    name = ucnv_getName(converter, &status);
    ucnv_close(converter);
    if (U_FAILURE(status)) return NULL;
  }
  return name;
}
