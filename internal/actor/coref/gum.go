package coref

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/parley-news/parley/internal/corpus/conllu"
	"github.com/parley-news/parley/internal/doc"
)

// goldMention is one GUM mention: a byte span of the rebuilt text, the
// entity (coreference chain) it belongs to, its minimal span and its
// Wikipedia link.
type goldMention struct {
	doc.Span
	entity   string // GRP id, unique within the document
	etype    string
	min      []doc.Span // minimal-span words
	identity string     // Wikipedia title with spaces, "" when not linked
}

// gumDoc is one GUM document rebuilt as plain text.
type gumDoc struct {
	id, date, text string
	mentions       []goldMention
}

// tracked are the GUM entity types Parley's actors cover.
var tracked = map[string]bool{"person": true, "organization": true, "place": true}

// readGUM reads one GUM document: its text is the surface tokens joined
// with the spaces the file records, sentences separated by a newline and
// paragraphs by a blank line.
func readGUM(path string) (*gumDoc, error) {
	sents, err := conllu.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("gum: %s: %w", path, err)
	}
	g := &gumDoc{id: strings.TrimSuffix(filepath.Base(path), ".conllu")}
	var b strings.Builder
	type open struct {
		entity, etype, identity string
		start                   int // byte offset
		startWord               int // index into words
		minspan                 []int
	}
	var words []doc.Span // byte span of every word in document order
	var stack []open
	for si, s := range sents {
		if d, ok := s.Comments["meta::dateCreated"]; ok && g.date == "" {
			g.date = d
		}
		if si > 0 {
			if s.NewPar() {
				b.WriteString("\n\n")
			} else {
				b.WriteString("\n")
			}
		}
		// byte span of each word: a multiword token's words share its span
		wordSpan := map[int]doc.Span{}
		for ti, t := range s.Tokens {
			start := b.Len()
			b.WriteString(t.Form)
			sp := doc.Span{Start: start, End: b.Len()}
			for w := t.First; w <= t.Last; w++ {
				wordSpan[w] = sp
			}
			// a multiword token whose words spell it ("I'm" = "I" + "'m"):
			// each word gets its own bytes
			if t.Last > t.First {
				var forms []string
				for _, w := range s.Words {
					if w.ID >= t.First && w.ID <= t.Last {
						forms = append(forms, w.Form)
					}
				}
				if strings.Join(forms, "") == t.Form {
					off := start
					for k, f := range forms {
						wordSpan[t.First+k] = doc.Span{Start: off, End: off + len(f)}
						off += len(f)
					}
				}
			}
			if t.SpaceAfter() && ti < len(s.Tokens)-1 {
				b.WriteByte(' ')
			}
		}
		for _, w := range s.Words {
			sp := wordSpan[w.ID]
			words = append(words, sp)
			ent := miscValue(w.Misc, "Entity")
			for ent != "" {
				switch {
				case ent[0] == '(':
					j := strings.IndexAny(ent[1:], "()")
					body := ent[1:]
					if j >= 0 {
						body = ent[1 : 1+j]
					}
					f := strings.SplitN(body, "-", 8)
					o := open{entity: f[0], start: sp.Start, startWord: len(words) - 1}
					if len(f) > 1 {
						o.etype = f[1]
					}
					if len(f) > 5 {
						for _, x := range strings.Split(f[5], ",") {
							if n, err := strconv.Atoi(x); err == nil {
								o.minspan = append(o.minspan, n)
							}
						}
					}
					if len(f) > 7 {
						if id, err := url.PathUnescape(f[7]); err == nil {
							o.identity = strings.ReplaceAll(id, "_", " ")
						}
					}
					if j < 0 {
						ent = ""
					} else {
						ent = ent[1+j:]
					}
					if strings.HasPrefix(ent, ")") { // one-word mention
						ent = ent[1:]
						g.add(o.entity, o.etype, o.identity, sp.Start, sp.End, words[o.startWord:], o.minspan)
						continue
					}
					stack = append(stack, o)
				default:
					j := strings.IndexByte(ent, ')')
					if j < 0 {
						ent = ""
						continue
					}
					id := ent[:j]
					ent = ent[j+1:]
					for k := len(stack) - 1; k >= 0; k-- {
						if stack[k].entity == id {
							o := stack[k]
							stack = append(stack[:k], stack[k+1:]...)
							g.add(o.entity, o.etype, o.identity, o.start, sp.End, words[o.startWord:], o.minspan)
							break
						}
					}
				}
			}
		}
	}
	g.text = b.String()
	return g, nil
}

func (g *gumDoc) add(entity, etype, identity string, start, end int, words []doc.Span, minspan []int) {
	m := goldMention{Span: doc.Span{Start: start, End: end}, entity: entity, etype: etype, identity: identity}
	for _, i := range minspan {
		if i >= 1 && i <= len(words) {
			m.min = append(m.min, words[i-1])
		}
	}
	if len(m.min) == 0 {
		m.min = []doc.Span{m.Span}
	}
	g.mentions = append(g.mentions, m)
}

func miscValue(misc, key string) string {
	for _, kv := range strings.Split(misc, "|") {
		if v, ok := strings.CutPrefix(kv, key+"="); ok {
			return v
		}
	}
	return ""
}

// testDocs lists the GUM test split.
func testDocs(dataDir string) ([]string, error) { return splitDocs(dataDir, "test") }

// splitDocs lists the CoNLL-U files of one GUM split ("train", "dev",
// "test").
func splitDocs(dataDir, split string) ([]string, error) {
	dir := filepath.Join(dataDir, "gum")
	b, err := os.ReadFile(filepath.Join(dir, "splits", split+".txt"))
	if err != nil {
		return nil, fmt.Errorf("gum: %w", err)
	}
	var out []string
	for _, l := range strings.Fields(string(b)) {
		out = append(out, filepath.Join(dir, "dep", l+".conllu"))
	}
	return out, nil
}
