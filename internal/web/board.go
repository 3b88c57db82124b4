package web

import (
	"cmp"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/parley-news/parley/internal/actor/kb"
	"github.com/parley-news/parley/internal/store"
)

// The negotiation board: for one topic, what each side demands, offers,
// accepts or rejects, and where it says so.

// boardURL links to the board of a topic, or to the index of topics for "".
func boardURL(topic string) string {
	topic = strings.TrimSpace(topic)
	if topic == "" {
		return "/board"
	}
	return "/board?" + url.Values{"topic": {topic}}.Encode()
}

// positionURL links to the evidence of a document's position.
func positionURL(key string, index int) string {
	return "/documents/" + url.PathEscape(key) + "#p-" + strconv.Itoa(index)
}

// stanceClass is the CSS class of a stance badge; unknown stances share one.
func stanceClass(stance string) string {
	if store.IsStance(stance) {
		return "stance stance-" + stance
	}
	return "stance stance-other"
}

// maxBoardPositions bounds the positions one board shows: the latest ones.
const maxBoardPositions = store.MaxLimit

type boardIndexView struct {
	Topics []store.TopicSummary
	Pager  pager
}

type boardView struct {
	Topic   string // as the latest position names it
	Total   int    // positions on the topic
	Shown   int    // positions on the board (the latest maxBoardPositions)
	Actors  int
	Sides   []boardSide
	Stances []string
}

// boardSide is the actors of one country (or, with Code "", the actors
// without one), the country itself first.
type boardSide struct {
	Code      string // ISO alpha-3, "" for actors without a country
	Name      string // the country's name when known, else Code
	ID        string // the country's actor id when known
	Positions int
	Columns   []boardColumn
	first     int // rank of its latest position among the board's
}

// boardColumn is one actor's positions, newest first.
type boardColumn struct {
	ID, Name, Kind string
	Role           string
	Items          []boardItem
	first          int // rank of its latest position among the board's
}

// boardItem is one position as the board and the actor page show it.
type boardItem struct {
	Stance, Object string
	Topic          string // trimmed
	Doc            store.DocRef
	Index          int
	Sentence       string
	// Repeat is set when the previous item shown has the same sentence
	// of the same document, which is then not shown again.
	Repeat bool
}

// markRepeats sets Repeat on the items whose sentence is the previous
// item's.
func markRepeats(items []boardItem) {
	for i := 1; i < len(items); i++ {
		items[i].Repeat = items[i].Doc.Key == items[i-1].Doc.Key && items[i].Sentence == items[i-1].Sentence
	}
}

func newBoardItem(h store.PositionHit) boardItem {
	return boardItem{Stance: h.Position.Stance, Object: h.Position.Object, Topic: strings.TrimSpace(h.Position.Topic),
		Doc: h.Doc, Index: h.Index, Sentence: h.SentenceText}
}

func (s *server) board(w http.ResponseWriter, r *http.Request) {
	topic := strings.TrimSpace(r.URL.Query().Get("topic"))
	if topic == "" {
		s.boardIndex(w, r)
		return
	}
	p, err := s.st.Positions(r.Context(), store.PositionFilter{Topic: topic}, store.Query{Limit: maxBoardPositions})
	if err != nil {
		s.fail(w, r, err, "")
		return
	}
	if p.Total == 0 {
		s.error(w, r, http.StatusNotFound, "No such topic", "No position is stored on this topic.")
		return
	}
	v := boardView{Topic: strings.TrimSpace(p.Items[0].Position.Topic), Total: p.Total, Shown: len(p.Items), Stances: store.Stances}
	v.Sides = s.boardSides(r, p.Items)
	for _, sd := range v.Sides {
		v.Actors += len(sd.Columns)
	}
	s.render(w, r, http.StatusOK, "board", page{Title: "Negotiation board: " + v.Topic, Nav: "board", Data: v})
}

