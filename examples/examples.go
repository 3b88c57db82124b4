// Package examples bundles the example articles used by `parley demo` and
// the tests. Every article here is written by the Parley authors: they are
// invented wire-style reports, not copies of published news.
package examples

import "embed"

// FS holds the example files: .txt, .jsonl, .html and .xml (RSS).
//
//go:embed *.txt *.jsonl *.html *.xml
var FS embed.FS
