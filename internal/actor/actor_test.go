package actor

import (
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/actor/kb"
	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/text"
)

func testKB(t testing.TB) *kb.KB {
	t.Helper()
	f, err := os.Open("testdata/kb.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	es, err := kb.Parse(f, "testdata/kb.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	return kb.New(es)
}

// testPOS is a tiny part-of-speech lexicon for hand-written test sentences,
// so that these tests do not depend on the trained models.
var testPOS = map[string]string{
	"the": "DET", "a": "DET", "an": "DET", "this": "DET",
	"of": "ADP", "for": "ADP", "in": "ADP", "to": "ADP", "on": "ADP", "at": "ADP", "with": "ADP", "from": "ADP",
	"he": "PRON", "she": "PRON", "his": "PRON", "her": "PRON", "it": "PRON", "its": "PRON", "they": "PRON", "him": "PRON",
	"said": "VERB", "met": "VERB", "spoke": "VERB", "told": "VERB", "added": "VERB", "rejected": "VERB",
	"advanced": "VERB", "protested": "VERB", "wrote": "VERB", "respond": "VERB", "travelled": "VERB",
	"stalled": "VERB", "resume": "VERB", "phoned": "VERB", "praised": "VERB", "warned": "VERB",
	"was": "AUX", "had": "AUX", "would": "AUX", "could": "AUX", "is": "AUX",
	"american": "ADJ", "russian": "ADJ", "ukrainian": "ADJ", "presidential": "ADJ", "top": "ADJ",
	"hopeful": "ADJ", "tired": "ADJ", "urgent": "ADJ", "later": "ADV", "nothing": "PRON",
	"and": "CCONJ", "while": "SCONJ", "that": "SCONJ", "no": "DET",
}

// mkdoc builds an annotated document from text, entities given as
// "TYPE:text" found left to right, and the test lexicon.
func mkdoc(t testing.TB, txt, date string, ents ...string) *doc.Document {
	t.Helper()
	d := doc.New("test", txt)
	if date != "" {
		d.Date = &date
	}
	text.TokenizeWith(d, text.Options{SplitHyphens: true})
	for i := range d.Tokens {
		tk := &d.Tokens[i]
		w := txt[tk.Start:tk.End]
		lw := strings.ToLower(w)
		switch {
		case testPOS[lw] != "":
			tk.UPOS = testPOS[lw]
		case strings.ContainsAny(w, ",.;:!?“”\"'"):
			tk.UPOS = "PUNCT"
		case w[0] >= 'A' && w[0] <= 'Z' || w[0] >= 0x80:
			tk.UPOS = "PROPN"
		default:
			tk.UPOS = "NOUN"
		}
	}
	from := 0
	for _, e := range ents {
		typ, s, _ := strings.Cut(e, ":")
		i := strings.Index(txt[from:], s)
		if i < 0 {
			t.Fatalf("entity %q not found after %d", s, from)
		}
		start := from + i
		d.Entities = append(d.Entities, doc.Entity{Span: doc.Span{Start: start, End: start + len(s)}, Text: s, Type: typ})
		from = start + len(s)
	}
	return d
}

// table lists "mention text → actor id (how)" in text order.
func table(d *doc.Document) []string {
	type row struct {
		off  int
		line string
	}
	var rows []row
	for _, a := range d.Actors {
		for _, m := range a.Mentions {
			rows = append(rows, row{m.Start, m.Text + " → " + a.ID + " (" + m.How + ")"})
		}
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].off < rows[j].off })
	out := []string{}
	for _, r := range rows {
		out = append(out, r.line)
	}
	return out
}

