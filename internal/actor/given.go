package actor

import (
	"strings"

	"github.com/parley-news/parley/internal/names"
)

// givenGender maps common given names, folded, to the gender they usually
// carry ("m" or "f"), so that a person the knowledge base lacks can still
// agree with "he" or "she". Names used for both genders are left out; the
// list was written for this project.
var givenGender = map[string]string{}

func init() {
	for _, w := range strings.Fields(`
		james john robert michael william david richard joseph thomas charles christopher daniel
		matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
		ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
		scott brandon benjamin samuel gregory frank alexander raymond patrick jack dennis jerry
		tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy harold
		keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan
		joe billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene
		vincent russell louis philip bobby johnny bradley tom bill jim mike bob dick ted ben
		hans klaus jurgen wolfgang helmut gerhard olaf frank-walter emmanuel francois jacques
		nicolas pierre jean-yves jean-marc luigi giuseppe mario matteo silvio sergio pedro carlos
		luis jorge miguel manuel antonio francisco javier fernando alberto ricardo eduardo rafael
		vladimir dmitry dmitri sergey sergei andrei andrey alexei alexey mikhail nikolai ivan igor
		yuri boris oleg viktor volodymyr petro arseniy denys dmytro oleksii oleksiy mykhailo
		vitali vitaliy kirill maxim konstantin valery vasily anatoly gennady leonid pavel ruslan
		ramzan yevgeny evgeny
		mohammed mohamed muhammad mohammad ahmed ahmad ali hassan hussein hussain omar umar
		abdullah abdel abdul khalid khaled mahmoud mustafa mostafa ibrahim ismail youssef yousef
		yusuf hamid hamad tamim salman faisal fahd nasser saeed said sami karim hamza bashar
		hafez recep tayyip mevlut hakan ahmet mehmet ebrahim hossein javad abbas masoud mahmud
		benjamin naftali yair avigdor ehud ariel shimon yitzhak moshe benny isaac yoav
		narendra rahul amit rajnath subrahmanyam imran nawaz shehbaz asif
		shinzo fumio yoshihide yoon jair luiz lula javier gustavo andres nicolas
		joko cyril jacob uhuru william paul abiy yoweri muhammadu bola emmerson
		`) {
		givenGender[w] = "m"
	}
	for _, w := range strings.Fields(`
		mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
		margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah
		stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela
		nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria
		heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn
		judith megan cheryl hannah martha jacqueline frances gloria ann teresa kathryn sara
		janice alice madison doris abigail julia judy grace denise amber marilyn beverly
		danielle theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla
		hillary condoleezza madeleine nancy kamala theresa angela ursula annalena christine
		federica kaja giorgia marine segolene ségolène liz sanna mette jacinda
		maria mariya marina natalia natalya olga tatiana tatyana svetlana elena yelena irina
		anna ekaterina yekaterina valentina lyudmila ludmila galina iryna yulia yuliya oksana
		olena victoria viktoria daria
		fatima aisha ayesha khadija zainab maryam mariam leila layla noor nour rania hind
		benazir indira sonia priyanka nirmala sushma smriti
		dilma michelle cristina gabriela
		golda tzipi ayelet
		`) {
		givenGender[w] = "f"
	}
}

// nameGender guesses a person's gender from the first given name of a
// name ("Tom Brandt" → "m"); "" when the name is unknown or ambiguous.
func nameGender(name string) string {
	for _, w := range strings.Fields(names.Fold(name)) {
		w = strings.Trim(w, ".")
		switch w {
		case "mr", "sir", "lord", "sheikh", "sheik", "king", "prince":
			return "m"
		case "mrs", "ms", "miss", "dame", "lady", "queen", "princess":
			return "f"
		}
		if honorifics[w] {
			continue
		}
		return givenGender[w]
	}
	return ""
}
