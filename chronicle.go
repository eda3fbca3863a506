// Package chronicle is the vocabulary of Chronicle: articles, the documents
// the pipeline builds from them, and the annotations those documents carry.
//
// An Article is a dated news item as read. The pipeline turns it into a
// Document by running its stages in order:
//
//	Article ─► tokenize ─► tag ─► ner ─► resolve ─► timex ─► quote ─► event ─► tone ─► Document
//
// Every annotation points into Article.Text with a Span of byte offsets, so
// each stored fact can be traced to the exact text it came from.
//
// The package imports only the standard library and does no I/O.
package chronicle

// RecordVersion is the version of the extraction record, the JSON shape of a
// Document that `chronicle extract --json` prints and the API returns.
const RecordVersion = 1
