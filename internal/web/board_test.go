package web

import (
	"context"
	"io"
	"log/slog"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/actor/kb"
	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/store/sqlite"
	"github.com/parley-news/parley/internal/store/storetest"
)

type boardSite struct {
	url                       string
	artKey, standKey, noteKey string
}

// newBoardSite serves Article, Standoff and StraitNote, whose positions
// are on "grain exports" (in two spellings) and "strait ceasefire", and the
// extra documents, with k as knowledge base (nil for none).
func newBoardSite(t *testing.T, k *kb.KB, extra ...*doc.Document) *boardSite {
	t.Helper()
	ctx := context.Background()
	st, keys := storeWith(t, storetest.Article(), storetest.Standoff(), storetest.StraitNote())
	s := &boardSite{artKey: keys[0], standKey: keys[1], noteKey: keys[2]}
	for _, d := range extra {
		if _, _, err := st.Put(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	h, err := New(st, Options{KB: k, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	s.url = srv.URL
	return s
}

// inOrder fails unless the parts occur in page in the order given.
func inOrder(t *testing.T, page string, parts ...string) {
	t.Helper()
	at := 0
	for _, p := range parts {
		i := strings.Index(page[at:], p)
		if i < 0 {
			t.Errorf("page lacks %q after offset %d (or has it out of order)", p, at)
			return
		}
		at += i + len(p)
	}
}

func TestBoardIndex(t *testing.T) {
	s := newBoardSite(t, nil)
	page, _ := get(t, "GET", s.url+"/board", 200)
	mustContain(t, page,
		`<a href="/board" aria-current="page">Negotiation board</a>`,
		`<title>Negotiation board · Parley</title>`)
	// The most recently active topic first; one row per topic whatever
	// its case; the position without a topic is not listed.
	inOrder(t, page,
		`<a href="/board?topic=strait&#43;ceasefire">strait ceasefire</a>`, `<td class="num">2</td>`,
		`<a href="/board?topic=Grain&#43;exports">Grain exports</a>`, `<td class="num">5</td>`, `<td class="num">3</td>`, `<td class="num">2</td>`,
		`13 March 2024</time> – <time datetime="2024-04-02">2 April 2024</time>`)
	if strings.Count(page, `href="/board?topic=`) != 2 {
		t.Errorf("index lists %d topics, want 2", strings.Count(page, `href="/board?topic=`))
	}
	get(t, "GET", s.url+"/board?page=0", 400)
	// Past the last page: a way back.
	page, _ = get(t, "GET", s.url+"/board?page=9", 200)
	mustContain(t, page, "No topics on this page.", `<a rel="prev" href="/board">`)
	// Every page links to the board.
	page, _ = get(t, "GET", s.url+"/", 200)
	mustContain(t, page, `<a href="/board">Negotiation board</a>`)
}

func TestBoardEmpty(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "empty.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	h, err := New(st, Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	page, _ := get(t, "GET", srv.URL+"/board", 200)
	mustContain(t, page, "No positions yet")
}

func TestBoardTopic(t *testing.T) {
	s := newBoardSite(t, nil)
	// The topic in another case finds the same board.
	for _, q := range []string{"grain+exports", "GRAIN%20EXPORTS", "%20Grain%20exports%20"} {
		page, _ := get(t, "GET", s.url+"/board?topic="+q, 200)
		mustContain(t, page,
			`<title>Negotiation board: Grain exports · Parley</title>`,
			`<h1 class="page-title">Grain exports</h1>`,
			"5 positions · 3 actors")
		// Every stance is in the legend, as text.
		for _, st := range []string{"demand", "precondition", "offer", "accept", "reject", "support", "oppose"} {
			mustContain(t, page, `<li><span class="stance stance-`+st+`">`+st+`</span></li>`)
		}
		// Veskia's side has 3 positions, Norland's 2: Veskia's first, the
		// country leading its side, then its minister (with both her role
		// and her country), whose positions come newest first, then in
		// text order.
		inOrder(t, page,
			`<a href="/actors/country:veskia">Veskia</a> <abbr class="code" title="ISO 3166-1 alpha-3">VSK</abbr>`, "3 positions",
			`<h3><a href="/actors/country:veskia">Veskia</a></h3>`,
			`<span class="stance stance-demand">demand</span> <span class="object">guarantees for its ports</span>`,
			`Veskia&#39;s delegation, led by Tomás Öberg, demanded guarantees for its ports before any ship leaves.`,
			`<time datetime="2024-03-13">13 March 2024</time> · <a href="/documents/`+s.artKey+`#p-0">Ministers agree to resume grain talks in Ankara</a>`,
			`<h3><a href="/actors/person:ilse-varn">Ilse Värn</a></h3>`,
			`<span class="kind kind-person">person</span> · Foreign Minister of Veskia · Veskia</p>`,
			`<span class="stance stance-reject">reject</span> <span class="object">the withdrawal of its ships</span>`,
			`href="/documents/`+s.standKey+`#p-1"`,
			`<span class="stance stance-accept">accept</span> <span class="object">Turkish mediation</span>`,
			`href="/documents/`+s.standKey+`#p-2"`,
			`<a href="/actors/country:norland">Norland</a> <abbr class="code" title="ISO 3166-1 alpha-3">NRL</abbr>`, "2 positions",
			`<h3><a href="/actors/country:norland">Norland</a></h3>`,
			`<span class="stance stance-precondition">precondition</span>`, `href="/documents/`+s.standKey+`#p-0"`,
			`<span class="stance stance-offer">offer</span> <span class="object">€250 million for a shipping fund</span>`, `href="/documents/`+s.artKey+`#p-1"`,
		)
		if strings.Contains(page, "strait ceasefire") || strings.Contains(page, "a toll on the strait") {
			t.Error("the board of one topic shows another topic's positions")
		}
	}

	// A side whose country takes no position on the topic is named from
	// the stored actors; an undated document's position says so.
	page, _ := get(t, "GET", s.url+"/board?topic=strait+ceasefire", 200)
	inOrder(t, page,
		`<a href="/actors/country:veskia">Veskia</a> <abbr`, `<span class="stance stance-oppose">oppose</span>`, `Undated · <a href="/documents/`+s.noteKey+`#p-0">`,
		`<a href="/actors/country:norland">Norland</a> <abbr class="code" title="ISO 3166-1 alpha-3">NRL</abbr>`,
		`<h3><a href="/actors/person:arvid-holm">Arvid Holm</a></h3>`, `President of Norland · Norland</p>`,
		`<span class="stance stance-offer">offer</span> <span class="object">a ceasefire in the strait</span>`)

	page, _ = get(t, "GET", s.url+"/board?topic=grain", 404)
	mustContain(t, page, "No position is stored on this topic.")
	get(t, "POST", s.url+"/board?topic=grain+exports", 405)
}

func TestBoardActorsWithoutCountry(t *testing.T) {
	text := "The Harbour Union demanded <b>higher</b> fees.\nThe union rejected the offer."
	d := storetest.Plain("union", "Union <i>talks</i>", "2024-05-01", "https://news.example.org/union", text)
	d.Actors = []doc.Actor{{ID: "org:harbour-union", Name: "Harbour <Union>", Kind: "organization", Aliases: []string{},
		Mentions: []doc.Mention{{Span: storetest.Find(text, "Harbour Union", 1), Text: "Harbour Union", How: "name"}}}}
	d.Positions = []doc.Position{
		{Actor: "org:harbour-union", Stance: "demand", Topic: "Harbour <fees>", Object: "<b>higher</b> fees", Evidence: d.Sentences[0]},
		{Actor: "org:harbour-union", Stance: "precondition", Topic: "Harbour <fees>", Object: "talks", Evidence: d.Sentences[0]},
		{Actor: "org:harbour-union", Stance: "reject", Topic: "Harbour <fees>", Object: "", Evidence: d.Sentences[1]},
	}
	s := newBoardSite(t, nil, d)
	page, _ := get(t, "GET", s.url+"/board?topic=harbour+%3Cfees%3E", 200)
	mustContain(t, page,
		`<h1 class="page-title">Harbour &lt;fees&gt;</h1>`,
		`Actors without a country <span class="n">3 positions</span>`,
		`<h3><a href="/actors/org:harbour-union">Harbour &lt;Union&gt;</a></h3>`,
		`<span class="object">&lt;b&gt;higher&lt;/b&gt; fees</span>`,
		`<span class="stance stance-reject">reject</span> <span class="empty">no object given</span>`,
		`Union &lt;i&gt;talks&lt;/i&gt;`)
	if strings.Contains(page, "<b>") || strings.Contains(page, "<Union>") {
		t.Error("markup in the data is not escaped")
	}
	// The second position of one sentence does not repeat it.
	inOrder(t, page, `The Harbour Union demanded &lt;b&gt;higher&lt;/b&gt; fees.`,
		`<span class="stance stance-precondition">precondition</span> <span class="object">talks</span></p>`,
		`<p class="same-sentence">Same sentence as above.</p>`, `The union rejected the offer.`)
	if n := strings.Count(page, "The Harbour Union demanded"); n != 1 {
		t.Errorf("the sentence is shown %d times, want 1", n)
	}
	page, _ = get(t, "GET", s.url+"/board", 200)
	mustContain(t, page, `<a href="/board?topic=Harbour&#43;%3Cfees%3E">Harbour &lt;fees&gt;</a>`)
}

func TestActorPositions(t *testing.T) {
	s := newBoardSite(t, nil)
	page, _ := get(t, "GET", s.url+"/actors/person:ilse-varn", 200)
	inOrder(t, page,
		`<h2 id="positions">Positions of Ilse Värn</h2>`,
		`<span class="stance stance-reject">reject</span> <span class="object">the withdrawal of its ships</span> <span class="topic">on <a href="/board?topic=grain&#43;exports">grain exports</a></span>`,
		`The Veskian foreign minister, Ilse Värn, rejected the demand as unacceptable.`,
		`<time datetime="2024-04-02">2 April 2024</time> · <a href="/documents/`+s.standKey+`#p-1">Norland and Veskia trade demands over the strait</a>`,
		`<span class="stance stance-accept">accept</span>`, `#p-2"`)
	// Veskia's positions: the undated note first, with and without topic.
	page, _ = get(t, "GET", s.url+"/actors/country:veskia", 200)
	inOrder(t, page, `Positions of Veskia`,
		`<span class="stance stance-oppose">oppose</span> <span class="object">a toll on the strait</span> <span class="topic">on <a href="/board?topic=strait&#43;ceasefire">strait ceasefire</a></span>`,
		`<span class="stance stance-support">support</span> <span class="object">the shipping fund</span></p>`,
		`<span class="stance stance-demand">demand</span>`)
	// An actor without positions has no such section.
	page, _ = get(t, "GET", s.url+"/actors/person:tomas-oberg", 200)
	if strings.Contains(page, "Positions of") {
		t.Error("actor page without positions shows a positions section")
	}
	// The article links a position's topic to its board.
	page, _ = get(t, "GET", s.url+"/documents/"+s.artKey, 200)
	mustContain(t, page, `<span class="topic">on <a href="/board?topic=grain&#43;exports">grain exports</a></span>`)
}

// TestBoardCountryFromKB checks that a side whose country is neither on
// the board nor among the stored actors is named from the knowledge base.
func TestBoardCountryFromKB(t *testing.T) {
	text := "Envoy Mara Lusk offered to host the talks."
	d := storetest.Plain("lusk", "Lusk offers to host", "2024-06-01", "https://news.example.org/lusk", text)
	d.Actors = []doc.Actor{{ID: "person:mara-lusk", Name: "Mara Lusk", Kind: "person", Country: ptr("TRL"), Aliases: []string{},
		Mentions: []doc.Mention{{Span: storetest.Find(text, "Mara Lusk", 1), Text: "Mara Lusk", How: "name"}}}}
	d.Positions = []doc.Position{{Actor: "person:mara-lusk", Stance: "offer", Topic: "host talks", Object: "to host the talks", Evidence: d.Sentences[0]}}
	for _, tc := range []struct {
		name string
		k    *kb.KB
		want string
	}{
		{"no knowledge base", nil, `<h2 class="side-name">TRL <span class="n">1 position</span></h2>`},
		{"knowledge base", kb.New([]*kb.Entry{{ID: "TRL", Kind: "country", Name: "Terraland"}}),
			`<h2 class="side-name">Terraland <abbr class="code" title="ISO 3166-1 alpha-3">TRL</abbr> <span class="n">1 position</span></h2>`},
	} {
		s := newBoardSite(t, tc.k, d)
		page, _ := get(t, "GET", s.url+"/board?topic=host+talks", 200)
		if !strings.Contains(page, tc.want) {
			t.Errorf("%s: page lacks %q", tc.name, tc.want)
		}
	}
}

// storeWith opens a fresh SQLite store holding docs, closed when the test
// ends, and returns it with the documents' keys in order.
func storeWith(t *testing.T, docs ...*doc.Document) (*sqlite.Store, []string) {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "site.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	keys := make([]string, len(docs))
	for i, d := range docs {
		if keys[i], _, err = st.Put(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
	return st, keys
}
