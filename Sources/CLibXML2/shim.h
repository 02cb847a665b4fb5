// libxml2's forgiving HTML parser and its document tree, for reading saved web pages.
//
// Debian's libxml2 is built with ICU, and its encoding header then includes ICU's headers,
// which clash with the copy Foundation carries. nq never touches libxml2's encoding handlers
// (only pointers to them), so the ICU parts of the headers are left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
