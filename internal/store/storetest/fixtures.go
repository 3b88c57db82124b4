package storetest

import (
	"fmt"
	"strings"

	"github.com/parley-news/parley/internal/doc"
)

// Find returns the span of the nth (1-based) occurrence of sub in text. It
// panics when there is none: fixtures are written by hand.
func Find(text, sub string, nth int) doc.Span {
	from := 0
	for i := 1; ; i++ {
		j := strings.Index(text[from:], sub)
		if j < 0 {
			panic(fmt.Sprintf("storetest: %q occurs fewer than %d times", sub, nth))
		}
		if i == nth {
			return doc.Span{Start: from + j, End: from + j + len(sub)}
		}
		from += j + len(sub)
	}
}

func ptr[T any](v T) *T { return &v }

// Plain returns a document with the given fields, one sentence per line of
// text and no other annotation.
func Plain(id, title, date, url, text string) *doc.Document {
	d := doc.New(id, text)
	d.Title, d.URL, d.Source, d.Lang = title, url, "Test Wire", "en"
	if date != "" {
		d.Date = ptr(date)
	}
	off := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		body := strings.TrimRight(line, "\n")
		if strings.TrimSpace(body) != "" {
			d.Sentences = append(d.Sentences, doc.Span{Start: off, End: off + len(body)})
		}
		off += len(line)
	}
	return d
}

// Article text: invented news, written for these tests. It mixes ASCII with
// multi-byte characters (accents, typographic quotes, the euro sign, a dash).
const articleText = "ANKARA — Foreign ministers from Norland and Veskia agreed on Tuesday to resume talks on grain exports, the Turkish foreign ministry said.\n\n" +
	"Norland's foreign minister, María Zajárova, told reporters that the deal was “a first step, not the last one.” She said Norland would contribute €250 million to a shipping fund.\n\n" +
	"Veskia's delegation, led by Tomás Öberg, demanded guarantees for its ports before any ship leaves. “We will not sign without them,” Öberg said."

// Article returns a document with every kind of annotation, for round trips
// and for the API and web tests. Each call returns a fresh copy.
func Article() *doc.Document {
	t := articleText
	d := doc.New("ankara-grain", t)
	d.Title = "Ministers agree to resume grain talks in Ankara"
	d.Date = ptr("2024-03-13")
	d.URL = "https://news.example.org/2024/03/13/ankara-grain-talks"
	d.Source = "Example News"
	d.Lang = "en"

	sentences := []string{
		"ANKARA — Foreign ministers from Norland and Veskia agreed on Tuesday to resume talks on grain exports, the Turkish foreign ministry said.",
		"Norland's foreign minister, María Zajárova, told reporters that the deal was “a first step, not the last one.”",
		"She said Norland would contribute €250 million to a shipping fund.",
		"Veskia's delegation, led by Tomás Öberg, demanded guarantees for its ports before any ship leaves.",
		"“We will not sign without them,” Öberg said.",
	}
	for _, s := range sentences {
		d.Sentences = append(d.Sentences, Find(t, s, 1))
	}
	ent := func(sub string, nth int, typ string) doc.Entity {
		return doc.Entity{Span: Find(t, sub, nth), Text: sub, Type: typ}
	}
	d.Entities = []doc.Entity{
		ent("ANKARA", 1, "GPE"),
		ent("Norland", 1, "GPE"),
		ent("Veskia", 1, "GPE"),
		ent("Tuesday", 1, "DATE"),
		ent("Turkish", 1, "NORP"),
		ent("Norland", 2, "GPE"),
		ent("María Zajárova", 1, "PER"),
		ent("Norland", 3, "GPE"),
		ent("€250 million", 1, "MONEY"),
		ent("Veskia", 2, "GPE"),
		ent("Tomás Öberg", 1, "PER"),
		ent("Öberg", 2, "PER"),
	}
	men := func(sub string, nth int, how string) doc.Mention {
		return doc.Mention{Span: Find(t, sub, nth), Text: sub, How: how}
	}
	d.Actors = []doc.Actor{
		{ID: "country:norland", Name: "Norland", Kind: "country", Country: ptr("NRL"), Aliases: []string{"Norland"},
			Mentions: []doc.Mention{men("Norland", 1, "name"), men("Norland", 2, "name"), men("Norland", 3, "name")}},
		{ID: "country:veskia", Name: "Veskia", Kind: "country", Country: ptr("VSK"), Aliases: []string{},
			Mentions: []doc.Mention{men("Veskia", 1, "name"), men("Veskia", 2, "name")}},
		{ID: "person:maria-zajarova", Name: "Maria Zajarova", Kind: "person", Country: ptr("NRL"), Role: ptr("Foreign Minister of Norland"),
			Aliases: []string{"María Zajárova"}, Mentions: []doc.Mention{men("María Zajárova", 1, "alias"), men("She", 1, "pronoun")}},
		{ID: "person:tomas-oberg", Name: "Tomás Öberg", Kind: "person", Country: ptr("VSK"),
			Mentions: []doc.Mention{men("Tomás Öberg", 1, "name"), men("Öberg", 2, "name")}},
		{ID: "org:turkish-mfa", Name: "Turkish Foreign Ministry", Kind: "organization", Country: ptr("TUR"),
			Mentions: []doc.Mention{men("the Turkish foreign ministry", 1, "title")}},
	}
	cue := func(sub string, nth int) *doc.Cue { return &doc.Cue{Span: Find(t, sub, nth), Text: sub} }
	q1 := "“a first step, not the last one.”"
	q2 := "“We will not sign without them,”"
	d.Quotes = []doc.Quote{
		{Span: Find(t, q1, 1), Text: q1, Kind: "partial", Speaker: ptr("person:maria-zajarova"), Cue: cue("told", 1)},
		{Span: Find(t, q2, 1), Text: q2, Kind: "direct", Speaker: ptr("person:tomas-oberg"), Cue: cue("said", 3)},
		{Span: Find(t, "She said Norland would contribute €250 million to a shipping fund", 1),
			Text: "She said Norland would contribute €250 million to a shipping fund", Kind: "reported", Speaker: nil, Cue: nil},
	}
	d.Events = []doc.Event{
		{Type: "AGREE", Mode: nil, Source: []string{"country:norland", "country:veskia"}, Target: []string{}, Modality: "asserted",
			Date: ptr("2024-03-12"), Place: ptr("Ankara"), Evidence: Find(t, sentences[0], 1)},
		{Type: "REQUEST", Mode: ptr("demand"), Source: []string{"country:veskia"}, Target: nil, Negated: false, Modality: "demanded",
			Evidence: Find(t, sentences[3], 1)},
		{Type: "AGREE", Source: []string{"person:tomas-oberg"}, Target: []string{"country:norland"}, Negated: true, Modality: "conditional",
			Evidence: Find(t, sentences[4], 1)},
	}
	d.Times = []doc.Time{{Span: Find(t, "on Tuesday", 1), Text: "on Tuesday", Value: "2024-03-12", Anchored: true}}
	d.Places = []doc.Place{
		{Span: Find(t, "ANKARA", 1), Text: "ANKARA", Name: "Ankara", Country: ptr("TUR"), Lat: ptr(39.9334), Lon: ptr(32.8597)},
		{Span: Find(t, "Norland", 3), Text: "Norland", Name: "Norland", Country: nil, Lat: nil, Lon: nil},
	}
	d.Amounts = []doc.Amount{{Span: Find(t, "€250 million", 1), Text: "€250 million", Value: 2.5e8, Unit: "EUR"}}
	d.Positions = []doc.Position{
		{Actor: "country:veskia", Stance: "demand", Topic: "grain exports", Object: "guarantees for its ports",
			Evidence: Find(t, sentences[3], 1)},
		{Actor: "country:norland", Stance: "offer", Topic: "grain exports", Object: "€250 million for a shipping fund",
			Evidence: Find(t, sentences[2], 1)},
	}
	if err := d.Validate(); err != nil {
		panic("storetest: Article fixture is invalid: " + err.Error())
	}
	return d
}

