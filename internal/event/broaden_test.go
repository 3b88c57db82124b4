package event

import (
	"testing"

	"github.com/parley-news/parley/internal/doc"
)

// TestCodeBroadened checks the coder's handling of misparsed main verbs,
// nominal and two-word triggers, and type refinements by object, on our
// own sentences (first event as "TYPE/mode src>tgt @place date", or "").
func TestCodeBroadened(t *testing.T) {
	tests := []firstEventCase{
		// A main verb the parser hung on its subject as a participle.
		{"Syrian warplanes bombed rebel positions near Aleppo.", "ASSAULT/explosives SYR> @- -"},
		{"The United Nations on Tuesday reduced water deliveries to the camp in Kenya, aid workers said.", "SANCTION/discontinue UN>KEN @- 2024-03-05"},
		// Hosting a meeting: the host meets the parties.
		{"Qatar hosted talks between the United States and the Taliban.", "CONSULT/- QAT>USA,AFG.TALIBAN @- -"},
		{"Algeria hosted a summit of North African leaders.", "CONSULT/multilateral DZA> @- -"},
		// Two-word triggers and of-phrases of quantities.
		{"Iran test-fired a long-range missile on Sunday.", "MOBILIZE/weapons IRN> @- 2024-03-03"},
		{"Cuba has sent hundreds of doctors to Venezuela.", "AID/- CUB>VEN @- -"},
		{"Belgium is withdrawing its remaining soldiers from Niger.", "RETREAT/withdraw BEL>NER @- -"},
		{"Iraq has moved two armored divisions to the Kuwaiti border.", "MOBILIZE/troops IRQ> @- -"},
		{"Authorities in Myanmar placed the opposition leader under house arrest.", "COERCE/arrest MMR> @- -"},
		{"Israel sealed off the Gaza Strip after the bombing.", "COERCE/restrict ISR> @- -"},
		{"Egypt summoned the Israeli ambassador.", "ACCUSE/disapprove EGY> @- -"},
		// What is granted, lifted, called off or handed over decides.
		{"Peru granted asylum to five Panamanian officers.", "AID/- PER>PAN @- -"},
		{"Greenland granted its fishermen the right to sell abroad.", "CONCEDE/- > @- -"},
		{"The Kenyan government lifted the ban on opposition rallies.", "CONCEDE/- KEN> @- -"},
		{"The talks eased tensions between India and Pakistan.", ""},
		{"Paraguay canceled its participation in the conference.", ""},
		{"Sudan received 200 million dollars in aid from the European Union.", "AID/- EU>SDN @- -"},
		{"Thailand handed over the suspected bomber to Indonesia.", "COOPERATE/- THA>IDN @- -"},
		{"The company handed over the documents to Kenya.", ""},
		// Targets: the subject of a threat's condition, the party a
		// protest defies; the object of "discuss" is a topic.
		{"Iran threatened to launch a new offensive unless Baghdad accepted its conditions.", "THREATEN/- IRN>IRQ @- -"},
		{"Thousands of students blocked roads in Lima in defiance of Peruvian authorities.", "PROTEST/obstruct >PER @- -"},
		{"The activist staged a hunger strike in protest against abuses by Algerian security forces.", "PROTEST/hunger >DZA @- -"},
		{"The Russian and American delegations discussed detained US citizens.", "CONSULT/- USA,RUS> @- -"},
		// coordinated nationalities on one subject are the parties of a
		// meeting; "spoke by phone" is a phone call
		{"American and Russian negotiators met again.", "CONSULT/- RUS,USA> @- -"},
		{"The Chilean and Peruvian delegations spoke by phone.", "CONSULT/phone PER,CHL> @- -"},
		{"Israel's cabinet met on Sunday.", ""},
		// a participle the tagger took for a noun after a date
		{"Peru signed a decree in early March rejecting negotiations with Chile.", "REJECT/- PER> @- 2024-03"},
		// "a round of talks" are talks
		{"Oman hosted a new round of talks between Iran and Bahrain.", "CONSULT/- OMN>IRN,BHR @- -"},
		// a proposal delivered is no aid
		{"Egyptian mediators delivered a new proposal to the Hamas delegation.", ""},
		// an amount given "in aid": the aid is the act
		{"Japan sent $5 million in humanitarian aid to Sudan.", "AID/- JPN>SDN @- -"},
		{"The fund lost 50 million euros in value.", ""},
		// insisting on a fact, or on what one's own side will do, is no
		// demand; insisting that another side act is
		{"Peru insisted that its navy was not involved.", ""},
		{"Peru insisted that Chile withdraw its ships.", "REQUEST/- PER>CHL @- -"},
		// a statement withheld is no rejection; refusing an act is
		{"The spokesman declined to give details.", ""},
		{"The minister refused to comment on the talks.", ""},
		{"Iran refused to discuss its missile programme.", "REJECT/- IRN> @- -"},
		// the place left is no party
		{"Kyiv demanded the withdrawal of Russian troops from Ukraine.", "REQUEST/- UKR>RUS.AF @- -"},
		// a gerund after a time preposition has the main clause's subject
		{"The Chilean delegation left Lima after meeting the Peruvian delegation.", "CONSULT/- CHL>PER @- -"},
		// Other senses of trigger words.
		{"France beat Germany in the World Cup final.", ""},
		{"The Indian ministry warned of heavy rains in the south.", ""},
		{"The Indian prime minister hosted a dinner for business leaders.", ""},
		{"Egypt cut off the internet in three provinces.", "COERCE/withhold EGY> @- -"},
		{"The rebels announced a suspension of attacks on government forces.", "RETREAT/ceasefire > @- -"},
		// Codebook rules: pardons are concessions, hostage rescues aid,
		// signing an accord is support (but not a decree).
		{"The Serbian president pardoned 20 Albanian prisoners.", "CONCEDE/- aleksandar-vucic>new:group:alb-prisoners @- -"},
		{"Pakistan's military rescued 12 hostages held in a mountain village.", "AID/- PAK.ARMY,PAK> @- -"},
		{"Colombia signed a peace agreement with the rebels.", "SUPPORT/- COL> @- -"},
		{"The president signed a decree on the budget.", ""},
		{"Israel barred the UN envoy from entering the country.", "REJECT/- ISR>UN @- -"},
		{"China launched a cyber attack on Taiwan's banks.", "COERCE/cyber CHN>TWN @- -"},
		{"Fiji suspended plans to impose a night curfew on the islands.", "CONCEDE/- FJI> @- -"},
		{"Kazakhstan suspended all social media platforms on Monday.", "COERCE/censor KAZ> @- 2024-03-04"},
		{"Japan suspended economic aid to Myanmar.", "SANCTION/discontinue JPN>MMR @- -"},
		{"United Nations observers arrived in Liberia on Monday.", "RETREAT/access UN>LBR @Liberia 2024-03-04"},
		{"Indian troops arrived in Sri Lanka.", ""},
		{"The Colombian army declared a ceasefire with the rebels.", "CONCEDE/- COL> @- -"},
		// A subject parsed as an apposition of a fronted phrase.
		{"After the signing of the pact, the Sudanese government and the militias have agreed to reopen the roads.", "AGREE/- SDN> @- -"},
		// Conjoined parties that resolve to one actor met no one named.
		{"In Peru, the government and opposition have resumed their talks over the budget.", ""},
		// A seizure targets the owner of what is seized; other "from"
		// phrases name no target.
		{"Egyptian police confiscated weapons from Hamas militants near the border.", "COERCE/seize EGY>PSE.HAMAS @- -"},
		{"Iranian guards seized a tanker from Britain in the Gulf.", "COERCE/seize IRN>GBR @Persian Gulf -"},
		// "out of" marks what is withdrawn from, like "from".
		{"Uganda pulled its troops out of Somalia.", "RETREAT/withdraw UGA>SOM @- -"},
		{"Chad withdrew its soldiers out of Niger last year.", "RETREAT/withdraw TCD>NER @- 2023"},
		// MOBILIZE faces the owner of foreign ground or of a frontier;
		// one's own ground or border names no recipient.
		{"Israel reinforced its troops in Lebanon after the rocket attacks.", "MOBILIZE/- ISR>LBN @Lebanon -"},
		{"Russia massed troops along the border with Ukraine.", "MOBILIZE/- RUS>UKR @- -"},
		{"Syria has strengthened its forces in Jordan, army sources said.", "MOBILIZE/- SYR>JOR @- -"},
		{"Kenya deployed extra police along its border with Somalia.", "MOBILIZE/troops KEN>SOM @- -"},
		{"Nigeria deployed soldiers in Lagos after the riots.", "MOBILIZE/troops NGA> @Lagos -"},
		{"Peru sent troops to its own border to stop smugglers.", "MOBILIZE/troops PER> @- -"},
		// The source's own forces or diplomats ("its troops") are no
		// target and do not stop the search for the real one.
		{"Kenya threatened to withdraw its troops unless Uganda released the detainees.", "THREATEN/- KEN>UGA @- -"},
		{"Turkey reinforced its troops along the border with Syria.", "MOBILIZE/- TUR>SYR @- -"},
		// A protest for secession is aimed at the state to be left.
		{"Thousands of Catalans marched in Barcelona on Sunday calling for independence from Spain.", "PROTEST/demo >ESP @Barcelona 2024-03-03"},
		// An armed agent noun is a clear, if unresolved, source.
		{"Gunmen killed five policemen in northern Nigeria.", "ASSAULT/- > @Nigeria -"},
		// Also when the tagger took the capitalised plural for a name.
		{"Gunmen assassinated the governor of Kano on Friday.", "ASSAULT/- > @- 2024-03-01"},
	}
	runFirstEvent(t, tests, false)
}

