// Package amount finds amounts of money in a document's text, with their
// value and currency: "$520 million" → 520000000 USD, "€1.5bn" → 1.5e9 EUR,
// "2 trillion rubles" → 2e12 RUB, "USD 3.2 billion", "£40m", "500,000
// euros", "1.2 billion dollars", "10 million hryvnias" (UAH), "5 billion
// yuan" (CNY). Currencies are given as ISO 4217 codes. Percentages and bare
// numbers are not amounts. With Options.Quantities it also finds a few
// physical quantities (tonnes, barrels, kilometres…), with the unit's symbol.
//
// Amounts are returned in text order and never overlap. The stage uses only
// the text, so it can run at any point of the pipeline.
package amount

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/doc"
)

// Options configure the finder.
type Options struct {
	// Quantities also finds physical quantities ("300,000 tonnes", "2
	// million barrels", "50 km") besides money.
	Quantities bool
}

// Find appends the amounts of d.Text to d.Amounts.
func Find(d *doc.Document, opts Options) {
	d.Amounts = append(d.Amounts, Parse(d.Text, opts)...)
}

// Parse returns the amounts of text, in text order.
func Parse(text string, opts Options) []doc.Amount {
	ts := tokenize(text)
	var out []doc.Amount
	for i := 0; i < len(ts); {
		if i > 0 && ts[i].glued && ts[i-1].kind != 'p' && ts[i].kind != 'p' {
			i++ // inside a word or number: "A320"
			continue
		}
		end, value, unit, ok := match(ts, i, opts)
		if !ok || value < 0 || math.IsInf(value, 0) || math.IsNaN(value) {
			i++
			continue
		}
		s, e := ts[i].start, ts[end-1].end
		out = append(out, doc.Amount{Span: doc.Span{Start: s, End: e}, Text: text[s:e], Value: value, Unit: unit})
		i = end
	}
	return out
}

type tok struct {
	s, raw     string // s is lower-cased
	start, end int
	glued      bool // no space before
	kind       byte // 'a' letters, 'd' digits, 'p' other
}

func tokenize(text string) []tok {
	var ts []tok
	i, prevEnd := 0, -1
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i + n
		kind := byte('p')
		switch {
		case unicode.IsLetter(r):
			kind = 'a'
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) {
					break
				}
				j += n2
			}
		case r >= '0' && r <= '9':
			kind = 'd'
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				j++
			}
		}
		raw := text[i:j]
		ts = append(ts, tok{s: strings.ToLower(raw), raw: raw, start: i, end: j, glued: i == prevEnd, kind: kind})
		prevEnd = j
		i = j
	}
	return ts
}

// symbols are currency signs before (or, for some, after) the number. A
// prefix of letters glued to "$" names the dollar: "US$", "C$", "HK$".
var symbols = map[string]string{"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₴": "UAH", "₹": "INR", "₺": "TRY", "₩": "KRW", "₪": "ILS", "₸": "KZT", "₦": "NGN"}

var dollarPrefixes = map[string]string{
	"us": "USD", "c": "CAD", "ca": "CAD", "a": "AUD", "au": "AUD", "hk": "HKD", "nz": "NZD", "s": "SGD",
	"r": "BRL", "nt": "TWD", "mex": "MXN",
}

// codes are ISO 4217 codes recognised when written in capitals.
var codes = map[string]bool{
	"USD": true, "EUR": true, "GBP": true, "JPY": true, "CNY": true, "RUB": true, "UAH": true, "CHF": true,
	"INR": true, "TRY": true, "PLN": true, "CAD": true, "AUD": true, "KRW": true, "BRL": true, "SAR": true,
	"AED": true, "IRR": true, "ILS": true, "EGP": true, "KZT": true, "BYN": true, "NOK": true, "SEK": true,
	"DKK": true, "HUF": true, "CZK": true, "RON": true, "MXN": true, "ZAR": true, "NGN": true, "PKR": true,
	"IDR": true, "HKD": true, "SGD": true, "NZD": true, "TWD": true, "QAR": true, "KWD": true, "GEL": true,
	"AMD": true, "AZN": true, "MDL": true, "RSD": true, "BGN": true, "THB": true, "VND": true, "MYR": true,
	"PHP": true, "ARS": true, "CLP": true, "COP": true, "KPW": true, "SYP": true, "IQD": true, "LBP": true,
	"RMB": true, "XDR": true,
}