// FollowUp returns a second annotated document that mentions one actor of
// Article (Maria Zajarova, now with another role and alias) and a new one.
func FollowUp() *doc.Document {
	t := "Zajárova returned to Lindby on Friday. The Norlandic minister said the fund was “already at work” and thanked Petra Lund, who chairs it."
	d := doc.New("lindby-fund", t)
	d.Title = "Zajárova back in Lindby as shipping fund opens"
	d.Date = ptr("2024-03-16")
	d.URL = "https://news.example.org/2024/03/16/lindby-fund"
	d.Source = "Example News"
	d.Lang = "en"
	d.Sentences = []doc.Span{Find(t, "Zajárova returned to Lindby on Friday.", 1),
		Find(t, "The Norlandic minister said the fund was “already at work” and thanked Petra Lund, who chairs it.", 1)}
	d.Entities = []doc.Entity{
		{Span: Find(t, "Zajárova", 1), Text: "Zajárova", Type: "PER"},
		{Span: Find(t, "Lindby", 1), Text: "Lindby", Type: "GPE"},
		{Span: Find(t, "Petra Lund", 1), Text: "Petra Lund", Type: "PER"},
	}
	d.Actors = []doc.Actor{
		{ID: "person:maria-zajarova", Name: "Maria Zajarova", Kind: "person", Country: ptr("NRL"), Role: ptr("Deputy Prime Minister of Norland"),
			Aliases: []string{"Zajárova", "María Zajárova"},
			Mentions: []doc.Mention{
				{Span: Find(t, "Zajárova", 1), Text: "Zajárova", How: "alias"},
				{Span: Find(t, "The Norlandic minister", 1), Text: "The Norlandic minister", How: "title"},
			}},
		{ID: "person:petra-lund", Name: "Petra Lund", Kind: "person", Aliases: []string{},
			Mentions: []doc.Mention{{Span: Find(t, "Petra Lund", 1), Text: "Petra Lund", How: "name"}}},
	}
	d.Quotes = []doc.Quote{{Span: Find(t, "“already at work”", 1), Text: "“already at work”", Kind: "partial",
		Speaker: ptr("person:maria-zajarova"), Cue: &doc.Cue{Span: Find(t, "said", 1), Text: "said"}}}
	d.Times = []doc.Time{{Span: Find(t, "on Friday", 1), Text: "on Friday", Value: "2024-03-15", Anchored: true}}
	if err := d.Validate(); err != nil {
		panic("storetest: FollowUp fixture is invalid: " + err.Error())
	}
	return d
}
