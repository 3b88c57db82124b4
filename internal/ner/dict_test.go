package ner

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

// actorsFixture is a small dictionary in the Phoenix format, written for
// these tests (invented names).
const actorsFixture = `# a comment
NORDLAND_  [NRD]
+NORDLANDIA_

KARL_JOHAN_LINDQVIST_  # CountryInfo.txt
+PRESIDENT_LINDQVIST_
	[NRDGOV 030101-091231]
DR._ANNA_BERG_JR_  # CountryInfo.txt
NORDIC_WIDGET_CORPORATION_ [MNCNRD]
+NORDWIDGET_
FJORD_LIBERATION_FRONT_(FLF)_ [NRDREB]
OSLO_WATCH_	[NGO 030101-091231]
`

func TestReadActors(t *testing.T) {
	es, err := readActors(strings.NewReader(actorsFixture), "fixture", false)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range es {
		kind := "other"
		if e.person {
			kind = "person"
		}
		got = append(got, kind+":"+strings.Join(e.names, "|"))
	}
	want := []string{
		"other:NORDLAND|NORDLANDIA",
		"person:KARL JOHAN LINDQVIST|PRESIDENT LINDQVIST",
		"person:DR. ANNA BERG JR",
		"other:NORDIC WIDGET CORPORATION|NORDWIDGET",
		"other:FJORD LIBERATION FRONT",
		"person:OSLO WATCH",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if p := personParts("DR. ANNA BERG JR"); !reflect.DeepEqual(p, []string{"ANNA", "BERG"}) {
		t.Errorf("personParts = %q", p)
	}
	es, _ = readActors(strings.NewReader(actorsFixture), "fixture", true)
	for _, e := range es {
		if e.person {
			t.Errorf("%v: a person in an organisations-only dictionary", e.names)
		}
	}
}

func TestDictionarySaved(t *testing.T) {
	d := &gazetteer{folded: map[uint64]uint16{}, exact: map[uint64]uint16{}, prefix: map[uint64]bool{}}
	d.add("Karl Lindqvist", gPerName)
	d.add("Lindqvist", gSurname)
	d.add("Nordic Widget Corporation", gOrgName)
	r, err := trainExamples(tinyExamples(), TrainOptions{Epochs: 3, Seed: 3, MinWeight: 0.001, LowerRate: -1, dict: d})
	if err != nil {
		t.Fatal(err)
	}
	if got := r.gaz.lookup("Nordic", "Widget", "Corporation"); got&(1<<gOrgName) == 0 {
		t.Errorf("dictionary entry not in the merged gazetteer: %b", got)
	}
	if got := r.gaz.lookup("Oslo"); got&(1<<gCity) == 0 {
		t.Errorf("list entry lost in the merged gazetteer: %b", got)
	}
	var buf bytes.Buffer
	if err := r.Save(&buf); err != nil {
		t.Fatal(err)
	}
	r2, err := Read(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if got := r2.gaz.lookup("karl", "lindqvist"); got&(1<<gPerName) == 0 {
		t.Errorf("dictionary entry lost by Save/Read: %b", got)
	}
	words := strings.Fields("Karl Lindqvist met Anna Berg in Oslo .")
	if a, b := r.Tag(words), r2.Tag(words); !reflect.DeepEqual(a, b) {
		t.Errorf("Tag before and after Save/Read: %v vs %v", a, b)
	}
}

func FuzzReadActors(f *testing.F) {
	f.Add(actorsFixture)
	f.Add("+ORPHAN_\n\t[X 1-2]\n")
	f.Add("A_ [B 0101")
	f.Fuzz(func(t *testing.T, in string) {
		es, err := readActors(strings.NewReader(in), "fuzz", false)
		if err != nil {
			return
		}
		for _, e := range es {
			if len(e.names) == 0 {
				t.Fatalf("entry without a name")
			}
			personParts(e.names[0])
		}
	})
}