// words are currency names after the number.
var words = map[string]string{
	"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
	"sterling": "GBP", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "hryvnia": "UAH",
	"hryvnias": "UAH", "hryvnyas": "UAH", "hryvnas": "UAH", "hryvni": "UAH", "hryven": "UAH", "yuan": "CNY",
	"renminbi": "CNY", "yen": "JPY", "rupee": "INR", "rupees": "INR", "lira": "TRY", "liras": "TRY",
	"lire": "TRY", "franc": "CHF", "francs": "CHF", "zloty": "PLN", "zlotys": "PLN", "zlotych": "PLN",
	"won": "KRW", "reais": "BRL", "riyal": "SAR", "riyals": "SAR", "dirham": "AED", "dirhams": "AED",
	"rial": "IRR", "rials": "IRR", "shekel": "ILS", "shekels": "ILS", "tenge": "KZT", "manat": "AZN",
	"manats": "AZN", "lari": "GEL", "dram": "AMD", "drams": "AMD", "forint": "HUF", "forints": "HUF",
	"koruna": "CZK", "korunas": "CZK", "crowns": "CZK", "krona": "SEK", "kronor": "SEK", "krone": "NOK",
	"kroner": "NOK", "rand": "ZAR", "naira": "NGN", "rupiah": "IDR", "peso": "MXN", "pesos": "MXN",
	"ringgit": "MYR", "baht": "THB", "dong": "VND", "dinar": "IQD", "dinars": "IQD", "leu": "RON",
	"lei": "RON", "lev": "BGN", "leva": "BGN", "rubel": "RUB", "bitcoin": "XBT", "bitcoins": "XBT",
}

// subunits are the hundredths: "26 cents" → 0.26 USD.
var subunits = map[string]struct {
	code   string
	factor float64
}{
	"cents": {"USD", 0.01}, "cent": {"USD", 0.01}, "pence": {"GBP", 0.01}, "kopecks": {"RUB", 0.01},
	"kopeks": {"RUB", 0.01}, "kopiykas": {"UAH", 0.01}, "eurocents": {"EUR", 0.01},
}

// nationalCurrency qualify "dollars" before it: "Canadian dollars".
var nationalCurrency = map[string]map[string]string{
	"canadian": {"dollar": "CAD", "dollars": "CAD"}, "australian": {"dollar": "AUD", "dollars": "AUD"},
	"singapore": {"dollar": "SGD", "dollars": "SGD"}, "taiwan": {"dollar": "TWD", "dollars": "TWD"},
	"zealand": {"dollar": "NZD", "dollars": "NZD"}, "kong": {"dollar": "HKD", "dollars": "HKD"},
	"swiss": {"franc": "CHF", "francs": "CHF"}, "swedish": {"krona": "SEK", "kronor": "SEK", "crowns": "SEK"},
	"norwegian": {"krone": "NOK", "kroner": "NOK", "crowns": "NOK"}, "danish": {"krone": "DKK", "kroner": "DKK"},
	"czech": {"koruna": "CZK", "crowns": "CZK"}, "pakistani": {"rupee": "PKR", "rupees": "PKR"},
	"indian": {"rupee": "INR", "rupees": "INR"}, "mexican": {"peso": "MXN", "pesos": "MXN"},
	"argentine": {"peso": "ARS", "pesos": "ARS"}, "philippine": {"peso": "PHP", "pesos": "PHP"},
	"belarusian": {"ruble": "BYN", "rubles": "BYN", "roubles": "BYN"}, "jordanian": {"dinar": "JOD", "dinars": "JOD"},
	"kuwaiti": {"dinar": "KWD", "dinars": "KWD"}, "iraqi": {"dinar": "IQD", "dinars": "IQD"},
	"egyptian": {"pound": "EGP", "pounds": "EGP"}, "syrian": {"pound": "SYP", "pounds": "SYP"},
	"lebanese": {"pound": "LBP", "pounds": "LBP"}, "turkish": {"lira": "TRY", "liras": "TRY"},
	"iranian": {"rial": "IRR", "rials": "IRR"}, "saudi": {"riyal": "SAR", "riyals": "SAR"},
	"qatari": {"riyal": "QAR", "riyals": "QAR"}, "moldovan": {"leu": "MDL", "lei": "MDL"},
	"romanian": {"leu": "RON", "lei": "RON"}, "serbian": {"dinar": "RSD", "dinars": "RSD"},
	"us": {"dollar": "USD", "dollars": "USD"}, "american": {"dollar": "USD", "dollars": "USD"},
	"chinese": {"yuan": "CNY"}, "japanese": {"yen": "JPY"}, "russian": {"ruble": "RUB", "rubles": "RUB", "roubles": "RUB"},
	"ukrainian": {"hryvnia": "UAH", "hryvnias": "UAH"}, "british": {"pound": "GBP", "pounds": "GBP"},
}

