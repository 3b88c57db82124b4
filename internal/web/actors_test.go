package web

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/actor/kb"
	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/store/sqlite"
	"github.com/parley-news/parley/internal/store/storetest"
)

// testKB is a knowledge base written for these tests: one invented person
// with a past and a current role.
const testKB = `{"id": "person:maria-zajarova", "kind": "person", "name": "Maria Zajarova", "country": "NRL", "roles": [{"position": "foreign_minister", "org": "NRL", "title": "Foreign Minister of Norland", "start": "2021-05", "end": "2024-03-14"}, {"position": "deputy_prime_minister", "org": "NRL", "start": "2024-03-15", "end": null}]}
`

type kbSite struct {
	url                   string
	artKey, newKey, tlKey string
}

func newKBSite(t *testing.T, pageSize int) *kbSite {
	t.Helper()
	st, keys := storeWith(t, storetest.Article(), storetest.FollowUp(), storetest.Timeline())
	s := &kbSite{artKey: keys[0], newKey: keys[1], tlKey: keys[2]}
	entries, err := kb.Parse(strings.NewReader(testKB), "test.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	h, err := New(st, Options{PageSize: pageSize, KB: kb.New(entries), Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	s.url = srv.URL
	return s
}

func TestActorPageRolesQuotesDocuments(t *testing.T) {
	s := newKBSite(t, 20)
	page, _ := get(t, "GET", s.url+"/actors/person:maria-zajarova", 200)
	mustContain(t, page,
		// roles: the knowledge base's, latest first, with dates; then the documents'
		`<h2 id="roles">Roles</h2>`,
		"<li>deputy prime minister, NRL (since 2024-03-15)</li>",
		"<li>Foreign Minister of Norland (2021-05 – 2024-03-14)</li>",
		"<li>Deputy Prime Minister of Norland <span class=\"meta\">· 1 document · 16 March 2024</span></li>",
		"<li>Foreign Minister of Norland <span class=\"meta\">· 1 document · 13 March 2024</span></li>",
		// what she said: each quote in its sentence, quote and cue marked, linked to the article at the quote
		"What Maria Zajarova said",
		`Norland&#39;s foreign minister, María Zajárova, <span class="hl cue" title="Quote cue · told">told</span> reporters that the deal was <span class="hl quote quote-partial" title="Quote · partial">“a first step, not the last one.”</span>`,
		`href="/documents/`+s.artKey+`#q-0"`,
		`href="/documents/`+s.newKey+`#q-0"`,
		"cue “said”",
		// documents naming her, with her role in each
		"Documents naming Maria Zajarova",
		"as Deputy Prime Minister of Norland · 2 mentions · 1 quote",
		"as Foreign Minister of Norland · 2 mentions · 1 quote",
	)
	// Newest first.
	if strings.Index(page, "already at work") > strings.Index(page, "a first step") {
		t.Error("quotes not newest first")
	}
	if strings.Index(page, "since 2024-03-15") > strings.Index(page, "2021-05 – 2024-03-14") {
		t.Error("knowledge-base roles not latest first")
	}
	// All quotes fit: no link to the quotes page.
	if strings.Contains(page, "/quotes\"") {
		t.Error("link to the quotes page although every quote is shown")
	}

	// An actor the knowledge base lacks and no document gives a role to.
	page, _ = get(t, "GET", s.url+"/actors/country:veskia", 200)
	if strings.Contains(page, `id="roles"`) || strings.Contains(page, `id="said"`) {
		t.Error("Veskia's page shows roles or quotes it does not have")
	}
	mustContain(t, page, "Documents naming Veskia", "A year of Veskian–Norlandic talks", "Ministers agree to resume grain talks in Ankara")
}

func TestActorQuotesPage(t *testing.T) {
	s := newKBSite(t, 1)
	page, _ := get(t, "GET", s.url+"/actors/person:maria-zajarova/quotes", 200)
	mustContain(t, page, "<h1 class=\"page-title\">What Maria Zajarova said</h1>", "“already at work”", `rel="next" href="/actors/person:maria-zajarova/quotes?page=2"`)
	if strings.Contains(page, "a first step") {
		t.Error("page 1 of 1 quote per page shows the second quote")
	}
	page, _ = get(t, "GET", s.url+"/actors/person:maria-zajarova/quotes?page=2", 200)
	mustContain(t, page, "a first step", `href="/documents/`+s.artKey+`#q-0"`)
	// With one mention per page, the actor page shows every quote (up to
	// the store's bound) and the mentions are paged.
	page, _ = get(t, "GET", s.url+"/actors/person:maria-zajarova", 200)
	mustContain(t, page, "a first step", "already at work")
	get(t, "GET", s.url+"/actors/person:nobody/quotes", 404)
	get(t, "GET", s.url+"/actors/person:maria-zajarova/quotes?page=x", 400)
}

func TestActorSearchPage(t *testing.T) {
	s := newKBSite(t, 20)
	page, _ := get(t, "GET", s.url+"/actors?q=zaj", 200)
	mustContain(t, page, `value="zaj"`, `href="/actors/person:maria-zajarova"`)
	if strings.Contains(page, `href="/actors/country:norland"`) {
		t.Error("search for zaj lists Norland")
	}
	page, _ = get(t, "GET", s.url+"/actors?kind=country", 200)
	mustContain(t, page, `href="/actors/country:norland"`, `href="/actors/country:veskia"`, `<option value="country" selected>`)
	if strings.Contains(page, `href="/actors/person:maria-zajarova"`) {
		t.Error("kind=country lists a person")
	}
	page, _ = get(t, "GET", s.url+"/actors?q=nobody", 200)
	mustContain(t, page, "No actor matches.")
	page, _ = get(t, "GET", s.url+"/actors?q=***", 200)
	mustContain(t, page, "Type a name")
}

func TestArticleMentionLinks(t *testing.T) {
	s := newKBSite(t, 20)
	page, _ := get(t, "GET", s.url+"/documents/"+s.artKey, 200)
	mustContain(t, page,
		`<a href="/actors/person:maria-zajarova" class="hl men" data-ref="a-2-0" title="Actor · Maria Zajarova (person) · Foreign Minister of Norland · by alias">María Zajárova</a>`,
		`<a href="/actors/person:tomas-oberg" class="hl men"`,
		// the speaker on hover of the quote
		`title="Quote · direct · speaker: Tomás Öberg · cue: said"`)
	// Links never nest.
	m := regexp.MustCompile(`(?s)<div class="text">(.*?)</div>`).FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no text block")
	}
	depth := 0
	for _, tag := range regexp.MustCompile(`</?a[ >]`).FindAllString(m[1], -1) {
		if strings.HasPrefix(tag, "</") {
			depth--
		} else {
			depth++
		}
		if depth > 1 {
			t.Fatal("nested links in the article text")
		}
	}
}

