#include "bitext_zip.h"

#include <stdlib.h>
#include <string.h>
#include <zip.h>

_Static_assert(bitext_zip_error_memory == ZIP_ER_MEMORY, "ZIP_ER_MEMORY");
_Static_assert(bitext_zip_error_checksum == ZIP_ER_CRC, "ZIP_ER_CRC");
_Static_assert(bitext_zip_error_encrypted == ZIP_ER_ENCRNOTSUPP, "ZIP_ER_ENCRNOTSUPP");
_Static_assert(bitext_zip_error_compression == ZIP_ER_COMPNOTSUPP, "ZIP_ER_COMPNOTSUPP");
_Static_assert(bitext_zip_error_password == ZIP_ER_NOPASSWD, "ZIP_ER_NOPASSWD");

struct bitext_zip {
  zip_t *archive;
};

struct bitext_zip_file {
  zip_file_t *file;
};

bitext_zip *bitext_zip_open(const void *bytes, size_t length, int check, int *error) {
  zip_error_t failure;
  zip_error_init(&failure);
  bitext_zip *result = malloc(sizeof *result);
  /* A copy the source owns and frees, so the archive outlives the caller's buffer. */
  void *copy = malloc(length > 0 ? length : 1);
  if (result == NULL || copy == NULL) {
    free(result);
    free(copy);
    *error = ZIP_ER_MEMORY;
    return NULL;
  }
  if (length > 0) memcpy(copy, bytes, length);
  zip_source_t *source = zip_source_buffer_create(copy, length, 1, &failure);
  if (source == NULL) {
    free(copy);
    free(result);
    *error = zip_error_code_zip(&failure);
    zip_error_fini(&failure);
    return NULL;
  }
  int flags = ZIP_RDONLY | (check ? ZIP_CHECKCONS : 0);
  result->archive = zip_open_from_source(source, flags, &failure);
  if (result->archive == NULL) {
    zip_source_free(source); /* frees the copy */
    free(result);
    *error = zip_error_code_zip(&failure);
    zip_error_fini(&failure);
    return NULL;
  }
  zip_error_fini(&failure);
  *error = 0;
  return result;
}

bitext_zip *bitext_zip_open_path(const char *path, int check, int *error, int *system_error) {
  zip_error_t failure;
  zip_error_init(&failure);
  *system_error = 0;
  bitext_zip *result = malloc(sizeof *result);
  if (result == NULL) {
    *error = ZIP_ER_MEMORY;
    return NULL;
  }
  /* The whole file (length -1); read through a source so that the system's errno is kept. */
  zip_source_t *source = zip_source_file_create(path, 0, -1, &failure);
  result->archive = NULL;
  if (source != NULL) {
    result->archive = zip_open_from_source(source, ZIP_RDONLY | (check ? ZIP_CHECKCONS : 0),
                                           &failure);
    if (result->archive == NULL) zip_source_free(source);
  }
  if (result->archive == NULL) {
    *error = zip_error_code_zip(&failure);
    if (zip_error_system_type(&failure) == ZIP_ET_SYS) {
      *system_error = zip_error_code_system(&failure);
    }
    zip_error_fini(&failure);
    free(result);
    return NULL;
  }
  zip_error_fini(&failure);
  *error = 0;
  return result;
}

void bitext_zip_close(bitext_zip *archive) {
  if (archive == NULL) return;
  zip_discard(archive->archive); /* read-only: nothing to write back */
  free(archive);
}

int64_t bitext_zip_locate(bitext_zip *archive, const char *name) {
  return zip_name_locate(archive->archive, name, 0);
}

int bitext_zip_stat(bitext_zip *archive, int64_t index, bitext_zip_entry *entry) {
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (index < 0 || zip_stat_index(archive->archive, (zip_uint64_t)index, 0, &stat) != 0) {
    int code = zip_error_code_zip(zip_get_error(archive->archive));
    zip_error_clear(archive->archive);
    return code != 0 ? code : ZIP_ER_INVAL;
  }
  zip_uint64_t needed = ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD |
                        ZIP_STAT_ENCRYPTION_METHOD;
  if ((stat.valid & needed) != needed) return ZIP_ER_INCONS;
  entry->size = stat.size;
  entry->compressed_size = stat.comp_size;
  entry->compression_method = stat.comp_method;
  entry->encryption_method = stat.encryption_method;
  return 0;
}

bitext_zip_file *bitext_zip_open_entry(bitext_zip *archive, int64_t index, int *error) {
  bitext_zip_file *result = malloc(sizeof *result);
  if (result == NULL) {
    *error = ZIP_ER_MEMORY;
    return NULL;
  }
  result->file = index >= 0 ? zip_fopen_index(archive->archive, (zip_uint64_t)index, 0) : NULL;
  if (result->file == NULL) {
    int code = zip_error_code_zip(zip_get_error(archive->archive));
    zip_error_clear(archive->archive);
    free(result);
    *error = code != 0 ? code : ZIP_ER_INVAL;
    return NULL;
  }
  *error = 0;
  return result;
}

int64_t bitext_zip_read(bitext_zip_file *file, void *buffer, uint64_t capacity, int *error) {
  zip_int64_t count = zip_fread(file->file, buffer, capacity);
  if (count < 0) {
    int code = zip_error_code_zip(zip_file_get_error(file->file));
    *error = code != 0 ? code : ZIP_ER_READ;
    return -1;
  }
  *error = 0;
  return count;
}

void bitext_zip_close_entry(bitext_zip_file *file) {
  if (file == NULL) return;
  zip_fclose(file->file);
  free(file);
}

void bitext_zip_error_text(int code, char *buffer, size_t size) {
  if (size == 0) return;
  zip_error_t failure;
  zip_error_init_with_code(&failure, code);
  const char *text = zip_error_strerror(&failure);
  strncpy(buffer, text != NULL ? text : "", size - 1);
  buffer[size - 1] = '\0';
  zip_error_fini(&failure);
}
