package place

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/doc"
)

func TestDefaultLoads(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Entries) < 2000 {
		t.Errorf("gazetteer has %d entries, want ≥ 2000", len(g.Entries))
	}
	counts := map[string]int{}
	for _, e := range g.Entries {
		counts[e.Kind]++
	}
	if counts["country"] < 195 || counts["capital"] < 195 || counts["city"]+counts["capital"] < 1500 {
		t.Errorf("counts %v too small", counts)
	}
}

// got renders the places of a document as "Text=Name/CCC" items.
func got(d *doc.Document) string {
	var parts []string
	for _, p := range d.Places {
		c := "-"
		if p.Country != nil {
			c = *p.Country
		}
		parts = append(parts, fmt.Sprintf("%s=%s/%s", p.Text, p.Name, c))
	}
	return strings.Join(parts, "; ")
}

func TestFind(t *testing.T) {
	tests := []struct {
		name, text string
		ents       []doc.Entity // recogniser output, offsets filled from Text
		want       string
	}{
		{"istanbul", "Talks resumed in Istanbul.", nil, "Istanbul=Istanbul/TUR"},
		{"spanish spellings", "Shelling hit Jarkov and Jersón.", nil, "Jarkov=Kharkiv/UKR; Jersón=Kherson/UKR"},
		{"lower case after ner", "kyiv said", []doc.Entity{{Text: "kyiv", Type: "GPE"}}, "kyiv=Kyiv/UKR"},
		{"lower case without ner", "kyiv said", nil, ""},
		{"paris", "The summit opened in Paris on Monday.", nil, "Paris=Paris/FRA"},
		{"paris texas", "He grew up in Paris, Texas, near the border.", nil, "Texas=Texas/USA"},
		{"qualifier picks country", "Rockets hit Tripoli, Lebanon, and Tyre.", nil, "Tripoli=Tripoli/LBN; Lebanon=Lebanon/LBN; Tyre=Tyre/LBN"},
		{"fuzzy ner", "Troops left Zaporiyia and Lugank.", []doc.Entity{{Text: "Zaporiyia", Type: "GPE"}, {Text: "Lugank", Type: "GPE"}}, "Zaporiyia=Zaporizhzhia/UKR; Lugank=Luhansk/UKR"},
		{"fuzzy after preposition", "Fighting continued near Donietsk and in Nikolaev.", nil, "Donietsk=Donetsk/UKR; Nikolaev=Mykolaiv/UKR"},
		{"kiev", "Kiev and Kyiv are one city.", nil, "Kiev=Kyiv/UKR; Kyiv=Kyiv/UKR"},
		{"multiword", "Ships crossed the Strait of Hormuz and the Red Sea.", nil, "Strait of Hormuz=Strait of Hormuz/-; Red Sea=Red Sea/-"},
		{"gaza", "Aid reached Khan Younis and Deir al-Balah in the Gaza Strip.", nil, "Khan Younis=Khan Younis/PSE; Deir al-Balah=Deir al-Balah/PSE; Gaza Strip=Gaza Strip/PSE"},
		{"possessive", "Moscow's offer was rejected in Washington.", nil, "Moscow=Moscow/RUS; Washington=Washington/USA"},
		{"person blocked", "Paris Hilton arrived.", []doc.Entity{{Text: "Paris Hilton", Type: "PER"}}, ""},
		{"org glued", "The Washington Post reported it.", nil, ""},
		{"ambiguous word", "Nice work. They met in Nice.", nil, "Nice=Nice/FRA"},
		{"frontline", "Russian forces pressed on Pokrovsk, Kupiansk and Bakhmut.", nil, "Pokrovsk=Pokrovsk/UKR; Kupiansk=Kupiansk/UKR; Bakhmut=Bakhmut/UKR"},
		{"latin america", "Leaders from Latin America met.", nil, "Latin America=Latin America/-"},
		{"the in entity", "He flew to the Netherlands.", []doc.Entity{{Text: "the Netherlands", Type: "GPE"}}, "Netherlands=Netherlands/NLD"},
		{"doc country", "Officials in Lebanon said Tripoli was calm.", nil, "Lebanon=Lebanon/LBN; Tripoli=Tripoli/LBN"},
		{"largest homonym", "Militias clashed in Tripoli.", nil, "Tripoli=Tripoli/LBY"},
		{"pronoun us", "Us and them. Give us time.", nil, ""},
		{"attributive abbreviation", "US forces left; the UK-French plan stalled; the US said no.", nil, "US=United States/USA"},
		{"region with lower-case follower", "Drones hit the Kyiv region overnight.", nil, "Kyiv region=Kyiv Oblast/UKR"},
		{"longer name over entity", "A missile fell into the Sea of Japan.", []doc.Entity{{Text: "Japan", Type: "GPE"}}, "Sea of Japan=Sea of Japan/-"},
		{"ambiguous word kept by country", "Strikes hit Tyre. Lebanon protested.", nil, "Tyre=Tyre/LBN; Lebanon=Lebanon/LBN"},
		{"ambiguous word dropped", "Tyre pressure matters.", nil, ""},
		{"hyphenated", "Talks in Port-au-Prince and Nagorno-Karabakh.", nil, "Port-au-Prince=Port-au-Prince/HTI; Nagorno-Karabakh=Nagorno-Karabakh/AZE"},
		{"recogniser partial entity", "Fighting in Nagorno-Karabakh.", []doc.Entity{{Text: "Nagorno", Type: "GPE"}}, "Nagorno-Karabakh=Nagorno-Karabakh/AZE"},
		{"apostrophe name", "Strikes on Sana'a continued.", nil, "Sana'a=Sanaa/YEM"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := doc.New(tc.name, tc.text)
			from := 0
			for _, e := range tc.ents {
				i := strings.Index(tc.text[from:], e.Text)
				if i < 0 {
					t.Fatalf("entity %q not in text", e.Text)
				}
				e.Start, e.End = from+i, from+i+len(e.Text)
				from = e.End
				d.Entities = append(d.Entities, e)
			}
			Find(d, Options{})
			if err := d.Validate(); err != nil {
				t.Fatal(err)
			}
			if g := got(d); g != tc.want {
				t.Errorf("Find(%q)\n got  %s\n want %s", tc.text, g, tc.want)
			}
		})
	}
}