func TestResolve(t *testing.T) {
	k := testKB(t)
	tests := []struct {
		name, text, date string
		ents             []string
		want             []string
	}{
		{
			name: "title with metonym at date",
			text: "The Kremlin spokesman said that talks had stalled.", date: "2022-03-01",
			ents: []string{"ORG:Kremlin"},
			want: []string{"The Kremlin spokesman → dmitry-peskov (title)", "Kremlin → RUS.PRES (metonym)"},
		},
		{
			name: "two people recognised as one name are a group",
			text: "Albert Ruiz and Marcia Ruiz bought a painting. They hung it at home. He liked it.",
			ents: []string{"PER:Albert Ruiz and Marcia Ruiz"},
			want: []string{"Albert Ruiz and Marcia Ruiz → new:group:albert-ruiz-and-marcia-ruiz (name)", "They → new:group:albert-ruiz-and-marcia-ruiz (pronoun)"},
		},
		{
			name: "office holder 2022",
			text: "The American president spoke in Ohio.", date: "2022-06-01",
			ents: []string{"NORP:American", "GPE:Ohio"},
			want: []string{"The American president → joe-biden (title)"},
		},
		{
			name: "office holder 2018",
			text: "The American president spoke in Ohio.", date: "2018-06-01",
			ents: []string{"NORP:American", "GPE:Ohio"},
			want: []string{"The American president → donald-trump (title)"},
		},
		{
			name: "heads of agencies from titles alone",
			text: "The head of the Russian Foreign Intelligence Service met the Director of the US Central Intelligence Agency in Geneva.", date: "2022-11-14",
			ents: []string{"ORG:Russian Foreign Intelligence Service", "ORG:US Central Intelligence Agency", "GPE:Geneva"},
			want: []string{
				"The head of the Russian Foreign Intelligence Service → sergey-naryshkin (title)",
				"Russian Foreign Intelligence Service → RUS.SVR (alias)",
				"the Director of the US Central Intelligence Agency → william-burns (title)",
				"US Central Intelligence Agency → USA.CIA (alias)",
			},
		},
		{
			name: "apposition, transliteration and pronoun",
			text: "The Deputy Foreign Minister, Andréi Rudenko, told reporters that he was hopeful.", date: "2022-11-14",
			ents: []string{"PER:Andréi Rudenko"},
			want: []string{
				"The Deputy Foreign Minister → andrei-rudenko (title)",
				"Andréi Rudenko → andrei-rudenko (name)",
				"he → andrei-rudenko (pronoun)",
			},
		},
		{
			name: "ambiguous office stays unresolved",
			text: "The Russian Deputy Foreign Minister said talks could resume.", date: "2022-11-14",
			ents: []string{"NORP:Russian"},
			want: []string{},
		},
		{
			name: "spanish spelling, surname, pronoun",
			text: "María Zajárova spoke on Tuesday. Later, Zajárova said she had no comment.", date: "2022-11-14",
			ents: []string{"PER:María Zajárova", "PER:Zajárova"},
			want: []string{
				"María Zajárova → maria-zakharova (name)",
				"Zajárova → maria-zakharova (name)",
				"she → maria-zakharova (pronoun)",
			},
		},
		{
			name: "new actor and its surname",
			text: "Analyst Petra Novakova wrote a report. Novakova said it was urgent.",
			ents: []string{"PER:Petra Novakova", "PER:Novakova"},
			want: []string{"Petra Novakova → new:per:petra-novakova (name)", "Novakova → new:per:petra-novakova (name)"},
		},
		{
			name: "capital as actor, not as place",
			text: "Moscow said it would respond, while a delegation travelled to Moscow.",
			ents: []string{"GPE:Moscow", "GPE:Moscow"},
			want: []string{"Moscow → RUS (metonym)"},
		},
		{
			name: "demonyms only as actors",
			text: "Russian tanks advanced, and the Russian side rejected the offer. Ukrainians protested.",
			ents: []string{"NORP:Russian", "NORP:Russian", "NORP:Ukrainians"},
			want: []string{"the Russian side → RUS (metonym)", "Ukrainians → UKR (metonym)"},
		},
		{
			name: "group phrases",
			text: "Russian troops advanced. US officials met Ukrainian diplomats, and the Russian military equipment stayed.",
			ents: []string{"NORP:Russian", "GPE:US", "NORP:Ukrainian", "NORP:Russian"},
			want: []string{"Russian troops → RUS (metonym)", "US officials → USA (metonym)", "US → USA (alias)", "Ukrainian diplomats → UKR (metonym)"},
		},
		{
			name: "pronoun gender",
			text: "Maria Zakharova met Sergey Lavrov. She said he was tired.", date: "2022-11-14",
			ents: []string{"PER:Maria Zakharova", "PER:Sergey Lavrov"},
			want: []string{
				"Maria Zakharova → maria-zakharova (name)", "Sergey Lavrov → sergey-lavrov (name)",
				"She → maria-zakharova (pronoun)", "he → sergey-lavrov (pronoun)",
			},
		},
		{
			name: "fronted possessive looks ahead",
			text: "Dmitry Peskov spoke. For his part, Sergey Lavrov said nothing.", date: "2022-11-14",
			ents: []string{"PER:Dmitry Peskov", "PER:Sergey Lavrov"},
			want: []string{
				"Dmitry Peskov → dmitry-peskov (name)", "his → sergey-lavrov (pronoun)", "Sergey Lavrov → sergey-lavrov (name)",
			},
		},
		{
			name: "nominal coreference to a person in the document",
			text: "Dmitri Peskov spoke on Monday. The presidential spokesman added that talks had stalled.", date: "2022-11-14",
			ents: []string{"PER:Dmitri Peskov"},
			want: []string{"Dmitri Peskov → dmitry-peskov (name)", "The presidential spokesman → dmitry-peskov (title)"},
		},
		{
			name: "name the recogniser missed",
			text: "Meanwhile, the UN General Assembly is voting on a resolution.",
			want: []string{"UN General Assembly → UN.GA (alias)"},
		},
		{
			name: "possessive its for a country",
			text: "Russia said its troops would stay.",
			ents: []string{"GPE:Russia"},
			want: []string{"Russia → RUS (name)", "its → RUS (pronoun)"},
		},
		{
			name: "country inside a body's name, short name later",
			text: "The United States Air Force is ready. The Air Force said so.",
			ents: []string{"ORG:United States Air Force", "ORG:Air Force"},
			want: []string{"United States → USA (name)", "United States Air Force → USA.USAF (name)", "Air Force → USA.USAF (alias)"},
		},
		{
			name: "definite description of a country",
			text: "Ukraine said the country would not yield.",
			ents: []string{"GPE:Ukraine"},
			want: []string{"Ukraine → UKR (name)", "the country → UKR (title)"},
		},
		{
			name: "generic office without a body stays unresolved",
			text: "Sergey Lavrov spoke. The head said nothing.", date: "2022-11-14",
			ents: []string{"PER:Sergey Lavrov"},
			want: []string{"Sergey Lavrov → sergey-lavrov (name)"},
		},
		{
			name: "generic minister with a country fits a minister in the document",
			text: "Sergey Lavrov spoke. The Russian minister said talks could resume.", date: "2022-11-14",
			ents: []string{"PER:Sergey Lavrov", "NORP:Russian"},
			want: []string{"Sergey Lavrov → sergey-lavrov (name)", "The Russian minister → sergey-lavrov (title)"},
		},
		{
			name: "object pronoun is not its verb's subject",
			text: "Sergey Lavrov arrived. Dmitry Peskov praised him.", date: "2022-11-14",
			ents: []string{"PER:Sergey Lavrov", "PER:Dmitry Peskov"},
			want: []string{"Sergey Lavrov → sergey-lavrov (name)", "Dmitry Peskov → dmitry-peskov (name)", "him → sergey-lavrov (pronoun)"},
		},
		{
			name: "a country's body by possessive, then described",
			text: "Russia's foreign ministry objected. The ministry said so.",
			ents: []string{"GPE:Russia"},
			want: []string{"Russia → RUS (name)", "Russia's foreign ministry → RUS.MFA (alias)", "The ministry → RUS.MFA (title)"},
		},
		{
			name: "title before a name",
			text: "Ukrainian President Volodymyr Zelenskyy phoned Joseph Biden.", date: "2022-11-14",
			ents: []string{"NORP:Ukrainian", "PER:Volodymyr Zelenskyy", "PER:Joseph Biden"},
			want: []string{
				"Ukrainian President → volodymyr-zelensky (title)", "Volodymyr Zelenskyy → volodymyr-zelensky (name)",
				"Joseph Biden → joe-biden (name)",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := mkdoc(t, tc.text, tc.date, tc.ents...)
			Resolve(d, k, Options{})
			if err := d.Validate(); err != nil {
				t.Fatal(err)
			}
			got := table(d)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tc.want, "\n  "))
			}
			checkMentions(t, d)
		})
	}
}