// boardSides groups hits (newest first) into one column per actor and the
// columns by the actor's country: sides and columns with the most positions
// first, then the most recent. A country's own column leads its side.
func (s *server) boardSides(r *http.Request, hits []store.PositionHit) []boardSide {
	cols := map[string]*boardColumn{}
	var order []string
	code := map[string]string{} // actor id → country code, from its latest position
	for i, h := range hits {
		c := cols[h.Position.Actor]
		if c == nil {
			c = &boardColumn{ID: h.Position.Actor, Name: h.Name, Kind: h.Kind, first: i}
			if h.Role != nil {
				c.Role = *h.Role
			}
			if h.Country != nil {
				code[c.ID] = *h.Country
			}
			cols[c.ID] = c
			order = append(order, c.ID)
		}
		c.Items = append(c.Items, newBoardItem(h))
	}
	sides := map[string]*boardSide{}
	var sideOrder []string
	for _, id := range order {
		c := cols[id]
		sd := sides[code[id]]
		if sd == nil {
			sd = &boardSide{Code: code[id], Name: code[id], first: c.first}
			sides[sd.Code] = sd
			sideOrder = append(sideOrder, sd.Code)
		}
		if c.Kind == "country" && sd.ID == "" && sd.Code != "" {
			sd.ID, sd.Name = c.ID, c.Name
		}
		sd.Positions += len(c.Items)
		markRepeats(c.Items)
		sd.Columns = append(sd.Columns, *c)
	}
	out := make([]boardSide, 0, len(sideOrder))
	for _, k := range sideOrder {
		sd := sides[k]
		if sd.Code != "" && sd.ID == "" {
			// The country takes no position on the topic: name it from
			// the stored actors when they hold it, else from the
			// knowledge base.
			p, err := s.st.FindActors(r.Context(), store.ActorFilter{Kind: "country", Country: sd.Code}, store.Query{Limit: 1})
			switch {
			case err == nil && len(p.Items) == 1:
				sd.ID, sd.Name = p.Items[0].ID, p.Items[0].Name
			case err != nil:
				// The board is still worth showing, with the code.
				s.log.Warn("web: board: name of country", "country", sd.Code, "err", err)
			}
			if sd.ID == "" {
				if e := s.kbEntry(sd.Code); e != nil && e.Kind == "country" {
					sd.Name = e.Name
				}
			}
		}
		slices.SortStableFunc(sd.Columns, func(a, b boardColumn) int {
			ac, bc := a.ID == sd.ID, b.ID == sd.ID
			switch {
			case ac && !bc:
				return -1
			case bc && !ac:
				return 1
			}
			return cmp.Or(cmp.Compare(len(b.Items), len(a.Items)), cmp.Compare(a.first, b.first))
		})
		out = append(out, *sd)
	}
	// Sides by positions, the latest first on ties; actors without a
	// country last.
	slices.SortStableFunc(out, func(a, b boardSide) int {
		if (a.Code == "") != (b.Code == "") {
			if a.Code == "" {
				return 1
			}
			return -1
		}
		return cmp.Or(cmp.Compare(b.Positions, a.Positions), cmp.Compare(a.first, b.first))
	})
	return out
}

func (s *server) boardIndex(w http.ResponseWriter, r *http.Request) {
	q, n, ok := s.query(r)
	if !ok {
		s.badPage(w, r)
		return
	}
	p, err := s.st.Topics(r.Context(), q)
	if err != nil {
		s.fail(w, r, err, "")
		return
	}
	v := boardIndexView{Topics: p.Items, Pager: newPager(r, n, q.Limit, p.Total, len(p.Items))}
	s.render(w, r, http.StatusOK, "boardindex", page{Title: "Negotiation board", Nav: "board", Data: v})
}

// kbEntry returns the knowledge base's entry for id, nil when there is no
// knowledge base or it lacks id.
func (s *server) kbEntry(id string) *kb.Entry {
	if s.opts.KB == nil {
		return nil
	}
	return s.opts.KB.Get(id)
}
