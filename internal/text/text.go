// Package text splits cleaned article text into tokens and sentences, the
// layer every later stage (tagger, parser, NER, quotes) stands on.
//
// Tokens follow Universal Dependencies English conventions (EWT, GUM), so
// that models trained on those treebanks see at run time the units they were
// trained on:
//
//   - clitics are split off their host: "don't" → "do" "n't", "can't" → "ca"
//     "n't", "Russia's" → "Russia" "'s", also with a curly apostrophe, and the
//     web spellings "dont" → "do" "nt", "cannot" → "can" "not", "gonna" →
//     "gon" "na";
//   - punctuation and quote marks are split off words; runs of the same mark
//     ("--", "!!", "?!", "...") are one token, and "…" is one token, so
//     "(…)" is "(" "…" ")"; em and en dashes are tokens of their own;
//   - abbreviations keep their period ("Mr.", "U.S.", "Gen.", "Jan.", "Inc.",
//     "etc."), as do initials ("J. R. R.") and list numbers at the start of
//     a line ("1.");
//   - numbers stay whole ("1,000", "1.5", "5:30", "9/11", "20th", "1990s"),
//     a currency sign is its own token ("$" "520" "million"), and a unit or
//     magnitude written against a number is split off ("1.5bn" → "1.5" "bn",
//     "10am" → "10" "am");
//   - URLs, e-mail addresses, @handles, #hashtags and common emoticons are
//     one token;
//   - hyphenated words stay whole ("de-escalation", "high-ranking"). UD
//     English v2.16 splits most of them ("high" "-" "ranking") and keeps only
//     bound prefixes ("anti-war", "re-elected"); Options.SplitHyphens selects
//     that convention.
//
// Sentences are found by rules, without a model:
//
//   - a line break always ends a sentence: the cleaned text separates
//     paragraphs by "\n\n", and a heading or list item without final
//     punctuation sits on its own line;
//   - ".", "?" and "!" end a sentence together with the closing quote marks
//     and brackets after them (`He said: “We will go.”` is one sentence), and
//     with a note such as "[12]" or an elision "(…)" that follows; they do
//     not when a comma-like mark follows, nor when a lower-case word follows
//     a quotation (`“Why?” he asked.`, also `“Why?” Ortiz asked.` before a
//     speech verb);
//   - an ellipsis ends a sentence only before a capitalised word, and never
//     inside brackets ("(…)");
//   - an abbreviation ends one only when the next word shows it (see the
//     lexicon): titles ("Mr.", "Gen.") never do, "U.S.", "Inc." or "a.m."
//     do before a capitalised common word such as "The", "etc." before any
//     capitalised word.
//
// Every token and sentence is a span of byte offsets into the text: tokens
// are non-empty, in order, non-overlapping and (in valid UTF-8) on rune
// boundaries;
// sentences run from their first token's start to their last token's end, so
// they never include surrounding white space, and every token is in exactly
// one sentence.
package text

import "github.com/parley-news/parley/internal/doc"

// Options changes tokenisation conventions. The zero value is the default.
type Options struct {
	// SplitHyphens splits hyphenated compounds as UD English v2.16 does
	// ("high-ranking" → "high" "-" "ranking"), keeping bound prefixes
	// ("anti-war", "e-mail", "re-elected") and digit groups ("345-9945")
	// whole. By default every hyphenated word is one token (a number range
	// such as "13-17" is split in both modes).
	SplitHyphens bool
}

// Tokenize fills d.Tokens (Span and Sentence index; Head = -1; other fields
// empty) and d.Sentences for d.Text, replacing anything already there.
func Tokenize(d *doc.Document) { TokenizeWith(d, Options{}) }

// TokenizeWith is Tokenize with non-default options.
func TokenizeWith(d *doc.Document, opt Options) {
	toks := TokensWith(d.Text, opt)
	starts := sentenceStarts(d.Text, toks)
	d.Tokens = make([]doc.Token, len(toks))
	d.Sentences = make([]doc.Span, 0, len(starts))
	for k, first := range starts {
		last := len(toks) - 1
		if k+1 < len(starts) {
			last = starts[k+1] - 1
		}
		d.Sentences = append(d.Sentences, doc.Span{Start: toks[first].Start, End: toks[last].End})
		for i := first; i <= last; i++ {
			// Field by field: the other fields are already zero, and
			// writing only the pointer-free ones avoids GC write barriers.
			tk := &d.Tokens[i]
			tk.Span, tk.Sentence, tk.Head = toks[i], k, -1
		}
	}
}

// Tokens returns the token spans of s with the default options.
func Tokens(s string) []doc.Span { return TokensWith(s, Options{}) }

// TokensWith returns the token spans of s.
func TokensWith(s string, opt Options) []doc.Span {
	t := tokenizer{s: s, opt: opt, out: make([]doc.Span, 0, len(s)/5+4), lineStart: true}
	t.run()
	return t.out
}

// Sentences returns the sentence spans of s, given its token spans (as
// returned by Tokens). Each sentence runs from the start of its first token
// to the end of its last.
func Sentences(s string, toks []doc.Span) []doc.Span {
	starts := sentenceStarts(s, toks)
	out := make([]doc.Span, len(starts))
	for k, first := range starts {
		last := len(toks) - 1
		if k+1 < len(starts) {
			last = starts[k+1] - 1
		}
		out[k] = doc.Span{Start: toks[first].Start, End: toks[last].End}
	}
	return out
}

// Split returns both the token and the sentence spans of s.
func Split(s string) (toks, sents []doc.Span) {
	toks = Tokens(s)
	return toks, Sentences(s, toks)
}