// checkMentions asserts the output invariants: mentions sorted, none
// crossing another or sharing a span, actors ordered by first mention.
func checkMentions(t *testing.T, d *doc.Document) {
	t.Helper()
	var all []doc.Span
	prev := -1
	for _, a := range d.Actors {
		if len(a.Mentions) == 0 {
			t.Errorf("actor %s has no mentions", a.ID)
			continue
		}
		if a.Mentions[0].Start < prev {
			t.Errorf("actor %s out of order", a.ID)
		}
		prev = a.Mentions[0].Start
		for i, m := range a.Mentions {
			if i > 0 && m.Start < a.Mentions[i-1].Start {
				t.Errorf("actor %s: mentions out of order", a.ID)
			}
			all = append(all, m.Span)
		}
	}
	for i := range all {
		for j := i + 1; j < len(all); j++ {
			a, b := all[i], all[j]
			if a == b || (a.Overlaps(b) && !a.Contains(b) && !b.Contains(a)) {
				t.Errorf("mentions %v and %v collide", a, b)
			}
		}
	}
}

func TestRoleAndCountry(t *testing.T) {
	k := testKB(t)
	d := mkdoc(t, "The Kremlin spokesman said that talks had stalled.", "2022-03-01", "ORG:Kremlin")
	Resolve(d, k, Options{})
	var p *doc.Actor
	for i := range d.Actors {
		if d.Actors[i].ID == "dmitry-peskov" {
			p = &d.Actors[i]
		}
	}
	if p == nil || p.Role == nil || *p.Role != "spokesperson:RUS.PRES" || p.Country == nil || *p.Country != "RUS" || p.Kind != "person" {
		t.Fatalf("got %+v", p)
	}
	// a new person takes the nationality written just before the name
	d = mkdoc(t, "The Ukrainian analyst Petra Novakova wrote a report.", "", "NORP:Ukrainian", "PER:Petra Novakova")
	Resolve(d, k, Options{})
	if len(d.Actors) != 1 || d.Actors[0].Country == nil || *d.Actors[0].Country != "UKR" {
		t.Fatalf("got %+v", d.Actors)
	}
	// no date: no role
	d = mkdoc(t, "Dmitry Peskov spoke.", "", "PER:Dmitry Peskov")
	Resolve(d, k, Options{})
	if len(d.Actors) != 1 || d.Actors[0].Role != nil {
		t.Fatalf("got %+v", d.Actors)
	}
}

