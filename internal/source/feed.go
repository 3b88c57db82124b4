package source

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// ReadFeed parses an RSS, Atom, RDF or JSON feed with gofeed and calls fn for
// each item, in feed order:
//
//   - ID: the item's GUID (Atom id), else its link, else "<origin>#<n>";
//   - Title: the item title, tags stripped, on one line;
//   - Text: the item content (content:encoded, Atom content), or the
//     description (summary) when the content is empty, converted from HTML
//     to text like ExtractHTML but without boilerplate detection;
//   - Date: the published date, else the updated date, each normalised by
//     ParseDate from the raw string so that the publisher's local date is
//     kept (gofeed converts its parsed times to UTC), falling back to
//     gofeed's parsed time when ParseDate does not know the layout;
//   - URL: the item link; Source: the feed title; Lang: the feed language;
//   - Origin: the item link, else "<origin>#<n>".
//
// A feed that cannot be parsed is reported once through opts.OnError, an
// item without text is reported and skipped. It returns fn's error, if any.
func ReadFeed(b []byte, origin string, opts Options, fn func(Raw) error) error {
	opts = opts.withDefaults()
	feed, err := parseFeed(b)
	if err != nil {
		report(opts, origin, "malformed feed", err)
		return nil
	}
	if len(feed.Items) == 0 {
		report(opts, origin, "feed has no items", nil)
		return nil
	}
	source := oneLine(fragmentText(feed.Title))
	lang := strings.TrimSpace(feed.Language)
	if i := strings.IndexAny(lang, "-_"); i > 0 { // en-us → en
		lang = lang[:i]
	}
	lang = strings.ToLower(lang)
	for i, it := range feed.Items {
		if it == nil {
			continue
		}
		pos := fmt.Sprintf("%s#%d", origin, i+1)
		link := strings.TrimSpace(it.Link)
		raw := Raw{
			ID:     firstNonEmpty(strings.TrimSpace(it.GUID), link, pos),
			Title:  oneLine(fragmentText(it.Title)),
			URL:    link,
			Source: source,
			Lang:   lang,
			Date:   itemDate(it),
			Origin: firstNonEmpty(link, pos),
		}
		raw.Text = fragmentText(it.Content)
		if strings.TrimSpace(raw.Text) == "" {
			raw.Text = fragmentText(it.Description)
		}
		if err := deliver(raw, opts, fn); err != nil {
			return err
		}
	}
	return nil
}

// parseFeed runs gofeed, turning a panic on hostile input into an error.
func parseFeed(b []byte) (feed *gofeed.Feed, err error) {
	defer func() {
		if r := recover(); r != nil {
			feed, err = nil, fmt.Errorf("feed parser failed: %v", r)
		}
	}()
	return gofeed.NewParser().Parse(bytes.NewReader(bytes.TrimPrefix(b, utf8BOM)))
}

// itemDate returns an item's publication date as YYYY-MM-DD, or "".
func itemDate(it *gofeed.Item) string {
	for _, s := range []string{it.Published, it.Updated} {
		if d, err := ParseDate(s); err == nil {
			return d
		}
	}
	for _, t := range []*time.Time{it.PublishedParsed, it.UpdatedParsed} {
		if t != nil && t.Year() >= 1000 && t.Year() <= 9999 {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}
