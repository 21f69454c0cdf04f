#include "text_scan.h"

/* Each test gives 0 or 1 in 16 bits, so that a block's tests run in 16-bit vector lanes. */

static inline uint16_t is_sentence_mark(uint16_t u) {
  return (uint16_t)((u == 0x0A) | (u == 0x21) | (u == 0x2E) | (u == 0x3F) |
                    ((uint16_t)(u - 0x2022) < 8) | ((uint16_t)(u - 0x203C) < 14) |
                    ((uint16_t)(u - 0x2200) < 0x600));
}

static inline uint16_t is_non_plain(uint16_t u) {
  return (uint16_t)!(((uint16_t)(u - 0x20) < 0x569) | ((uint16_t)(u - 0x2010) < 0x18) |
                     (u == 0x202F));
}

int64_t bitext_first_sentence_mark(const uint16_t *units, int64_t count, int64_t start) {
  int64_t i = start < 0 ? 0 : start;
  for (; i + 32 <= count; i += 32) {
    uint16_t hit = 0;
    for (int k = 0; k < 32; k++) hit |= is_sentence_mark(units[i + k]);
    if (hit) break;
  }
  for (; i < count; i++) {
    if (is_sentence_mark(units[i])) return i;
  }
  return count;
}

int64_t bitext_first_non_plain(const uint16_t *units, int64_t count, int64_t start) {
  int64_t i = start < 0 ? 0 : start;
  for (; i + 32 <= count; i += 32) {
    uint16_t hit = 0;
    for (int k = 0; k < 32; k++) hit |= is_non_plain(units[i + k]);
    if (hit) break;
  }
  for (; i < count; i++) {
    if (is_non_plain(units[i])) return i;
  }
  return count;
}