// quantityUnits are the physical units found with Options.Quantities.
var quantityUnits = map[string]string{
	"tonnes": "t", "tonne": "t", "tons": "t", "ton": "t", "barrels": "bbl", "barrel": "bbl", "bpd": "bbl/d",
	"kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km", "km": "km",
	"miles": "mi", "mile": "mi", "kilograms": "kg", "kilogram": "kg", "kg": "kg", "bcm": "bcm",
	"megawatts": "MW", "megawatt": "MW", "mw": "MW", "gigawatts": "GW", "gigawatt": "GW", "gw": "GW",
	"hectares": "ha", "hectare": "ha", "litres": "l", "liters": "l",
}

// scales multiply the number; the short forms may be glued to it ("40m").
var scales = map[string]float64{
	"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "millions": 1e6, "billions": 1e9,
	"mln": 1e6, "mn": 1e6, "m": 1e6, "bn": 1e9, "bln": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12, "tr": 1e12,
	"k": 1e3, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5,
}

// shortScales are the abbreviations; single letters must be glued to the
// number ("£40m", not "£40 m").
var shortScales = map[string]bool{"mln": true, "mn": true, "m": true, "bn": true, "bln": true, "b": true, "tn": true, "trn": true, "tr": true, "k": true}

var numberWords = map[string]float64{
	"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"hundred": 100, "several": -1, "half": 0.5,
}

// number reads a written number at i ("1,234.5", "40", "1.2"), returning its
// value and the index after it.
func number(ts []tok, i int) (float64, int, bool) {
	if i >= len(ts) || ts[i].kind != 'd' {
		return 0, i, false
	}
	var b strings.Builder
	b.WriteString(ts[i].s)
	j := i + 1
	for j+1 < len(ts) && (ts[j].s == "," || ts[j].s == ".") && ts[j].glued && ts[j+1].kind == 'd' && ts[j+1].glued {
		b.WriteString(ts[j].s)
		b.WriteString(ts[j+1].s)
		j += 2
	}
	v, ok := parseNumber(b.String())
	return v, j, ok
}

