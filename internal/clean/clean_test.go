package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestCleanCharacters(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"only spaces", " \t \u00a0\n\n ", ""},
		{"crlf", "One line.\r\nTwo line.\rThree.", "One line.\n\nTwo line.\n\nThree."},
		{"nbsp and unicode spaces", "Mr\u00a0Adler\u2009met\u3000Ms\u202fVarga.", "Mr Adler met Ms Varga."},
		{"tabs and runs", "The  \t minister   said.", "The minister said."},
		{"trailing spaces", "First.   \n\n   Second.  ", "First.\n\nSecond."},
		{"controls removed", "Bad\x00 \x07byte\x1b.", "Bad byte."},
		{"zero width removed", "Zero\u200bwidth\ufeff and\u00adsoft\u2060.", "Zerowidth andsoft."},
		{"bidi marks removed", "\u200fSalam\u200e said\u202a it\u202c.", "Salam said it."},
		{"zwnj kept in persian", "می\u200cخواهم", "می\u200cخواهم"},
		{"zwnj dropped after ascii", "a\u200cb", "ab"},
		{"nfc", "Zaja\u0301rova and Andre\u0301i", "Zajárova and Andréi"},
		{"invalid utf8", "caf\xe9 latte", "caf\ufffd latte"},
		{"paragraph separator", "One.\u2029Two.", "One.\n\nTwo."},
		{"many blank lines", "One.\n\n\n\n\nTwo.", "One.\n\nTwo."},
		{"leading and trailing blank lines", "\n\n  One.\n\n", "One."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Clean(tc.in); got != tc.want {
				t.Errorf("Clean(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestCleanLayout(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{
			name: "one paragraph a line",
			in:   "The ministers met in Selva on Tuesday to restart the talks over the disputed harbour after months of silence.\nBoth sides said the meeting was useful, and a second round is planned for April in the same city.",
			want: "The ministers met in Selva on Tuesday to restart the talks over the disputed harbour after months of silence.\n\nBoth sides said the meeting was useful, and a second round is planned for April in the same city.",
		},
		{
			name: "hard wrapped paragraph joined",
			in: "The foreign ministers of Valdoria and Marenland met on Tuesday\n" +
				"in the port city of Selva to restart negotiations over the\n" +
				"disputed harbour. It was their first meeting since the talks\n" +
				"Collapsed in autumn.\n" +
				"\n" +
				"A second paragraph follows here.",
			want: "The foreign ministers of Valdoria and Marenland met on Tuesday in the port city of Selva to restart negotiations over the disputed harbour. It was their first meeting since the talks Collapsed in autumn.\n\nA second paragraph follows here.",
		},
		{
			name: "hard wrapped short last line ends paragraph",
			in: "Talks resume in Ankara\n" +
				"The delegations met on Monday for the first time since the war\n" +
				"began, officials said.\n" +
				"Mediators hope for progress.",
			want: "Talks resume in Ankara\n\nThe delegations met on Monday for the first time since the war began, officials said.\n\nMediators hope for progress.",
		},
		{
			name: "hyphenated wrap",
			in:   "The talks were described as a well-\nknown ritual.",
			want: "The talks were described as a well-known ritual.",
		},
		{
			name: "list kept as lines",
			in:   "The demands were:\n- withdrawal of the patrol boats\n- compensation for the pier\n  and the fishing fleet\n1. A second list\nAfter the list, text.",
			want: "The demands were:\n- withdrawal of the patrol boats\n- compensation for the pier and the fishing fleet\n1. A second list\n\nAfter the list, text.",
		},
		{
			name: "byline lines become paragraphs",
			in:   "By Mira Castell\nCoastal Ledger\n14 March 2023",
			want: "By Mira Castell\n\nCoastal Ledger\n\n14 March 2023",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Clean(tc.in)
			if got != tc.want {
				t.Errorf("Clean(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
			if again := Clean(got); again != got {
				t.Errorf("not idempotent:\n once %q\ntwice %q", got, again)
			}
		})
	}
}

func TestCleanDebris(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{
			name: "trailing player controls",
			in:   "The delegations met in Ankara on Monday.\nHide player controls\nHide resume playing",
			want: "The delegations met in Ankara on Monday.",
		},
		{
			name: "leading and inner widget lines",
			in:   "Skip Ad\nMute\n0:00 / 2:31\nPlay Video\nThe delegations met in Ankara.\n\nShare on Facebook\nFollow us on Twitter\n\nThey will meet again.\nSubscribe to our newsletter\nAccept all cookies\nManage preferences",
			want: "The delegations met in Ankara.\n\nThey will meet again.",
		},
		{
			name: "read also and related lines",
			in:   "The delegations met in Ankara.\nRead also: Storm hits the coast as ferries stay in port\nRelated: Fishermen stranded\nREAD MORE\nAdvertisement\nThey will meet again.",
			want: "The delegations met in Ankara.\n\nThey will meet again.",
		},
		{
			name: "glued at paragraph start",
			in:   "Hide resume playingThe spokeswoman said the talks would go on.",
			want: "The spokeswoman said the talks would go on.",
		},
		{
			name: "several glued labels",
			in:   "Hide player controlsHide resume playingThe spokeswoman said so.",
			want: "The spokeswoman said so.",
		},
		{
			name: "glued time display",
			in:   "0:00 / 2:31Officials confirmed the visit.",
			want: "Officials confirmed the visit.",
		},
		{
			name: "glued at paragraph end",
			in:   "The resolution was adopted.Hide player controlsHide resume playing",
			want: "The resolution was adopted.",
		},
		{
			name: "spaced label at paragraph end",
			in:   "The resolution was adopted on Friday. Read more",
			want: "The resolution was adopted on Friday.",
		},
		{
			name: "glued between sentences",
			in:   "The resolution was adopted.AdvertisementThe vote was close.",
			want: "The resolution was adopted. The vote was close.",
		},
		{
			name: "brand glued word kept",
			in:   "PlayStation sales rose in Valdoria.",
			want: "PlayStation sales rose in Valdoria.",
		},
		{
			name: "youtube kept after glued label",
			in:   "Play VideoYouTube removed the channel.",
			want: "YouTube removed the channel.",
		},
		{
			name: "real sentences with interface words",
			in: "Russia controls the port.\nBoth sides share the blame.\nThe mediators asked them to play a constructive role.\n" +
				"Talks resume in Ankara\nFollow the money\nShare prices fell\n\u201cFull Control\u201d\nWatch this space, he said.",
			want: "Russia controls the port.\n\nBoth sides share the blame.\n\nThe mediators asked them to play a constructive role.\n\n" +
				"Talks resume in Ankara\n\nFollow the money\n\nShare prices fell\n\n\u201cFull Control\u201d\n\nWatch this space, he said.",
		},
		{
			name: "live blog time kept",
			in:   "10:30\nThe minister arrived at the palace.",
			want: "10:30\n\nThe minister arrived at the palace.",
		},
		{
			name: "lower-case wrapped fragment kept",
			in:   "The two sides agreed to\nshare the video recordings with the mediators.",
			want: "The two sides agreed to share the video recordings with the mediators.",
		},
		{
			name: "quoted subheading kept",
			in:   "First paragraph.\n\n\u201cTough Balance\u201d\n\n\n\nNext paragraph.",
			want: "First paragraph.\n\n\u201cTough Balance\u201d\n\nNext paragraph.",
		},
		{
			name: "only debris",
			in:   "Hide player controls\nHide resume playing",
			want: "",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Clean(tc.in)
			if got != tc.want {
				t.Errorf("Clean(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
			if again := Clean(got); again != got {
				t.Errorf("not idempotent:\n once %q\ntwice %q", got, again)
			}
		})
	}
}

func TestKeepDebris(t *testing.T) {
	in := "The delegations met.\nHide player controls"
	want := "The delegations met.\n\nHide player controls"
	if got := CleanWith(in, Options{KeepDebris: true}); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestIsDebrisLine(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Hide player controls", true},
		{"Hide resume playing", true},
		{"Skip Ad", true},
		{"Mute", true},
		{"Play Video", true},
		{"0:00 / 2:31", true},
		{"Accept all cookies", true},
		{"Manage preferences", true},
		{"Share on Facebook", true},
		{"Subscribe to our newsletter", true},
		{"Follow us on Twitter", true},
		{"Read more", true},
		{"Read also: Talks resume in Ankara", true},
		{"Related: Talks resume in Ankara", true},
		{"Advertisement", true},
		{"• Share on WhatsApp", true},
		{"Sign in | Log in", true},
		{"Loaded: 0%", true},
		{"Current Time 0:00", true},
		{"Duration 2:31", true},
		{"Play for time", false},
		{"‘Full Control’", false},
		{"Next steps", false},
		{"Image source, Getty Images", true},
		{"Talks resume in Ankara", false},
		{"Russia controls the port.", false},
		{"Both sides share the blame.", false},
		{"Play resumes at Wimbledon", false},
		{"\u201cTough Balance\u201d", false},
		{"10:30", false},
		{"2022", false},
		{"share the video", false},
		{"Watch this video.", false},
		{"Related to the talks, the minister said nothing new about the harbour or the fleet or anything else at all today", false},
	}
	for _, tc := range tests {
		if got := isDebrisLine(tc.line); got != tc.want {
			t.Errorf("isDebrisLine(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// findRepoRoot walks up from the working directory to the directory holding
// go.mod.
func findRepoRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the working directory")
		}
		dir = parent
	}
}

// seedsDir returns the directory of the example articles, or skips.
func seedsDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(findRepoRoot(t), "..", "shared", "seeds")
	if env := os.Getenv("PARLEY_SEEDS"); env != "" {
		dir = env
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("seed articles not found at %s (set PARLEY_SEEDS): %v", dir, err)
	}
	return dir
}

// TestSeeds checks the example articles: the player-control lines at the end
// of seed 000 are removed, every sentence of both seeds is kept, and the
// quoted subheading of seed 004 stays.
func TestSeeds(t *testing.T) {
	dir := seedsDir(t)
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("no seed articles in %s", dir)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		in := string(b)
		out := Clean(in)
		if Clean(out) != out {
			t.Errorf("%s: not idempotent", filepath.Base(f))
		}
		// Every line of the input that ends a sentence must survive whole.
		kept := 0
		for _, line := range strings.Split(in, "\n") {
			line = strings.TrimSpace(line)
			if line == "" {
				continue
			}
			if isDebrisLine(line) {
				t.Logf("%s: dropped %q", filepath.Base(f), line)
				continue
			}
			kept++
			if !strings.Contains(out, line) {
				t.Errorf("%s: line lost or changed: %.80q", filepath.Base(f), line)
			}
		}
		if kept == 0 {
			t.Errorf("%s: nothing kept", filepath.Base(f))
		}
		for _, bad := range []string{"Hide player controls", "Hide resume playing"} {
			if strings.Contains(out, bad) {
				t.Errorf("%s: debris %q kept", filepath.Base(f), bad)
			}
		}
		if strings.HasPrefix(filepath.Base(f), "004") && !strings.Contains(out, "\u201cTough Balance\u201d") {
			t.Errorf("%s: subheading lost", filepath.Base(f))
		}
		if strings.HasPrefix(filepath.Base(f), "000") {
			if !strings.HasSuffix(out, "already transferred to Kiev.") {
				t.Errorf("%s: unexpected end %q", filepath.Base(f), out[max(0, len(out)-60):])
			}
		}
	}
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{
		"",
		"The delegations met in Ankara.\nHide player controls\nHide resume playing",
		"Hide resume playingThe spokeswoman said.",
		"The demands:\n- one\n- two\nthree\n\nEnd.",
		"a\u200c\u200db\u00a0c\r\nd\u2029e",
		"caf\xe9\x00\x1b",
		"line one is short\nLine two is a bit longer than the first one here\nand three",
		"The vote.AdvertisementThe end. Read more",
		"Zaja\u0301rova\u200b",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Clean(s)
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 output %q", out)
		}
		if again := Clean(out); again != out {
			t.Fatalf("not idempotent for %q:\n once %q\ntwice %q", s, out, again)
		}
		if strings.TrimSpace(out) != out {
			t.Fatalf("leading or trailing space in %q", out)
		}
		if strings.Contains(out, "\n\n\n") || strings.Contains(out, "  ") || strings.Contains(out, "\r") {
			t.Fatalf("bad whitespace in %q", out)
		}
		if len(out) > 3*len(s) {
			t.Fatalf("output grew too much: %d -> %d bytes", len(s), len(out))
		}
	})
}