// TestRepairParse checks the undoing of participle misparses on
// hand-built parses (no models needed).
func TestRepairParse(t *testing.T) {
	type tok struct {
		word, upos, xpos string
		head             int
		rel              string
	}
	build := func(toks []tok) *doc.Document {
		text := ""
		var out []doc.Token
		for _, tk := range toks {
			if text != "" && tk.upos != "PUNCT" {
				text += " "
			}
			start := len(text)
			text += tk.word
			lemma := tk.word
			if lemma == "said" {
				lemma = "say"
			}
			out = append(out, doc.Token{Span: doc.Span{Start: start, End: len(text)}, UPOS: tk.upos, XPOS: tk.xpos,
				Lemma: lemma, Head: tk.head, Deprel: tk.rel})
		}
		d := doc.New("t", text)
		d.Tokens = out
		return d
	}
	tests := []struct {
		name string
		toks []tok
		want []int // heads after repair, nil for no repair
	}{
		{"root noun with a past participle and an object",
			[]tok{{"Warplanes", "NOUN", "NNS", -1, "root"}, {"bombed", "VERB", "VBN", 0, "acl"}, {"positions", "NOUN", "NNS", 1, "obj"}, {".", "PUNCT", ".", 0, "punct"}},
			[]int{1, -1, 1, 1}},
		{"subject of a speech verb",
			[]tok{{"Police", "NOUN", "NNS", 3, "nsubj"}, {"seized", "VERB", "VBN", 0, "acl"}, {"guns", "NOUN", "NNS", 1, "obj"}, {"said", "VERB", "VBD", -1, "root"}, {".", "PUNCT", ".", 3, "punct"}},
			[]int{1, 3, 1, -1, 3}},
		{"amod verb before its object",
			[]tok{{"Police", "NOUN", "NNS", 4, "nsubj"}, {"seized", "VERB", "VBN", 2, "amod"}, {"guns", "NOUN", "NNS", 0, "nmod"}, {",", "PUNCT", ",", 4, "punct"}, {"said", "VERB", "VBD", -1, "root"}, {".", "PUNCT", ".", 4, "punct"}},
			[]int{1, 4, 1, 4, -1, 4}},
		{"a true participle: no object, a finite verb elsewhere",
			[]tok{{"Weapons", "NOUN", "NNS", 2, "nsubj:pass"}, {"seized", "VERB", "VBN", 0, "acl"}, {"were", "AUX", "VBD", 3, "aux:pass"}, {"destroyed", "VERB", "VBN", -1, "root"}, {".", "PUNCT", ".", 3, "punct"}},
			nil},
		{"a subject parsed as apposition of a fronted phrase",
			[]tok{{"In", "ADP", "IN", 1, "case"}, {"move", "NOUN", "NN", 6, "obl"}, {",", "PUNCT", ",", 3, "punct"}, {"police", "NOUN", "NNS", 1, "appos"},
				{"have", "AUX", "VBP", 6, "aux"}, {"quietly", "ADV", "RB", 6, "advmod"}, {"seized", "VERB", "VBN", -1, "root"}, {"guns", "NOUN", "NNS", 6, "obj"}, {".", "PUNCT", ".", 6, "punct"}},
			[]int{1, 6, 3, 6, 6, 6, -1, 6, 6}},
		{"a participle with its own auxiliary",
			[]tok{{"Men", "NOUN", "NNS", -1, "root"}, {"who", "PRON", "WP", 3, "nsubj"}, {"had", "AUX", "VBD", 3, "aux"}, {"seized", "VERB", "VBN", 0, "acl"}, {"guns", "NOUN", "NNS", 3, "obj"}, {".", "PUNCT", ".", 0, "punct"}},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := repairParse(build(tt.toks))
			if tt.want == nil {
				if got != nil {
					t.Fatalf("repaired, want no change")
				}
				return
			}
			if got == nil {
				t.Fatalf("no repair, want heads %v", tt.want)
			}
			for i, h := range tt.want {
				if got[i].Head != h {
					t.Errorf("token %d %q: head %d, want %d", i, tt.toks[i].word, got[i].Head, h)
				}
			}
		})
	}
}

