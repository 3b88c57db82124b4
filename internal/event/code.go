package event

import (
	"strings"

	"github.com/parley-news/parley/internal/doc"
)

var auxModality = map[string]string{
	"will": "intended", "shall": "intended", "'ll": "intended", "wo": "intended", "would": "intended",
	"could": "possible", "can": "possible", "ca": "possible", "may": "possible", "might": "possible",
	"must": "demanded", "should": "demanded", "ought": "demanded",
}

// code builds the event triggered at token i.
func (c *coder) code(i int) (doc.Event, bool) {
	e := c.trig[i]
	anchor := i
	var subjNode = -1  // where to look for the subject
	var frameVerb = -1 // the clause a meeting phrase is the circumstance of
	exist := false     // "there was a meeting with X and Y"
	scheduled := false // "a meeting … is planned for next week"
	relMeeting := -1   // the antecedent of "who is … meeting with X"
	if e.POS == "N" && c.caseOf(i) == "in" && protestFrames[c.lemma(i)] && c.head(i) >= 0 && c.d.Tokens[c.head(i)].UPOS == "VERB" {
		// "staged a hunger strike in protest against …": the motive of
		// another act, not a protest of its own.
		return doc.Event{}, false
	}
	if e.POS == "N" {
		h := c.head(i)
		amount := c.amountAnchor(i)
		switch {
		case c.onPredicate(i) && c.hasSubject(i):
			// "teachers are on strike": the noun is the predicate.
			anchor = i
		case h >= 0 && c.onPredicate(i) && (c.lemma(h) == "go" || c.lemma(h) == "remain" || c.lemma(h) == "stay"):
			// "went on strike", "remained on hunger strike".
			anchor = h
		case h >= 0 && lectureVerbs[c.lemma(h)] && lectureNouns[c.lemma(i)] && c.rel(i) == "obj":
			// "I give so many talks": a lecture, not negotiations.
			return doc.Event{}, false
		case h >= 0 && (c.isSupport(h, i) || c.markerPhrase(h, i)):
			if r := c.d.Tokens[h].Deprel; (r == "acl" || r == "amod") && !c.instrumentClause(h) {
				// "the people making these allegations": a participle
				// describing a noun, not a reported act.
				return doc.Event{}, false
			}
			anchor = h
		case amount >= 0:
			// "announced 50 million euros in aid for …": the amount is
			// the object, the act its "in" phrase.
			anchor = amount
		case h >= 0 && c.existential(i, h):
			// "There was a dinner with the Brazilian and Korean presidents":
			// the parties are those of the with-phrase.
			anchor = i
			subjNode = i
			exist = true
		case h >= 0 && c.meetingFrame(i, h):
			// "In a telephone conversation with Sarkozy, Medvedev declared
			// …", "During her meeting with X, Merkel stated …": the
			// meeting is the circumstance of the clause, whose subject
			// took part in it.
			anchor = i
			subjNode = i
			frameVerb = h
		case c.relativeMeeting(i) >= 0:
			// "Ban Ki-moon, who is in Doha meeting with the Emir and
			// President Abbas, said …": a bare "meeting with" in a
			// relative clause is its antecedent's.
			anchor = i
			subjNode = i
			relMeeting = c.relativeMeeting(i)
		case c.ownActors(i):
			scheduled = h >= 0 && e.Type == "CONSULT" && c.rel(i) == "nsubj:pass" && scheduleVerbs[c.lemma(h)]
			if h >= 0 && irrealisGovernors[c.lemma(h)] && !scheduled {
				// "awaited approval by the government": not (yet) an
				// event. But "a meeting between X and Y is planned for
				// next week" is a scheduled meeting.
				return doc.Event{}, false
			}
			anchor = i
			subjNode = i
		default:
			return doc.Event{}, false
		}
	} else {
		// A participle modifying a noun ("weapons seized last year", "the
		// visiting king") is background, not a coded event.
		// But a decree, law or letter "rejecting X" is its signer's act.
		if r := c.d.Tokens[i].Deprel; (r == "amod" || r == "acl") && !c.instrumentClause(i) {
			return doc.Event{}, false
		}
		// "signed a decree rejecting …": the signing is not an agreement.
		if e.Type == "AGREE" && c.lemma(i) == "sign" {
			for _, k := range c.children[i] {
				if c.rel(k) == "obj" && docNouns[c.lemma(k)] {
					return doc.Event{}, false
				}
			}
		}
		// A promise of another event is coded by that event.
		for _, k := range c.children[i] {
			if c.markerVerb(i, k) {
				return doc.Event{}, false
			}
		}
		// "struck targets in Gaza": a strike with an object is an attack.
		if e.Type == "PROTEST" && c.lemma(i) == "strike" {
			for _, k := range c.children[i] {
				if c.rel(k) == "obj" {
					e = &Entry{Lemma: "strike", POS: "V", Type: "ASSAULT"}
				}
			}
		}
		// A support verb whose object is itself an event noun is coded by
		// the noun ("gave a warm welcome", "held talks").
		if supportVerbs[c.lemma(i)] {
			for _, k := range c.children[i] {
				if c.trig[k] != nil && c.trig[k].POS == "N" && c.isSupport(i, k) {
					return doc.Event{}, false
				}
			}
		}
	}
	chain, negated, modality := c.chain(anchor)
	if scheduled && modality == "asserted" {
		modality = "intended"
	}
	for _, n := range chain[1:] {
		// "staff want him to resign", "expect Iran to attend": the
		// governing wish is someone else's, the event nobody's yet.
		if _, ok := c.lx.markers[c.lemma(n)]; ok && c.d.Tokens[n].UPOS == "VERB" {
			for _, k := range c.children[n] {
				if c.rel(k) == "obj" && c.d.Tokens[k].UPOS != "NUM" && !c.isTime(k) {
					return doc.Event{}, false
				}
			}
		}
	}
	if anchor != i && c.markerPhrase(anchor, i) {
		// "is open to discussion": the adjective's own modality.
		modality = stronger(modality, c.lx.markers[c.lemma(anchor)])
	}
	if e.POS == "N" && anchor != i {
		// "no talks were held": negation on the noun itself.
		for _, k := range c.children[i] {
			if c.isNeg(k) {
				negated = !negated
			}
		}
	}
	top := chain[len(chain)-1]

	var src, tgt []string
	srcTok := -1 // the subject or agent phrase, resolved or not
	passive := false
	if subjNode < 0 {
		for _, n := range chain {
			for _, k := range c.children[n] {
				switch c.rel(k) {
				case "nsubj":
					if src == nil && k != i {
						var at int
						src, at = c.subjectActors(k, top)
						if srcTok < 0 {
							srcTok = at
						}
					}
				case "nsubj:pass":
					if n != anchor {
						// "is prepared to negotiate": a passive marker's subject.
						if src == nil {
							src = c.actors(k)
							if srcTok < 0 {
								srcTok = k
							}
						}
					} else {
						passive = true
						if k != i {
							tgt = append(tgt, c.actors(k)...)
						}
					}
				}
			}
		}
		for _, k := range c.children[anchor] {
			if c.d.Tokens[k].Deprel == "aux:pass" {
				// "anticipate being provided with": passive without a subject.
				passive = true
			}
		}
		if passive {
			for _, k := range c.children[anchor] {
				if c.rel(k) == "obl:agent" || (c.rel(k) == "obl" && c.caseOf(k) == "by") {
					src = c.actors(k)
					srcTok = k
				}
			}
			if src == nil && e.Type == "CONSULT" {
				// "was greeted at the airport by the president": the
				// parser hung the agent on the place.
				for _, k := range c.children[anchor] {
					if c.rel(k) != "obl" || c.caseOf(k) == "by" {
						continue
					}
					for _, g := range c.children[k] {
						if c.rel(g) == "nmod" && c.caseOf(g) == "by" && g > k && len(c.actors(g)) > 0 && src == nil {
							src = c.actors(g)
							srcTok = g
						}
					}
				}
			}
		}
		if src == nil && !passive && srcTok < 0 {
			if k := c.inheritedSubject(top); k >= 0 {
				src = c.actors(k)
				srcTok = k
			} else if k := c.frontedSubject(top); k >= 0 {
				src = c.actors(k)
				srcTok = k
			}
		}
	}
	// Nominal: possessor, "by X", "between X and Y".
	if e.POS == "N" {
		for _, k := range c.children[i] {
			switch {
			case c.rel(k) == "nmod:poss" && patientNoun(e.Type) && !c.hasOf(i):
				// "Jamal's killing", "Navalny's arrest": the possessor of an
				// act done to someone is its target.
				tgt = appendNew(tgt, c.actors(k)...)
			case c.rel(k) == "nmod:poss" && src == nil:
				src = c.actors(k)
			case (c.rel(k) == "nmod" || c.rel(k) == "obl") && c.caseOf(k) == "by" && src == nil:
				src = c.actors(k)
			case (c.rel(k) == "nmod" || c.rel(k) == "obl") && (c.caseOf(k) == "between" || c.caseOf(k) == "of") && anchor != i && c.lemma(anchor) == "host":
				// "Qatar hosted talks between the US and the Taliban": the
				// host meets the parties.
				tgt = appendNew(tgt, c.actors(k)...)
			case (c.rel(k) == "nmod" || c.rel(k) == "obl") && c.caseOf(k) == "between":
				src = appendNew(src, c.actors(k)...)
			case (c.rel(k) == "nmod" || c.rel(k) == "obl") && targetCase[c.caseOf(k)]:
				tgt = appendNew(tgt, c.actors(k)...)
			}
		}
		if anchor != i {
			for _, k := range c.children[anchor] {
				if c.rel(k) == "obl" && c.caseOf(k) == "between" {
					src = appendNew(src, c.actors(k)...)
				}
			}
		}
		if frameVerb >= 0 && src == nil {
			for _, k := range c.children[frameVerb] {
				if c.rel(k) == "nsubj" {
					src, srcTok = c.subjectActors(k, frameVerb)
					break
				}
			}
		}
		if relMeeting >= 0 && src == nil {
			src, srcTok = []string{c.actorAt[relMeeting]}, relMeeting
			tgt = without(appendNew(tgt, c.followingWith(i)...), src)
		}
		if frameVerb >= 0 && len(tgt) == 0 && len(c.withActors(i)) == 0 {
			tgt = appendNew(tgt, c.addressees(frameVerb)...)
		}
		if e.Type == "CONSULT" && src == nil {
			// "a Security Council meeting was held", "US-China talks":
			// the parties named in the noun's modifiers.
			for _, k := range c.children[i] {
				if r := c.rel(k); r == "compound" || r == "amod" {
					src = appendNew(src, c.actors(k)...)
				}
			}
		}
	}
	// Targets of the trigger (or the support verb).
	place, placeTok := c.place(chain, i, e)
	for _, k := range c.children[anchor] {
		if k == i {
			continue
		}
		if k == placeTok {
			if e.Mode == "visit" {
				// The host of a visit is its destination ("travel to Moscow").
				tgt = appendNew(tgt, c.actors(k)...)
			}
			if e.Type == "MOBILIZE" {
				// Forces built up on foreign ground are mobilised against
				// its owner ("reinforced its troops in Lebanon"); the
				// PLOVER codebook names a recipient when one is clear.
				tgt = appendNew(tgt, without(c.actors(k), src)...)
			}
			continue
		}
		switch c.rel(k) {
		case "obj", "iobj":
			if c.isTime(k) {
				continue
			}
			if (e.POS == "V" && !(topicVerbs[c.lemma(anchor)] && c.rel(k) == "obj")) || c.rel(k) == "iobj" {
				// "discussed detained US citizens": a topic, not a party.
				tgt = appendNew(tgt, c.actors(k)...)
			}
		case "obl", "nmod":
			cs := c.caseOf(k)
			if cs == "out" {
				cs = "from" // "pulled its troops out of Somalia"
			}
			// "from" names the target only of a reduction in relations
			// ("recalled its ambassador from Peru") or of a withdrawal
			// ("pulled its troops from Mali").
			// It also names the owner of a seizure ("confiscated weapons
			// from the militants"): COERCE covers seizing property.
			fromOK := e.Type == "SANCTION" || e.Type == "RETREAT" || (e.Type == "COERCE" && seizureVerbs[c.lemma(anchor)] && c.objectIsThing(anchor))
			if (targetCase[cs] && (cs != "from" || fromOK)) || (cs == "between" && e.Mode == "third-party") {
				tgt = appendNew(tgt, c.actors(k)...)
			}
		}
	}
	if len(without(tgt, src)) == 0 && e.Type == "MOBILIZE" {
		// "massed troops along the border with Ukraine", "near Ukraine's
		// border": forces moved up to a frontier face the neighbour.
		// "strengthened its forces in Lebanon": the ground may hang on
		// the forces rather than on the verb.
		nodes := append([]int{}, c.children[anchor]...)
		for _, k := range c.children[anchor] {
			if c.rel(k) != "obj" {
				continue
			}
			for _, g := range c.children[k] {
				nodes = append(nodes, g)
				if cs := c.caseOf(g); c.rel(g) == "nmod" && (cs == "in" || cs == "into") {
					tgt = appendNew(tgt, without(c.actors(g), src)...)
				}
			}
		}
		for _, k := range nodes {
			if r := c.rel(k); (r != "obl" && r != "nmod") || !borderNouns[c.lemma(k)] {
				continue
			}
			tgt = appendNew(tgt, without(c.actors(k), src)...)
			for _, g := range c.children[k] {
				if c.rel(g) == "nmod" && c.caseOf(g) == "with" {
					tgt = appendNew(tgt, without(c.actors(g), src)...)
				}
			}
		}
	}
	if len(without(tgt, src)) == 0 {
		// "provided photographs to Macedonia", "granted asylum to
		// five officers": the recipient hangs from the object.
		for _, k := range c.children[anchor] {
			if c.rel(k) != "obj" || (k == i && e.POS != "N") {
				continue
			}
			objs := []int{k}
			for _, g := range c.children[k] {
				if c.rel(g) == "conj" {
					objs = append(objs, g) // "photographs and intelligence to X"
				}
			}
			for _, o := range objs {
				for _, g := range c.children[o] {
					if c.rel(g) == "nmod" && recipientCase[c.caseOf(g)] {
						tgt = appendNew(tgt, c.actors(g)...)
					}
				}
			}
		}
	}
	if len(without(tgt, src)) == 0 && e.POS == "V" {
		// "demanded that Hamas renounce …", "ordered the paper to close".
		for _, k := range c.children[anchor] {
			if r := c.rel(k); r == "ccomp" || r == "xcomp" {
				for _, g := range c.children[k] {
					if c.rel(g) == "nsubj" || c.rel(g) == "nsubj:pass" {
						// not the speaker itself ("warned that it would
						// attack Somalia": the target is Somalia).
						tgt = appendNew(tgt, without(c.actors(g), src)...)
					}
				}
			}
		}
	}
	if len(without(tgt, src)) == 0 && e.POS == "V" {
		// "refused to meet Jordan's king", "threatened to break relations
		// with Russia": the governed event's counterpart.
		for _, k := range c.children[anchor] {
			r := c.rel(k)
			if r == "advcl" && c.markedTo(k) {
				r = "xcomp" // "threatened on Monday to break …" parsed as adverbial
			}
			if (r == "xcomp" || r == "obj" || r == "ccomp") && (c.trig[k] != nil || r == "xcomp") {
				for _, g := range c.children[k] {
					switch c.rel(g) {
					case "obj", "iobj":
						tgt = appendNew(tgt, c.actors(g)...)
						// "break relations with Russia"
						for _, m := range c.children[g] {
							if c.rel(m) == "nmod" && recipientCase[c.caseOf(m)] {
								tgt = appendNew(tgt, c.actors(m)...)
							}
						}
					case "obl", "nmod":
						if cs := c.caseOf(g); targetCase[cs] && cs != "from" {
							tgt = appendNew(tgt, c.actors(g)...)
						}
					}
				}
			}
		}
	}
	if len(without(tgt, src)) == 0 && e.POS == "V" && reactionTypes[e.Type] {
		// "rejected a Senegalese peace plan", "condemned Israel's decision",
		// "opposed the deployment of a regional force": a reaction to a
		// thing targets its owner or author.
		demandObj := false
		for _, k := range c.children[anchor] {
			demandObj = demandObj || (c.rel(k) == "obj" && demandNouns[singular(c.lemma(k))])
		}
		for _, k := range c.children[anchor] {
			if demandObj && c.rel(k) == "obl" && c.caseOf(k) == "from" {
				// "accepted demands from the rebels", the from-phrase
				// hung on the verb
				tgt = appendNew(tgt, c.actors(k)...)
			}
			if c.rel(k) != "obj" || c.actorAt[k] != "" {
				continue
			}
			for _, g := range c.children[k] {
				switch r := c.rel(g); {
				case r == "nmod:poss" || r == "amod" || r == "compound":
					tgt = appendNew(tgt, c.actors(g)...)
				case r == "nmod" && (c.caseOf(g) == "of" || c.caseOf(g) == "by"):
					tgt = appendNew(tgt, c.actors(g)...)
				case r == "nmod" && c.caseOf(g) == "from" && demandNouns[singular(c.lemma(k))]:
					// "accepted demands from the rebels"
					tgt = appendNew(tgt, c.actors(g)...)
				}
			}
		}
		tgt = without(tgt, src)
	}
	if e.Type == "THREATEN" && len(without(tgt, src)) == 0 {
		// "threatened to launch an offensive unless Baghdad accepted its
		// conditions": the threat is aimed at the subject of its condition.
		var conds []int
		for _, k := range append([]int{anchor}, c.children[anchor]...) {
			for _, g := range c.children[k] {
				if c.rel(g) == "advcl" && c.hasMarkWord(g, "unless", "if") {
					conds = append(conds, g)
				}
			}
		}
		for _, g := range conds {
			for _, m := range c.children[g] {
				if r := c.rel(m); r == "nsubj" || r == "nsubj:pass" {
					tgt = appendNew(tgt, without(c.actors(m), src)...)
				}
			}
		}
	}
	if e.Type == "PROTEST" && len(without(tgt, src)) == 0 {
		// "in protest against abuses by Algerian forces", "in defiance of
		// Chinese authorities": the protested party hangs on the phrase.
		around := c.children[anchor]
		if anchor != i {
			around = append(append([]int{}, around...), c.children[i]...)
		}
		for _, k := range around {
			if r := c.rel(k); (r == "obl" || r == "nmod") && protestFrames[c.lemma(k)] {
				// "in protest against X": the preposition may be parsed
				// inside X's compounds, so it is read off the text too.
				against := k+1 < len(c.d.Tokens) && c.lemma(k+1) == "against"
				for _, g := range c.children[k] {
					if cs := c.caseOf(g); c.rel(g) == "nmod" && (against || cs == "against" || cs == "of" || cs == "to") {
						tgt = appendNew(tgt, without(c.actors(g), src)...)
						for _, m := range c.children[g] {
							// "against the violations by Algerian forces"
							if c.rel(m) == "nmod" && (c.caseOf(m) == "by" || c.caseOf(m) == "of") {
								tgt = appendNew(tgt, without(c.actors(m), src)...)
							}
						}
					}
				}
			}
		}
	}
	if e.Type == "PROTEST" && len(without(tgt, src)) == 0 {
		// "marched calling for independence from Spain": a protest for
		// secession is aimed at the state it would leave.
		var walk func(k, depth int)
		walk = func(k, depth int) {
			for _, g := range c.children[k] {
				if secessionNouns[c.lemma(g)] {
					for _, m := range c.children[g] {
						if c.rel(m) == "nmod" && c.caseOf(m) == "from" {
							tgt = appendNew(tgt, without(c.actors(m), src)...)
						}
					}
				}
				if depth < 4 {
					walk(g, depth+1)
				}
			}
		}
		walk(anchor, 0)
	}
	if e.Type == "CONSULT" && len(tgt) == 0 {
		// "talked about the border with Ukraine": the counterpart hangs on
		// the topic of the talks.
		for _, k := range c.children[anchor] {
			if cs := c.caseOf(k); (c.rel(k) == "obl" || c.rel(k) == "nmod") && (cs == "about" || cs == "on" || cs == "over") {
				if w := c.topicWith(k); w >= 0 {
					tgt = appendNew(tgt, c.actors(w)...)
				}
			}
		}
	}
	if e.Type == "CONSULT" && e.POS == "V" && len(tgt) == 0 {
		// "arrived in Washington for talks with Biden", "flew to Paris for
		// a meeting with Macron": the counterpart of the meeting the
		// journey is for.
		for _, k := range c.children[anchor] {
			if t := c.trig[k]; t == nil || t.POS != "N" || t.Type != "CONSULT" || c.rel(k) != "obl" || c.caseOf(k) != "for" {
				continue
			}
			for _, g := range c.children[k] {
				if r := c.rel(g); (r == "nmod" || r == "obl") && (c.caseOf(g) == "with" || c.caseOf(g) == "between") {
					tgt = appendNew(tgt, without(c.actors(g), src)...)
				}
			}
			if len(tgt) == 0 {
				tgt = appendNew(tgt, without(c.followingWith(k), src)...)
			}
		}
	}
	if e.Mode == "visit" && len(tgt) == 0 {
		// "made a trip to Kyiv to meet President Zelensky": the
		// counterpart of the meeting the journey is for.
		for _, n := range []int{anchor, i} {
			for _, k := range c.children[n] {
				if t := c.trig[k]; t == nil || t.POS != "V" || t.Type != "CONSULT" || !c.markedTo(k) {
					continue
				}
				if r := c.rel(k); r != "advcl" && r != "xcomp" && r != "acl" {
					continue
				}
				tgt = appendNew(tgt, without(c.meetee(k), src)...)
			}
			if n == i {
				break
			}
		}
	}
	if e.Type == "CONSULT" && e.POS == "N" && len(tgt) == 0 {
		// "her meeting with Georgian President Saakashvili" when the
		// parser hung the with-phrase elsewhere.
		tgt = appendNew(tgt, c.followingWith(i)...)
	}
	if exist && len(src) == 0 {
		if w := c.withActors(i); len(w) >= 2 {
			src, tgt = w[:1], without(w[1:], w[:1])
		}
	}
	if e.Type == "CONSULT" && e.POS == "V" && e.Mode == "" && !c.hasCounterpart(anchor, srcTok) && len(tgt) == 0 && !c.bodySession(srcTok) {
		// "the ministers met on Sunday": a meeting with no counterpart is
		// no consultation, unless a body met in session ("the Security
		// Council met in a closed session"), which is coded with the
		// body alone.
		return doc.Event{}, false
	}
	if e.Type == "REQUEST" && e.POS == "V" && assertiveDemands[c.lemma(i)] {
		for _, k := range c.children[i] {
			if c.complement(k) && c.claims(k, src) {
				// "insisted that its navy was not involved", "insisted that
				// Moscow would only agree if …" (said for Moscow): a claim
				// or the speaker's own side's stance, not a demand
				return doc.Event{}, false
			}
		}
	}
	if e.Type == "REJECT" && e.POS == "V" {
		for _, k := range c.children[i] {
			if c.rel(k) == "xcomp" && withheldWords[c.lemma(k)] && !c.answersDemand(k) {
				// "declined to comment", "refused to give details": a
				// statement withheld is no rejection (CAMEO's "decline
				// comment" has no PLOVER type)
				return doc.Event{}, false
			}
		}
	}
	if e.Mode == "visit" && len(tgt) == 0 && c.regionOnly(chain, i, e) {
		// "Bush travels to the Middle East", "his trip": a journey to a
		// region or to nowhere named meets no one.
		return doc.Event{}, false
	}
	if e.Type == "AID" && e.POS == "V" && c.lemma(anchor) == "receive" {
		// "Sudan received aid from the EU": the recipient is the subject,
		// the giver the from-phrase (on the verb or on its object).
		var giver []string
		for _, k := range c.children[anchor] {
			if r := c.rel(k); (r == "obl" || r == "nmod") && c.caseOf(k) == "from" {
				giver = appendNew(giver, c.actors(k)...)
			}
			if c.rel(k) == "obj" {
				for _, g := range c.children[k] {
					if c.rel(g) == "nmod" && c.caseOf(g) == "from" {
						giver = appendNew(giver, c.actors(g)...)
					}
				}
			}
		}
		src, tgt, srcTok = giver, src, -1
	}
	tgt = without(tgt, src)
	if e.Type == "CONSULT" && len(src) == 0 && anchor != i && c.participates(anchor, i) {
		// "Delegates at the summit were from nine countries, including
		// Chile and Peru": the parties
		// of an unnamed subject are in the from-phrase of its predicate.
		for _, k := range c.children[anchor] {
			if r := c.rel(k); (r == "obl" || r == "nmod") && c.caseOf(k) == "from" {
				src = appendNew(src, c.actors(k)...)
			}
		}
		tgt = without(tgt, src)
	}
	// "Three civilians were killed", "the prisoners were released": a
	// material act stated in the passive, with its patient named and its
	// doer unknown, is coded with an empty source.
	agentless := passive && srcTok < 0 && len(tgt) > 0 && e.POS == "V" && patientActs[e.Type] && c.namedPatient(anchor)
	// "Hundreds of teachers marched": a crowd is the usual, and a clear,
	// source of a protest.
	crowd := e.Type == "PROTEST" && srcTok >= 0 && c.crowd(srcTok)
	if len(src) == 0 && !c.opts.KeepUnsourced && !agentless && !crowd && (srcTok < 0 || !c.clearAgent(srcTok)) {
		return doc.Event{}, false
	}
	if len(src) == 0 && !c.opts.KeepUnsourced && e.POS == "V" && c.relativeOpen(anchor) {
		// "the refugees, whom officials blame for the clashes": a
		// relative clause with an unnamed subject describes its
		// antecedent; it reports no act of its own.
		return doc.Event{}, false
	}
	if e.Type == "CONSULT" && e.Mode == "" && anchor != i && c.participates(anchor, i) && len(appendNew(append([]string{}, src...), tgt...)) < 2 {
		// "X, who is overseeing the talks", "led a cabinet meeting": taking
		// part in a meeting whose other parties go unnamed.
		return doc.Event{}, false
	}
	if e.Type == "CONSULT" && e.Mode == "" && len(src) == 1 && len(tgt) == 0 && srcTok >= 0 && c.conjoined(srcTok) {
		// "In Peru, the government and opposition have resumed talks":
		// parties that resolve to a single actor say nothing of who met
		// whom.
		return doc.Event{}, false
	}
	if e.Type == "CONSULT" && len(src) == 0 && len(tgt) == 0 && anchor != i && c.participates(anchor, i) {
		// "Leaders of twenty countries attended the summit": a meeting
		// with no party resolved says nothing of who met whom.
		return doc.Event{}, false
	}
	if e.Type == "CONSULT" && e.POS == "N" && len(src) < 2 && len(tgt) == 0 && (c.hasCompound(i, "press") || c.hasCompound(i, "news")) {
		// "held a press conference": a statement to the press, not a
		// meeting (a joint one of two parties still is).
		return doc.Event{}, false
	}
	if e.Type == "CONSULT" && !negated && e.Mode != "visit" && len(tgt) == 0 && len(src) < 2 && c.unnamedCounterpart(anchor, i) {
		// "met reporters", "met with protesters": the press or people
		// the text does not name are no party to a meeting. A refusal
		// to meet them stays a refusal.
		return doc.Event{}, false
	}
	if src == nil {
		src = []string{}
	}
	if tgt == nil {
		tgt = []string{}
	}
	if modality == "demanded" && !negated {
		// "X said that Y must drop the barriers": X demands it of Y.
		if sp := c.speaker(top); sp >= 0 {
			spk := c.actors(sp)
			if len(without(spk, src)) == len(spk) && (len(spk) > 0 || c.clearAgent(sp)) && len(src) > 0 {
				if spk == nil {
					spk = []string{}
				}
				m := requestMode(e.Type)
				return doc.Event{Type: "REQUEST", Mode: &m, Source: spk, Target: src, Modality: "asserted",
					Evidence: c.d.Sentences[c.d.Tokens[i].Sentence], Date: ptr(c.date([]int{c.head(top)}, c.head(top)))}, true
			}
		}
	}
	typ, mode := e.Type, e.Mode
	access := e.Mode == "visit" && e.POS == "V" && c.thirdPartyArrival(i)
	if access {
		// "Ghanaian peacekeeping troops arrived in the border town": the
		// arrival of peacekeepers, observers or inspectors is access
		// allowed (RETREAT/access, CAMEO 086), not a visit.
		typ, mode = "RETREAT", "access"
	}
	if e.POS == "V" && !access && !c.plausible(i, e) {
		return doc.Event{}, false
	}
	if typ == "CONSULT" && mode == "host" && e.POS == "V" && !welcomeVerbs[c.lemma(anchor)] && c.objectIsThing(anchor) &&
		!c.hostsMeeting(anchor) {
		// "received a letter", "received reports": no visitor, no event.
		return doc.Event{}, false
	}
	if typ == "CONSULT" && mode == "host" && e.POS == "V" && c.welcomesThing(anchor) {
		// "welcomed the decision": approval, not a host's reception.
		typ, mode = "SUPPORT", ""
	}
	if typ == "AID" && e.POS == "V" && c.lemma(anchor) == "grant" {
		// "granted asylum", "granted a loan" are aid; "granted citizens
		// the right to leave", "granted convoys free passage" are not.
		for _, k := range c.children[anchor] {
			if c.rel(k) != "obj" {
				continue
			}
			switch l := c.lemma(k); {
			case l == "access" || l == "passage":
				typ, mode = "RETREAT", "access"
			case l == "recognition":
				typ, mode = "SUPPORT", ""
			case grantedRights[l] || grantedRights[singular(l)]:
				typ, mode = "CONCEDE", ""
			}
		}
	}
	if e.POS == "N" && anchor != i && c.lemma(anchor) == "host" && !c.hostsMeeting(anchor) {
		// "hosted a dinner for business leaders": no party named.
		return doc.Event{}, false
	}
	if typ == "RETREAT" && mode == "ceasefire" && e.POS == "N" && anchor != i && declareVerbs[c.lemma(anchor)] {
		// "declared a ceasefire": the codebook counts declarations (not
		// implementations) of ceasefires as concessions.
		typ, mode = "CONCEDE", ""
	}
	if typ == "SANCTION" && mode == "discontinue" && e.POS == "V" && (c.lemma(anchor) == "suspend" || c.lemma(anchor) == "halt" || c.lemma(anchor) == "freeze") {
		for _, k := range c.children[anchor] {
			if c.rel(k) != "obj" {
				continue
			}
			switch {
			case c.restriction(k) || c.governsRestriction(k):
				// "suspended the curfew", "suspended plans to impose
				// curfews": a concession.
				typ, mode = "CONCEDE", ""
			case mediaOutlets[c.lemma(k)] || mediaOutlets[singular(c.lemma(k))] || c.phraseHas(k, mediaOutlets):
				// "suspended two newspapers", "social media platforms".
				typ, mode = "COERCE", "censor"
			}
		}
	}
	if typ == "COERCE" && mode == "cyber" && e.POS == "V" {
		// "hacked two soldiers to death": machetes, not computers.
		for _, k := range c.children[anchor] {
			if l := singular(c.lemma(k)); c.rel(k) == "obj" && (personNouns[l] || crowdNouns[l] || militaryNouns[l] || l == "policeman" || l == "civilian" || c.d.Tokens[k].UPOS == "PRON") {
				typ, mode = "ASSAULT", "primitive"
			}
		}
	}
	if typ == "COERCE" && e.POS == "V" && entryBans[c.lemma(anchor)] {
		// "barred the UN envoy from entering the country": refusing entry
		// is a REJECT in the codebook (expelling is a SANCTION).
		for _, k := range c.children[anchor] {
			if r := c.rel(k); (r == "advcl" || r == "xcomp") && c.hasMarkWord(k, "from") && entryVerbs[c.lemma(k)] {
				typ, mode = "REJECT", ""
			}
		}
	}
	if e.POS == "V" && c.lemma(anchor) == "hand" && e.Particle == "over" {
		// "handed over 50 prisoners" (release), "their weapons" (disarm),
		// "the town" (withdraw), "the suspect to Britain" (extradition);
		// anything else handed over is no event.
		kind := ""
		for _, k := range c.children[anchor] {
			if c.rel(k) == "obj" || (c.rel(k) == "obl" && c.caseOf(k) == "over") { // "over" misread as a preposition
				kind = handedOver[c.lemma(k)]
				if kind == "" {
					kind = handedOver[singular(c.lemma(k))]
				}
				if kind == "" && (quantityNouns[c.lemma(k)] || measureNouns[singular(c.lemma(k))]) {
					for _, g := range c.children[k] {
						if c.rel(g) == "nmod" && c.caseOf(g) == "of" {
							kind = handedOver[c.lemma(g)]
							if kind == "" {
								kind = handedOver[singular(c.lemma(g))]
							}
						}
					}
				}
			}
		}
		switch kind {
		case "":
			return doc.Event{}, false
		case "extradite":
			typ, mode = "COOPERATE", ""
		case "aid":
			// "handed over tonnes of flour to the Red Cross": relief
			// goods handed over are aid, not a return.
			typ, mode = "AID", ""
		default:
			typ, mode = "RETREAT", kind
		}
	}
	if typ == "SANCTION" && mode == "discontinue" && e.POS == "V" {
		// "cut off the internet", "shut off water in the town":
		// withholding public services from a population is coercion; cut
		// to another country ("cut off power to Ukraine") it stays a
		// sanction.
		utility, abroad := false, false
		for _, k := range c.children[i] {
			r := c.rel(k)
			if (r == "obj" || (r == "obl" && c.caseOf(k) == "off")) && (utilities[c.lemma(k)] || c.phraseHas(k, utilities)) {
				utility = true
			}
			if (r == "obl" || r == "nmod") && c.caseOf(k) == "to" && len(c.actors(k)) > 0 {
				abroad = true
			}
		}
		if utility && !abroad {
			typ, mode = "COERCE", "withhold"
		}
	}
	if typ == "SANCTION" && mode == "discontinue" && (e.POS == "V" || e.POS == "N") {
		// "suspended its attacks", "called off the strike", "announced a
		// suspension of attacks": de-escalation, not a sanction.
		for _, k := range c.children[i] {
			if e.POS == "N" && (c.rel(k) != "nmod" || c.caseOf(k) != "of") {
				continue
			}
			if e.POS == "V" && c.rel(k) != "obj" {
				continue
			}
			if c.trig[k] == nil || c.trig[k].POS != "N" {
				continue
			}
			switch c.trig[k].Type {
			case "ASSAULT", "COERCE", "MOBILIZE":
				typ, mode = "RETREAT", "ceasefire"
			case "PROTEST":
				typ, mode = "CONCEDE", ""
			}
		}
	}
	if typ == "CONSULT" && e.POS == "N" && c.lemma(i) == "call" {
		// "made a call for restraint", "a call on Israel to …": an appeal.
		// A phone call names its medium or its other party ("a phone
		// call with Macron"); "made the call", "joined the calls" are no
		// consultation.
		appeal, phone := false, c.hasCompound(i, "phone") || c.hasCompound(i, "telephone")
		for _, k := range c.children[i] {
			cs := c.caseOf(k)
			switch {
			case (c.rel(k) == "nmod" || c.rel(k) == "acl") && (cs == "for" || cs == "on"):
				appeal = true
			case c.rel(k) == "acl" && c.d.Tokens[k].UPOS == "VERB":
				appeal = true // "the calls … asking the United States to …"
			case (c.rel(k) == "nmod" || c.rel(k) == "obl") && (cs == "with" || cs == "to" || cs == "between") && len(c.actors(k)) > 0:
				phone = true
			}
		}
		switch {
		case appeal:
			typ, mode = "REQUEST", ""
		case !phone:
			return doc.Event{}, false
		}
	}
	if typ == "ASSAULT" {
		// "would not be hijacked": a policy or a plan is no victim.
		for _, k := range c.children[i] {
			if c.rel(k) == "nsubj:pass" && abstractObjects[c.lemma(k)] {
				return doc.Event{}, false
			}
		}
	}
	if typ == "ASSAULT" && e.POS == "V" {
		// "fight corruption", "attacked the plan": no physical harm.
		for _, k := range c.children[i] {
			if c.rel(k) == "obj" && abstractObjects[c.lemma(k)] && figurativeVerbs[c.lemma(i)] &&
				!(c.lemma(k) == "position" && c.d.Tokens[k].XPOS == "NNS") { // "army positions"
				if c.lemma(i) == "fight" || c.lemma(i) == "combat" {
					return doc.Event{}, false
				}
				typ, mode = "ACCUSE", "disapprove"
			}
		}
	}
	if typ == "PROTEST" && e.POS == "N" && anchor != i && diplomaticProtest[c.lemma(anchor)] {
		// "lodged a protest with Croatia": a government's formal
		// complaint, not a demonstration.
		typ, mode = "ACCUSE", "disapprove"
	}
	if typ == "PROTEST" && e.POS == "V" && c.lemma(i) == "protest" && c.reports(i) {
		// "Chile protested that Peru had moved troops", "the police are
		// abusing detainees, a rights group protested": a protest spoken,
		// with the complaint as its content, is a verbal disapproval
		// (CAMEO 111), not a demonstration.
		typ, mode = "ACCUSE", "disapprove"
	}
	var second []string // a separate meeting conjoined to the medium phrase
	if typ == "CONSULT" && e.POS == "V" {
		// "spoke with Trump by phone and Pence in person": a phone call
		// with the first, a meeting with the second.
		for _, k := range c.children[anchor] {
			if c.rel(k) != "obl" || c.caseOf(k) != "by" || !phoneNouns[c.lemma(k)] {
				continue
			}
			if mode == "" {
				mode = "phone"
			}
			for _, g := range c.children[k] {
				if c.rel(g) == "conj" {
					second = appendNew(second, without(c.actors(g), append(src, tgt...))...)
				}
			}
		}
	}
	ev := doc.Event{
		Type: typ, Source: src, Target: tgt, Negated: negated, Modality: modality,
		Evidence: c.d.Sentences[c.d.Tokens[i].Sentence],
	}
	if len(second) > 0 && len(tgt) > 0 {
		ev2 := ev
		ev2.Target = second
		c.extra = append(c.extra, ev2)
	}
	if mode != "" {
		m := mode
		ev.Mode = &m
	}
	if place != "" {
		ev.Place = &place
	}
	if date := c.date(chain, i); date != "" {
		ev.Date = &date
		for k := range c.extra {
			c.extra[k].Date = ev.Date
		}
	}
	if place != "" {
		for k := range c.extra {
			c.extra[k].Place = ev.Place
		}
	}
	return ev, true
}

