package actor

import "strings"

// title is one entry of the title lexicon: a sequence of lower-case words
// (hyphens ignored) naming an office, the KB positions it can stand for,
// and the gender it implies ("" when none).
type title struct {
	words     []string
	positions []string
	gender    string
	topic     string // what the role's title must name ("foreign policy"), or ""
}

// titleTopics narrow an office to the holders whose role title names the
// topic: "foreign policy aide" is the presidential aide on foreign policy,
// not any aide.
var titleTopics = map[string]string{
	"foreign policy aide":    "foreign policy",
	"foreign policy adviser": "foreign policy",
	"foreign policy advisor": "foreign policy",
}

// titleLexicon lists office names, longest first within each head word so
// that "deputy foreign minister" wins over "foreign minister" and
// "minister". Positions are the closed vocabulary of the KB format.
var titleLexicon = buildTitles([]struct {
	phrase    string
	positions string
	gender    string
}{
	{"deputy foreign minister", "deputy-foreign-minister", ""},
	{"deputy minister of foreign affairs", "deputy-foreign-minister", ""},
	{"deputy prime minister", "deputy-head-of-government", ""},
	{"deputy defence minister", "deputy-defence-minister", ""},
	{"deputy defense minister", "deputy-defence-minister", ""},
	{"deputy head", "deputy-head", ""},
	{"deputy director", "deputy-head", ""},
	{"deputy chief", "deputy-head", ""},
	{"foreign minister", "foreign-minister", ""},
	{"foreign affairs minister", "foreign-minister", ""},
	{"minister of foreign affairs", "foreign-minister", ""},
	{"minister for foreign affairs", "foreign-minister", ""},
	{"foreign secretary", "foreign-minister", ""},
	{"secretary of state", "foreign-minister", ""},
	{"top diplomat", "foreign-minister", ""},
	{"chief diplomat", "foreign-minister", ""},
	{"head of diplomacy", "foreign-minister", ""},
	{"defence minister", "defence-minister", ""},
	{"defense minister", "defence-minister", ""},
	{"minister of defence", "defence-minister", ""},
	{"minister of defense", "defence-minister", ""},
	{"defence secretary", "defence-minister", ""},
	{"defense secretary", "defence-minister", ""},
	{"secretary of defense", "defence-minister", ""},
	{"interior minister", "interior-minister", ""},
	{"minister of the interior", "interior-minister", ""},
	{"finance minister", "finance-minister", ""},
	{"minister of finance", "finance-minister", ""},
	{"prime minister", "head-of-government", ""},
	{"premier", "head-of-government", ""},
	{"chancellor", "head-of-government", ""},
	{"vice president", "vice-head-of-state", ""},
	{"president", "head-of-state head", ""},
	{"king", "head-of-state", "m"},
	{"queen", "head-of-state", "f"},
	{"emir", "head-of-state", "m"},
	{"national security adviser", "national-security-adviser", ""},
	{"national security advisor", "national-security-adviser", ""},
	{"press secretary", "spokesperson", ""},
	{"spokesman", "spokesperson", "m"},
	{"spokeswoman", "spokesperson", "f"},
	{"spokesperson", "spokesperson", ""},
	{"secretary general", "head", ""},
	{"chief of staff", "chief-of-staff", ""},
	{"chief of the general staff", "chief-of-general-staff", ""},
	{"chief of general staff", "chief-of-general-staff", ""},
	{"commander in chief", "commander", ""},
	{"commander", "commander", ""},
	{"director general", "head", ""},
	{"director", "head", ""},
	{"head of state", "head-of-state", ""},
	{"head of government", "head-of-government", ""},
	{"head", "head head-of-state head-of-government", ""},
	{"chief", "head", ""},
	{"chairman", "head", "m"},
	{"chairwoman", "head", "f"},
	{"leader", "head head-of-state head-of-government", ""},
	{"ambassador", "ambassador", ""},
	{"envoy", "ambassador negotiator", ""},
	{"negotiator", "negotiator", ""},
	{"chief negotiator", "negotiator", ""},
	{"foreign policy aide", "adviser", ""},
	{"foreign policy adviser", "adviser", ""},
	{"foreign policy advisor", "adviser", ""},
	{"aide", "adviser", ""},
	{"adviser", "adviser national-security-adviser", ""},
	{"advisor", "adviser national-security-adviser", ""},
	{"minister", "minister", ""},
	{"secretary", "minister", ""},
	// descriptions that only refer back to a person of the text (see
	// docOnlyTitles)
	// the owner's office in another country (resolve.go, counterpart)
	{"counterpart", "counterpart", ""},
	{"diplomat", "foreign-minister deputy-foreign-minister ambassador negotiator adviser national-security-adviser spokesperson", ""},
	{"politician", "head-of-state head-of-government vice-head-of-state foreign-minister defence-minister interior-minister finance-minister minister head", ""},
})

