package resolve

import (
	"strings"

	"chronicle"
)

// givenGenders gives people a gender from their given name when no
// honorific, title or pronoun has: "Olena Kovalenko" is a woman,
// "Friedrich Merz" a man. Only the first word of a name in two words or
// more counts, so a surname that is also a given name ("Harris") says
// nothing.
func (r *resolver) givenGenders() {
	for _, ent := range r.ents {
		if ent.typ != chronicle.Person || ent.gender != 0 || ent.fullWords < 2 {
			continue
		}
		first, _, _ := strings.Cut(ent.full, " ")
		ent.gender = givenNames[strings.ToLower(first)]
	}
}

// givenNames are given names common in the news whose bearers are almost
// all of one gender. Names borne by both ("Jordan", "Kim", "Aung"), or by
// men in one language and women in another ("Nicola", "Jean", "Simone"),
// are left out.
var givenNames = genderList(map[byte]string{
	'f': `abigail ada alice amanda amy ana angela angelina ann anna anne annalena antonia barbara beata benazir
		betty brenda bridget carla carmen caroline carolyn catherine cecilia charlotte christina christine
		claire claudia condoleezza cristina dalia diana diane dianne dilma dora elena elisabeth elizabeth
		ellen elsa emily emma eva frances gabriela giorgia golda hannah harriet helen helle hilary
		hillary ines indira irene irina iryna isabel jacinda jane janet jennifer jessica joanna josephine
		judith julia julie kamala karen kate katherine kathleen kathy kirsten kristalina kristi laura lauren
		linda lisa liz louise lucy madeleine margaret margarethe maria marie marina marine marjorie martha
		mary melania michelle mia monica nancy natalia natalie nikki olena olga oksana patricia penny
		priti rachel rebecca roberta rosa ruth sahra samantha sandra sarah segolene ségolène sheila
		sonia sophie stella susan suzanne svetlana tamsin tatiana theresa tulsi ursula valentina valerie
		victoria virginia yulia yvette`,
	'm': `abdel abdullah ahmad ahmed ahmet alan alexander alexei alexey ali andrei andrés andres andrew andriy
		anthony antonio ariel ashraf bashar benjamin bernie bertie bill boris brett brian carlos charles
		chris christopher chuck cyril dan daniel david dennis devin dmitry donald ed edward ehud emmanuel
		enda evo fernando fidel francis françois francois fred friedrich fumio george gerhard gerry gordon
		gustavo hamid harry hassan helmut henry hosni hugo ian imran ismail jacob jacques jair james javier
		jean jeb jeremy jim joe john joseph junichiro justin keir keith kevin khalid larry luiz mahmoud
		malcolm manmohan marco mario mark martin matteo michael mike mitt mohamed mohammad mohammed muhammad
		naftali narendra nawaz ned nelson newt nick nicolas nicolás nigel nouri olaf omar osama paul pedro
		peter petro pierre rahul raúl raul recep richard rick rishi robert ron saddam scott sergei sergey
		shimon shinzo silvio stephen steve steven takeshi ted thabo thomas tony travis vince viktor
		vladimir volodymyr wally william yair yasser yitzhak yoshihide`,
})

func genderList(lists map[byte]string) map[string]byte {
	m := map[string]byte{}
	for g, names := range lists {
		for _, n := range strings.Fields(names) {
			m[n] = g
		}
	}
	return m
}