// unnamedCounterpart reports whether the counterpart of a consultation
// (the object or with/to phrase of its predicate v or noun i) is the
// press ("met reporters") or a plural common noun that names no actor
// ("met with protesters", "consulted experts").
func (c *coder) unnamedCounterpart(v, i int) bool {
	for _, n := range []int{v, i} {
		for _, k := range c.children[n] {
			if k == i {
				continue
			}
			switch c.rel(k) {
			case "obj":
				if c.isTime(k) || topicVerbs[c.lemma(n)] {
					continue
				}
			case "obl", "nmod":
				if cs := c.caseOf(k); cs != "with" && cs != "to" {
					continue
				}
			default:
				continue
			}
			if len(c.actors(k)) > 0 {
				continue
			}
			if mediaNouns[c.lemma(k)] || (c.d.Tokens[k].UPOS == "NOUN" && c.d.Tokens[k].XPOS == "NNS") {
				return true
			}
		}
		if v == i {
			break
		}
	}
	return false
}

// phoneNouns are the media of a call ("spoke with X by phone").
var phoneNouns = set("phone", "telephone", "videophone", "videoconference", "video")

// hasCounterpart reports whether a consultation verb names whom it is with:
// an object, a with/between/to phrase, or a conjoined subject (also inside
// its from/of phrase: "diplomats from Poland and Lithuania").
func (c *coder) hasCounterpart(v, subj int) bool {
	for _, k := range c.children[v] {
		switch c.rel(k) {
		case "obj":
			if !c.isTime(k) && !topicVerbs[c.lemma(v)] {
				return true
			}
		case "obl", "nmod":
			switch c.caseOf(k) {
			case "with", "between", "to":
				return true
			case "about", "on", "over":
				// "talked about the border with Ukraine" (the with-phrase
				// hung on the topic).
				if c.topicWith(k) >= 0 {
					return true
				}
			}
		}
	}
	if subj >= 0 {
		if c.parties(c.actors(subj)) >= 2 {
			// "the Brazilian and South Korean presidents met"
			return true
		}
		for _, k := range c.children[subj] {
			if c.rel(k) == "conj" {
				return true
			}
			if cs := c.caseOf(k); c.rel(k) == "nmod" && (cs == "from" || cs == "of") {
				// "diplomats from Poland and Lithuania met"
				for _, g := range c.children[k] {
					if c.rel(g) == "conj" && len(c.actors(g)) > 0 {
						return true
					}
				}
			}
		}
	}
	return false
}

