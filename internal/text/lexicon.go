package text

import "strings"

// abbrClass says how an abbreviation that keeps its period behaves at a
// possible sentence end.
type abbrClass uint8

const (
	abbrNone abbrClass = iota
	// abbrTitle never ends a sentence: titles and words that introduce what
	// follows (Mr., Gen., vs., e.g.).
	abbrTitle
	// abbrMaybe ends a sentence only when the next word is a capitalised
	// common word that usually starts sentences (U.S., Inc., a.m., Jan.).
	abbrMaybe
	// abbrEnd ends a sentence whenever the next word is capitalised (etc.).
	abbrEnd
	// abbrDigit keeps its period only before a number (No. 5, Art. 3, p. 12);
	// elsewhere the word is an ordinary word and its period ends a sentence.
	abbrDigit
)

// Abbreviations are listed in the case they are written in. Titles and
// name-like words are capitalised; lower-case entries also match when
// capitalised at the start of a sentence.
var (
	titleAbbrs = []string{
		"Mr", "Mrs", "Ms", "Messrs", "Mme", "Mmes", "Mlle", "Dr", "Drs", "Prof", "Profs",
		"Gen", "Lt", "Col", "Capt", "Cpt", "Cmdr", "Cdr", "Sgt", "Maj", "Adm", "Brig", "Cpl", "Pvt",
		"Gov", "Govs", "Sen", "Sens", "Rep", "Reps", "Rev", "Hon", "Pres", "Supt", "Amb", "Atty",
		"Insp", "Fr", "Mt", "Ft", "Pt", "Sec", "Gens", "Cols", "Lts", "Sgts",
		"vs", "v", "cf", "e.g", "i.e", "viz", "ca", "approx", "nr",
	}
	maybeAbbrs = []string{
		"Inc", "Corp", "Co", "Ltd", "Bros", "Plc", "PLC", "LLC", "Cos", "Assn", "Assoc", "Dept", "Univ",
		"Jr", "Sr", "St", "Sts", "Ave", "Blvd", "Rd", "Hwy", "Sq", "Ste", "Apt", "Bldg",
		"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
		"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan",
		"Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla",
		"Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "Ont", "Que",
		"est", "dept", "govt", "intl", "misc", "hrs", "yrs", "pp", "ft", "oz", "lbs", "tel", "ext", "al",
	}
	endAbbrs   = []string{"etc", "Etc"}
	digitAbbrs = []string{"No", "Nos", "no", "nos", "Art", "Arts", "art", "Fig", "Figs", "fig", "figs", "Vol", "Vols", "Ch", "ch", "Chap", "chap", "Sect", "sect", "Para", "para", "Op", "op", "Nr"}
)

var abbrevs = func() map[string]abbrClass {
	m := make(map[string]abbrClass, 256)
	add := func(list []string, c abbrClass) {
		for _, w := range list {
			m[w] = c
			if w[0] >= 'a' && w[0] <= 'z' {
				if _, ok := m[strings.ToUpper(w[:1])+w[1:]]; !ok {
					m[strings.ToUpper(w[:1])+w[1:]] = c
				}
			}
		}
	}
	for _, w := range []string{"MR", "MRS", "MS", "DR", "GEN", "PROF", "SEN", "REP", "GOV", "COL", "LT", "CAPT", "SGT", "GEN", "ADM", "REV"} {
		m[w] = abbrTitle
	}
	add(digitAbbrs, abbrDigit)
	add(titleAbbrs, abbrTitle)
	add(endAbbrs, abbrEnd)
	add(maybeAbbrs, abbrMaybe)
	return m
}()

// starters are common words (lower case) that usually begin a sentence when
// capitalised: after an abbreviation such as "U.S." a capitalised starter
// means the abbreviation ended the sentence.
var starters = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
the a an this that these those there here it its he she they we i you his her their our my your
in on at for but and or nor so yet if when while after before as since because although though
however meanwhile moreover also then now still even many some most all both each every no not
one two three four five several other another such what who whom whose which where why how
last earlier later according during despite under with without from by to of about among
amid until unlike instead indeed nevertheless nonetheless furthermore thus therefore hence
yesterday today tomorrow tonight please thanks let only just once again finally first second
third next more less few much never always often sometimes perhaps maybe yes well oh
do does did is are was were be been has have had will would can could should may might must
shall over into through against between within across around near officials other`) {
		m[w] = true
	}
	return m
}()

// speechVerbs follow a quotation and its speaker: in `“Why?” John asked.`
// the question mark does not end the sentence.
var speechVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`said says say asked asks told tells added adds replied replies
	wrote writes noted notes stressed stresses explained explains insisted insists warned warns
	declared declares continued continues shouted shouts cried whispered answered answers
	recalled recalls argued argues claimed claims concluded concludes remarked`) {
		m[w] = true
	}
	return m
}()

// clitics maps apostrophe-less contractions (web spelling) to the byte
// length of their host, following UD English: "dont" → "do" + "nt",
// "cannot" → "can" + "not", "gonna" → "gon" + "na".
var clitics = map[string]int{
	"dont": 2, "didnt": 3, "doesnt": 4, "isnt": 2, "wasnt": 3, "arent": 3, "werent": 4,
	"couldnt": 5, "wouldnt": 5, "shouldnt": 6, "havent": 4, "hasnt": 3, "hadnt": 3,
	"cant": 2, "wont": 2, "aint": 2, "mustnt": 4, "neednt": 4,
	"cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3, "outta": 3, "lotta": 3,
	"alot": 1, "im": 1, "ive": 1, "thats": 4, "whats": 4, "theres": 5, "youre": 3, "theyre": 4,
}

// units are split off a number written against them ("1.5bn" → "1.5" "bn",
// "10am" → "10" "am"), as UD English does. Ordinals ("20th") and decades
// ("1990s") stay whole.
var units = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`k K m M bn b B BN tn trn mn mln
	km cm mm kg mg g lb lbs oz ft mi mph kph kmh ml
	am pm AM PM hr hrs h min mins sec secs yr yrs yo
	p gb GB mb MB kb KB tb TB ghz GHz mhz MHz hz Hz kw kW KW mw MW gw GW kwh kWh mwh MWh x`) {
		m[w] = true
	}
	return m
}()

// hyphenPrefixes are the bound prefixes that UD English keeps on their word
// ("anti-war", "re-elected") when it otherwise splits hyphenated compounds.
var hyphenPrefixes = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a anti bi co counter cross de e ex extra hyper inter intra macro
	mega meta micro mid mini multi neo non over pan para post pre pro pseudo psycho re semi socio
	sub super trans tri ultra un under vice`) {
		m[w] = true
	}
	return m
}()
