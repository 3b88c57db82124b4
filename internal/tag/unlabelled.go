package tag

import (
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
)

// ECBFiles returns the ECB+ news articles under dataDir (ecbplus/ECB+),
// sorted, or nil when the corpus is absent. Their words are unlabelled
// text for the word clusters.
func ECBFiles(dataDir string) []string {
	files, _ := filepath.Glob(filepath.Join(dataDir, "ecbplus", "ECB+", "*", "*.xml"))
	sort.Strings(files)
	return files
}

// readECB returns the sentences of one ECB+ article: the text of its
// <token> elements grouped by their sentence attribute.
func readECB(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("tag: unlabelled text: %w", err)
	}
	defer f.Close()
	dec := xml.NewDecoder(f)
	var out [][]string
	var cur []string
	curSent := -1
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("tag: unlabelled text %s: %w", path, err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "token" {
			continue
		}
		sent := -1
		for _, a := range se.Attr {
			if a.Name.Local == "sentence" {
				sent, _ = strconv.Atoi(a.Value)
			}
		}
		var word string
		if err := dec.DecodeElement(&word, &se); err != nil {
			return nil, fmt.Errorf("tag: unlabelled text %s: %w", path, err)
		}
		if word == "" {
			continue
		}
		if sent != curSent && len(cur) > 0 {
			out = append(out, cur)
			cur = nil
		}
		curSent = sent
		cur = append(cur, word)
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out, nil
}