// parseNumber reads "1,234.5" (English), "1.234.567" and "1,5" (continental).
func parseNumber(s string) (float64, bool) {
	commas, dots := strings.Count(s, ","), strings.Count(s, ".")
	switch {
	case commas > 0 && dots > 0:
		if strings.LastIndex(s, ".") > strings.LastIndex(s, ",") {
			s = strings.ReplaceAll(s, ",", "")
		} else {
			s = strings.ReplaceAll(strings.ReplaceAll(s, ".", ""), ",", ".")
		}
	case commas > 0:
		if groupsOfThree(s, ',') {
			s = strings.ReplaceAll(s, ",", "")
		} else if commas == 1 {
			s = strings.ReplaceAll(s, ",", ".")
		} else {
			return 0, false
		}
	case dots > 1:
		if !groupsOfThree(s, '.') {
			return 0, false
		}
		s = strings.ReplaceAll(s, ".", "")
	}
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

func groupsOfThree(s string, sep byte) bool {
	parts := strings.Split(s, string(sep))
	if len(parts[0]) == 0 || len(parts[0]) > 3 {
		return false
	}
	for _, p := range parts[1:] {
		if len(p) != 3 {
			return false
		}
	}
	return true
}

// quantity reads a number with an optional scale: "520 million", "1.5bn",
// "two trillion", "a million", "half a billion".
func quantity(ts []tok, i int) (float64, int, bool) {
	v, j, ok := number(ts, i)
	if !ok {
		w, isWord := numberWords[tokS(ts, i)]
		if !isWord || w < 0 {
			return 0, i, false
		}
		j = i + 1
		if w == 0.5 && tokS(ts, j) == "a" {
			j++
		}
		// a word number needs a long scale: "two trillion", "a million"
		sc, ok := scales[tokS(ts, j)]
		if !ok || shortScales[tokS(ts, j)] || sc < 1e6 {
			return 0, i, false
		}
		return w * sc, j + 1, true
	}
	if sc, ok := scales[tokS(ts, j)]; ok {
		short := shortScales[ts[j].s]
		if !short || ts[j].glued || len(ts[j].s) > 1 {
			// the scale must end the word: "40m" yes, "40mm" no
			if !(j+1 < len(ts) && ts[j+1].glued && ts[j+1].kind == 'a') {
				v *= sc
				j++
			}
		}
	}
	return v, j, true
}

func tokS(ts []tok, i int) string {
	if i >= 0 && i < len(ts) {
		return ts[i].s
	}
	return ""
}

// match reads an amount at token i.
func match(ts []tok, i int, opts Options) (end int, value float64, unit string, ok bool) {
	t := ts[i]
	// letters glued to "$": US$, C$, HK$
	if t.kind == 'a' && i+1 < len(ts) && ts[i+1].s == "$" && (ts[i+1].glued || t.raw == "US") {
		if cur, ok := dollarPrefixes[t.s]; ok && t.raw == strings.ToUpper(t.raw) || t.raw == "Mex" {
			if v, j, ok := quantity(ts, i+2); ok && ts[i+2].kind == 'd' {
				return trailing(ts, j, cur), v, cur, true
			}
		}
		return 0, 0, "", false
	}
	// a sign before the number: $520 million, €1.5bn
	if cur, isSym := symbols[t.s]; isSym {
		j := i + 1
		if v, k, ok := quantity(ts, j); ok && j < len(ts) && ts[j].kind == 'd' {
			if i > 0 && ts[i-1].s == "$" {
				return 0, 0, "", false
			}
			return trailing(ts, k, cur), v, cur, true
		}
		return 0, 0, "", false
	}
	// an ISO code before the number: USD 3.2 billion
	if t.kind == 'a' && codes[t.raw] {
		j := i + 1
		if v, k, ok := quantity(ts, j); ok && j < len(ts) && ts[j].kind == 'd' {
			cur := t.raw
			if cur == "RMB" {
				cur = "CNY"
			}
			return k, v, cur, true
		}
		return 0, 0, "", false
	}
	// a number before the currency: 500,000 euros, 2 trillion rubles
	v, j, ok := quantity(ts, i)
	if !ok {
		return 0, 0, "", false
	}
	if i > 0 && (ts[i-1].s == "-" && ts[i-1].glued || ts[i-1].s == "." && ts[i].glued) {
		return 0, 0, "", false
	}
	k := j
	if tokS(ts, k) == "of" && tokS(ts, k+1) != "" && (scales[tokS(ts, j-1)] >= 1e6) {
		k++ // "2 million of dollars" (translated text)
	}
	if k < len(ts) {
		n := ts[k]
		if cur, ok := symbols[n.s]; ok && (n.s == "€" || n.s == "₽" || n.s == "₴") {
			return k + 1, v, cur, true
		}
		if n.kind == 'a' && codes[n.raw] {
			cur := n.raw
			if cur == "RMB" {
				cur = "CNY"
			}
			return k + 1, v, cur, true
		}
		if nat, ok := nationalCurrency[n.s]; ok {
			m := k + 1
			if n.s == "us" && tokS(ts, m) == "." {
				m++
			}
			if cur, ok := nat[tokS(ts, m)]; ok {
				return m + 1, v, cur, true
			}
			if n.s == "new" || n.s == "hong" {
				if cur, ok := nat[tokS(ts, m+1)]; ok {
					return m + 2, v, cur, true
				}
			}
		}
		if (n.s == "new" && tokS(ts, k+1) == "zealand" || n.s == "hong" && tokS(ts, k+1) == "kong") && strings.HasPrefix(tokS(ts, k+2), "dollar") {
			return k + 3, v, nationalCurrency[tokS(ts, k+1)][tokS(ts, k+2)], true
		}
		if sub, ok := subunits[n.s]; ok && ts[i].kind == 'd' {
			return k + 1, v * sub.factor, sub.code, true
		}
		if cur, ok := words[n.s]; ok {
			if n.s == "won" && ts[i].kind != 'd' {
				return 0, 0, "", false
			}
			if (n.s == "pound" || n.s == "pounds") && tokS(ts, k+1) == "of" {
				return 0, 0, "", false // pounds of weight
			}
			m := k + 1
			if (n.s == "pound" || n.s == "pounds") && tokS(ts, m) == "sterling" {
				m++
			}
			return m, v, cur, true
		}
		if opts.Quantities {
			if u, ok := quantityUnits[n.s]; ok && ts[i].kind == 'd' {
				if !(n.glued && len(n.s) > 2 && n.s != "bcm") {
					return k + 1, v, u, true
				}
			}
		}
	}
	return 0, 0, "", false
}

// trailing extends an amount written with a sign over a repeated currency
// word ("$5 million dollars", "US$ 3 billion USD").
func trailing(ts []tok, j int, cur string) int {
	if j < len(ts) && (words[ts[j].s] == cur || ts[j].raw == cur) {
		return j + 1
	}
	return j
}