// ownActors reports whether the nominal trigger i names its own actor
// ("Russia's withdrawal", "talks between X and Y", "an attack by X").
func (c *coder) ownActors(i int) bool {
	for _, k := range c.children[i] {
		r := c.rel(k)
		if r == "nmod:poss" || ((r == "nmod" || r == "obl") && (c.caseOf(k) == "by" || c.caseOf(k) == "between")) {
			if len(c.actors(k)) > 0 {
				return true
			}
		}
	}
	return false
}

// chain walks up from the anchor through modality markers ("ready to",
// "plans to", "failed to") and returns the predicates from the anchor up,
// whether the event is negated and its modality.
func (c *coder) chain(anchor int) ([]int, bool, string) {
	chain := []int{anchor}
	neg := false
	best := len(Modalities) - 1 // asserted
	note := func(m string) {
		for r, x := range Modalities {
			if x == m && r < best {
				best = r
			}
		}
	}
	cur := anchor
	for steps := 0; steps < 4; steps++ {
		h := c.head(cur)
		if h < 0 {
			break
		}
		r := c.rel(cur)
		if r != "xcomp" && !(r == "ccomp" && c.d.Tokens[h].UPOS == "ADJ") && !(r == "advcl" && c.markedTo(cur) && (c.markerVerb(h, cur) || c.markerAdj(h))) {
			break
		}
		lem := c.lemma(h)
		if failVerbs[lem] {
			neg = !neg
		} else if m, ok := c.lx.markers[lem]; ok {
			note(m)
		} else {
			break
		}
		chain = append(chain, h)
		cur = h
	}
	for _, n := range chain {
		for _, k := range c.children[n] {
			r := c.rel(k)
			switch {
			case c.isNeg(k):
				neg = !neg
			case (r == "nsubj" || r == "nsubj:pass") && negSubjects[c.lemma(k)]:
				// "None of them have denied it".
				neg = !neg
			case r == "aux":
				if m, ok := auxModality[c.lemma(k)]; ok {
					note(m)
				} else if m, ok := auxModality[strings.ToLower(c.d.SpanText(c.d.Tokens[k].Span))]; ok {
					note(m)
				}
			case r == "advcl" || r == "obl" || r == "nmod" || r == "dep" || r == "parataxis":
				if c.markedIf(k) {
					note("conditional")
				}
			case r == "obj":
				// "will sign the accord if Turkey withdraws", the if-clause
				// parsed under the object.
				for _, g := range c.children[k] {
					if (c.rel(g) == "acl" || c.rel(g) == "advcl") && c.markedIf(g) {
						note("conditional")
					}
				}
			}
		}
	}
	top := chain[len(chain)-1]
	if r := c.rel(top); r == "advcl" && c.markedIf(top) {
		note("conditional")
	}
	if h := c.head(top); h >= 0 {
		r := c.rel(top)
		if (c.complement(top) || r == "parataxis") && speechVerbs[c.lemma(h)] {
			note("reported")
		}
		// "said that X must …": the speech verb's own modal does not matter,
		// but a negated or modal governor of a conjunct does not pass on.
	}
	return chain, neg, Modalities[best]
}

