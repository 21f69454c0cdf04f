#include "bitext_xml.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#include <stdlib.h>
#include <string.h>

struct bitext_xml_parser {
  xmlParserCtxtPtr context;
  int html; /* an HTML parser: only a fatal error (out of memory) stops it */
  bitext_xml_callbacks callbacks;
  int stopped;
  int error_code;
  int error_line;
  int error_column;
  char error_message[512];
};

/* "prefix:local" (or "local") in a new string; NULL when out of memory. */
static char *qualified(const xmlChar *prefix, const xmlChar *local, int local_length) {
  size_t prefix_length = prefix != NULL ? strlen((const char *)prefix) : 0;
  size_t total = (prefix != NULL ? prefix_length + 1 : 0) + (size_t)local_length + 1;
  char *name = malloc(total);
  if (name == NULL) return NULL;
  size_t at = 0;
  if (prefix != NULL) {
    memcpy(name, prefix, prefix_length);
    name[prefix_length] = ':';
    at = prefix_length + 1;
  }
  memcpy(name + at, local, (size_t)local_length);
  name[at + (size_t)local_length] = 0;
  return name;
}

/* An attribute value in a new string. Without entity substitution libxml2 keeps each '&' of a
 * value as "&#38;" (every other reference is decoded), so each "&#38;" becomes '&' again. */
static char *attribute_value(const xmlChar *start, const xmlChar *end) {
  size_t length = (size_t)(end - start);
  char *value = malloc(length + 1);
  if (value == NULL) return NULL;
  size_t at = 0;
  for (size_t i = 0; i < length; i++) {
    if (start[i] == '&' && i + 4 < length && memcmp(start + i, "&#38;", 5) == 0) {
      value[at++] = '&';
      i += 4;
    } else {
      value[at++] = (char)start[i];
    }
  }
  value[at] = 0;
  return value;
}

static void on_start(void *user, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri,
                     int namespace_count, const xmlChar **namespaces, int attribute_count,
                     int defaulted_count, const xmlChar **attributes) {
  (void)uri;
  (void)namespace_count;
  (void)namespaces;
  (void)defaulted_count;
  xmlParserCtxtPtr context = user;
  bitext_xml_parser *parser = context->_private;
  if (parser->stopped || parser->callbacks.start_element == NULL) return;
  char *name = qualified(prefix, local, (int)strlen((const char *)local));
  /* name, value pairs and the final NULL */
  const char **pairs = calloc((size_t)attribute_count * 2 + 1, sizeof *pairs);
  int ok = name != NULL && pairs != NULL;
  for (int i = 0; ok && i < attribute_count; i++) {
    const xmlChar **attribute = attributes + 5 * i; /* local, prefix, URI, value, value end */
    char *key = qualified(attribute[1], attribute[0], (int)strlen((const char *)attribute[0]));
    char *value = attribute_value(attribute[3], attribute[4]);
    pairs[2 * i] = key;
    pairs[2 * i + 1] = value;
    ok = key != NULL && value != NULL;
  }
  if (ok) {
    parser->callbacks.start_element(parser->callbacks.context, name,
                                    attribute_count > 0 ? pairs : NULL);
  } else {
    bitext_xml_stop(parser);
    parser->error_code = XML_ERR_NO_MEMORY;
  }
  for (int i = 0; pairs != NULL && i < attribute_count * 2; i++) free((void *)pairs[i]);
  free(pairs);
  free(name);
}

static void on_end(void *user, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri) {
  (void)uri;
  xmlParserCtxtPtr context = user;
  bitext_xml_parser *parser = context->_private;
  if (parser->stopped || parser->callbacks.end_element == NULL) return;
  char *name = qualified(prefix, local, (int)strlen((const char *)local));
  if (name == NULL) return;
  parser->callbacks.end_element(parser->callbacks.context, name);
  free(name);
}

