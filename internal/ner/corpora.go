package ner

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/parley-news/parley/internal/corpus/conllu"
)

// span is a labelled token range [Start, End) of one sentence, with the
// corpus's own label.
type span struct {
	Start, End int
	Label      string
}

// sentence is one annotated sentence (or passage) of a corpus.
type sentence struct {
	ID    string // sent_id where the corpus has one
	Doc   int    // document index within its file, where the corpus marks documents
	Words []string
	Spans []span
}

// readColumns reads the column formats of the NER corpora: one token per
// line, the token and its IOB tag separated by a TAB (CrossNER, BTC, WNUT-17,
// re3d) or a space (wikigold), or the five TAB-separated columns of Universal
// NER (index, token, tag, -, annotator) after '#' comment lines. A
// whitespace-only line ends a sentence; a "-DOCSTART-" line ends a document.
// Tags may be IOB1 or IOB2.
func readColumns(r io.Reader, name string) ([]sentence, error) {
	var out []sentence
	var cur sentence
	var tags []string
	doc := 0
	flush := func() {
		if len(cur.Words) > 0 {
			cur.Spans = decodeIOB(tags)
			cur.Doc = doc
			out = append(out, cur)
		}
		cur, tags = sentence{}, nil
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for ln := 1; sc.Scan(); ln++ {
		line := strings.TrimRight(sc.Text(), "\r\n")
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		if strings.HasPrefix(line, "# ") || line == "#" {
			if k, v, ok := strings.Cut(strings.TrimPrefix(line, "# "), " = "); ok {
				switch k {
				case "sent_id":
					cur.ID = v
				case "newdoc id":
					if len(out) > 0 || len(cur.Words) > 0 {
						flush()
						doc++
					}
				}
			}
			continue
		}
		var word, tag string
		if strings.Contains(line, "\t") {
			f := strings.Split(line, "\t")
			switch {
			case len(f) >= 5:
				word, tag = f[1], f[2]
			case len(f) >= 2:
				word, tag = f[0], f[len(f)-1]
			default:
				return nil, fmt.Errorf("ner: %s:%d: want token and tag, got %q", name, ln, line)
			}
		} else {
			i := strings.LastIndexByte(line, ' ')
			if i < 0 {
				return nil, fmt.Errorf("ner: %s:%d: want token and tag, got %q", name, ln, line)
			}
			word, tag = line[:i], line[i+1:]
		}
		if word == "-DOCSTART-" {
			flush()
			doc++
			continue
		}
		tag = strings.TrimSpace(tag)
		if tag != "O" && !strings.HasPrefix(tag, "B-") && !strings.HasPrefix(tag, "I-") {
			return nil, fmt.Errorf("ner: %s:%d: bad tag %q", name, ln, tag)
		}
		cur.Words = append(cur.Words, word)
		tags = append(tags, tag)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: reading %s: %w", name, err)
	}
	flush()
	return out, nil
}

// decodeIOB turns IOB1 or IOB2 tags into spans: a mention starts at B-X, or
// at I-X when the previous tag is not of type X.
func decodeIOB(tags []string) []span {
	var spans []span
	open := -1
	label := ""
	for i, t := range append(tags, "O") {
		kind, typ := "O", ""
		if len(t) > 2 && t[1] == '-' {
			kind, typ = t[:1], t[2:]
		}
		if open >= 0 && (kind != "I" || typ != label) {
			spans = append(spans, span{open, i, label})
			open = -1
		}
		if kind == "B" || (kind == "I" && open < 0) {
			open, label = i, typ
		}
	}
	return spans
}

func readColumnsFile(path string) ([]sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	defer f.Close()
	return readColumns(f, path)
}

// gumMention is one entity mention of a GUM document.
type gumMention struct {
	start, end int // word indices within the sentence, end exclusive
	etype      string
	identity   string
}

// parseGUMEntity parses the CorefUD bracket notation of a MISC Entity= value
// at word i, opening mentions on stack and closing them into done.
func parseGUMEntity(v string, i int, stack map[string][]gumMention, done *[]gumMention) error {
	for len(v) > 0 {
		switch {
		case v[0] == '(':
			j := strings.IndexAny(v[1:], "()")
			if j < 0 {
				j = len(v) - 1
			}
			attrs := v[1 : 1+j]
			v = v[1+j:]
			f := strings.SplitN(attrs, "-", 8)
			if len(f) < 2 {
				return fmt.Errorf("bad entity %q", attrs)
			}
			m := gumMention{start: i, end: -1, etype: f[1]}
			if len(f) == 8 {
				m.identity = f[7]
			}
			if strings.HasPrefix(v, ")") { // one-word mention
				v = v[1:]
				m.end = i + 1
				*done = append(*done, m)
				continue
			}
			stack[f[0]] = append(stack[f[0]], m)
		default:
			j := strings.IndexByte(v, ')')
			if j < 0 {
				return fmt.Errorf("bad entity closing %q", v)
			}
			id := v[:j]
			v = v[j+1:]
			st := stack[id]
			if len(st) == 0 {
				return fmt.Errorf("closing unopened entity %s", id)
			}
			m := st[len(st)-1]
			stack[id] = st[:len(st)-1]
			m.end = i + 1
			*done = append(*done, m)
		}
	}
	return nil
}

func miscValue(misc, key string) string {
	for _, kv := range strings.Split(misc, "|") {
		if v, ok := strings.CutPrefix(kv, key+"="); ok {
			return v
		}
	}
	return ""
}

// nameConnectors may join proper nouns inside one name ("Bank of America").
var nameConnectors = map[string]bool{"of": true, "and": true, "&": true, "de": true, "du": true, "des": true, "der": true, "von": true, "van": true, "al": true, "el": true, "la": true, "le": true, "for": true, "the": true, "'s": true, "-": true, "on": true}

func isNNP(w conllu.Word) bool { return strings.HasPrefix(w.XPOS, "NNP") || w.UPOS == "PROPN" }

// gumNames reduces the mentions of one GUM sentence to name spans: a mention
// counts when its syntactic head is a proper noun; the name is the run of
// proper nouns around the head (joined by connectors such as "of"), without
// leading titles for persons. Nested names give way to the longest.
func gumNames(ws []conllu.Word, ms []gumMention) []span {
	var cands []span
	for _, m := range ms {
		if m.end <= m.start {
			continue
		}
		head := -1
		for k := m.start; k < m.end; k++ {
			h := ws[k].Head - 1
			if h < m.start || h >= m.end {
				head = k
				break
			}
		}
		if head < 0 || !isNNP(ws[head]) {
			continue
		}
		s, e := head, head+1
		for s > m.start && isNNP(ws[s-1]) {
			s--
		}
		for e < m.end {
			if isNNP(ws[e]) {
				e++
				continue
			}
			if nameConnectors[strings.ToLower(ws[e].Form)] && e+1 < m.end && isNNP(ws[e+1]) {
				e += 2
				continue
			}
			break
		}
		if m.etype == "person" {
			for s < e-1 && defaultGaz.isTitle(ws[s].Form) {
				s++
			}
		}
		cands = append(cands, span{s, e, m.etype})
	}
	names := dropOverlaps(cands)
	// proper nouns outside every name (e.g. a name inside a mention headed by
	// a common noun, "interviewee David Titley") are left unsupervised
	covered := make([]bool, len(ws))
	for _, n := range names {
		for k := n.Start; k < n.End; k++ {
			covered[k] = true
		}
	}
	for k := 0; k < len(ws); k++ {
		if covered[k] || !isNNP(ws[k]) || defaultGaz.isTitle(ws[k].Form) {
			continue
		}
		e := k + 1
		for e < len(ws) && !covered[e] && isNNP(ws[e]) {
			e++
		}
		names = append(names, span{k, e, unknownLabel})
		k = e - 1
	}
	sort.Slice(names, func(i, j int) bool { return names[i].Start < names[j].Start })
	return names
}

// unknownLabel marks a stretch of tokens whose annotation is unknown.
const unknownLabel = "?"

// dropOverlaps keeps the longest of overlapping spans (earliest first on ties).
func dropOverlaps(cands []span) []span {
	sort.SliceStable(cands, func(i, j int) bool {
		li, lj := cands[i].End-cands[i].Start, cands[j].End-cands[j].Start
		if li != lj {
			return li > lj
		}
		return cands[i].Start < cands[j].Start
	})
	var out []span
	for _, c := range cands {
		ok := true
		for _, o := range out {
			if c.Start < o.End && o.Start < c.End {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, c)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// readGUM reads one GUM CoNLL-U document and returns its sentences with name
// spans labelled by GUM entity type (person, organization, place, ...).
func readGUM(r io.Reader, name string) ([]sentence, error) {
	sents, err := conllu.Read(r)
	if err != nil {
		return nil, fmt.Errorf("ner: %s: %w", name, err)
	}
	out := make([]sentence, 0, len(sents))
	stack := map[string][]gumMention{}
	for si, s := range sents {
		var done []gumMention
		words := make([]string, len(s.Words))
		for i, w := range s.Words {
			words[i] = w.Form
			if v := miscValue(w.Misc, "Entity"); v != "" {
				if err := parseGUMEntity(v, i, stack, &done); err != nil {
					return nil, fmt.Errorf("ner: %s: sentence %d word %d: %w", name, si+1, i+1, err)
				}
			}
		}
		for id, st := range stack {
			if len(st) > 0 {
				return nil, fmt.Errorf("ner: %s: sentence %d: entity %s not closed", name, si+1, id)
			}
		}
		out = append(out, sentence{ID: s.Comments["sent_id"], Words: words, Spans: gumNames(s.Words, done)})
	}
	return out, nil
}

func readGUMFile(path string) ([]sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	defer f.Close()
	return readGUM(f, path)
}

// docREDDoc is the part of a Re-DocRED document the recogniser reads.
type docREDDoc struct {
	Title     string     `json:"title"`
	Sents     [][]string `json:"sents"`
	VertexSet [][]struct {
		Name   string `json:"name"`
		Type   string `json:"type"`
		SentID int    `json:"sent_id"`
		Pos    []int  `json:"pos"`
	} `json:"vertexSet"`
}

// readDocRED reads a Re-DocRED JSON file: every mention of every entity
// becomes a span of its sentence, labelled by its DocRED type.
func readDocRED(r io.Reader, name string) ([]sentence, error) {
	var docs []docREDDoc
	if err := json.NewDecoder(r).Decode(&docs); err != nil {
		return nil, fmt.Errorf("ner: %s: %w", name, err)
	}
	var out []sentence
	for di, d := range docs {
		spans := make([][]span, len(d.Sents))
		for _, ent := range d.VertexSet {
			for _, m := range ent {
				if m.SentID < 0 || m.SentID >= len(d.Sents) || len(m.Pos) != 2 || m.Pos[0] < 0 || m.Pos[1] > len(d.Sents[m.SentID]) || m.Pos[0] >= m.Pos[1] {
					return nil, fmt.Errorf("ner: %s: document %d (%s): bad mention %q", name, di, d.Title, m.Name)
				}
				spans[m.SentID] = append(spans[m.SentID], span{m.Pos[0], m.Pos[1], m.Type})
			}
		}
		for si, words := range d.Sents {
			out = append(out, sentence{ID: fmt.Sprintf("%s-%d", d.Title, si), Doc: di, Words: words, Spans: dropOverlaps(spans[si])})
		}
	}
	return out, nil
}

func readDocREDFile(path string) ([]sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	defer f.Close()
	return readDocRED(f, path)
}