func (c *coder) markedIf(k int) bool {
	for _, g := range c.children[k] {
		if c.rel(g) == "mark" {
			switch c.lemma(g) {
			case "if", "unless", "provided", "whether":
				return true
			case "until", "till":
				// "will not return until the West lifts …": the condition
				// of a refusal (a plain "fought until dawn" is a time)
				if h := c.head(k); h >= 0 {
					for _, n := range c.children[h] {
						if c.isNeg(n) {
							return true
						}
					}
				}
			}
		}
	}
	return false
}

// isNeg reports whether token k negates its head: "not", "never", "no"
// as a determiner, "no longer".
func (c *coder) isNeg(k int) bool {
	lem := c.lemma(k)
	word := strings.ToLower(c.d.SpanText(c.d.Tokens[k].Span))
	r := c.rel(k)
	if negWords[lem] && (r == "advmod" || r == "neg" || r == "det" || r == "aux" || r == "cc" || r == "dep") {
		return lem != "nor" || r != "cc"
	}
	if word == "longer" || word == "more" {
		for _, g := range c.children[k] {
			if c.lemma(g) == "no" {
				return true
			}
		}
		if k > 0 && c.lemma(k-1) == "no" && c.d.Tokens[k-1].Head == k {
			return true
		}
	}
	return false
}

// caseOf returns the lemma of the preposition marking token k, or "".
// A preposition the parser hung on a title or compound before the name
// ("with President Trump", "with" on "President") marks the name.
func (c *coder) caseOf(k int) string {
	for _, g := range c.children[k] {
		if c.rel(g) == "case" {
			return c.lemma(g)
		}
	}
	for _, g := range c.children[k] {
		if g > k || (c.d.Tokens[g].Deprel != "nmod:desc" && c.rel(g) != "compound") {
			continue
		}
		for _, m := range c.children[g] {
			if m < g && c.rel(m) == "case" {
				return c.lemma(m)
			}
		}
	}
	return ""
}

// lectureVerbs and lectureNouns: "gave a talk" is a lecture.
var (
	lectureVerbs = set("give", "deliver")
	lectureNouns = set("talk")
)

// frameCases introduce a meeting phrase that is the circumstance of a
// clause ("in a telephone conversation with X", "during her visit to Y",
// "after talks with X").
var frameCases = set("in", "during", "at", "after", "following", "before")

// meetingFrame reports whether the consultation noun i is a circumstance
// phrase (in/during/at) of the verb h that names its counterpart: "In a
// telephone conversation with Sarkozy, Medvedev declared …".
func (c *coder) meetingFrame(i, h int) bool {
	if c.trig[i] == nil || c.trig[i].Type != "CONSULT" || c.rel(i) != "obl" || !frameCases[c.caseOf(i)] {
		return false
	}
	if u := c.d.Tokens[h].UPOS; u != "VERB" && u != "AUX" {
		return false
	}
	if c.participates(h, i) {
		return false // "took part in talks with X": the talks are its object
	}
	if len(c.addressees(h)) > 0 && c.caseOf(i) == "in" {
		// "told the Lithuanian president in a phone call that …": the
		// one told is the other party.
		return true
	}
	for _, k := range c.children[i] {
		if r := c.rel(k); (r == "nmod" || r == "obl") && (c.caseOf(k) == "with" || (c.caseOf(k) == "to" && c.trig[i].Mode == "visit")) && len(c.actors(k)) > 0 {
			// "In a conversation with the newspaper El Pais": an interview.
			return !c.phraseHas(k, mediaNouns)
		}
	}
	if len(c.followingWith(i)) > 0 {
		return true
	}
	// "At a meeting in Riga, Poland and Lithuania agreed …": the clause's
	// conjoined subject names the parties.
	for _, k := range c.children[h] {
		if c.rel(k) != "nsubj" || len(c.actors(k)) < 2 {
			continue
		}
		// Conjoined parties, not one party named twice ("Yemen's Foreign
		// Minister, Abu Bakr al-Qirbi", parsed as conjuncts): the last
		// conjunct has its "and".
		for _, g := range c.children[k] {
			if c.rel(g) != "conj" || len(c.actors(g)) == 0 {
				continue
			}
			for _, m := range c.children[g] {
				if c.rel(m) == "cc" {
					return c.caseOf(i) != "before"
				}
			}
		}
	}
	return false
}

// scheduleVerbs put a meeting on the calendar ("talks are scheduled for
// Monday").
var scheduleVerbs = set("plan", "schedule", "arrange", "set", "expect")

// relativeMeeting returns the token of the antecedent actor of a
// relative clause in which the bare noun "meeting" (no determiner or
// possessor) at i is followed by a with-phrase naming an actor — "X, who
// is in Doha meeting with Y and Z" —, or -1. The antecedent is the word
// before the ", who" that opens the clause, at most eight words before.
func (c *coder) relativeMeeting(i int) int {
	if c.trig[i] == nil || c.trig[i].Type != "CONSULT" || strings.ToLower(c.d.SpanText(c.d.Tokens[i].Span)) != "meeting" {
		return -1
	}
	for _, k := range c.children[i] {
		// A name hung on it as a compound is a misparse of the place
		// before it ("in Doha, Qatar meeting with …").
		if r := c.rel(k); r == "det" || r == "nmod:poss" || r == "amod" || (r == "compound" && c.d.Tokens[k].UPOS != "PROPN") {
			return -1
		}
	}
	if len(c.followingWith(i)) == 0 {
		return -1
	}
	sent := c.d.Tokens[i].Sentence
	for j := i - 1; j >= 2 && j >= i-8 && c.d.Tokens[j].Sentence == sent; j-- {
		t := &c.d.Tokens[j]
		if t.UPOS == "VERB" || (t.UPOS == "PUNCT" && c.lemma(j) != ",") {
			return -1
		}
		if strings.ToLower(c.d.SpanText(t.Span)) != "who" {
			continue
		}
		if c.lemma(j-1) != "," || c.d.Tokens[j-2].Sentence != sent {
			return -1
		}
		if id := c.actorAt[j-2]; id != "" {
			return j - 2
		}
		return -1
	}
	return -1
}

// meetee returns the counterpart of the meeting verb k: the actors of its
// object or with-phrase, else of the names right after it ("to meet
// Ukrainian President Volodymyr Zelensky", misparsed).
func (c *coder) meetee(k int) []string {
	var ids []string
	for _, g := range c.children[k] {
		if r := c.rel(g); (r == "obj" || r == "iobj" || ((r == "obl" || r == "nmod") && c.caseOf(g) == "with")) && !c.isTime(g) {
			ids = appendNew(ids, c.actors(g)...)
		}
	}
	if len(ids) > 0 {
		return ids
	}
	sent := c.d.Tokens[k].Sentence
	for j := k + 1; j < len(c.d.Tokens) && j < k+10 && c.d.Tokens[j].Sentence == sent; j++ {
		switch c.d.Tokens[j].UPOS {
		case "ADJ", "PROPN", "NOUN", "DET":
		case "ADP":
			if c.lemma(j) != "with" || j != k+1 {
				return ids
			}
		default:
			return ids
		}
		if id := c.actorAt[j]; id != "" {
			ids = appendNew(ids, id)
		}
	}
	return ids
}

// addressVerbs address what they say to someone, named as their object.
var addressVerbs = set("tell", "inform", "assure", "brief", "urge", "ask", "warn")

// addressees returns the actors of the object of the address verb h ("told
// the Lithuanian president"), or nil.
func (c *coder) addressees(h int) []string {
	if h < 0 || !addressVerbs[c.lemma(h)] {
		return nil
	}
	var ids []string
	for _, k := range c.children[h] {
		if r := c.rel(k); r == "obj" || r == "iobj" {
			ids = appendNew(ids, c.actors(k)...)
		}
	}
	return ids
}

