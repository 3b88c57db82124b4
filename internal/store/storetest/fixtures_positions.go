package storetest

import "github.com/parley-news/parley/internal/doc"

// Standoff returns a document, dated after Article, in which Norland and
// Veskia (and a minister of each) take positions on the grain exports Article
// is about (the topic spelled in another case) and on a second topic. The
// text is invented for these tests.
func Standoff() *doc.Document {
	t := "Norland demanded that Veskia withdraw its ships from the strait before any new round of grain talks.\n" +
		"The Veskian foreign minister, Ilse Värn, rejected the demand as unacceptable.\n" +
		"Värn said Veskia would accept Turkish mediation on grain exports.\n" +
		"Norland's president, Arvid Holm, offered a ceasefire in the strait if the ships leave."
	d := Plain("strait-standoff", "Norland and Veskia trade demands over the strait", "2024-04-02",
		"https://news.example.org/2024/04/02/strait-standoff", t)
	men := func(sub string, nth int, how string) doc.Mention {
		return doc.Mention{Span: Find(t, sub, nth), Text: sub, How: how}
	}
	d.Actors = []doc.Actor{
		{ID: "country:norland", Name: "Norland", Kind: "country", Country: ptr("NRL"), Aliases: []string{},
			Mentions: []doc.Mention{men("Norland", 1, "name"), men("Norland", 2, "name")}},
		{ID: "country:veskia", Name: "Veskia", Kind: "country", Country: ptr("VSK"), Aliases: []string{"Veskian"},
			Mentions: []doc.Mention{men("Veskia", 1, "name"), men("Veskian", 1, "alias"), men("Veskia", 3, "name")}},
		{ID: "person:ilse-varn", Name: "Ilse Värn", Kind: "person", Country: ptr("VSK"), Role: ptr("Foreign Minister of Veskia"),
			Aliases: []string{"Värn"}, Mentions: []doc.Mention{men("Ilse Värn", 1, "name"), men("Värn", 2, "alias")}},
		{ID: "person:arvid-holm", Name: "Arvid Holm", Kind: "person", Country: ptr("NRL"), Role: ptr("President of Norland"),
			Aliases: []string{}, Mentions: []doc.Mention{men("Arvid Holm", 1, "name")}},
	}
	d.Positions = []doc.Position{
		{Actor: "country:norland", Stance: "precondition", Topic: "Grain exports",
			Object: "withdrawal of the Veskian ships from the strait", Evidence: d.Sentences[0]},
		{Actor: "person:ilse-varn", Stance: "reject", Topic: "grain exports",
			Object: "the withdrawal of its ships", Evidence: d.Sentences[1]},
		{Actor: "person:ilse-varn", Stance: "accept", Topic: "grain exports",
			Object: "Turkish mediation", Evidence: Find(t, "Veskia would accept Turkish mediation on grain exports", 1)},
		{Actor: "person:arvid-holm", Stance: "offer", Topic: "strait ceasefire",
			Object: "a ceasefire in the strait", Evidence: d.Sentences[3]},
	}
	if err := d.Validate(); err != nil {
		panic("storetest: Standoff fixture is invalid: " + err.Error())
	}
	return d
}

// StraitNote returns an undated document with two positions of Veskia, one
// of them without a topic. The text is invented for these tests.
func StraitNote() *doc.Document {
	t := "Veskia opposes any toll on the strait.\nVeskia supports the shipping fund."
	d := Plain("strait-note", "A note on the strait", "", "https://news.example.org/notes/strait", t)
	d.Actors = []doc.Actor{{ID: "country:veskia", Name: "Veskia", Kind: "country", Country: ptr("VSK"), Aliases: []string{},
		Mentions: []doc.Mention{{Span: Find(t, "Veskia", 1), Text: "Veskia", How: "name"}, {Span: Find(t, "Veskia", 2), Text: "Veskia", How: "name"}}}}
	d.Positions = []doc.Position{
		{Actor: "country:veskia", Stance: "oppose", Topic: " strait ceasefire ", Object: "a toll on the strait", Evidence: d.Sentences[0]},
		{Actor: "country:veskia", Stance: "support", Topic: "", Object: "the shipping fund", Evidence: d.Sentences[1]},
	}
	if err := d.Validate(); err != nil {
		panic("storetest: StraitNote fixture is invalid: " + err.Error())
	}
	return d
}
