package text

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/parley-news/parley/internal/doc"
)

// benchSentences are written for this benchmark: news-like English with the
// features the tokenizer handles (clitics, abbreviations, quotes, amounts).
var benchSentences = []string{
	"The foreign ministers of both countries met in Geneva on Tuesday for talks that lasted almost six hours.",
	"Mr. Halvorsen told reporters that the two sides “made real progress” but that no agreement had been signed.",
	"“We don't expect a breakthrough this week,” said a senior U.S. official who asked not to be named.",
	"The delegation, led by Gen. Amara Okafor, arrived late on Monday night.",
	"Officials said the package was worth $1.2 billion, or about €1.1bn at current rates.",
	"Neither side would say whether the ceasefire, which began on Jan. 14, would be extended.",
	"The talks follow months of high-ranking contacts and a cautious de-escalation along the border.",
	"According to the ministry's statement, 3,400 troops will withdraw by the end of the month.",
	"Is this the start of a lasting peace? Few analysts think so.",
	"She added: “Our position has not changed. (…) We remain open to dialogue.”",
	"Acme Holdings Inc. said it would suspend operations in the region until further notice.",
	"The prime minister's office called the report “premature”; it declined to comment further.",
	"Protesters gathered outside the embassy at 10am, chanting slogans and waving flags.",
	"In a post on X, @foreignoffice wrote that the meeting had been “constructive” #diplomacy.",
	"The U.N. envoy, Dr. Lena Vasquez, will brief the Security Council on Friday.",
	"It isn't clear who will chair the next round... The venue hasn't been decided either.",
	"Prices rose 4.5% in March, the fastest pace since 2019, the statistics office said.",
	"They'll meet again in two weeks — possibly in Vienna — if the schedule allows.",
	"Read the full statement at https://example.org/statements/2024/talks.html for details.",
	"Inquiries can be sent to press@example.org before 5 p.m. on Thursday.",
}

// benchText builds about n bytes of text: paragraphs of three to seven
// sentences, with an occasional heading line, in a fixed pseudo-random order.
func benchText(n int) string {
	r := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for b.Len() < n {
		if r.IntN(10) == 0 {
			b.WriteString("Talks Resume in Geneva\n\n")
		}
		k := 3 + r.IntN(5)
		for i := 0; i < k; i++ {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(benchSentences[r.IntN(len(benchSentences))])
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// reportCPU adds a "MB/cpu-s" metric: bytes per second of process CPU time
// (GC included), which stays meaningful when other jobs share the machine
// and wall-clock MB/s drops.
func reportCPU(b *testing.B, size int, start time.Duration) {
	if used := cpuTime() - start; used > 0 && start > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/1e6/used.Seconds(), "MB/cpu-s")
	}
}

func BenchmarkTokenize(b *testing.B) {
	text := benchText(1 << 20)
	d := doc.New("bench", text)
	b.SetBytes(int64(len(text)))
	start := cpuTime()
	b.ResetTimer()
	for b.Loop() {
		Tokenize(d)
	}
	reportCPU(b, len(text), start)
}

func BenchmarkTokens(b *testing.B) {
	text := benchText(1 << 20)
	b.SetBytes(int64(len(text)))
	start := cpuTime()
	b.ResetTimer()
	for b.Loop() {
		Tokens(text)
	}
	reportCPU(b, len(text), start)
}

func BenchmarkSplit(b *testing.B) {
	text := benchText(1 << 20)
	b.SetBytes(int64(len(text)))
	start := cpuTime()
	b.ResetTimer()
	for b.Loop() {
		Split(text)
	}
	reportCPU(b, len(text), start)
}