// TestScoredNegated: a negated cooperative act scores as REJECT, a negated
// act of conflict as no event at all.
func TestScoredNegated(t *testing.T) {
	tests := []struct {
		typ  string
		want string
	}{
		{"CONSULT", "REJECT"},
		{"AID", "REJECT"},
		{"ASSAULT", ""},
		{"REQUEST", ""},
	}
	for _, tt := range tests {
		if got := Scored(doc.Event{Type: tt.typ, Negated: true, Modality: "asserted"}); got != tt.want {
			t.Errorf("negated %s scored %q, want %q", tt.typ, got, tt.want)
		}
	}
}

// TestRepairParseRobust: arbitrary, even malformed, heads never make the
// repair panic.
func TestRepairParseRobust(t *testing.T) {
	upos := []string{"NOUN", "PROPN", "VERB", "AUX", "PUNCT", "ADP", "ADV"}
	xpos := []string{"NN", "NNP", "VBD", "VBN", "VBZ", ".", "IN"}
	rels := []string{"root", "acl", "amod", "appos", "nsubj", "obj", "obl", "nmod", "aux", "punct", "ccomp", "conj"}
	seed := uint32(7)
	next := func(n int) int {
		seed = seed*1664525 + 1013904223
		return int(seed>>8) % n
	}
	for round := 0; round < 300; round++ {
		n := 1 + next(12)
		text := ""
		var toks []doc.Token
		for i := 0; i < n; i++ {
			start := len(text)
			text += "w ,"[next(3):][:1]
			k := next(len(upos))
			toks = append(toks, doc.Token{Span: doc.Span{Start: start, End: len(text)}, Sentence: next(2), UPOS: upos[k], XPOS: xpos[k],
				Lemma: "say", Head: next(n+3) - 2, Deprel: rels[next(len(rels))]})
			text += " "
		}
		d := doc.New("r", text)
		d.Tokens = toks
		repairParse(d) // must not panic
		Code(d, Options{KeepUnsourced: true})
	}
}
