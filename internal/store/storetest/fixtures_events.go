package storetest

import "github.com/parley-news/parley/internal/doc"

// Timeline returns a document whose events carry dates of every precision
// (a month, a day, a year, a TIMEX3 reference, none) and places, for the
// event filters. Its actors overlap Article's (Norland, Veskia). The text is
// invented for these tests.
func Timeline() *doc.Document {
	t := "Veskian and Norlandic officials held talks in Lindby in early October 2022.\n" +
		"On 20 October the Veskian envoy, Ilse Värn, visited Ankara.\n" +
		"Norland accused Veskia of blocking the ports during 2023.\n" +
		"Talks between Veskia and the Turkish mediators are under way now.\n" +
		"Norland met the mediators again at some point."
	d := Plain("veskia-timeline", "A year of Veskian–Norlandic talks", "2024-01-10", "https://news.example.org/2024/01/10/timeline", t)
	men := func(sub string, nth int, how string) doc.Mention {
		return doc.Mention{Span: Find(t, sub, nth), Text: sub, How: how}
	}
	d.Actors = []doc.Actor{
		{ID: "country:veskia", Name: "Veskia", Kind: "country", Country: ptr("VSK"), Aliases: []string{"Veskian"},
			Mentions: []doc.Mention{men("Veskian", 1, "alias"), men("Veskia", 3, "name"), men("Veskia", 4, "name")}},
		{ID: "country:norland", Name: "Norland", Kind: "country", Country: ptr("NRL"), Aliases: []string{"Norlandic"},
			Mentions: []doc.Mention{men("Norlandic", 1, "alias"), men("Norland", 2, "name"), men("Norland", 3, "name")}},
		{ID: "new:per:ilse-varn", Name: "Ilse Värn", Kind: "person", Country: ptr("VSK"), Role: ptr("envoy:VSK"), Aliases: []string{},
			Mentions: []doc.Mention{men("the Veskian envoy", 1, "title"), men("Ilse Värn", 1, "name")}},
	}
	ev := func(line int, typ string, mode *string, src, tgt []string, date, place *string) doc.Event {
		return doc.Event{Type: typ, Mode: mode, Source: src, Target: tgt, Modality: "asserted", Date: date, Place: place, Evidence: d.Sentences[line]}
	}
	d.Events = []doc.Event{
		ev(0, "CONSULT", nil, []string{"country:veskia", "country:norland"}, []string{}, ptr("2022-10"), ptr("Lindby")),
		ev(1, "CONSULT", ptr("visit"), []string{"new:per:ilse-varn"}, []string{}, ptr("2022-10-20"), ptr("Ankara")),
		ev(2, "ACCUSE", nil, []string{"country:norland"}, []string{"country:veskia"}, ptr("2023"), nil),
		ev(3, "CONSULT", ptr("third-party"), []string{"country:veskia"}, []string{}, ptr("PRESENT_REF"), nil),
		ev(4, "CONSULT", nil, []string{"country:norland"}, []string{}, nil, nil),
	}
	if err := d.Validate(); err != nil {
		panic("storetest: Timeline fixture is invalid: " + err.Error())
	}
	return d
}