// TestGazetteerFiles checks every embedded file parses on its own and
// that names and aliases do not collide within one country and kind.
func TestGazetteerFiles(t *testing.T) {
	paths, err := filepath.Glob("gazetteer/*.tsv")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no gazetteer files: %v", err)
	}
	seen := map[string]string{}
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		es, err := Parse(f, p)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range es {
			k := e.Kind + "|" + e.Name + "|" + e.Country
			if prev, ok := seen[k]; ok {
				t.Errorf("%s: %s %q (%s) already in %s", p, e.Kind, e.Name, e.Country, prev)
			}
			seen[k] = p
		}
	}
}

func TestParseErrors(t *testing.T) {
	bad := []string{
		"city\tX\tUKR\t1\t2\n",          // too few fields
		"town\tX\tUKR\t1\t2\t3\n",       // unknown kind
		"city\tX\tukr\t1\t2\t3\n",       // bad country
		"city\tX\tUKR\t91\t2\t3\n",      // latitude out of range
		"city\tX\tUKR\t1\t181\t3\n",     // longitude out of range
		"city\tX\tUKR\t1\t2\t-3\n",      // negative population
		"city\t\tUKR\t1\t2\t3\n",        // empty name
		"city\tX\tUKR\t1\t2\t3\ta\tb\n", // too many fields
	}
	for _, in := range bad {
		if _, err := Parse(strings.NewReader(in), "test.tsv"); err == nil {
			t.Errorf("Parse(%q) = nil error", in)
		}
	}
	es, err := Parse(strings.NewReader("# comment\n\ncity\tKyiv\tUKR\t50.45\t30.52\t2950\tKiev|Kiew\n"), "ok.tsv")
	if err != nil || len(es) != 1 || len(es[0].Aliases) != 2 {
		t.Errorf("Parse good line = %+v, %v", es, err)
	}
}

func FuzzParse(f *testing.F) {
	f.Add("city\tKyiv\tUKR\t50.45\t30.52\t2950\tKiev|Kiew\n")
	f.Add("water\tRed Sea\t-\t20.00\t38.50\t0\n# x\n")
	f.Fuzz(func(t *testing.T, in string) {
		es, err := Parse(strings.NewReader(in), "fuzz.tsv")
		if err != nil {
			return
		}
		g := New(es)
		d := doc.New("fuzz", in)
		d.Places = g.Resolve(d, Options{})
		if err := d.Validate(); err != nil {
			t.Fatal(err)
		}
	})
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"Talks resumed in Istanbul.", "Paris, Texas", "Kyiv's Sana'a Port-au-Prince", "US-", "Nice, ", "\xff Kiev"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := doc.New("fuzz", text)
		Find(d, Options{})
		if err := d.Validate(); err != nil {
			t.Fatal(err)
		}
		for i := 1; i < len(d.Places); i++ {
			if d.Places[i].Start < d.Places[i-1].End {
				t.Fatalf("places overlap or are out of order: %+v", d.Places)
			}
		}
	})
}