func TestLinkOnce(t *testing.T) {
	// "the Norland minister" (a title mention) holds "Norland" (a country
	// mention); "minister Lund" overlaps it. Only the longest is a link.
	text := "Yesterday the Norland minister Lund spoke."
	sp := func(sub string) doc.Span { return storetest.Find(text, sub, 1) }
	ms := []Mark{
		{Span: sp("Norland"), Class: "hl men", Ref: "a", Href: "/actors/n", Layer: layerMention},
		{Span: sp("the Norland minister"), Class: "hl men", Ref: "b", Href: "/actors/m", Layer: layerMention},
		{Span: sp("minister Lund"), Class: "hl men", Ref: "c", Href: "/actors/l", Layer: layerMention},
		{Span: sp("Lund spoke"), Class: "hl quote", Ref: "d", Layer: layerQuote},
	}
	linkOnce(ms)
	var linked []string
	for _, m := range ms {
		if m.Href != "" {
			linked = append(linked, m.Ref)
		}
	}
	if strings.Join(linked, ",") != "b" {
		t.Errorf("linked %v, want [b]", linked)
	}
	h := string(Highlight(text, ms))
	if strings.Count(h, "<a ") != 1 || strings.Count(h, "</a>") != 1 {
		t.Errorf("rendered %s", h)
	}
	d := parseMarked(t, h)
	if got := d.text; got != text {
		t.Errorf("text %q", got)
	}
}

func TestEventsPage(t *testing.T) {
	s := newKBSite(t, 20)
	page, _ := get(t, "GET", s.url+"/events?actor=country:veskia&side=target", 200)
	mustContain(t, page,
		`<a href="/events" aria-current="page">Events</a>`,
		`<option value="target" selected>`,
		"ACCUSE: Norland → Veskia · asserted · 2023",
		`<a href="/actors/country:norland">Norland</a> → <a href="/actors/country:veskia">Veskia</a>`,
		`<span class="hl event-focus" title="Event · ACCUSE">Norland accused Veskia of blocking the ports during 2023.</span>`,
		`href="/documents/`+s.tlKey+`#e-2"`)
	if strings.Contains(page, "CONSULT") && strings.Contains(page, "Lindby") {
		t.Error("side=target lists an event where Veskia is a source")
	}
	page, _ = get(t, "GET", s.url+"/events?type=consult&from=2022-10-15&to=2022-10-31", 200)
	mustContain(t, page, `<option value="CONSULT" selected>`, "CONSULT (visit): Ilse Värn", "in Ankara", "in Lindby")
	if strings.Index(page, "in Ankara") > strings.Index(page, "in Lindby") {
		t.Error("events not latest first")
	}
	page, _ = get(t, "GET", s.url+"/events?place=Nowhere", 200)
	mustContain(t, page, "No event matches.")
	page, _ = get(t, "GET", s.url+"/events?from=2022-13", 400)
	mustContain(t, page, `role="alert"`, "2022-13")
	get(t, "GET", s.url+"/events?page=0", 400)
	// The actor page links to its events.
	page, _ = get(t, "GET", s.url+"/actors/country:veskia", 200)
	mustContain(t, page, `href="/events?actor=country%3Aveskia"`)
}

// TestNewActorVariantPages checks that two people of one name whom the
// store keeps apart get a page each, linked from the actors list and from
// the article naming each.
func TestNewActorVariantPages(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "variants.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var keys []string
	for i, country := range []string{"VSK", "NRL"} {
		key, _, err := st.Put(ctx, storetest.Newcomer(fmt.Sprintf("kovar-%d", i), fmt.Sprintf("2024-05-%02d", i+1), []string{"Lindby", "Kesto"}[i], country, ""))
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, key)
	}
	h, err := New(st, Options{})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	v2 := storetest.NewcomerID + "~2"
	list, _ := get(t, "GET", srv.URL+"/actors?q=kovar", 200)
	mustContain(t, list, `href="/actors/`+storetest.NewcomerID+`"`, `href="/actors/`+v2+`"`)
	page, _ := get(t, "GET", srv.URL+"/actors/"+v2, 200)
	mustContain(t, page, "Jana Kovar", "“We need the bridge,”", `href="/documents/`+keys[1]+`"`)
	if strings.Contains(page, keys[0]) {
		t.Errorf("the page of %s links the other Kovar's document %s", v2, keys[0])
	}
	article, _ := get(t, "GET", srv.URL+"/documents/"+keys[1], 200)
	mustContain(t, article, `href="/actors/`+v2+`"`)
}