// followingWith returns the actors of a "with" (or "between", or for a
// visit "to") phrase that follows the consultation noun i in the text,
// read off the words when the
// parser attached the phrase elsewhere ("after her meeting with Chilean President
// Gabriel Boric, the chancellor stated": "Boric" hung on "stated"). The
// phrase runs to the next comma, verb, clause or other preposition.
func (c *coder) followingWith(i int) []string {
	n := len(c.d.Tokens)
	sent := c.d.Tokens[i].Sentence
	if i+2 >= n || c.d.Tokens[i+1].Sentence != sent {
		return nil
	}
	if w := c.lemma(i + 1); w != "with" && w != "between" && (w != "to" || c.trig[i] == nil || c.trig[i].Mode != "visit") {
		return nil
	}
	var ids []string
	for j := i + 2; j < n && j < i+20 && c.d.Tokens[j].Sentence == sent; j++ {
		t := &c.d.Tokens[j]
		stop := false
		switch t.UPOS {
		case "VERB":
			// "to neighboring Mozambique": a participle before the name.
			w := c.d.SpanText(t.Span)
			stop = j != i+2 || !(strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed"))
		case "AUX", "SCONJ", "PRON", "NUM":
			stop = true
		case "ADP":
			stop = c.lemma(j) != "of"
		case "PUNCT":
			stop = c.lemma(j) != "-"
		}
		if stop {
			break
		}
		if mediaNouns[c.lemma(j)] {
			return nil // "a conversation with the newspaper El Pais": an interview
		}
		if id := c.actorAt[j]; id != "" {
			ids = appendNew(ids, id)
		}
	}
	return ids
}

// existential reports whether the consultation noun i is the subject of
// an existential "there is/was" (h) with at least two parties in its
// with-phrase ("there was a dinner with the two presidents").
func (c *coder) existential(i, h int) bool {
	if c.trig[i] == nil || c.trig[i].Type != "CONSULT" || c.rel(i) != "nsubj" || c.lemma(h) != "be" {
		return false
	}
	for _, k := range c.children[h] {
		if c.d.Tokens[k].Deprel == "expl" {
			return len(c.withActors(i)) >= 2
		}
	}
	return false
}

// withActors returns the actors of the with-phrase of noun i, parsed or
// read off the words after it.
func (c *coder) withActors(i int) []string {
	var ids []string
	for _, k := range c.children[i] {
		if r := c.rel(k); (r == "nmod" || r == "obl") && c.caseOf(k) == "with" {
			ids = appendNew(ids, c.actors(k)...)
		}
	}
	if len(ids) == 0 {
		ids = c.followingWith(i)
	}
	return ids
}

// bodySession reports whether the subject at k is a single body (an
// organisation actor: a council, a cabinet, a parliament) that can meet
// on its own, in session.
func (c *coder) bodySession(k int) bool {
	if k < 0 {
		return false
	}
	ids := c.actors(k)
	if len(ids) != 1 {
		return false
	}
	for _, a := range c.d.Actors {
		if a.ID == ids[0] {
			return a.Kind == "organization"
		}
	}
	return false
}

// regionWords head the names of regions that span countries: a journey
// there ("travels to the Middle East") visits no one in particular.
var regionWords = set("east", "west", "europe", "africa", "asia", "america", "americas", "gulf", "balkans",
	"caucasus", "region", "continent", "abroad", "overseas", "scandinavia", "pacific", "arctic", "sahel",
	"maghreb", "world")

// regionOnly reports whether a visit with no target actor names no
// destination, or only a region ("travels to the Middle East", "his trip").
func (c *coder) regionOnly(chain []int, i int, e *Entry) bool {
	nodes := append([]int{i}, chain...)
	dest := false
	for _, n := range nodes {
		for _, k := range c.children[n] {
			r := c.rel(k)
			if r == "obj" && e.POS == "V" && !c.isTime(k) || (r == "obl" || r == "nmod") && (c.caseOf(k) == "to" || c.caseOf(k) == "in" || c.caseOf(k) == "at") {
				if c.regionPhrase(k) {
					return true
				}
				dest = true
			}
		}
	}
	if !dest && e.POS == "N" && i+1 < len(c.d.Tokens) && c.lemma(i+1) == "to" {
		dest = true // "visit to neighboring Mozambique", misparsed
	}
	return !dest
}

// leaveNouns are acts of leaving a place: their from-phrase is the place
// ("the withdrawal of Russian troops from Ukraine"), not a party.
var leaveNouns = set("withdrawal", "pullout", "retreat", "departure", "evacuation", "exit", "expulsion", "removal", "redeployment")

// amountAnchor returns the verb that gives or announces an amount of the
// event noun i ("announced 50 million euros in aid", "sent $5 million
// in humanitarian aid"), or -1: i is the "in" phrase of the verb's amount
// object, or of the verb beside it.
func (c *coder) amountAnchor(i int) int {
	if c.caseOf(i) != "in" {
		return -1
	}
	h := c.head(i)
	if h < 0 {
		return -1
	}
	switch c.rel(i) {
	case "nmod":
		if v := c.head(h); v >= 0 && c.rel(h) == "obj" && c.amount(h) && c.givesAmount(v) {
			return v
		}
	case "obl":
		if c.givesAmount(h) {
			for _, o := range c.children[h] {
				if c.rel(o) == "obj" && c.amount(o) {
					return h
				}
			}
		}
	}
	return -1
}

// amount reports whether the noun h is an amount: it has a number or lies
// in an amount the amount stage found.
func (c *coder) amount(h int) bool {
	for _, k := range c.children[h] {
		if c.rel(k) == "nummod" {
			return true
		}
	}
	for _, a := range c.d.Amounts {
		if a.Contains(c.d.Tokens[h].Span) {
			return true
		}
	}
	return false
}

// givesAmount reports whether v is a verb that supports an event noun or
// gives or promises an amount.
func (c *coder) givesAmount(v int) bool {
	return c.d.Tokens[v].UPOS == "VERB" && (supportVerbs[c.lemma(v)] || amountVerbs[c.lemma(v)])
}

// amountVerbs give an amount ("sent $5 million in aid"); a pledge or
// promise of one is coded by its own trigger (AGREE).
var amountVerbs = set("send", "provide", "allocate", "grant", "give", "donate", "earmark", "unveil")

// assertiveDemands are demand verbs that also just assert ("insisted
// that the army was not involved").
var assertiveDemands = set("insist", "maintain")

// claims reports whether the content clause k states a fact or what the
// source's own side will do, rather than what someone else must do: its
// verb is indicative or takes "will/would/can/could" (a demand is a bare
// subjunctive, "that Chile withdraw", or takes "must/should"), or its
// subject is the source or the source's country.
func (c *coder) claims(k int, src []string) bool {
	for _, g := range c.children[k] {
		if c.rel(g) == "aux" || c.rel(g) == "aux:pass" || c.rel(g) == "cop" {
			switch c.lemma(g) {
			case "must", "should", "shall", "ought":
				return false
			}
		}
	}
	indicative := false
	switch c.d.Tokens[k].XPOS {
	case "VBD", "VBZ", "VBP":
		indicative = true
	}
	for _, g := range c.children[k] {
		switch r := c.rel(g); {
		case r == "aux" || r == "aux:pass" || r == "cop":
			switch strings.ToLower(c.d.SpanText(c.d.Tokens[g].Span)) {
			case "will", "would", "can", "could", "was", "were", "is", "are", "has", "had", "have", "did", "does":
				indicative = true
			}
		case r == "nsubj" || r == "nsubj:pass":
			own := map[string]bool{}
			for _, id := range src {
				own[id] = true
				if k, ok := c.country[id]; ok {
					own[k] = true
				}
			}
			for _, id := range c.actors(g) {
				if own[id] {
					return true
				}
			}
		}
	}
	return indicative
}

// withheldWords are the verbs of saying something that "declined to …"
// withholds: no rejection of anything.
// relativeOpen reports whether verb v opens, after a comma, with a
// relative pronoun ("…, whom officials blame", "…, which the army
// shelled"): the words between the last comma before v and v include
// "whom", "which" or "whose" tagged as a wh-word.
func (c *coder) relativeOpen(v int) bool {
	for k := v - 1; k >= 0 && c.d.Tokens[k].Sentence == c.d.Tokens[v].Sentence; k-- {
		w := strings.ToLower(c.d.SpanText(c.d.Tokens[k].Span))
		if w == "," {
			return false
		}
		if (w == "whom" || w == "which" || w == "whose") && strings.HasPrefix(c.d.Tokens[k].XPOS, "W") {
			return true
		}
	}
	return false
}

// reports reports whether verb i reports a statement: it governs a clausal
// complement, or it is the speech verb of a clause that precedes it ("X is
// wrong, the group said", parsed as parataxis of the clause).
func (c *coder) reports(i int) bool {
	for _, k := range c.children[i] {
		if c.rel(k) == "ccomp" {
			return true
		}
	}
	if c.rel(i) == "parataxis" {
		if h := c.head(i); h >= 0 && h < i && c.d.Tokens[h].UPOS == "VERB" {
			return true
		}
	}
	return false
}

// answersDemand reports whether the withheld-statement verb k answers a
// demand ("refused to respond to the ultimatum", "declined to answer their
// request"): refusing that is a rejection of the demand, not a statement
// withheld.
func (c *coder) answersDemand(k int) bool {
	if l := c.lemma(k); l != "respond" && l != "answer" && l != "reply" {
		return false
	}
	for _, o := range c.children[k] {
		if r := c.rel(o); (r == "obj" || (r == "obl" && c.caseOf(o) == "to")) && demandNouns[c.lemma(o)] {
			return true
		}
	}
	return false
}

// demandNouns are the nouns of a demand that answersDemand looks for.
var demandNouns = set("demand", "request", "ultimatum", "appeal", "call", "plea", "proposal", "offer")

var withheldWords = set("comment", "say", "speculate", "elaborate", "confirm", "answer", "disclose",
	"name", "identify", "give", "respond", "reveal", "specify", "detail")

// continents may be parsed as a compound of a following word ("to
// Southeast Asia next week", "Asia" on "week").
var continents = set("asia", "africa", "europe", "america", "americas")

// regionPhrase reports whether the destination phrase at k names a region
// that spans countries ("the Middle East", "Europe", "the region"), not a
// named province ("the Gombe region").
func (c *coder) regionPhrase(k int) bool {
	if regionWords[c.lemma(k)] {
		for _, g := range c.children[k] {
			if r := c.rel(g); (r == "compound" || r == "flat") && c.d.Tokens[g].UPOS == "PROPN" && !regionWords[c.lemma(g)] && c.lemma(g) != "middle" {
				return false
			}
		}
		return true
	}
	if c.d.Tokens[k].UPOS == "PROPN" {
		return false
	}
	for _, g := range c.children[k] {
		if r := c.rel(g); (r == "compound" || r == "flat") && continents[c.lemma(g)] {
			return true
		}
	}
	return false
}

// actors returns the actors a noun phrase headed at k refers to, with its
// conjuncts: the head and its name parts first, then its "of" modifiers.
func (c *coder) actors(k int) []string {
	var out []string
	var visit func(n, depth int)
	core := func(n int) []string {
		var ids []string
		var walk func(m, depth int)
		walk = func(m, depth int) {
			if id := c.actorAt[m]; id != "" {
				ids = appendNew(ids, id)
			}
			if depth > 3 {
				return
			}
			for _, g := range c.children[m] {
				switch c.rel(g) {
				case "compound", "flat", "amod", "nmod:poss", "appos", "det":
					walk(g, depth+1)
				case "conj":
					// "the Brazilian and South Korean presidents":
					// conjoined modifiers each name a party
					if r := c.rel(m); depth > 0 && (r == "amod" || r == "compound" || r == "nmod:poss") {
						walk(g, depth+1)
					}
				case "nmod":
					if c.d.Tokens[g].Deprel == "nmod:unmarked" && c.d.Tokens[g].UPOS == "PROPN" {
						// "Vilnius, Lithuania": a city and its country.
						walk(g, depth+1)
					}
				}
			}
		}
		walk(n, 0)
		if len(ids) == 0 {
			for _, g := range c.children[n] {
				if cs := c.caseOf(g); c.rel(g) == "nmod" && (cs == "of" || cs == "in" || cs == "from" && !leaveNouns[c.lemma(n)] || cs == "include") {
					// "include": "twenty countries, including Yemen and
					// the United Kingdom".
					walk(g, 1)
					for _, m := range c.children[g] {
						if c.rel(m) == "conj" {
							walk(m, 1) // "diplomats from Poland and Lithuania"
						}
					}
				}
			}
		}
		return ids
	}
	visit = func(n, depth int) {
		out = appendNew(out, core(n)...)
		if depth > 4 {
			return
		}
		for _, g := range c.children[n] {
			if c.rel(g) == "conj" {
				visit(g, depth+1)
			}
		}
	}
	visit(k, 0)
	return out
}

// subjectActors resolves a subject and returns the token that stands for
// it: a relative pronoun stands for the noun the relative clause modifies,
// and a personal pronoun subject of a clause reported by a speech verb for
// the speaker ("Syria says it will not accept …").
func (c *coder) subjectActors(k, top int) ([]string, int) {
	if c.trig[k] != nil && c.trig[k].POS == "N" {
		// "twin attacks in Iraq killed 72 people": an act as subject names
		// its doer by a modifier ("the U.S. airstrike"), a possessor or a
		// by-phrase, not by its place.
		var ids []string
		for _, g := range c.children[k] {
			switch r := c.rel(g); {
			case r == "compound" || r == "amod" || r == "nmod:poss" || r == "flat":
				ids = appendNew(ids, c.actors(g)...)
			case (r == "nmod" || r == "obl") && c.caseOf(g) == "by":
				ids = appendNew(ids, c.actors(g)...)
			}
		}
		return ids, k
	}
	if c.d.Tokens[k].UPOS != "PRON" {
		return c.actors(k), k
	}
	switch c.lemma(k) {
	case "who", "which", "that":
		if h := c.head(top); h >= 0 && c.rel(top) == "acl" {
			return c.actors(h), h
		}
	case "it", "they", "he", "she", "we":
		if ids := c.actors(k); len(ids) > 0 {
			return ids, k
		}
		if sp := c.speaker(top); sp >= 0 {
			return c.actors(sp), sp
		}
	}
	return c.actors(k), k
}

// speaker returns the subject token of the speech verb whose complement
// clause top is, or -1.
func (c *coder) speaker(top int) int {
	h := c.head(top)
	if h < 0 || !c.complement(top) || !speechVerbs[c.lemma(h)] {
		return -1
	}
	for _, g := range c.children[h] {
		if c.rel(g) == "nsubj" && g < top {
			return g
		}
	}
	for _, g := range c.children[h] {
		if c.rel(g) == "nsubj" {
			return g
		}
	}
	return -1
}

// complement reports whether clause k is the content clause of its head:
// a ccomp, or a "that" clause the parser took for an adverbial.
func (c *coder) complement(k int) bool {
	switch c.rel(k) {
	case "ccomp":
		return true
	case "advcl":
		for _, g := range c.children[k] {
			if c.rel(g) == "mark" && c.lemma(g) == "that" {
				return true
			}
		}
	}
	return false
}

// demandVerbs are the modal auxiliaries that make a reported clause a
// demand of the speaker on its subject ("said that China must drop …").
var demandAux = set("must", "should", "ought")

// demands codes "X said/declared that Y must V" as a REQUEST from X to Y
// when V is no trigger of its own (triggers get their modality in code).
func (c *coder) demands() []doc.Event {
	var out []doc.Event
	for v := range c.d.Tokens {
		if c.trig[v] != nil || !c.complement(v) {
			continue
		}
		h := c.head(v)
		if h < 0 || !speechVerbs[c.lemma(h)] {
			continue
		}
		modal, subj := false, -1
		for _, k := range c.children[v] {
			switch c.rel(k) {
			case "aux":
				modal = modal || demandAux[c.lemma(k)] || demandAux[strings.ToLower(c.d.SpanText(c.d.Tokens[k].Span))]
			case "nsubj":
				subj = k
			}
		}
		if !modal || subj < 0 {
			continue
		}
		// A marker clause ("must be ready to mediate") is coded through
		// the event it governs.
		gov := false
		for _, k := range c.children[v] {
			if c.rel(k) == "xcomp" && c.trig[k] != nil {
				gov = true
			}
		}
		if gov {
			continue
		}
		tgt := c.actors(subj)
		sp := c.speaker(v)
		if sp < 0 || len(tgt) == 0 {
			continue
		}
		src := c.actors(sp)
		tgt = without(tgt, src)
		if len(tgt) == 0 || (len(src) == 0 && !c.opts.KeepUnsourced && !c.clearAgent(sp)) {
			continue
		}
		if src == nil {
			src = []string{}
		}
		m := "change"
		ev := doc.Event{Type: "REQUEST", Mode: &m, Source: src, Target: tgt, Modality: "asserted",
			Evidence: c.d.Sentences[c.d.Tokens[v].Sentence]}
		if date := c.date([]int{h}, h); date != "" {
			ev.Date = &date
		}
		out = append(out, ev)
	}
	return out
}

// stops codes a stop of a journey named as a country ("The president's
// first stop is Israel", "Her next stop will be Jordan") as a visit of
// the stop's possessor to that country. "stop" is no trigger of its own
// ("a stop to the violence"): only this copular frame, with a possessor
// and a country as predicate, is read as a visit.
func (c *coder) stops() []doc.Event {
	var out []doc.Event
	for i := range c.d.Tokens {
		if c.lemma(i) != "stop" || c.d.Tokens[i].UPOS != "NOUN" || c.rel(i) != "nsubj" {
			continue
		}
		h := c.head(i)
		if h < 0 || c.d.Tokens[h].UPOS != "PROPN" || !c.countries[c.actorAt[h]] {
			continue
		}
		cop, poss, negated := false, -1, false
		for _, k := range c.children[h] {
			switch {
			case c.rel(k) == "cop":
				cop = true
			case c.isNeg(k):
				negated = true
			}
		}
		for _, k := range c.children[i] {
			if c.rel(k) == "nmod:poss" {
				poss = k
			}
		}
		if !cop || poss < 0 {
			continue
		}
		src := c.actors(poss)
		tgt := without([]string{c.actorAt[h]}, src)
		if len(src) == 0 || len(tgt) == 0 {
			continue
		}
		m := "visit"
		modality := "asserted"
		for _, k := range c.children[h] {
			if c.rel(k) == "aux" {
				if am, ok := auxModality[c.lemma(k)]; ok {
					modality = am
				}
			}
		}
		ev := doc.Event{Type: "CONSULT", Mode: &m, Source: src, Target: tgt, Negated: negated, Modality: modality,
			Evidence: c.d.Sentences[c.d.Tokens[i].Sentence]}
		if date := c.date([]int{h}, h); date != "" {
			ev.Date = &date
		}
		out = append(out, ev)
	}
	return out
}

// requestMode is the REQUEST mode for a demand whose content is an event of
// the given type.
func requestMode(typ string) string {
	switch typ {
	case "CONSULT":
		return "meet"
	case "AID", "COOPERATE":
		return "assist"
	case "RETREAT", "CONCEDE":
		return "yield"
	}
	return "change"
}

// inheritedSubject finds the subject token (or -1) of a predicate that has none of its
// own: the first conjunct's ("met Y and signed …"), or the main clause's
// for a bare participle ("…, demanding …").
func (c *coder) inheritedSubject(top int) int {
	cur := top
	for steps := 0; steps < 3; steps++ {
		h := c.head(cur)
		if h < 0 {
			return -1
		}
		r := c.rel(cur)
		if r == "acl" && c.instrumentClause(cur) {
			// "Z signed a decree rejecting …": the subject of the verb
			// whose object the document is.
			h = c.head(h)
		} else if r != "conj" && r != "xcomp" && !(r == "advcl" && (!c.hasMark(cur) && c.nonFinite(cur) || c.controlledGerund(cur))) {
			return -1
		}
		for _, k := range c.children[h] {
			if c.rel(k) == "nsubj" {
				return k
			}
		}
		cur = h
	}
	return -1
}

// parties counts the countries of ids (a country, or the country of a
// person or body): "Israel's Cabinet" is one party, "the Brazilian and
// South Korean presidents" two.
func (c *coder) parties(ids []string) int {
	seen := map[string]bool{}
	for _, id := range ids {
		if k, ok := c.country[id]; ok {
			id = k
		}
		seen[id] = true
	}
	return len(seen)
}

// nonFinite reports whether the verb at k is a participle or gerund: a
// finite verb with no subject of its own is a misparse, whose subject is
// not the main clause's ("would not return until Western countries
// lifted …").
func (c *coder) nonFinite(k int) bool {
	x := c.d.Tokens[k].XPOS
	return x == "VBG" || x == "VBN"
}

// markerAdj reports whether h is an adjective with a marker row ("open
// to resuming talks", "ready to …").
func (c *coder) markerAdj(h int) bool {
	if c.d.Tokens[h].UPOS != "ADJ" {
		return false
	}
	_, ok := c.lx.markers[c.lemma(h)]
	return ok
}

// controlledGerund reports whether clause k is a gerund marked by a time
// preposition ("after meeting his counterpart", "before leaving"), or by
// "to" after a modality marker ("open to resuming talks"): its subject is
// the main clause's.
func (c *coder) controlledGerund(k int) bool {
	if c.d.Tokens[k].XPOS != "VBG" {
		return false
	}
	if c.hasMarkWord(k, "after", "before", "while", "when", "upon", "since") {
		return true
	}
	// "open to resuming the dialogue": a gerund after a modality marker
	if h := c.head(k); h >= 0 && c.hasMarkWord(k, "to") {
		_, ok := c.lx.markers[c.lemma(h)]
		return ok
	}
	return false
}

// docNouns are documents whose content clause is their author's act
// ("a decree rejecting negotiations", "a letter demanding …").
var docNouns = set("decree", "law", "bill", "order", "resolution", "letter", "statement", "declaration", "ordinance", "motion")

// instrumentClause reports whether the participle at k modifies a document
// noun that is the object of a verb ("signed a decree rejecting …").
func (c *coder) instrumentClause(k int) bool {
	h := c.head(k)
	return h >= 0 && docNouns[c.lemma(h)] && c.rel(h) == "obj" && c.head(h) >= 0
}

// agentNouns head subject phrases whose referent is a clear political agent
// even when the actor stage resolved no actor ("Palestinian police").
var agentNouns = set("police", "army", "troops", "force", "forces", "government", "official", "authority",
	"rebel", "guerrilla", "militant", "protester", "demonstrator", "worker", "student", "farmer", "prisoner",
	"parliament", "cabinet", "court", "ministry", "leader", "soldier", "president", "minister", "spokesman",
	"administration", "opposition", "party", "union", "group", "diplomat", "militia", "insurgent", "regime",
	"judge", "prosecutor", "legislature", "congress", "senate", "military", "navy", "activist", "delegation",
	"gunman", "attacker", "assailant", "bomber", "kidnapper", "abductor", "raider", "fighter", "sniper", "terrorist",
	"jihadist", "extremist", "separatist", "mutineer", "commando", "paramilitary", "policeman", "guard", "warplane",
	"jet", "helicopter", "gunboat", "warship", "rioter", "striker", "marcher", "jury", "tribunal")

// clearAgent reports whether the unresolved subject phrase at k still names
// a clear agent: a name, nationality or organisation inside it, or an agent
// noun as its head. Pronouns and bare common nouns are not clear.
func (c *coder) clearAgent(k int) bool {
	t := &c.d.Tokens[k]
	if t.UPOS == "PRON" || t.UPOS == "DET" {
		return false
	}
	if c.agentNoun(k) {
		return true
	}
	// the phrase: k and its nominal dependents, one level of "of" included
	var in []int
	in = append(in, k)
	for _, g := range c.children[k] {
		switch c.rel(g) {
		case "compound", "flat", "amod", "nmod:poss", "nmod", "appos":
			in = append(in, g)
			in = append(in, c.children[g]...)
		}
	}
	for _, m := range in {
		for _, en := range c.d.Entities {
			if en.Overlaps(c.d.Tokens[m].Span) {
				switch en.Type {
				case "NORP", "ORG", "GPE", "PER", "PERSON":
					return true
				}
			}
		}
		// An agent noun counts as the head or a noun modifier ("army
		// units"), not as an adjective ("military equipment").
		if c.agentNoun(m) && (m == k || c.d.Tokens[m].UPOS == "NOUN" || c.d.Tokens[m].UPOS == "PROPN") {
			return true
		}
	}
	return false
}

// agentNoun reports whether token k is an agent noun, also when the
// tagger took a capitalised plural for a name and left it unlemmatised
// ("Gunmen", "Rebels" opening a sentence).
func (c *coder) agentNoun(k int) bool {
	l := c.lemma(k)
	if agentNouns[l] {
		return true
	}
	if strings.HasSuffix(l, "men") {
		return agentNouns[strings.TrimSuffix(l, "men")+"man"]
	}
	return agentNouns[singular(l)]
}

// protestFrames head the phrases that name what a protest is against.
var protestFrames = set("protest", "defiance", "opposition", "response", "retaliation")

// conjoined reports whether the phrase at k has conjuncts that are all
// resolved or common nouns ("the government and the opposition"); a name
// left unresolved ("The Russian and US delegations") may be a party of
// its own.
func (c *coder) conjoined(k int) bool {
	parts := []int{k}
	for _, g := range c.children[k] {
		if c.rel(g) == "conj" {
			parts = append(parts, g)
		}
	}
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if c.actorAt[p] == "" && c.d.Tokens[p].UPOS != "NOUN" {
			return false
		}
	}
	return true
}

