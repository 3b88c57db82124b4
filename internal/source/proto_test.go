package source

import (
	"bytes"
	"fmt"
	"os"
	"testing"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

func TestProto(t *testing.T) {
	b, _ := os.ReadFile("testdata/article.html")
	for _, f := range []trafilatura.ExtractionFocus{trafilatura.Balanced, trafilatura.FavorPrecision} {
		r, err := trafilatura.Extract(bytes.NewReader(b), trafilatura.Options{Focus: f, ExcludeComments: true})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		html.Render(&buf, r.ContentNode)
		fmt.Printf("%+v\n%s\n%q\n", r.Metadata, buf.String(), r.ContentText)
	}
}