func TestDeterministic(t *testing.T) {
	k := testKB(t)
	txt := "Maria Zakharova met Sergey Lavrov in Moscow. She said he was tired. The Kremlin spokesman said Washington had stalled. Petra Novakova wrote that Novakova was tired."
	ents := []string{"PER:Maria Zakharova", "PER:Sergey Lavrov", "GPE:Moscow", "ORG:Kremlin", "GPE:Washington", "PER:Petra Novakova", "PER:Novakova"}
	d0 := mkdoc(t, txt, "2022-11-14", ents...)
	Resolve(d0, k, Options{})
	for i := 0; i < 20; i++ {
		d := mkdoc(t, txt, "2022-11-14", ents...)
		Resolve(d, k, Options{})
		if !reflect.DeepEqual(d.Actors, d0.Actors) {
			t.Fatalf("run %d differs", i)
		}
	}
}

func TestNilKBAndNoNew(t *testing.T) {
	d := mkdoc(t, "Petra Novakova wrote a report.", "", "PER:Petra Novakova")
	Resolve(d, nil, Options{})
	if len(d.Actors) != 1 || d.Actors[0].ID != "new:per:petra-novakova" {
		t.Fatalf("got %+v", d.Actors)
	}
	d = mkdoc(t, "Petra Novakova wrote a report.", "", "PER:Petra Novakova")
	Resolve(d, nil, Options{NoNew: true})
	if len(d.Actors) != 0 {
		t.Fatalf("got %+v", d.Actors)
	}
}

func FuzzResolve(f *testing.F) {
	f.Add("The Kremlin spokesman, Dmitri Peskov, said he was tired.")
	f.Add("For her part, the spokeswoman for the Russian Foreign Ministry said Moscow would respond.")
	f.Add("Ukrainian President Volodymyr Zelenskyy phoned Joseph Biden in Kyiv.")
	k := testKB(f)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // cleaned text is always valid UTF-8
		}
		d := doc.New("fuzz", s)
		text.TokenizeWith(d, text.Options{SplitHyphens: true})
		// every capitalised token is a one-word entity of a rotating type
		types := []string{"PER", "ORG", "GPE", "NORP"}
		for i, tk := range d.Tokens {
			w := s[tk.Start:tk.End]
			d.Tokens[i].UPOS = "NOUN"
			if w != "" && w[0] >= 'A' && w[0] <= 'Z' {
				d.Tokens[i].UPOS = "PROPN"
				d.Entities = append(d.Entities, doc.Entity{Span: tk.Span, Text: w, Type: types[i%len(types)]})
			}
		}
		Resolve(d, k, Options{})
		if err := d.Validate(); err != nil {
			t.Fatal(err)
		}
		checkMentions(t, d)
	})
}