// hasMarkWord reports whether clause k is introduced by one of words.
func (c *coder) hasMarkWord(k int, words ...string) bool {
	for _, g := range c.children[k] {
		if c.rel(g) == "mark" {
			for _, w := range words {
				if c.lemma(g) == w {
					return true
				}
			}
		}
	}
	return false
}

func (c *coder) hasMark(k int) bool {
	for _, g := range c.children[k] {
		if c.rel(g) == "mark" {
			return true
		}
	}
	return false
}

// topOf returns the token of span s whose head lies outside it, or -1.
func (c *coder) topOf(s doc.Span) int {
	lo := c.firstTokenAt(s.Start)
	best := -1
	for k := lo; k < len(c.d.Tokens) && c.d.Tokens[k].Start < s.End; k++ {
		h := c.d.Tokens[k].Head
		if h < 0 || h >= len(c.d.Tokens) || !s.Contains(c.d.Tokens[h].Span) {
			if best < 0 {
				best = k
			}
		}
	}
	return best
}

// attaches reports whether token k hangs from one of the nodes (within a
// few steps, not through another clause), and returns the node reached.
func (c *coder) attaches(k int, nodes map[int]bool) bool {
	cur := k
	for steps := 0; steps < 4; steps++ {
		h := c.head(cur)
		if h < 0 {
			return false
		}
		if nodes[h] {
			return true
		}
		switch c.rel(cur) {
		case "obl", "nmod", "compound", "flat", "appos", "conj", "obl:tmod", "nmod:tmod", "advmod", "amod", "nummod", "det":
		default:
			return false
		}
		if c.d.Tokens[h].UPOS == "VERB" {
			return false
		}
		cur = h
	}
	return false
}

// date returns the value of a time expression in the event's clause.
func (c *coder) date(chain []int, trig int) string {
	nodes := map[int]bool{trig: true}
	for _, n := range append([]int{trig}, chain...) {
		nodes[n] = true
		if c.instrumentClause(n) {
			// "signed a decree in early October rejecting …": the
			// decree's act is dated by its signing
			if h := c.head(n); h >= 0 && c.head(h) >= 0 {
				nodes[c.head(h)] = true
			}
		}
	}
	sent := c.d.Sentences[c.d.Tokens[trig].Sentence]
	for _, t := range c.d.Times {
		if !sent.Contains(t.Span) || t.Value == "" {
			continue
		}
		k := c.topOf(t.Span)
		if k >= 0 && (nodes[k] || c.attaches(k, nodes)) {
			return t.Value
		}
	}
	return ""
}

// place returns the place of the event from an "in/at X" phrase on its
// predicate (or "to X" for a visit), and the token that holds it.
func (c *coder) place(chain []int, trig int, e *Entry) (string, int) {
	nodes := append([]int{trig}, chain...)
	for _, n := range nodes {
		for _, k := range c.children[n] {
			r := c.rel(k)
			if r != "obl" && r != "nmod" && !(e.Mode == "visit" && r == "obj") {
				continue
			}
			cs := c.caseOf(k)
			if !(placeCase[cs] || (e.Mode == "visit" && (cs == "to" || r == "obj"))) {
				continue
			}
			if name := c.placeName(k); name != "" {
				return name, k
			}
		}
	}
	return "", -1
}

func (c *coder) placeName(k int) string {
	t := c.d.Tokens[k].Span
	for _, p := range c.d.Places {
		if p.Overlaps(t) {
			if p.Name != "" {
				return p.Name
			}
			return p.Text
		}
	}
	for _, en := range c.d.Entities {
		if en.Overlaps(t) && (en.Type == "GPE" || en.Type == "LOC" || en.Type == "FAC") {
			return en.Text
		}
	}
	return ""
}

func ptr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func appendNew(to []string, ids ...string) []string {
	for _, id := range ids {
		dup := false
		for _, x := range to {
			if x == id {
				dup = true
				break
			}
		}
		if !dup {
			to = append(to, id)
		}
	}
	return to
}

func without(ids, drop []string) []string {
	var out []string
	for _, id := range ids {
		keep := true
		for _, x := range drop {
			if x == id {
				keep = false
			}
		}
		if keep {
			out = append(out, id)
		}
	}
	return out
}

// recipientCase marks a modifier of the object that names the recipient.
var recipientCase = set("to", "against", "toward", "towards", "with", "on")

// isTime reports whether token k lies inside a time expression ("met
// Sunday", where the parser takes the weekday for an object).
func (c *coder) isTime(k int) bool {
	for _, t := range c.d.Times {
		if t.Overlaps(c.d.Tokens[k].Span) {
			return true
		}
	}
	return false
}

// frontedSubject finds the subject of a clause the parser hung, subjectless,
// under a later speech verb together with its subject ("Zambia extradited
// X, an official said" parsed with both subjects on "said"): the speech
// verb's subject that precedes the clause, or -1.
func (c *coder) frontedSubject(top int) int {
	h := c.head(top)
	if h < 0 || h < top || c.rel(top) != "ccomp" || !speechVerbs[c.lemma(h)] {
		return -1
	}
	n := 0
	first := -1
	for _, g := range c.children[h] {
		if c.rel(g) == "nsubj" {
			n++
			if g < top && first < 0 {
				first = g
			}
		}
	}
	if n < 2 {
		return -1
	}
	return first
}

// markedTo reports whether clause k is an infinitive marked by "to".
func (c *coder) markedTo(k int) bool {
	for _, g := range c.children[k] {
		if c.rel(g) == "mark" && c.lemma(g) == "to" {
			return true
		}
	}
	return false
}

// welcomesThing reports whether the object of a host verb ("welcome",
// "receive") is a thing rather than a visitor: a common noun with no actor
// of its own ("welcomed the decision", "received the proposal").
func (c *coder) welcomesThing(v int) bool {
	for _, k := range c.children[v] {
		if c.rel(k) != "obj" {
			continue
		}
		if c.actorAt[k] != "" {
			return false
		}
		return (c.trig[k] != nil && c.trig[k].POS == "N") || thingNouns[c.lemma(k)]
	}
	return false
}

// hostsMeeting reports whether the object of host verb v is a meeting
// ("hosted a summit of African leaders", "hosted talks between X and Y"):
// the host is a party, the guests its counterparts. The meeting must be a
// summit or conference, or name a party ("hosted a dinner for business
// leaders" is no diplomacy).
func (c *coder) hostsMeeting(v int) bool {
	for _, k := range c.children[v] {
		if c.rel(k) != "obj" || c.trig[k] == nil || c.trig[k].POS != "N" || c.trig[k].Type != "CONSULT" {
			continue
		}
		if c.trig[k].Mode == "multilateral" {
			return true
		}
		for _, g := range c.children[k] {
			if r := c.rel(g); (r == "nmod" || r == "compound" || r == "amod") && len(c.actors(g)) > 0 {
				return true
			}
		}
	}
	return false
}

// thirdPartyArrival reports whether the subject of the travel verb at i
// is a peacekeeping, observing or inspecting force ("peacekeepers arrived
// in Liberia").
func (c *coder) thirdPartyArrival(i int) bool {
	if l := c.lemma(i); l != "arrive" && l != "enter" && l != "land" && l != "deploy" {
		return false
	}
	for _, k := range c.children[i] {
		if c.rel(k) == "nsubj" && (c.phraseHas(k, accessNouns) || accessNouns[singular(c.lemma(k))]) {
			return true
		}
	}
	return false
}

// accessNouns are the third parties whose entry the codebook's RETREAT
// "access" mode covers.
var accessNouns = set("peacekeeper", "peacekeeping", "observer", "monitor", "inspector", "peacekeepers", "observers",
	"monitors", "inspectors")

// declareVerbs declare a ceasefire rather than observe it.
var declareVerbs = set("declare", "announce", "proclaim", "unveil")

// mediaOutlets are what a government suspends as censorship.
var mediaOutlets = set("newspaper", "paper", "platform", "broadcast", "broadcaster", "publication", "channel",
	"website", "site", "station", "outlet", "magazine", "network", "media", "medium")

// governsRestriction reports whether the plan or measure at k is one to
// impose a restriction ("plans to impose curfews").
func (c *coder) governsRestriction(k int) bool {
	for _, g := range c.children[k] {
		if r := c.rel(g); r != "acl" && r != "xcomp" {
			continue
		}
		for _, m := range c.children[g] {
			if c.rel(m) == "obj" && c.restriction(m) {
				return true
			}
		}
	}
	return false
}

