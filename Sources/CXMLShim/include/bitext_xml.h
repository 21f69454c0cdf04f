#ifndef BITEXT_XML_H
#define BITEXT_XML_H

/*
 * Bitext's bridge to the system libxml2: a streaming (push) XML parser that reports elements
 * and text through callbacks. This header is deliberately libxml2-free, so that Swift modules
 * importing it can also import Foundation.
 *
 * Safety: no DTD or external entity is ever loaded (no network, no file), entities other than
 * XML's five predefined ones are never expanded (a reference to one is an error), processing
 * instructions and comments are ignored, and libxml2's limits on the size of names, attribute
 * values and markup stay in force. The input is read as UTF-8 whatever the document declares.
 */

#ifdef __cplusplus
extern "C" {
#endif

/** What the parser reports. Names and text are UTF-8; `attributes` is a NULL-terminated list of
 *  name, value pairs (NULL itself when the element has none). */
typedef struct {
  void *context;
  void (*start_element)(void *context, const char *name, const char **attributes);
  void (*end_element)(void *context, const char *name);
  /** Text and CDATA content, in pieces. */
  void (*characters)(void *context, const char *text, int length);
} bitext_xml_callbacks;

typedef struct bitext_xml_parser bitext_xml_parser;

/** A new parser; `name` names the document in libxml2's own messages. NULL when out of memory. */
bitext_xml_parser *bitext_xml_create(const bitext_xml_callbacks *callbacks, const char *name);

/** A new HTML parser (libxml2's HTML push parser) reporting to the same callbacks: element
 *  names in lower case, no attributes (`attributes` is always NULL), text with entities and
 *  character references decoded; comments and processing instructions are never reported, and
 *  nothing is loaded from the network or disk. Implied `html`, `head`, `body` and `p` elements
 *  are reported as if written. The bytes are UTF-8 whatever a `<meta charset>` or an XML
 *  declaration says. HTML's errors are recovered from; only running out of memory stops it.
 *  Feed, stop and free it with the functions below. NULL when out of memory. */
bitext_xml_parser *bitext_html_create(const bitext_xml_callbacks *callbacks, const char *name);

/** Parses the next bytes (`last` non-zero for the final call, which may hold no bytes).
 *  Returns 0, or the libxml2 error code of the first error, after which parsing has stopped. */
int bitext_xml_feed(bitext_xml_parser *parser, const char *bytes, int length, int last);

/** Stops parsing from inside a callback: no callback follows. */
void bitext_xml_stop(bitext_xml_parser *parser);

/** The line (1-based) and column the parser is at. */
int bitext_xml_line(const bitext_xml_parser *parser);
int bitext_xml_column(const bitext_xml_parser *parser);

/** The first error: its libxml2 code (0 for none), line and column, and libxml2's message
 *  (without the trailing newline; "" for none). */
int bitext_xml_error_code(const bitext_xml_parser *parser);
int bitext_xml_error_line(const bitext_xml_parser *parser);
int bitext_xml_error_column(const bitext_xml_parser *parser);
const char *bitext_xml_error_message(const bitext_xml_parser *parser);

void bitext_xml_free(bitext_xml_parser *parser);

#ifdef __cplusplus
}
#endif

#endif