func TestQuotePronouns(t *testing.T) {
	k := testKB(t)
	txt := "“I am ready and my team is ready,” Sergey Lavrov said. “I disagree,” said Petra Novakova, “with me.”"
	d := mkdoc(t, txt, "2022-11-14", "PER:Sergey Lavrov", "PER:Petra Novakova")
	Resolve(d, k, Options{})
	lavrov, novakova := "sergey-lavrov", "new:per:petra-novakova"
	q1 := strings.Index(txt, "”")
	d.Quotes = []doc.Quote{
		{Span: doc.Span{Start: 0, End: q1 + len("”")}, Kind: "direct", Speaker: &lavrov},
		{Span: doc.Span{Start: strings.Index(txt, "“I disagree"), End: len(txt)}, Kind: "direct", Speaker: &novakova},
	}
	d.Quotes[0].Text = d.SpanText(d.Quotes[0].Span)
	d.Quotes[1].Text = d.SpanText(d.Quotes[1].Span)
	QuotePronouns(d)
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	want := []string{
		"I → sergey-lavrov (pronoun)", "my → sergey-lavrov (pronoun)", "Sergey Lavrov → sergey-lavrov (name)",
		"I → new:per:petra-novakova (pronoun)", "Petra Novakova → new:per:petra-novakova (name)", "me → new:per:petra-novakova (pronoun)",
	}
	if got := table(d); !reflect.DeepEqual(got, want) {
		t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
	checkMentions(t, d)
}

// TestBuiltinKBTitles resolves offices at dates against the built-in
// knowledge base.
func TestBuiltinKBTitles(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	idOf := func(name string) string {
		for _, e := range k.ByName(name) {
			if e.Kind == "person" {
				return e.ID
			}
		}
		t.Fatalf("built-in knowledge base lacks %s", name)
		return ""
	}
	tests := []struct {
		text, date string
		ents       []string
		title      string
		want       string
	}{
		{"The American president spoke.", "2022-06-01", []string{"NORP:American"}, "The American president", "Joe Biden"},
		{"The American president spoke.", "2018-06-01", []string{"NORP:American"}, "The American president", "Donald Trump"},
		{"The Kremlin spokesman said no.", "2022-11-14", []string{"ORG:Kremlin"}, "The Kremlin spokesman", "Dmitry Peskov"},
		{"The head of the Russian Foreign Intelligence Service spoke.", "2022-11-14", []string{"ORG:Russian Foreign Intelligence Service"}, "The head of the Russian Foreign Intelligence Service", "Sergey Naryshkin"},
		{"The Director of the US Central Intelligence Agency spoke.", "2022-11-14", []string{"ORG:US Central Intelligence Agency"}, "The Director of the US Central Intelligence Agency", "William Burns"},
		{"The spokeswoman for the Russian Foreign Ministry spoke.", "2022-11-14", []string{"ORG:Russian Foreign Ministry"}, "The spokeswoman for the Russian Foreign Ministry", "Maria Zakharova"},
	}
	for _, tc := range tests {
		t.Run(tc.title+"@"+tc.date, func(t *testing.T) {
			d := mkdoc(t, tc.text, tc.date, tc.ents...)
			Resolve(d, k, Options{})
			want := tc.title + " → " + idOf(tc.want) + " (title)"
			got := table(d)
			found := false
			for _, g := range got {
				found = found || g == want
			}
			if !found {
				t.Errorf("want %s, got %v", want, got)
			}
		})
	}
}

// TestQuotePronounsTakeOverSpeaker checks that a first-person pronoun the
// discourse rule gave to the text's speaker moves to the quoted speaker
// when quote attribution finds a quotation there (one without quotation
// marks), and that the speaker actor goes when it has nothing left.
func TestQuotePronounsTakeOverSpeaker(t *testing.T) {
	k := testKB(t)
	txt := "Sergey Lavrov said: I am ready. I mean it. I will go."
	d := mkdoc(t, txt, "2022-11-14", "PER:Sergey Lavrov")
	for i := range d.Tokens {
		if d.SpanText(d.Tokens[i].Span) == "I" {
			d.Tokens[i].UPOS = "PRON"
		}
	}
	Resolve(d, k, Options{Discourse: true})
	found := false
	for _, a := range d.Actors {
		if a.ID == "new:per:speaker" {
			found = true
		}
	}
	if !found {
		t.Fatalf("no speaker actor before quote attribution: %v", table(d))
	}
	lavrov := "sergey-lavrov"
	start := strings.Index(txt, "I am")
	d.Quotes = []doc.Quote{{Span: doc.Span{Start: start, End: len(txt)}, Kind: "direct", Speaker: &lavrov}}
	d.Quotes[0].Text = d.SpanText(d.Quotes[0].Span)
	QuotePronouns(d)
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	want := []string{
		"Sergey Lavrov → sergey-lavrov (name)", "I → sergey-lavrov (pronoun)", "I → sergey-lavrov (pronoun)", "I → sergey-lavrov (pronoun)",
	}
	if got := table(d); !reflect.DeepEqual(got, want) {
		t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
	checkMentions(t, d)
}

// TestDiscourseGate checks the default for first and second person outside
// quotation marks: left alone in a report with a stray one, resolved in a
// text written in the first person, never with NoDiscourse.
func TestDiscourseGate(t *testing.T) {
	k := testKB(t)
	tests := []struct {
		name, text  string
		opts        Options
		wantSpeaker bool
	}{
		{"stray first person", "Petra Novakova arrived. I was told the talks failed.", Options{}, false},
		{"first-person text", "I arrived late. My train was slow. I think we will meet again.", Options{}, true},
		{"first-person text, off", "I arrived late. My train was slow. I think we will meet again.", Options{NoDiscourse: true}, false},
		{"stray first person, forced", "Petra Novakova arrived. I was told the talks failed.", Options{Discourse: true}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := mkdoc(t, tc.text, "2022-11-14")
			for i := range d.Tokens {
				switch d.SpanText(d.Tokens[i].Span) {
				case "I", "My", "we":
					d.Tokens[i].UPOS = "PRON"
				}
			}
			Resolve(d, k, tc.opts)
			got := false
			for _, a := range d.Actors {
				if a.ID == "new:per:speaker" {
					got = true
				}
			}
			if got != tc.wantSpeaker {
				t.Errorf("speaker actor %v, want %v: %v", got, tc.wantSpeaker, table(d))
			}
			checkMentions(t, d)
		})
	}
}

// TestBuiltinKBDocumentLinks checks, against the built-in knowledge base,
// links that need the rest of the document or a partial name.
func TestBuiltinKBDocumentLinks(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text, date string
		ents             []string
		want, not        []string
	}{
		{"name without its first words", "Hoop Scheffer said the alliance would stay.", "2006-05-02",
			[]string{"PER:Hoop Scheffer"}, []string{"Hoop Scheffer → jaap-de-hoop-scheffer (name)"}, nil},
		{"surname before the full name", "Aides to al-Maliki spoke in Baghdad. Later Nouri al-Maliki said the talks would go on.", "2008-03-29",
			[]string{"PER:al-Maliki", "GPE:Baghdad", "PER:Nouri al-Maliki"}, []string{"al-Maliki → nouri-al-maliki (name)"}, nil},
		{"different given names", "Ali Musa said the ambulance arrived late.", "2010-01-30",
			[]string{"PER:Ali Musa"}, []string{"Ali Musa → new:per:ali-musa (name)"}, []string{"Ali Musa → amr-moussa (name)"}},
		{"group phrase taken for a body", "The Iraqi government said the curfew would end.", "2008-03-29",
			[]string{"ORG:Iraqi government"}, nil, []string{"Iraqi government → new:org:iraqi-government (name)"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := mkdoc(t, tc.text, tc.date, tc.ents...)
			Resolve(d, k, Options{})
			got := map[string]bool{}
			rows := table(d)
			for _, r := range rows {
				got[r] = true
			}
			for _, w := range tc.want {
				if !got[w] {
					t.Errorf("missing %q; got %v", w, rows)
				}
			}
			for _, w := range tc.not {
				if got[w] {
					t.Errorf("unwanted %q; got %v", w, rows)
				}
			}
			checkMentions(t, d)
		})
	}
}

func TestCoordinatedAndContrast(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{{"Albert and Marcia", true}, {"Chao & Yang", true}, {"Albert Ruiz", false}, {"Bread and Roses", true}, {"Tom and", false}, {"bread and butter", false}} {
		if got := coordinated(c.name); got != c.want {
			t.Errorf("coordinated(%q) = %v", c.name, got)
		}
	}
	for _, c := range []struct {
		a, b []string
		want bool
	}{{[]string{"younger"}, []string{"older"}, true}, {[]string{"young"}, []string{"young", "angry"}, false}, {nil, []string{"older"}, false}} {
		if got := contrast(c.a, c.b); got != c.want {
			t.Errorf("contrast(%v, %v) = %v", c.a, c.b, got)
		}
	}
}