// docOnlyTitles describe a person without naming an office: "the
// diplomat" is a person of the text whose office fits, never an office
// holder looked up in the knowledge base ("the Russian diplomat" is not
// the Russian foreign minister unless the text named him).
var docOnlyTitles = map[string]bool{"diplomat": true, "politician": true}

func buildTitles(in []struct {
	phrase    string
	positions string
	gender    string
}) map[string][]title {
	m := map[string][]title{}
	for _, t := range in {
		w := strings.Fields(t.phrase)
		m[w[0]] = append(m[w[0]], title{w, strings.Fields(t.positions), t.gender, titleTopics[t.phrase]})
	}
	for k, ts := range m { // longest first
		for i := 1; i < len(ts); i++ {
			for j := i; j > 0 && len(ts[j].words) > len(ts[j-1].words); j-- {
				ts[j], ts[j-1] = ts[j-1], ts[j]
			}
		}
		m[k] = ts
	}
	return m
}

// orgNouns are common nouns that, after "of"/"for" in a title phrase, name
// the office itself rather than an unknown body: "head of diplomacy",
// "head of the presidential office".
var orgNouns = map[string][]string{
	"diplomacy": {"foreign-minister"},
	"office":    {"chief-of-staff"},
}

// sideNouns turn a demonym into a mention of its country: "the Russian
// side", "the Ukrainian authorities".
var sideNouns = map[string]bool{
	"side": true, "government": true, "authorities": true, "leadership": true,
	"administration": true, "state": true,
}

// pronouns maps third-person singular personal pronouns to a gender.
var pronouns = map[string]string{
	"he": "m", "him": "m", "his": "m", "himself": "m",
	"she": "f", "her": "f", "hers": "f", "herself": "f",
	"its": "n", "itself": "n", // bodies and countries
}

// locatives are prepositions after which a capital names the place, not
// the government: "a speech in Washington", "a trip to Kyiv".
var locatives = map[string]bool{
	"in": true, "at": true, "to": true, "from": true, "near": true, "into": true,
	"through": true, "across": true, "around": true, "via": true, "toward": true,
	"towards": true, "outside": true, "inside": true, "across.": true,
}

// defaultRef names the body an office belongs to when the phrase names
// none: "the Secretary-General" is the UN's.
var defaultRef = map[string]string{"secretary general": "UN"}

// bodyNouns are common nouns that, with a definite determiner ("the
// ministry", "this Court"), refer back to a body of that kind already named
// in the document; countryNouns do the same for countries.
var bodyNouns = map[string]bool{
	"court": true, "ministry": true, "agency": true, "organization": true, "organisation": true,
	"company": true, "council": true, "commission": true, "committee": true, "alliance": true,
	"union": true, "party": true, "parliament": true, "assembly": true, "army": true, "navy": true,
	"service": true, "department": true, "bank": true, "office": true, "force": true, "forces": true,
	"university": true, "network": true, "newspaper": true, "agency's": true, "corporation": true,
	"administration": true, "senate": true, "congress": true, "bureau": true, "fund": true,
}

// groupRefNouns refer back to the latest group actor (an armed group, a
// movement, a party, people named by a group phrase): "Hamas … the group
// said".
var groupRefNouns = map[string]bool{"group": true, "movement": true}

var countryNouns = map[string]bool{"country": true, "nation": true, "kingdom": true, "republic": true}

// placeNouns refer back, with Options.Places, to the latest place actor:
// "the city", "this town".
var placeNouns = map[string]bool{
	"city": true, "town": true, "village": true, "region": true, "province": true,
	"island": true, "capital": true,
}
