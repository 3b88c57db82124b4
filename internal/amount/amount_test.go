package amount

import (
	"math"
	"testing"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/doc"
)

func TestFind(t *testing.T) {
	cases := []struct {
		text  string
		want  string // the amount's text
		value float64
		unit  string
	}{
		{"The Pentagon signed contracts for $520 million to replenish stocks.", "$520 million", 520e6, "USD"},
		{"The fund received €1.5bn last year.", "€1.5bn", 1.5e9, "EUR"},
		{"Losses reached 2 trillion rubles, the ministry said.", "2 trillion rubles", 2e12, "RUB"},
		{"The loan of USD 3.2 billion was approved.", "USD 3.2 billion", 3.2e9, "USD"},
		{"He sold the club for £40m in May.", "£40m", 40e6, "GBP"},
		{"A fine of 500,000 euros was imposed.", "500,000 euros", 500000, "EUR"},
		{"They asked for 1.2 billion dollars in aid.", "1.2 billion dollars", 1.2e9, "USD"},
		{"Kyiv allocated 10 million hryvnias for repairs.", "10 million hryvnias", 10e6, "UAH"},
		{"Beijing pledged 5 billion yuan to the project.", "5 billion yuan", 5e9, "CNY"},
		{"The budget gap is $3bn.", "$3bn", 3e9, "USD"},
		{"It cost $199.", "$199", 199, "USD"},
		{"A price of $1,250,000 was agreed.", "$1,250,000", 1250000, "USD"},
		{"Aid worth US$2.5 billion arrived.", "US$2.5 billion", 2.5e9, "USD"},
		{"Ottawa spent C$300 million.", "C$300 million", 300e6, "CAD"},
		{"The deal is worth A$1.1bn.", "A$1.1bn", 1.1e9, "AUD"},
		{"Bonds worth HK$8 billion were sold.", "HK$8 billion", 8e9, "HKD"},
		{"The ministry paid ₽40 billion.", "₽40 billion", 40e9, "RUB"},
		{"The grant was ₴2 million.", "₴2 million", 2e6, "UAH"},
		{"Tokyo offered ¥500 billion.", "¥500 billion", 500e9, "JPY"},
		{"The rupee loan of ₹100 crore was signed.", "₹100 crore", 1e9, "INR"},
		{"Sales of 3 million pounds sterling were reported.", "3 million pounds sterling", 3e6, "GBP"},
		{"A bill of 250 pounds was sent.", "250 pounds", 250, "GBP"},
		{"Gazprom earned 1.3 trillion roubles.", "1.3 trillion roubles", 1.3e12, "RUB"},
		{"He owes 700 Swiss francs.", "700 Swiss francs", 700, "CHF"},
		{"Warsaw raised 15 billion zlotys.", "15 billion zlotys", 15e9, "PLN"},
		{"Ankara set aside 20 billion lira.", "20 billion lira", 20e9, "TRY"},
		{"The fine was 50,000 Canadian dollars.", "50,000 Canadian dollars", 50000, "CAD"},
		{"Seoul spent 3 trillion won on chips.", "3 trillion won", 3e12, "KRW"},
		{"Tehran lost 900 billion rials.", "900 billion rials", 900e9, "IRR"},
		{"Israel budgeted 4 billion shekels.", "4 billion shekels", 4e9, "ILS"},
		{"Riyadh invested 10 billion riyals.", "10 billion riyals", 10e9, "SAR"},
		{"A deal worth EUR 2.5 million was closed.", "EUR 2.5 million", 2.5e6, "EUR"},
		{"A payment of 1.5 million USD followed.", "1.5 million USD", 1.5e6, "USD"},
		{"He was offered a million dollars.", "a million dollars", 1e6, "USD"},
		{"Two trillion rubles were frozen.", "Two trillion rubles", 2e12, "RUB"},
		{"They stole half a billion dollars.", "half a billion dollars", 0.5e9, "USD"},
		{"Ticket prices hit 80€ on Friday.", "80€", 80, "EUR"},
		{"The price was 120 € per night.", "120 €", 120, "EUR"},
		{"It fetched $2.5tn in bonds.", "$2.5tn", 2.5e12, "USD"},
		{"The fee is $40k a year.", "$40k", 40e3, "USD"},
		{"The bill reached $3 mln.", "$3 mln", 3e6, "USD"},
		{"Exports hit $7.2 bln.", "$7.2 bln", 7.2e9, "USD"},
		{"A settlement of 2,5 million euros was reached.", "2,5 million euros", 2.5e6, "EUR"},
		{"Reserves of 1.234.567 euros remain.", "1.234.567 euros", 1234567, "EUR"},
		{"China lent RMB 30 billion.", "RMB 30 billion", 30e9, "CNY"},
		{"Minsk repaid 100 million Belarusian rubles.", "100 million Belarusian rubles", 100e6, "BYN"},
		{"Cairo received 5 billion Egyptian pounds.", "5 billion Egyptian pounds", 5e9, "EGP"},
		{"Kazakhstan spent 90 billion tenge.", "90 billion tenge", 90e9, "KZT"},
		{"The museum spent 200,000 US dollars.", "200,000 US dollars", 200000, "USD"},
		{"The debt stood at $31.4 trillion.", "$31.4 trillion", 31.4e12, "USD"},
		{"Funding of £1.2 billion was announced.", "£1.2 billion", 1.2e9, "GBP"},
		{"Fines of €500 were handed out.", "€500", 500, "EUR"},
		{"Shares rose to $12.50 each.", "$12.50", 12.5, "USD"},
		{"The package is worth 60 billion euros.", "60 billion euros", 60e9, "EUR"},
		{"It paid 8 million Ukrainian hryvnias.", "8 million Ukrainian hryvnias", 8e6, "UAH"},
		{"Mexico owes 300 million pesos.", "300 million pesos", 300e6, "MXN"},
		{"India spent 500 billion rupees.", "500 billion rupees", 500e9, "INR"},
		{"Earnings were 26 cents a share.", "26 cents", 0.26, "USD"},
		{"Aid of US $997 million was pledged.", "US $997 million", 997e6, "USD"},
		{"Loans of AU$52.5 million were made.", "AU$52.5 million", 52.5e6, "AUD"},
		{"A 5 million dollar contract.", "5 million dollar", 5e6, "USD"},
		{"A 40-year-old man and 12 ministers met.", "", 0, ""},
	}
	n := 0
	for _, tc := range cases {
		d := doc.New("t", tc.text)
		Find(d, Options{})
		if err := d.Validate(); err != nil {
			t.Errorf("%q: %v", tc.text, err)
		}
		if tc.want == "" {
			if len(d.Amounts) != 0 {
				t.Errorf("%q: got %+v, want none", tc.text, d.Amounts)
			}
			continue
		}
		n++
		if len(d.Amounts) != 1 {
			t.Errorf("%q: got %d amounts %+v, want 1", tc.text, len(d.Amounts), d.Amounts)
			continue
		}
		a := d.Amounts[0]
		if a.Text != tc.want || math.Abs(a.Value-tc.value) > 1e-6*math.Max(1, tc.value) || a.Unit != tc.unit {
			t.Errorf("%q: got %q = %g %s, want %q = %g %s", tc.text, a.Text, a.Value, a.Unit, tc.want, tc.value, tc.unit)
		}
	}
	if n < 50 {
		t.Errorf("only %d forms tested, want at least 50", n)
	}
}

