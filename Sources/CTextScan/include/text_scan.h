#ifndef BITEXT_TEXT_SCAN_H
#define BITEXT_TEXT_SCAN_H

/*
 * Scans over UTF-16 text for the segmenter's hot loops, in C so that the compiler
 * vectorizes them: each tests blocks of 32 code units at once and returns the offset of the
 * first unit of interest. No ICU involved.
 */

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** The first offset from `start` on whose unit may be a line break, terminal punctuation or a
 *  list bullet: U+000A ! . ?, U+2022...U+2029, U+203C...U+2049, U+2200...U+27FF. `count`
 *  when there is none. */
int64_t bitext_first_sentence_mark(const uint16_t *units, int64_t count, int64_t start);

/** The first offset from `start` on whose unit is outside U+0020...U+0588,
 *  U+2010...U+2027 and U+202F. `count` when there is none. */
int64_t bitext_first_non_plain(const uint16_t *units, int64_t count, int64_t start);

#ifdef __cplusplus
}
#endif

#endif
