package clean

// The debris lexicon. Scraped news pages carry the labels of the widgets
// around the article: video-player controls, cookie banners, share and
// subscribe buttons, "read more" links. These labels are short phrases built
// from a small, closed vocabulary of interface verbs and nouns, which is what
// the rules in debris.go look for. Nothing here is a whole phrase copied from
// any page: a line is debris when every word in it is in one of these tables
// (see isDebrisLine), so "Hide player controls" is debris because "hide",
// "player" and "controls" are all interface words, while "Russia controls the
// port." and "Talks resume in Ankara" are not ("russia", "port", "talks",
// "ankara" are not interface words, and the first ends a sentence).
//
// To extend the lexicon, add lower-case words to uiWords (or fillerWords for
// function words that may appear in a label but never make one on their own),
// then add a test line to debris_test.go showing a real sentence that must
// survive.

// uiWords are the interface verbs and nouns. A debris phrase needs at least
// one of them.
var uiWords = setOf(
	// imperative interface verbs
	"hide", "show", "skip", "play", "pause", "replay", "resume", "stop",
	"mute", "unmute", "share", "subscribe", "unsubscribe", "follow",
	"accept", "reject", "decline", "manage", "close", "open", "sign", "log",
	"login", "logout", "register", "download", "print", "read", "watch",
	"listen", "save", "bookmark", "tweet", "pin", "copy", "click", "tap",
	"expand", "collapse", "enable", "disable", "allow", "agree", "load",
	"loading", "loaded", "toggle", "scroll", "zoom", "exit", "reply",
	"continue", "next", "previous", "prev", "back", "more", "less", "search",
	"upgrade", "join", "dismiss", "cancel", "ok", "okay", "got",
	// interface nouns and adjectives
	"player", "controls", "control", "playing", "playback", "video", "videos",
	"audio", "podcast", "cookies", "cookie", "preferences", "preference",
	"settings", "setting", "privacy", "consent", "newsletter", "newsletters",
	"ad", "ads", "advert", "adverts", "advertisement", "advertising",
	"sponsored", "promoted", "captions", "caption", "subtitles", "subtitle",
	"fullscreen", "full", "screen", "volume", "sound", "chapters", "quality",
	"speed", "autoplay",
	"live", "button", "page", "article", "story", "comments", "comment",
	"alerts", "notifications", "app", "account", "gallery", "photo",
	"photos", "image", "images", "slideshow", "transcript", "related",
	"recommended", "top", "menu", "home", "link", "email", "e-mail", "mail",
	"sms", "rss", "feed", "playlist", "info",
	// social networks and messengers, as they appear on share buttons
	"facebook", "twitter", "x", "linkedin", "telegram", "instagram",
	"youtube", "tiktok", "reddit", "pinterest", "messenger", "whatsapp",
	"vk", "flipboard", "bluesky", "mastodon", "threads", "viber",
)

// mediaWords count as interface words only next to a media time ("Current
// Time 0:00", "Duration 2:31"); elsewhere they are content words ("Play for
// time").
var mediaWords = setOf("time", "current", "remaining", "duration", "elapsed", "total")

// strongWords may make a glued debris phrase on their own: "AdvertisementThe
// minister said" is split, while "PlayStation" is not, because a single weak
// interface word ("Play") glued to a capitalised word is as likely a brand
// name as debris.
var strongWords = setOf("advertisement", "advertising", "sponsored", "promoted")

// fillerWords may appear in a label ("Subscribe to our newsletter", "Follow
// us on Twitter") but do not count as interface words.
var fillerWords = setOf(
	"to", "our", "the", "a", "an", "us", "this", "all", "and", "or", "of",
	"for", "in", "with", "your", "you", "via", "me", "here", "by", "at",
	"from", "again", "out", "on", "up", "off", "now", "it", "also",
)

// labels are line openings that mark a whole line as a link to another page
// or a media credit when they are followed by a colon (or, for the "image"
// and "media" labels, a comma): "Read also: Storm hits the coast",
// "Related: ...", "Photo: ...". Such a line of at most maxLabelWords words is
// debris whatever follows the label.
var labels = []string{
	"read also", "read more", "also read", "see also", "related",
	"related articles", "related article", "related stories", "related story",
	"related news", "related content", "related topics", "related coverage",
	"more on this story", "more on this topic", "recommended",
	"recommended reading", "you may also like", "you might also like",
	"don't miss", "must read", "watch", "listen", "photo", "photos", "image",
	"image source", "image caption", "media caption", "video", "picture",
	"credit", "advertisement",
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