func TestNotAmounts(t *testing.T) {
	for _, s := range []string{
		"Inflation rose 12.5% in October.",
		"Support fell to 40 percent.",
		"The A320 and 737 jets were grounded.",
		"About 2 million people fled the region.",
		"He weighs 200 pounds of muscle.",
		"The party won 15 seats.",
		"They marched 20 kilometres.",
		"In 2022, 300 troops arrived.",
		"The $ sign alone, and USD alone.",
	} {
		d := doc.New("t", s)
		Find(d, Options{})
		if len(d.Amounts) != 0 {
			t.Errorf("%q: unexpected amounts %+v", s, d.Amounts)
		}
	}
}

func TestQuantities(t *testing.T) {
	cases := []struct {
		text, want string
		value      float64
		unit       string
	}{
		{"It shipped 300,000 tonnes of grain.", "300,000 tonnes", 300000, "t"},
		{"Output fell by 2 million barrels.", "2 million barrels", 2e6, "bbl"},
		{"The convoy drove 50 km north.", "50 km", 50, "km"},
		{"Russia supplied 155 bcm of gas.", "155 bcm", 155, "bcm"},
	}
	for _, tc := range cases {
		got := Parse(tc.text, Options{Quantities: true})
		if len(got) != 1 || got[0].Text != tc.want || got[0].Value != tc.value || got[0].Unit != tc.unit {
			t.Errorf("%q: got %+v, want %q = %g %s", tc.text, got, tc.want, tc.value, tc.unit)
		}
		if len(Parse(tc.text, Options{})) != 0 {
			t.Errorf("%q: quantity found without Options.Quantities", tc.text)
		}
	}
}

func TestOrderAndOverlap(t *testing.T) {
	text := "Kyiv got $1 billion and €2bn, then 3 million hryvnias and £4m."
	got := Parse(text, Options{})
	if len(got) != 4 {
		t.Fatalf("got %d amounts %+v, want 4", len(got), got)
	}
	for i := 1; i < len(got); i++ {
		if got[i].Start < got[i-1].End {
			t.Errorf("amounts %d and %d overlap or are out of order: %+v %+v", i-1, i, got[i-1], got[i])
		}
	}
}

// FuzzParse checks that any input gives amounts whose spans are valid,
// ordered and non-overlapping, with finite non-negative values.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"$520 million", "€1.5bn and 2 trillion rubles", "USD 3.2 billion", "£40m", "1,2,3 euros", "US$", "₴", "5 ..., $"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			t.Skip("the cleaned text the stage gets is valid UTF-8")
		}
		d := doc.New("fuzz", s)
		Find(d, Options{Quantities: true})
		if err := d.Validate(); err != nil {
			t.Fatal(err)
		}
		for i, a := range d.Amounts {
			if i > 0 && a.Start < d.Amounts[i-1].End {
				t.Fatalf("overlap: %+v", d.Amounts)
			}
			if a.Value < 0 || math.IsNaN(a.Value) || math.IsInf(a.Value, 0) || a.Unit == "" {
				t.Fatalf("bad amount %+v", a)
			}
		}
	})
}

func BenchmarkParse(b *testing.B) {
	text := ""
	for i := 0; i < 50; i++ {
		text += "The Pentagon signed new contracts worth $520 million, while Kyiv said it received 2 trillion rubles' worth of damage claims and €1.5bn in aid on Monday. "
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Parse(text, Options{})
	}
}
