#ifndef BITEXT_ZIP_H
#define BITEXT_ZIP_H

/*
 * Bitext's bridge to the system libzip: a zip archive read from memory or from a file, its
 * entries located by name, described and read in chunks. This header is deliberately libzip-free, so that Swift
 * modules importing it can also import Foundation.
 *
 * Nothing is written: archives are opened read-only. Error codes are libzip's (ZIP_ER_*).
 */

#include <stdint.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct bitext_zip bitext_zip;
typedef struct bitext_zip_file bitext_zip_file;

/** An entry of an archive as its central directory describes it. */
typedef struct {
  /** The size once decompressed, and the size of the compressed data, in bytes. */
  uint64_t size;
  uint64_t compressed_size;
  /** The compression method: 0 stored, 8 deflated, others as the zip format numbers them. */
  int compression_method;
  /** 0 when the entry is not encrypted, else libzip's number for the encryption method. */
  int encryption_method;
} bitext_zip_entry;

/** Opens the zip archive in `bytes` (copied: the caller may free them), read-only; with `check`
 *  non-zero, libzip's stricter consistency checks are made. NULL on failure, with the libzip
 *  error code in `*error`. */
bitext_zip *bitext_zip_open(const void *bytes, size_t length, int check, int *error);

/** Opens the zip archive in the file at `path`, read-only and read from the file as needed (a
 *  large archive is not held in memory), with libzip's stricter consistency checks when `check`
 *  is non-zero. NULL on failure, with the libzip error code in `*error` (and the system's errno
 *  in `*system_error` when the file itself could not be opened or read, else 0). */
bitext_zip *bitext_zip_open_path(const char *path, int check, int *error, int *system_error);

/** Closes an archive (NULL is allowed); the files opened in it must be closed first. */
void bitext_zip_close(bitext_zip *archive);

/** The index of the first entry named `name` (UTF-8), or -1 when there is none. */
int64_t bitext_zip_locate(bitext_zip *archive, const char *name);

/** Describes the entry at `index` in `*entry`. Returns 0 or a libzip error code. */
int bitext_zip_stat(bitext_zip *archive, int64_t index, bitext_zip_entry *entry);

/** Opens the entry at `index` for reading its decompressed bytes. NULL on failure, with the
 *  libzip error code in `*error`. */
bitext_zip_file *bitext_zip_open_entry(bitext_zip *archive, int64_t index, int *error);

/** Reads up to `capacity` decompressed bytes into `buffer`: the number read (0 at the end), or
 *  -1 on error (a damaged stream, a checksum mismatch), with the libzip error code in
 *  `*error`. */
int64_t bitext_zip_read(bitext_zip_file *file, void *buffer, uint64_t capacity, int *error);

/** Closes an entry opened for reading (NULL is allowed). */
void bitext_zip_close_entry(bitext_zip_file *file);

/** libzip's text for the error code `code`, written into `buffer` (NUL-terminated, cut at
 *  `size` bytes). */
void bitext_zip_error_text(int code, char *buffer, size_t size);

/** libzip's error codes the caller tells apart. */
enum {
  bitext_zip_error_memory = 14,       /* ZIP_ER_MEMORY */
  bitext_zip_error_checksum = 7,      /* ZIP_ER_CRC */
  bitext_zip_error_encrypted = 24,    /* ZIP_ER_ENCRNOTSUPP */
  bitext_zip_error_compression = 16,  /* ZIP_ER_COMPNOTSUPP */
  bitext_zip_error_password = 26,     /* ZIP_ER_NOPASSWD */
};

#ifdef __cplusplus
}
#endif

#endif