// entryBans and entryVerbs: "barred X from entering" refuses entry.
var (
	entryBans  = set("bar", "ban", "forbid", "prohibit", "block", "prevent")
	entryVerbs = set("enter", "visit", "land", "cross", "attend", "return", "dock")
)

// rescued are the people whose rescue is aid.
var rescued = set("hostage", "captive", "sailor", "crew", "fisherman", "migrant", "victim", "prisoner", "detainee", "survivor", "kidnap")

// debts are what is written off as aid.
var debts = set("debt", "loan", "arrear", "obligation")

// signedAccords are documents whose signing is diplomacy, beside the
// AGREE nouns of the lexicon (agreement, treaty, accord, pact, deal …).
var signedAccords = set("protocol", "convention", "charter", "declaration", "communique", "communiqué", "armistice",
	"ceasefire", "truce", "compact", "covenant", "understanding")

// topicVerbs are consultation verbs whose object is the topic of the
// talks, never a party ("discussed the border", "discussed Ukraine").
var topicVerbs = set("discuss", "debate")

// utilities are the public goods whose cutting off is coercion.
var utilities = set("internet", "electricity", "power", "water", "phone", "telephone", "communication",
	"network", "broadband", "mobile")

// threatNouns are what a warning threatens: "warned of consequences".
var threatNouns = set("consequence", "retaliation", "reprisal", "response", "war", "action", "measure", "step",
	"punishment", "sanction", "force", "escalation", "intervention", "retribution", "repercussion", "violence")

// hostedThings are objects of "host" that are occasions, not guests.
var hostedThings = set("game", "games", "olympics", "olympic", "tournament", "cup", "championship", "festival",
	"exhibition", "concert", "fair", "show", "race", "match", "competition", "expo", "party", "event", "contest", "final")

// diplomaticProtest are the support verbs of a formal, written protest.
var diplomaticProtest = set("lodge", "register", "file", "send", "deliver", "issue")

// abstractObjects are objects that make a fight or attack verb figurative:
// a policy, a statement or a social ill, not a person or a place.
var abstractObjects = set("corruption", "terrorism", "poverty", "crime", "inflation", "disease", "trafficking",
	"extremism", "unemployment", "drug", "racism", "fraud", "plan", "policy", "decision", "proposal", "remark",
	"statement", "report", "law", "bill", "idea", "budget", "reform", "comment", "fire", "epidemic", "case", "ruling",
	"error", "mistake", "claim", "view", "position", "stance", "approach", "ideology", "imperialism", "record", "credibility", "handling", "remark", "what")

// figurativeVerbs are the fight and attack verbs that also attack words or
// ills ("attacked the plan", "fight corruption"); bombing or shelling a
// position is always physical.
var figurativeVerbs = set("attack", "assault", "fight", "combat", "hit", "blast", "target", "strike", "torpedo", "hijack", "ambush", "assail")

// thingNouns are objects of "welcome" that are acts or decisions, not guests.
var thingNouns = set("decision", "move", "resumption", "proposal", "plan", "initiative", "step", "announcement",
	"election", "result", "offer", "news", "report", "resolution", "statement", "ruling", "effort", "outcome",
	"progress", "release", "return", "verdict", "approach", "change", "reform", "idea", "report", "vote",
	"word", "remark", "comment", "speech", "message", "call", "support", "agreement", "deal", "accord",
	"commitment", "pledge", "gesture", "development", "appointment", "measure", "law", "bill", "ceasefire",
	"truce", "news", "letter", "invitation", "assurance", "signal", "victory", "award", "prize")

// welcomeVerbs are the host verbs that also express approval of a thing
// ("welcomed the decision"); other host verbs with a thing for object
// ("received a letter") are no event.
var welcomeVerbs = set("welcome", "hail", "greet")

// objectIsThing reports whether verb v has an object that names no actor
// and is no person: "received reports", "received a prison sentence".
func (c *coder) objectIsThing(v int) bool {
	for _, k := range c.children[v] {
		if c.rel(k) != "obj" || c.isTime(k) {
			continue
		}
		if len(c.actors(k)) > 0 || c.d.Tokens[k].UPOS == "PROPN" || c.d.Tokens[k].UPOS == "PRON" || personNouns[c.lemma(k)] || agentNouns[c.lemma(k)] {
			return false
		}
		return true
	}
	return false
}

// secessionNouns name a break from a state ("independence from Spain").
var secessionNouns = set("independence", "autonomy", "secession", "separation", "freedom", "liberation")

// borderNouns name a frontier between two countries.
var borderNouns = set("border", "frontier", "boundary")

// seizureVerbs take property from its owner, a COERCE act in the PLOVER
// codebook: "seized the ship's cargo from the smugglers".
var seizureVerbs = set("seize", "confiscate", "impound", "expropriate", "requisition", "commandeer", "nationalize", "nationalise")

// personNouns are common nouns for people (objects of a reception, of an
// evacuation).
var personNouns = set("people", "person", "resident", "civilian", "citizen", "national", "villager", "family",
	"child", "woman", "man", "tourist", "worker", "student", "refugee", "inhabitant", "passenger", "staff",
	"employee", "guest", "visitor", "delegation", "delegate", "envoy", "ambassador", "counterpart", "king", "queen",
	"pope", "minister", "president", "leader", "official", "diplomat", "dignitary", "survivor", "victim", "patient", "foreigner")

// mediaNouns head phrases that name the press: speaking to them is an
// interview, not a consultation.
var mediaNouns = set("reporter", "journalist", "press", "media", "newspaper", "broadcaster", "television", "radio",
	"interviewer", "correspondent", "agency", "channel", "news", "magazine", "daily", "network", "tv", "outlet", "newsroom")

// irrealisGovernors govern a nominal event that has not happened (yet):
// "awaited approval by the government", "sought talks between …".
var irrealisGovernors = set("await", "expect", "anticipate", "seek", "want", "need", "require", "consider",
	"propose", "plan", "delay", "postpone", "block", "oppose", "fear", "prevent", "avoid", "urge", "rule", "hope",
	"use", "prepare", "schedule", "arrange")

// patientNoun reports whether the possessor of a nominal trigger of type
// typ is its patient ("Navalny's arrest") rather than its agent.
func patientNoun(typ string) bool {
	return typ == "ASSAULT" || typ == "COERCE"
}

// hasOf reports whether nominal i has an "of" modifier ("the United
// States' killing of Soleimani").
func (c *coder) hasOf(i int) bool {
	for _, k := range c.children[i] {
		if (c.rel(k) == "nmod" || c.rel(k) == "obl") && c.caseOf(k) == "of" {
			return true
		}
	}
	return false
}

// stronger returns the dominant of two modalities (the earlier in
// Modalities).
func stronger(a, b string) string {
	for _, m := range Modalities {
		if m == a || m == b {
			return m
		}
	}
	return a
}

// plausible drops verb readings that are low-confidence events: an
// interview frame ("Speaking to NBC News, she said"), an order with no one
// ordered ("did not say he'd ordered it"), a conclusion that is no
// agreement ("the report concluded"), an evacuation of people, and a
// warning that announces no act ("warned that time was running out").
func (c *coder) plausible(i int, e *Entry) bool {
	lem := c.lemma(i)
	if h := c.head(i); h >= 0 && (c.rel(i) == "ccomp" || c.rel(i) == "acl") && c.d.Tokens[h].UPOS == "NOUN" && claimNouns[c.lemma(h)] {
		// "claims that his country supports terrorism": the content of a
		// claim, report or fear is not an event.
		return false
	}
	if e.Type != "REQUEST" {
		// "Interpol's constitution prohibits …": a standing rule, no act.
		for _, k := range c.children[i] {
			if c.rel(k) == "nsubj" && ruleNouns[c.lemma(k)] {
				return false
			}
		}
	}
	switch {
	case e.Type == "CONSULT" && (lem == "speak" || lem == "talk"):
		if h := c.head(i); h >= 0 && c.rel(i) == "advcl" && speechVerbs[c.lemma(h)] && !c.hasMark(i) {
			return false
		}
		for _, k := range c.children[i] {
			if r := c.rel(k); (r == "obl" || r == "obj") && (c.phraseHas(k, mediaNouns) || audienceNouns[c.lemma(k)]) {
				return false
			}
		}
	case e.Mode == "visit" && e.POS == "V":
		// "troops arrived in Sierra Leone": a deployment, not a visit;
		// "flies fighters and cargo to Syria": transport.
		for _, k := range c.children[i] {
			if c.rel(k) == "nsubj" && (militaryNouns[c.lemma(k)] || c.phraseHas(k, militaryNouns)) {
				return false
			}
			if c.rel(k) == "obj" && lem == "fly" {
				return false
			}
		}
	case e.Type == "REQUEST" && lem == "ask":
		// "asked whether Iran would engage", "I ask you, why …": a
		// question, not a request.
		for _, k := range c.children[i] {
			if r := c.rel(k); r == "ccomp" || r == "advcl" || r == "parataxis" {
				for _, g := range c.children[k] {
					if (c.rel(g) == "mark" && (c.lemma(g) == "whether" || c.lemma(g) == "if")) || (c.rel(g) == "advmod" && whWords[c.lemma(g)]) {
						return false
					}
				}
			}
		}
	case e.Type == "AGREE" && lem == "offer":
		// "both offer flights to Cuba": a business, not a pledge.
		for _, k := range c.children[i] {
			if c.rel(k) == "obj" && commercial[c.lemma(k)] {
				return false
			}
		}
	case e.Type == "RETREAT" && (lem == "release" || lem == "free"):
		// "released a statement", "the identities have not been released",
		// "a statement they released".
		if h := c.head(i); h >= 0 && c.rel(i) == "acl" && c.isThing(h) {
			return false
		}
		for _, k := range c.children[i] {
			if r := c.rel(k); (r == "obj" || r == "nsubj:pass") && c.isThing(k) {
				return false
			}
		}
	case e.Type == "AID":
		// "delivered a stern warning", "would provide pressure",
		// "contributed to suffering".
		obj := false
		for _, k := range c.children[i] {
			if c.rel(k) != "obj" {
				continue
			}
			obj = true
			if speechNouns[c.lemma(k)] || nonAid[c.lemma(k)] || (c.trig[k] != nil && c.trig[k].POS == "N" && c.trig[k].Type != "AID") {
				return false
			}
		}
		if lem == "contribute" && !obj {
			// "contributed to human suffering" (but "contribute 4,000
			// troops to a peace-keeping force", the object misparsed).
			for _, k := range c.children[i] {
				if c.rel(k) == "obl" && c.caseOf(k) == "to" && !contributionTargets[c.lemma(k)] && !militaryNouns[c.lemma(k)] && c.actorAt[k] == "" {
					return false
				}
			}
		}
	case e.Type == "AID" && lem == "rescue":
		// "rescued 10 hostages" (the codebook's AID), not "rescued the
		// economy" or "rescue workers".
		for _, k := range c.children[i] {
			if r := c.rel(k); r == "obj" || r == "nsubj:pass" {
				l := singular(c.lemma(k))
				return c.d.Tokens[k].UPOS == "PRON" || personNouns[l] || personNouns[c.lemma(k)] || crowdNouns[l] || rescued[l] || c.actorAt[k] != ""
			}
		}
		return false
	case e.Type == "AID" && lem == "write":
		for _, k := range c.children[i] {
			if c.rel(k) == "obj" && !debts[singular(c.lemma(k))] {
				return false
			}
		}
	case e.Type == "ASSAULT" && lem == "beat":
		// "police beat protesters", "he was beaten" (but "France beat
		// Germany in the final": a match).
		for _, k := range c.children[i] {
			if r := c.rel(k); r == "obj" || r == "nsubj:pass" {
				l := c.lemma(k)
				return c.d.Tokens[k].UPOS == "PRON" || personNouns[l] || crowdNouns[l] || crowdNouns[singular(l)] || personNouns[singular(l)]
			}
		}
		return false
	case e.Type == "MOBILIZE" && lem == "muster":
		// "mustered troops", not "mustered support".
		for _, k := range c.children[i] {
			if c.rel(k) == "obj" && !militaryNouns[c.lemma(k)] && !militaryNouns[singular(c.lemma(k))] {
				return false
			}
		}
	case e.Type == "MOBILIZE" && (lem == "strengthen" || lem == "reinforce" || lem == "bolster"):
		// "strengthen ties with allies": no forces moved.
		for _, k := range c.children[i] {
			if c.rel(k) == "obj" && !militaryNouns[c.lemma(k)] && !forcePosture[c.lemma(k)] {
				return false
			}
		}
	case e.Type == "SANCTION" && (lem == "reduce" || lem == "cut"):
		// "reduce the influence of extremists", "cut costs": only ties,
		// aid and trade are cut as a sanction.
		for _, k := range c.children[i] {
			if c.rel(k) == "obj" && !exchanges[c.lemma(k)] && !exchanges[singular(c.lemma(k))] {
				return false
			}
		}

	case e.Type == "PROTEST" && lem == "strike":
		// "was struck by a car": no labour strike.
		for _, k := range c.children[i] {
			if c.rel(k) == "nsubj:pass" || c.d.Tokens[k].Deprel == "aux:pass" {
				return false
			}
		}
	case e.Type == "CONCEDE" && (lem == "ease" || lem == "lift" || lem == "relax"):
		// "lifted the ban", "eased restrictions on journalists" (but "eased
		// tensions", "lifted the mood"): only a restriction is conceded.
		for _, k := range c.children[i] {
			if r := c.rel(k); (r == "obj" || r == "nsubj:pass") && !c.restriction(k) {
				return false
			}
		}
	case e.Type == "CONCEDE" && (lem == "cancel" || (lem == "call" && e.Particle == "off")):
		// "called off the strike" is a concession; "cancelled the
		// meeting", "cancelled its participation" is none.
		for _, k := range c.children[i] {
			if r := c.rel(k); r == "obj" || r == "nsubj:pass" || (r == "obl" && c.caseOf(k) == "off") {
				return (c.trig[k] != nil && c.trig[k].POS == "N" && conflictActs[c.trig[k].Type]) || c.lemma(k) == "strike" || c.lemma(k) == "stoppage"
			}
		}
		return false
	case e.Type == "CONCEDE" && lem == "compromise":
		// "to compromise a source": exposing, not conceding.
		for _, k := range c.children[i] {
			if c.rel(k) == "obj" {
				return false
			}
		}
	case e.Type == "CONCEDE" && (lem == "allow" || lem == "permit"):
		// "the law allowed three days": a rule, not a concession.
		for _, k := range c.children[i] {
			if c.rel(k) == "nsubj" && (docNouns[c.lemma(k)] || ruleNouns[c.lemma(k)]) {
				return false
			}
		}
	case e.Type == "MOBILIZE" && (lem == "deploy" || lem == "station"):
		// "deploy additional resources to find out details".
		for _, k := range c.children[i] {
			if c.rel(k) == "obj" && civilMeans[c.lemma(k)] {
				return false
			}
		}
	case e.Type == "CONSULT" && e.Mode == "host" && !welcomeVerbs[lem]:
		// "the treatment he had received": a reception needs its guest,
		// as object or as passive subject.
		for _, k := range c.children[i] {
			if r := c.rel(k); (r == "obj" || r == "nsubj:pass") && (hostedThings[c.lemma(k)] || c.phraseHas(k, hostedThings)) {
				return false // "hosted the Olympic Games"
			}
		}
		for _, k := range c.children[i] {
			if r := c.rel(k); r == "obj" || r == "nsubj:pass" {
				// "assistance is received by the Houthis": no guest.
				return !(r == "nsubj:pass" && c.isThing(k))
			}
		}
		return false
	case e.Type == "COERCE" && lem == "order":
		for _, k := range c.children[i] {
			switch c.rel(k) {
			case "xcomp", "ccomp", "iobj":
				return true
			case "obj":
				if c.d.Tokens[k].UPOS != "PRON" {
					return true
				}
			}
		}
		return false
	case e.Type == "SUPPORT" && (lem == "sign" || lem == "ratify"):
		// "signed a peace treaty", "ratified the accord" (but "signed a
		// decree", "signed new contracts": no diplomacy).
		for _, k := range c.children[i] {
			if r := c.rel(k); r == "obj" || r == "nsubj:pass" {
				t := c.trig[k]
				return (t != nil && t.POS == "N" && t.Type == "AGREE") || signedAccords[c.lemma(k)] || signedAccords[singular(c.lemma(k))]
			}
		}
	case lem == "conclude":
		for _, k := range c.children[i] {
			if c.rel(k) == "obj" && c.trig[k] != nil && c.trig[k].POS == "N" {
				return true
			}
		}
		return false
	case lem == "evacuate":
		for _, k := range c.children[i] {
			if c.rel(k) == "obj" && (personNouns[c.lemma(k)] || c.phraseHas(k, personNouns)) {
				return false
			}
		}
	case lem == "warn" && e.Type == "THREATEN":
		for _, k := range c.children[i] {
			switch c.rel(k) {
			case "obj", "iobj", "xcomp":
				return true
			case "obl":
				// "warned of retaliation", "warned against an attack" (but
				// "warned of heavy rains": a forecast).
				if cs := c.caseOf(k); (cs == "of" || cs == "against") &&
					(c.trig[k] != nil || len(c.actors(k)) > 0 || threatNouns[c.lemma(k)] || threatNouns[singular(c.lemma(k))]) {
					return true
				}
			case "ccomp":
				if c.trig[k] != nil {
					return true
				}
				for _, g := range c.children[k] {
					if r := c.rel(g); r == "aux" {
						switch c.lemma(g) {
						case "will", "would", "shall", "could", "may", "might", "must", "wo":
							return true
						}
					}
				}
			}
		}
		return false
	}
	return true
}