static void on_characters(void *user, const xmlChar *text, int length) {
  xmlParserCtxtPtr context = user;
  bitext_xml_parser *parser = context->_private;
  if (parser->stopped || parser->callbacks.characters == NULL || text == NULL) return;
  parser->callbacks.characters(parser->callbacks.context, (const char *)text, length);
}

/* Keeps the first fatal error (a well-formedness error) and stops; warnings and recoverable
 * errors, such as an undeclared namespace prefix, are ignored. Never prints. */
static void on_error(void *user, xmlErrorPtr error) {
  xmlParserCtxtPtr context = user;
  if (context == NULL || error == NULL) return;
  bitext_xml_parser *parser = context->_private;
  if (parser == NULL || parser->error_code != 0) return;
  /* HTML's errors are all recovered from, as browsers do; only running out of memory stops. */
  if (parser->html && error->level != XML_ERR_FATAL) return;
  /* A reference to an entity that is not one of the five predefined ones is never expanded:
   * libxml2 only warns when a DTD might declare it, and the reference would vanish. */
  int entity = error->code >= XML_ERR_UNDECLARED_ENTITY && error->code <= XML_ERR_ENTITY_IS_PARAMETER;
  if (error->level != XML_ERR_FATAL && !entity) return;
  parser->error_code = error->code == 0 ? 1 : error->code;
  parser->error_line = error->line;
  parser->error_column = error->int2;
  const char *message = error->message != NULL ? error->message : "";
  strncpy(parser->error_message, message, sizeof parser->error_message - 1);
  parser->error_message[sizeof parser->error_message - 1] = 0;
  size_t length = strlen(parser->error_message);
  while (length > 0 && (parser->error_message[length - 1] == '\n' ||
                        parser->error_message[length - 1] == ' ')) {
    parser->error_message[--length] = 0;
  }
  parser->stopped = 1;
  xmlStopParser(context);
}

bitext_xml_parser *bitext_xml_create(const bitext_xml_callbacks *callbacks, const char *name) {
  bitext_xml_parser *parser = calloc(1, sizeof *parser);
  if (parser == NULL) return NULL;
  parser->callbacks = *callbacks;
  xmlSAXHandler sax;
  memset(&sax, 0, sizeof sax);
  /* SAX2 callbacks; names are reported as written ("xml:lang"). No entity, DTD, processing
   * instruction or comment handler: none of these is loaded or reported. */
  sax.initialized = XML_SAX2_MAGIC;
  sax.startElementNs = on_start;
  sax.endElementNs = on_end;
  sax.characters = on_characters;
  sax.cdataBlock = on_characters;
  sax.serror = on_error;
  parser->context = xmlCreatePushParserCtxt(&sax, NULL, NULL, 0, name);
  if (parser->context == NULL) {
    free(parser);
    return NULL;
  }
  parser->context->_private = parser;
  /* Without a document, libxml2 records the entities of an internal DTD subset in a document of
   * its own ("SAX compatibility mode") and expands their references. An empty document of ours
   * keeps it from doing so: no entity is ever declared, every reference but the five
   * predefined ones is undeclared, an error. */
  parser->context->myDoc = xmlNewDoc((const xmlChar *)"1.0");
  if (parser->context->myDoc == NULL) {
    xmlFreeParserCtxt(parser->context);
    free(parser);
    return NULL;
  }
  xmlCtxtUseOptions(parser->context, XML_PARSE_NONET | XML_PARSE_IGNORE_ENC | XML_PARSE_NOWARNING);
  xmlSwitchEncoding(parser->context, XML_CHAR_ENCODING_UTF8);
  return parser;
}

/* HTML callbacks: element names as the parser gives them (lower case), no attributes. */
static void on_html_start(void *user, const xmlChar *name, const xmlChar **attributes) {
  (void)attributes;
  xmlParserCtxtPtr context = user;
  bitext_xml_parser *parser = context->_private;
  if (parser->stopped || parser->callbacks.start_element == NULL || name == NULL) return;
  parser->callbacks.start_element(parser->callbacks.context, (const char *)name, NULL);
}

