package text

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/doc"
)

// words returns the token texts of s, for readable comparisons.
func words(s string, toks []doc.Span) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = s[t.Start:t.End]
	}
	return out
}

func TestTokens(t *testing.T) {
	tests := []struct {
		name, in, want string // want: tokens joined by single spaces
	}{
		{"plain", "The talks ended.", "The talks ended ."},
		{"n't", "I don't know.", "I do n't know ."},
		{"can't won't", "They can't, won't and shouldn't've.", "They ca n't , wo n't and should n't 've ."},
		{"possessive", "Norway's envoy", "Norway 's envoy"},
		{"curly clitics", "Oslo’s plan isn’t new", "Oslo ’s plan is n’t new"},
		{"other clitics", "We're, they'll, I've, I'm, she'd", "We 're , they 'll , I 've , I 'm , she 'd"},
		{"capitals", "DON'T", "DO N'T"},
		{"web contractions", "dont cannot gonna", "do nt can not gon na"},
		{"decades", "the 1990s and '90s and 80's", "the 1990s and '90s and 80's"},
		{"plural possessive", "the envoys' cars", "the envoys ' cars"},
		{"name with apostrophe", "O'Hara's car", "O'Hara 's car"},
		{"clitic after punctuation", "Yahoo!'s page", "Yahoo ! 's page"},
		{"hyphens whole", "a high-ranking officer urged de-escalation", "a high-ranking officer urged de-escalation"},
		{"ranges split, phone numbers whole", "ages 13-17, call 555-0199 or 1-800-555-0100", "ages 13 - 17 , call 555-0199 or 1-800-555-0100"},
		{"trailing hyphen", "pre- and post-war", "pre- and post-war"},
		{"titles", "Mr. Lund met Gen. Ortiz and Dr. Ito.", "Mr. Lund met Gen. Ortiz and Dr. Ito ."},
		{"dotted abbreviations", "the U.S. and U.N. envoys, e.g. her", "the U.S. and U.N. envoys , e.g. her"},
		{"dotted at end", "in the U.S.", "in the U.S."},
		{"companies", "Acme Inc. and Beta Corp. sued", "Acme Inc. and Beta Corp. sued"},
		{"months", "on Jan. 5 and Sept. 30", "on Jan. 5 and Sept. 30"},
		{"initials", "J. R. R. Tolkien", "J. R. R. Tolkien"},
		{"etc", "tanks, jets, etc. were sent", "tanks , jets , etc. were sent"},
		{"No. before number only", "No. 10 said no. Then", "No. 10 said no . Then"},
		{"pronoun I keeps no period", "than I. Then", "than I . Then"},
		{"currency", "$520 million", "$ 520 million"},
		{"magnitude", "a 1.5bn deal and €3.2m more", "a 1.5 bn deal and € 3.2 m more"},
		{"time units", "at 10am, 5km away", "at 10 am , 5 km away"},
		{"percent", "up 4.5%", "up 4.5 %"},
		{"thousands", "1,000,000 people and 3,40 kg", "1,000,000 people and 3 , 40 kg"},
		{"ordinals", "the 20th and 3rd", "the 20th and 3rd"},
		{"clock", "at 5:30 p.m. sharp", "at 5:30 p.m. sharp"},
		{"fractions and slashes", "9/11, 1/2, and/or, w/o", "9/11 , 1/2 , and / or , w/o"},
		{"ampersand", "AT&T and P&G", "AT&T and P&G"},
		{"url", "See https://example.org/a?b=1.", "See https://example.org/a?b=1 ."},
		{"url in brackets", "(www.example.com)", "( www.example.com )"},
		{"email", "Write to jane.doe@example.co.uk!", "Write to jane.doe@example.co.uk !"},
		{"handle and hashtag", "@jdoe wrote #peace now", "@jdoe wrote #peace now"},
		{"ellipsis", "Wait... what… no", "Wait ... what … no"},
		{"elision", "(…) and [...]", "( … ) and [ ... ]"},
		{"em dash", "talks—which failed—ended", "talks — which failed — ended"},
		{"en dash range", "2010–2012", "2010 – 2012"},
		{"double hyphen", "yes--no", "yes -- no"},
		{"straight quotes", `He said "no."`, `He said " no . "`},
		{"curly quotes", "“Yes,” she said.", "“ Yes , ” she said ."},
		{"guillemets", "«Non» and „Ja“", "« Non » and „ Ja “"},
		{"single quotes", "the ‘Live’ show", "the ‘ Live ’ show"},
		{"double backtick", "``Yes'' he said", "`` Yes '' he said"},
		{"question exclamation", "Really?! Yes!!!", "Really ?! Yes !!!"},
		{"emoticon", "great :) thanks", "great :) thanks"},
		{"emoji with skin tone", "ok 👍🏽 fine", "ok 👍🏽 fine"},
		{"no-break space", "10\u00a0km", "10 km"},
		{"list numbers", "1. First item\n2. Second", "1. First item 2. Second"},
		{"number then period mid-line", "in 2005. Then", "in 2005 . Then"},
		{"glued sentences", "the talks.The envoy", "the talks . The envoy"},
		{"domain not glued", "visit Example.Com today", "visit Example.Com today"},
		{"decimal", "3.14 and .5", "3.14 and .5"},
		{"stars", "*** Note", "*** Note"},
		{"empty", "", ""},
		{"spaces only", " \n\t ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(words(tt.in, Tokens(tt.in)), " ")
			if got != tt.want {
				t.Errorf("Tokens(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokensSplitHyphens(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a high-ranking officer", "a high - ranking officer"},
		{"anti-war co-founder re-elected", "anti-war co-founder re-elected"},
		{"e-mail non-profit", "e-mail non-profit"},
		{"a 10-year-old", "a 10 - year - old"},
		{"call 555-0199", "call 555-0199"},
		{"Russia-Ukraine talks", "Russia - Ukraine talks"},
	}
	for _, tt := range tests {
		got := strings.Join(words(tt.in, TokensWith(tt.in, Options{SplitHyphens: true})), " ")
		if got != tt.want {
			t.Errorf("TokensWith(%q, SplitHyphens)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"two", "He left. She stayed.", []string{"He left.", "She stayed."}},
		{"titles", "Mr. Lund left. Dr. Ito stayed.", []string{"Mr. Lund left.", "Dr. Ito stayed."}},
		{"abbreviation ends sentence", "He lives in the U.S. The weather is mild.", []string{"He lives in the U.S.", "The weather is mild."}},
		{"abbreviation before name", "The U.S. President spoke.", []string{"The U.S. President spoke."}},
		{"company", "It sued Acme Inc. The firm denied it.", []string{"It sued Acme Inc.", "The firm denied it."}},
		{"company mid-sentence", "Acme Inc. of Oslo denied it.", []string{"Acme Inc. of Oslo denied it."}},
		{"initials", "He met J. R. R. Tolkien in 1950.", []string{"He met J. R. R. Tolkien in 1950."}},
		{"decimal", "It grew 1.5 percent. Then it fell.", []string{"It grew 1.5 percent.", "Then it fell."}},
		{"etc", "They sent tanks, jets, etc. Nobody objected.", []string{"They sent tanks, jets, etc.", "Nobody objected."}},
		{"a.m. then starter", "It began at 9 a.m. The talks ran late.", []string{"It began at 9 a.m.", "The talks ran late."}},
		{"a.m. then name", "It began at 9 a.m. Eastern time.", []string{"It began at 9 a.m. Eastern time."}},
		{"month then day", "He arrived on Jan. 5. It snowed.", []string{"He arrived on Jan. 5.", "It snowed."}},
		{"No. before number", "No. 10 said no. The press left.", []string{"No. 10 said no.", "The press left."}},
		{"closing quote belongs to the sentence", "He said: “We will go.” Then they left.", []string{"He said: “We will go.”", "Then they left."}},
		{"straight quotes", `She said "It is over." Nobody replied.`, []string{`She said "It is over."`, "Nobody replied."}},
		{"guillemets", "Il a dit «Non.» Puis il est parti.", []string{"Il a dit «Non.»", "Puis il est parti."}},
		{"single quotes", "He called it ‘a farce.’ The talks went on.", []string{"He called it ‘a farce.’", "The talks went on."}},
		{"question then lower-case attribution", "“Why?” he asked.", []string{"“Why?” he asked."}},
		{"question then named speaker", "“Why now?” Ortiz asked.", []string{"“Why now?” Ortiz asked."}},
		{"question then new sentence", "“Why now?” Nobody knew.", []string{"“Why now?”", "Nobody knew."}},
		{"question then I", "“Why now?” I asked.", []string{"“Why now?” I asked."}},
		{"question then pronoun", "“Why now?” She added that it was late.", []string{"“Why now?”", "She added that it was late."}},
		{"comma after quote", "“We will go,” she said.", []string{"“We will go,” she said."}},
		{"?!", "Really?! Yes.", []string{"Really?!", "Yes."}},
		{"question without quote", "what? i have no idea.", []string{"what?", "i have no idea."}},
		{"lower-case after period", "i went home. it was late.", []string{"i went home.", "it was late."}},
		{"ellipsis then capital", "Wait... The door opened.", []string{"Wait...", "The door opened."}},
		{"ellipsis then lower case", "Wait... and then nothing.", []string{"Wait... and then nothing."}},
		{"elision between sentences", "“The draft was done. (…) And then, it stalled.”", []string{"“The draft was done. (…)", "And then, it stalled.”"}},
		{"elision inside a sentence", "“It will expire in 2030 (…) but we need a partner.”", []string{"“It will expire in 2030 (…) but we need a partner.”"}},
		{"elision before capital inside a sentence", "“They met Ortiz (…) Lund and Ito.”", []string{"“They met Ortiz (…) Lund and Ito.”"}},
		{"bracketed elision", "He paused [...] then went on.", []string{"He paused [...] then went on."}},
		{"reference note", "He left in 1805. [3] Then he wrote.", []string{"He left in 1805. [3]", "Then he wrote."}},
		{"headline", "Talks Resume in Oslo\n\nThe talks resumed.", []string{"Talks Resume in Oslo", "The talks resumed."}},
		{"quoted heading", "“Hard Choices”\n\n\n\nThe envoy spoke.", []string{"“Hard Choices”", "The envoy spoke."}},
		{"single newline", "Line one\nLine two", []string{"Line one", "Line two"}},
		{"list", "Demands:\n1. A ceasefire.\n2. Talks.", []string{"Demands:", "1. A ceasefire.", "2. Talks."}},
		{"bullets", "Key points:\n- a truce\n- talks", []string{"Key points:", "- a truce", "- talks"}},
		{"colon does not end", "He said: the talks failed.", []string{"He said: the talks failed."}},
		{"semicolon does not end", "It failed; they left.", []string{"It failed; they left."}},
		{"outer white space", "  Hello world.  \n", []string{"Hello world."}},
		{"score", "The vote was 5-4. Critics objected.", []string{"The vote was 5-4.", "Critics objected."}},
		{"number after period", "It rose in 2005. 2006 was worse.", []string{"It rose in 2005.", "2006 was worse."}},
		{"emoticon", "Great news :) See you soon.", []string{"Great news :)", "See you soon."}},
		{"parenthesis after period", "He left. (He was tired.) She stayed.", []string{"He left.", "(He was tired.)", "She stayed."}},
		{"abbreviation before bracket", "at 10 a.m. (CET) on Monday", []string{"at 10 a.m. (CET) on Monday"}},
		{"dateline with agency", "Lima, June 3 (AFP).- Peruvian officials met the envoy.", []string{"Lima, June 3 (AFP).-", "Peruvian officials met the envoy."}},
		{"dateline with agency and dash", "OSLO, May 2 (Wire News) - The talks resumed.", []string{"OSLO, May 2 (Wire News) -", "The talks resumed."}},
		{"dateline in capitals", "OSLO — The talks resumed on Monday.", []string{"OSLO —", "The talks resumed on Monday."}},
		{"dateline mid-text is no dateline", "The talks resumed.\nThe envoy (a diplomat) - who arrived late - spoke.", []string{"The talks resumed.", "The envoy (a diplomat) - who arrived late - spoke."}},
		{"no dateline: dash in a sentence", "Two sides (and a mediator) - all tired - met.", []string{"Two sides (and a mediator) - all tired - met."}},
		{"no final punctuation", "no punctuation here", []string{"no punctuation here"}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Tokens(tt.in)
			var got []string
			for _, s := range Sentences(tt.in, toks) {
				got = append(got, tt.in[s.Start:s.End])
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") || len(got) != len(tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokenize(t *testing.T) {
	d := doc.New("t", "Talks Resume\n\nThe envoy didn't come. He stayed home.")
	d.Tokens = []doc.Token{{UPOS: "X"}} // replaced
	Tokenize(d)
	if err := checkInvariants(d.Text, spansOf(d.Tokens), d.Sentences); err != "" {
		t.Fatal(err)
	}
	if len(d.Sentences) != 3 {
		t.Fatalf("got %d sentences, want 3", len(d.Sentences))
	}
	wantSent := []int{0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2}
	if len(d.Tokens) != len(wantSent) {
		t.Fatalf("got %d tokens %q, want %d", len(d.Tokens), words(d.Text, spansOf(d.Tokens)), len(wantSent))
	}
	for i, tk := range d.Tokens {
		if tk.Sentence != wantSent[i] || tk.Head != -1 || tk.UPOS != "" || tk.Lemma != "" || tk.Deprel != "" {
			t.Errorf("token %d %q = %+v, want sentence %d, head -1, no annotations", i, d.SpanText(tk.Span), tk, wantSent[i])
		}
	}
	if err := d.Validate(); err != nil {
		t.Error(err)
	}

	// Split and TokenizeWith agree with the lower-level functions.
	toks, sents := Split(d.Text)
	if len(toks) != len(d.Tokens) || len(sents) != len(d.Sentences) {
		t.Errorf("Split: %d tokens, %d sentences; Tokenize: %d, %d", len(toks), len(sents), len(d.Tokens), len(d.Sentences))
	}
	e := doc.New("e", "")
	Tokenize(e)
	if len(e.Tokens) != 0 || len(e.Sentences) != 0 || e.Sentences == nil {
		t.Errorf("empty text: %d tokens, sentences %v (want none, non-nil)", len(e.Tokens), e.Sentences)
	}
}

func spansOf(toks []doc.Token) []doc.Span {
	out := make([]doc.Span, len(toks))
	for i, t := range toks {
		out[i] = t.Span
	}
	return out
}

// checkInvariants returns a description of the first broken invariant of
// tokens and sentences over s, or "". Rune boundaries are checked when s is
// valid UTF-8 (an invalid byte is a token of its own).
func checkInvariants(s string, toks, sents []doc.Span) string {
	valid := utf8.ValidString(s)
	prev := 0
	for _, t := range toks {
		switch {
		case t.Start < prev || t.End > len(s):
			return "token out of order or range: " + s[max(0, min(t.Start, len(s))):]
		case t.End <= t.Start:
			return "empty token"
		case valid && (!utf8.RuneStart(s[t.Start]) || (t.End < len(s) && !utf8.RuneStart(s[t.End]))):
			return "token not on rune boundaries"
		case strings.TrimSpace(s[t.Start:t.End]) == "":
			return "white-space token"
		}
		prev = t.End
	}
	if len(toks) == 0 {
		if len(sents) != 0 {
			return "sentences without tokens"
		}
		return ""
	}
	// Every token lies in exactly one sentence; sentences are in order and
	// start and end on token boundaries.
	k := 0
	for j, st := range sents {
		if st.End <= st.Start {
			return "empty sentence"
		}
		if j > 0 && st.Start < sents[j-1].End {
			return "sentences overlap"
		}
		if k >= len(toks) || toks[k].Start != st.Start {
			return "sentence does not start at a token: " + s[st.Start:st.End]
		}
		for k < len(toks) && toks[k].End <= st.End {
			k++
		}
		if toks[k-1].End != st.End {
			return "sentence does not end at a token: " + s[st.Start:st.End]
		}
		if k < len(toks) && toks[k].Start < st.End {
			return "token straddles a sentence end"
		}
	}
	if k != len(toks) {
		return "tokens after the last sentence"
	}
	return ""
}