// handedOver maps what is handed over to the act: a release, a
// disarmament, a withdrawal or an extradition.
var handedOver = map[string]string{
	"prisoner": "release", "hostage": "release", "captive": "release", "detainee": "release", "body": "release",
	"remains": "release", "pow": "release",
	"weapon": "disarm", "arm": "disarm", "arms": "disarm", "gun": "disarm", "rifle": "disarm", "ammunition": "disarm",
	"territory": "withdraw", "town": "withdraw", "city": "withdraw", "base": "withdraw", "control": "withdraw",
	"area": "withdraw", "region": "withdraw", "village": "withdraw", "position": "withdraw", "power": "resign",
	"suspect": "extradite", "fugitive": "extradite", "accused": "extradite", "militant": "extradite",
	"bomber": "extradite", "killer": "extradite", "criminal": "extradite", "terrorist": "extradite",
	"aid": "aid", "medicine": "aid", "food": "aid", "supply": "aid", "supplies": "aid", "relief": "aid",
	"vaccine": "aid", "drug": "aid", "blanket": "aid", "tent": "aid", "donation": "aid", "medication": "aid",
	"flour": "aid", "rice": "aid", "wheat": "aid", "grain": "aid",
}

// measureNouns are units a quantity of goods is counted in ("two
// kilograms of rice", "boxes of medicine").
var measureNouns = set("kg", "kilogram", "kilo", "box", "crate", "package", "parcel", "bag", "sack", "carton",
	"litre", "liter", "gallon", "pound")

// reactionTypes are the verbal acts whose object may be a thing owned or
// made by their target ("rejected the American proposal").
var reactionTypes = set("REJECT", "ACCUSE", "SUPPORT", "REQUEST", "AGREE", "CONCEDE")

// grantedRights are objects of "grant" that are concessions, not aid.
var grantedRights = set("right", "permit", "permission", "wish", "status", "independence", "autonomy", "license",
	"licence", "visa", "citizenship", "exemption", "waiver", "request", "leave", "freedom", "concession", "immunity",
	"pardon", "amnesty", "clemency", "bail", "parole", "release", "demand", "approval", "authorization", "authorisation")

// restriction reports whether the noun at k is a restriction that can be
// lifted or eased: a sanction or coercion noun of the lexicon ("ban",
// "curfew", "embargo") or one of restrictionNouns.
func (c *coder) restriction(k int) bool {
	if t := c.trig[k]; t != nil && t.POS == "N" && (t.Type == "SANCTION" || t.Type == "COERCE") {
		return true
	}
	// "the state of emergency": the of-phrase names it.
	return restrictionNouns[c.lemma(k)] || restrictionNouns[singular(c.lemma(k))] || c.phraseHas(k, restrictionNouns)
}

// restrictionNouns are what a government lifts, eases or relaxes as a
// concession.
var restrictionNouns = set("restriction", "sanction", "ban", "curfew", "embargo", "blockade", "control", "rule",
	"limit", "limitation", "siege", "emergency", "law", "measure", "regulation", "curb", "quota", "tariff", "barrier",
	"censorship", "closure", "cordon", "lockdown", "moratorium", "requirement", "condition", "veto", "suspension",
	"freeze", "order", "decree", "prohibition", "boycott", "penalty", "duty", "checkpoint", "roadblock", "policy")

// conflictActs are the types whose calling off is a concession.
var conflictActs = set("PROTEST", "ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE")

// phraseHas reports whether the noun phrase at k (its head, compounds and
// of/for modifiers) contains one of the lemmas in words.
func (c *coder) phraseHas(k int, words map[string]bool) bool {
	if words[c.lemma(k)] {
		return true
	}
	for _, g := range c.children[k] {
		switch c.rel(g) {
		case "compound", "amod", "nmod", "flat", "appos", "nmod:poss":
			if words[c.lemma(g)] {
				return true
			}
			for _, m := range c.children[g] {
				if words[c.lemma(m)] && (c.rel(m) == "compound" || c.rel(m) == "flat") {
					return true
				}
			}
		}
	}
	return false
}

// militaryNouns name armed units: their arrival is no visit.
var militaryNouns = set("troop", "troops", "force", "forces", "soldier", "peacekeeper", "contingent", "unit",
	"battalion", "brigade", "warship", "ship", "vessel", "aircraft", "plane", "tank", "marine", "army", "navy")

// patientActs are the material acts that are events even when the passive
// leaves their doer unnamed.
var patientActs = set("ASSAULT", "COERCE", "RETREAT", "SANCTION")

// topicWith returns the "with" phrase hung on the topic phrase k of a
// consultation ("about the border with Ukraine"), or -1.
func (c *coder) topicWith(k int) int {
	for _, g := range c.children[k] {
		if (c.rel(g) == "nmod" || c.rel(g) == "obl") && c.caseOf(g) == "with" && len(c.actors(g)) > 0 {
			return g
		}
	}
	return -1
}

// namedPatient reports whether the passive subject of v is a noun phrase,
// not a pronoun (whose referent is less sure).
func (c *coder) namedPatient(v int) bool {
	for _, k := range c.children[v] {
		if c.rel(k) == "nsubj:pass" {
			return c.d.Tokens[k].UPOS != "PRON"
		}
	}
	return false
}

// speechNouns are things delivered that are no aid.
var speechNouns = set("speech", "statement", "message", "address", "verdict", "ruling", "warning", "blow",
	"remark", "lecture", "sermon", "ultimatum", "rebuke", "letter", "note", "report", "briefing", "judgment", "judgement",
	"proposal", "plan", "offer", "response", "reply", "answer", "draft", "list", "invitation")

// ruleNouns are rules and schedules: what they allow is no concession.
var ruleNouns = set("law", "rule", "constitution", "regulation", "system", "procedure", "tradition", "custom", "schedule", "plan", "agreement", "deal", "treaty")

// civilMeans are non-military things that can be "deployed".
var civilMeans = set("resource", "staff", "team", "expert", "technology", "tool", "fund", "money", "software", "method", "strategy", "measure", "capital")

// audienceNouns are audiences: speaking to them is a statement, not talks.
var audienceNouns = set("public", "nation", "crowd", "audience", "supporter", "people", "congregation", "parliament", "assembly", "graduate", "student", "voter", "citizen")

// isThing reports whether the noun phrase at k names no actor and no
// person: "a statement", "the identities".
func (c *coder) isThing(k int) bool {
	t := c.d.Tokens[k]
	if c.actorAt[k] != "" || t.UPOS == "PROPN" || t.UPOS == "PRON" || personNouns[c.lemma(k)] || agentNouns[c.lemma(k)] {
		return false
	}
	switch c.lemma(k) {
	case "prisoner", "hostage", "detainee", "captive", "inmate", "activist", "journalist", "dissident", "suspect", "sailor", "crew", "fisherman", "fishermen", "soldier", "worker", "opponent", "member":
		return false
	}
	return t.UPOS == "NOUN"
}

// crowdNouns head the subjects of protests ("thousands of people",
// "striking teachers").
var crowdNouns = set("people", "crowd", "thousand", "hundred", "dozen", "resident", "villager", "supporter", "teacher",
	"doctor", "nurse", "driver", "youth", "woman", "man", "mob", "fan", "citizen", "employee", "miner", "trucker",
	"opponent", "member", "refugee", "inmate", "prisoner", "student", "worker", "farmer", "protester", "protestor",
	"demonstrator", "activist", "marcher", "rioter", "striker", "union", "pensioner", "veteran", "lawyer", "journalist", "muslim", "christian")

// crowd reports whether the subject phrase at k is a crowd: its head or
// the noun of its "of" phrase ("thousands of people") is a crowd noun.
func (c *coder) crowd(k int) bool {
	if c.d.Tokens[k].UPOS == "PRON" {
		return false
	}
	if crowdNouns[c.lemma(k)] {
		return true
	}
	for _, g := range c.children[k] {
		if c.rel(g) == "nmod" && c.caseOf(g) == "of" && crowdNouns[c.lemma(g)] {
			return true
		}
	}
	return false
}

// onPredicate reports whether the noun i is a predicate phrase of state:
// a protest "on strike", "on hunger strike", a visit "on a visit to X", a
// consultation "in talks with X".
func (c *coder) onPredicate(i int) bool {
	if c.trig[i] == nil {
		return false
	}
	switch t, cs := c.trig[i], c.caseOf(i); {
	case t.Type == "PROTEST":
		return cs == "on"
	case t.Type == "CONSULT" && t.Mode == "visit":
		return cs == "on" // "is on a three-day visit to Venezuela"
	case t.Type == "CONSULT":
		return cs == "in" // "Iran is in talks with the EU"
	}
	return false
}

// hasSubject reports whether token i has a subject of its own.
func (c *coder) hasSubject(i int) bool {
	for _, k := range c.children[i] {
		if c.rel(k) == "nsubj" {
			return true
		}
	}
	return false
}

// nonAid are things "provided" that are no aid.
var nonAid = set("pressure", "evidence", "information", "detail", "explanation", "answer", "testimony", "proof",
	"update", "cover", "opportunity", "platform", "reason", "justification", "example", "leadership", "overview",
	"comment", "insight", "clarity", "clarification", "context", "access", "service", "flight", "contract", "tender",
	"franchise", "interview", "audience", "hearing", "award", "prize", "honour", "honor", "title", "degree")

// forcePosture are objects that a military strengthening is about.
var forcePosture = set("presence", "defence", "defense", "position", "garrison", "patrol", "deployment", "contingent", "military")

// exchanges are the ties, aid and trade whose reduction is a sanction.
// singular undoes a plural the lemmatiser left ("supplies", "ties").
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

var exchanges = set("aid", "relation", "tie", "assistance", "funding", "fund", "import", "export", "trade", "contact",
	"presence", "staff", "embassy", "supply", "support", "oil", "gas", "flight", "investment", "cooperation", "loan", "credit",
	"diplomat", "quota", "access", "link", "subsidy", "shipment", "delivery", "program", "programme")

// contributionTargets are what troops or money are contributed to.
var contributionTargets = set("force", "fund", "mission", "operation", "effort", "budget", "program", "programme",
	"appeal", "relief", "coalition", "reconstruction", "campaign", "organization", "organisation")

// commercial are goods and services a company offers.
var commercial = set("flight", "service", "product", "discount", "course", "price", "ticket", "rate", "job")

// negSubjects negate the predicate they are the subject of.
var negSubjects = set("none", "nobody", "neither", "nothing", "noone")

// claimNouns take content clauses that are not events ("the claim that …").
var claimNouns = set("claim", "allegation", "accusation", "rumor", "rumour", "fear", "idea", "suggestion",
	"speculation", "belief", "suspicion", "impression", "notion", "hope", "possibility", "prospect", "concern", "doubt", "assertion")

// whWords open questions.
var whWords = set("what", "why", "how", "who", "whom", "which", "when", "where", "whether")