static void on_html_end(void *user, const xmlChar *name) {
  xmlParserCtxtPtr context = user;
  bitext_xml_parser *parser = context->_private;
  if (parser->stopped || parser->callbacks.end_element == NULL || name == NULL) return;
  parser->callbacks.end_element(parser->callbacks.context, (const char *)name);
}

bitext_xml_parser *bitext_html_create(const bitext_xml_callbacks *callbacks, const char *name) {
  bitext_xml_parser *parser = calloc(1, sizeof *parser);
  if (parser == NULL) return NULL;
  parser->callbacks = *callbacks;
  parser->html = 1;
  htmlSAXHandler sax;
  memset(&sax, 0, sizeof sax);
  /* The HTML parser's SAX1 callbacks. Blank text between elements is text too (the reader
   * decides what white space means); script and style content comes as CDATA. No comment,
   * processing instruction, entity or DTD handler: none is reported or loaded. The magic
   * makes libxml2 report errors through `serror` (never printed) rather than to stderr. */
  sax.initialized = XML_SAX2_MAGIC;
  sax.startElement = on_html_start;
  sax.endElement = on_html_end;
  sax.characters = on_characters;
  sax.ignorableWhitespace = on_characters;
  sax.cdataBlock = on_characters;
  sax.serror = on_error;
  /* No first bytes here: the options below must be in force before the first chunk. */
  parser->context = htmlCreatePushParserCtxt(&sax, NULL, NULL, 0, name, XML_CHAR_ENCODING_UTF8);
  if (parser->context == NULL) {
    free(parser);
    return NULL;
  }
  parser->context->_private = parser;
  /* UTF-8 whatever a <meta charset> or an XML declaration says: the bytes are decoded already. */
  int options = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                HTML_PARSE_IGNORE_ENC | HTML_PARSE_NODEFDTD;
  htmlCtxtUseOptions(parser->context, options);
  return parser;
}

int bitext_xml_feed(bitext_xml_parser *parser, const char *bytes, int length, int last) {
  if (parser->error_code != 0) return parser->error_code;
  if (parser->stopped) return 0;
  if (parser->html) {
    htmlParseChunk(parser->context, bytes, length, last);
    return parser->error_code;
  }
  int result = xmlParseChunk(parser->context, bytes, length, last);
  if (parser->error_code == 0 && result != 0 && !parser->stopped &&
      !parser->context->wellFormed) {
    parser->error_code = result;
    parser->error_line = xmlSAX2GetLineNumber(parser->context);
    parser->error_column = xmlSAX2GetColumnNumber(parser->context);
  }
  return parser->error_code;
}

void bitext_xml_stop(bitext_xml_parser *parser) {
  parser->stopped = 1;
  xmlStopParser(parser->context);
}

int bitext_xml_line(const bitext_xml_parser *parser) {
  return xmlSAX2GetLineNumber(parser->context);
}

int bitext_xml_column(const bitext_xml_parser *parser) {
  return xmlSAX2GetColumnNumber(parser->context);
}

int bitext_xml_error_code(const bitext_xml_parser *parser) { return parser->error_code; }
int bitext_xml_error_line(const bitext_xml_parser *parser) { return parser->error_line; }
int bitext_xml_error_column(const bitext_xml_parser *parser) { return parser->error_column; }
const char *bitext_xml_error_message(const bitext_xml_parser *parser) {
  return parser->error_message;
}

void bitext_xml_free(bitext_xml_parser *parser) {
  if (parser == NULL) return;
  if (parser->context->myDoc != NULL) xmlFreeDoc(parser->context->myDoc);
  parser->context->myDoc = NULL;
  if (parser->html) {
    htmlFreeParserCtxt(parser->context);
  } else {
    xmlFreeParserCtxt(parser->context);
  }
  free(parser);
}
