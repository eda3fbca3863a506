package resolve

import (
	"fmt"
	"strings"
	"testing"

	"chronicle"
	"chronicle/internal/gazetteer"
	"chronicle/internal/tokenize"
)

// markedDoc builds a Document from text in which the recognizer's names
// are marked "[P Donald Trump]": P for PERSON, O for ORG, L for LOC, M for
// MISC. The marks are removed from the article text.
func markedDoc(t testing.TB, marked string) *chronicle.Document {
	t.Helper()
	types := map[byte]chronicle.EntityType{'P': chronicle.Person, 'O': chronicle.Organization, 'L': chronicle.Location, 'M': chronicle.Misc}
	var b strings.Builder
	var names []chronicle.Name
	for i := 0; i < len(marked); i++ {
		if marked[i] != '[' {
			b.WriteByte(marked[i])
			continue
		}
		end := strings.IndexByte(marked[i:], ']')
		typ, ok := types[marked[i+1]]
		if end < 0 || !ok || marked[i+2] != ' ' {
			t.Fatalf("bad mark at byte %d of %q", i, marked)
		}
		inner := marked[i+3 : i+end]
		names = append(names, chronicle.Name{Span: chronicle.Span{Start: b.Len(), End: b.Len() + len(inner)}, Type: typ, Score: 1})
		b.WriteString(inner)
		i += end
	}
	a := &chronicle.Article{Text: b.String()}
	d := chronicle.NewDocument(a)
	d.Sentences, d.Tokens = tokenize.Tokenize(a.Text)
	d.Names = names
	return d
}

// describeEntity writes an entity compactly:
// "Donald Trump PERSON USA [President] name:Donald Trump name:Trump".
func describeEntity(e chronicle.Entity) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s %s %v", e.Name, e.Type, e.Country, e.Roles)
	for _, m := range e.Mentions {
		fmt.Fprintf(&b, " %s:%s", m.Kind, m.Text)
	}
	return b.String()
}

// checkRecord verifies what every result must satisfy: ids in order,
// mentions sorted, each mention's text the text it spans.
func checkRecord(t *testing.T, d *chronicle.Document, ents []chronicle.Entity) {
	t.Helper()
	prev := -1
	for i, e := range ents {
		if want := chronicle.EntityID(fmt.Sprintf("E%d", i+1)); e.ID != want {
			t.Errorf("entity %d has id %s, want %s", i, e.ID, want)
		}
		if len(e.Mentions) == 0 {
			t.Fatalf("%s has no mentions", e.ID)
		}
		if e.Mentions[0].Start < prev {
			t.Errorf("%s first mentioned at %d, before the entity ahead of it (%d)", e.ID, e.Mentions[0].Start, prev)
		}
		prev = e.Mentions[0].Start
		if e.Roles == nil {
			t.Errorf("%s: Roles is nil", e.ID)
		}
		for j, m := range e.Mentions {
			if !m.Valid(len(d.Article.Text)) || d.Text(m.Span) != m.Text {
				t.Errorf("%s mention %q at %d:%d does not match the text", e.ID, m.Text, m.Start, m.End)
			}
			if j > 0 && m.Start < e.Mentions[j-1].Start {
				t.Errorf("%s mentions out of order at %d", e.ID, j)
			}
		}
	}
}

func TestEntities(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		name string
		text string
		want []string // entities, as describeEntity writes them
	}{
		{
			name: "title with a country, then the surname and a description",
			text: "[L US] President [P Donald Trump] arrived on Monday. [P Trump] met reporters, and the [L US] president left.",
			want: []string{
				"US LOC USA [] name:US name:US",
				"Donald Trump PERSON USA [President] name:Donald Trump name:Trump nominal:the US president",
			},
		},
		{
			name: "demonym leader, a bare title and a description by demonym",
			text: "[M Ukrainian] leader [P Volodymyr Zelenskyy] flew in. President [P Zelenskyy] spoke first. Later the [M Ukrainian] president took questions.",
			want: []string{
				"Ukrainian MISC UKR [] name:Ukrainian name:Ukrainian",
				"Volodymyr Zelenskyy PERSON UKR [President] name:Volodymyr Zelenskyy name:Zelenskyy nominal:the Ukrainian president",
			},
		},
		{
			name: "a seat of power stays in the role and gives the country",
			text: "[L White House] press secretary [P Karoline Leavitt] said the talks went well.",
			want: []string{
				"White House ORG USA [] name:White House",
				"Karoline Leavitt PERSON USA [White House press secretary] name:Karoline Leavitt",
			},
		},
		{
			name: "a possessor lends its country to an apposition before the name",
			text: "British Prime Minister [P Keir Starmer] spoke. [P Starmer]'s chief of staff, [P Morgan McSweeney], stayed behind.",
			want: []string{
				"Keir Starmer PERSON GBR [Prime Minister] name:Keir Starmer name:Starmer",
				"Morgan McSweeney PERSON GBR [chief of staff] name:Morgan McSweeney",
			},
		},
		{
			name: "apposition after the name, with a country's possessive",
			text: "[P Sergei Lavrov], [L Russia]'s foreign minister, said the offer stood.",
			want: []string{
				"Sergei Lavrov PERSON RUS [foreign minister] name:Sergei Lavrov",
				"Russia LOC RUS [] name:Russia",
			},
		},
		{
			name: "apposition after the name, with of and a country",
			text: "They met [P Hakan Fidan], the foreign minister of [L Turkey], in the morning.",
			want: []string{
				"Hakan Fidan PERSON TUR [foreign minister] name:Hakan Fidan",
				"Turkey LOC TUR [] name:Turkey",
			},
		},
		{
			name: "the Pope is known by title and one name and acts for the Vatican",
			text: "Crowds gathered for Pope [P Francis]. [P Francis] had led the church since 2013.",
			want: []string{
				"Pope Francis PERSON VAT [Pope] name:Francis name:Francis",
			},
		},
		{
			name: "a title the recognizer kept inside the name is moved out",
			text: "[P President Emmanuel Macron] and [P Macron]'s aides arrived.",
			want: []string{
				"Emmanuel Macron PERSON  [President] name:Emmanuel Macron name:Macron",
			},
		},
		{
			name: "initials spaced, dotted or run together are one name",
			text: "Vice President [P J D Vance] spoke. [P J.D. Vance] then left, and [P JD Vance] was not seen again. [P Vance] declined to comment.",
			want: []string{
				"J.D. Vance PERSON  [Vice President] name:J D Vance name:J.D. Vance name:JD Vance name:Vance",
			},
		},
		{
			name: "a surname goes to the person named last before it",
			text: "[P Bill Clinton] arrived first. [P Hillary Clinton] followed him. [P Clinton] spoke for an hour.",
			want: []string{
				"Bill Clinton PERSON  [] name:Bill Clinton pronoun:him",
				"Hillary Clinton PERSON  [] name:Hillary Clinton name:Clinton",
			},
		},
		{
			name: "a surname before the full name still joins it",
			text: "[P Sanchez] won. Spanish Prime Minister [P Pedro Sanchez] thanked voters.",
			want: []string{
				"Pedro Sanchez PERSON ESP [Prime Minister] name:Sanchez name:Pedro Sanchez",
			},
		},
		{
			name: "a given name alone joins the one person it begins",
			text: "[P Nicola Calipari] drove the car. Witnesses said [P Nicola] shielded the passenger.",
			want: []string{
				"Nicola Calipari PERSON  [] name:Nicola Calipari name:Nicola",
			},
		},
		{
			name: "a full name the recognizer mistyped joins its surname",
			text: "[O Adriaan Vlok] apologised. [P Vlok] said so twice, and [P Vlok] wept.",
			want: []string{
				"Adriaan Vlok PERSON  [] name:Adriaan Vlok name:Vlok name:Vlok",
			},
		},
		{
			name: "an organisation's name does not take a person's surname",
			text: "The [O Ministry of Hope] opened. [P Hope] was not there.",
			want: []string{
				"Ministry of Hope ORG  [] name:Ministry of Hope",
				"Hope PERSON  [] name:Hope",
			},
		},
		{
			name: "words the recognizer took into a person's name are put back",
			text: "[P Australian Greens Senator Kerry Nettle] objected, and [P Nettle said] so. [P Frederik de Klerk] agreed.",
			want: []string{
				"Kerry Nettle PERSON AUS [Greens Senator] name:Kerry Nettle name:Nettle",
				"Frederik de Klerk PERSON  [] name:Frederik de Klerk",
			},
		},
		{
			name: "a person's name cut in two is joined",
			text: "[M Ukrainian] leader [P Volodymyr] [P Zelenskyy] arrived.",
			want: []string{
				"Ukrainian MISC UKR [] name:Ukrainian",
				"Volodymyr Zelenskyy PERSON UKR [leader] name:Volodymyr Zelenskyy",
			},
		},
		{
			name: "an organisation takes the country of a region in its name",
			text: "The [O Northern Ireland Assembly] met in [L Northern Ireland], not in [L Britain].",
			want: []string{
				"Northern Ireland Assembly ORG GBR [] name:Northern Ireland Assembly",
				"Northern Ireland LOC GBR [] name:Northern Ireland",
				"Britain LOC GBR [] name:Britain",
			},
		},
		{
			name: "an honorific is not part of the name and gives a gender",
			text: "[P Tony Blair] spoke. Mr [P Blair] said he would stay. [P Mr. Blair] was cheered.",
			want: []string{
				"Tony Blair PERSON  [] name:Tony Blair name:Blair pronoun:he name:Blair",
			},
		},
		{
			name: "pronouns in the same sentence and the next",
			text: "[P Angela Merkel] said she was tired. Her party disagreed.",
			want: []string{
				"Angela Merkel PERSON  [] name:Angela Merkel pronoun:she pronoun:Her",
			},
		},
		{
			name: "of two people in the sentence before, a pronoun takes its subject",
			text: "[P Vladimir Putin] met [P Xi Jinping] in Moscow. He said little.",
			want: []string{
				"Vladimir Putin PERSON  [] name:Vladimir Putin pronoun:He",
				"Xi Jinping PERSON  [] name:Xi Jinping",
			},
		},
		{
			name: "no pronoun link when two people could be meant",
			text: "[P Vladimir Putin] and [P Xi Jinping] met in Moscow. He said little.",
			want: []string{
				"Vladimir Putin PERSON  [] name:Vladimir Putin",
				"Xi Jinping PERSON  [] name:Xi Jinping",
			},
		},
		{
			name: "an object pronoun looks past the subject of its own clause",
			text: "[P Ilham Aliyev] spoke first. [P Nikol Pashinyan] thanked him and said he agreed.",
			want: []string{
				"Ilham Aliyev PERSON  [] name:Ilham Aliyev pronoun:him",
				"Nikol Pashinyan PERSON  [] name:Nikol Pashinyan pronoun:he",
			},
		},
		{
			name: "an object pronoun after a clause break may be the subject",
			text: "[P Donald Tusk] said the critics had misread him.",
			want: []string{
				"Donald Tusk PERSON  [] name:Donald Tusk pronoun:him",
			},
		},
		{
			name: "no pronoun link across a sentence without the person",
			text: "[P Olaf Scholz] left early. The meeting went on. He was not missed.",
			want: []string{
				"Olaf Scholz PERSON  [] name:Olaf Scholz",
			},
		},
		{
			name: "a country's possessive before a name gives its country",
			text: "[L Russia]'s [P Vladimir Putin] spoke by phone.",
			want: []string{
				"Russia LOC RUS [] name:Russia",
				"Vladimir Putin PERSON RUS [] name:Vladimir Putin",
			},
		},
		{
			name: "former stays in the role",
			text: "Former [L US] President [P Barack Obama] campaigned in [L Ohio].",
			want: []string{
				"US LOC USA [] name:US",
				"Barack Obama PERSON USA [Former President] name:Barack Obama",
				"Ohio LOC USA [] name:Ohio",
			},
		},
		{
			name: "demonyms and countries are not people",
			text: "[P Ukrainian] officials and [P Ukraine] signed; [O France] agreed.",
			want: []string{
				"Ukrainian MISC UKR [] name:Ukrainian",
				"Ukraine LOC UKR [] name:Ukraine",
				"France LOC FRA [] name:France",
			},
		},
		{
			name: "places the gazetteer takes for one are one entity",
			text: "Talks in [L Kyiv] ended. In [L Kiev], officials disagreed.",
			want: []string{
				"Kyiv LOC UKR [] name:Kyiv name:Kiev",
			},
		},
		{
			name: "a capital written with a comma is one name",
			text: "They met in [L Washington], [L DC], in February. [L Washington] said no.",
			want: []string{
				"Washington, DC LOC USA [] name:Washington, DC name:Washington",
			},
		},
		{
			name: "a hyphenated pair of countries is split",
			text: "Efforts to end the [L Ukraine-Russia] war continue.",
			want: []string{
				"Ukraine LOC UKR [] name:Ukraine",
				"Russia LOC RUS [] name:Russia",
			},
		},
		{
			name: "an acronym joins the name it abbreviates",
			text: "The [O North Atlantic Treaty Organization] met. [O NATO] said it would respond.",
			want: []string{
				"North Atlantic Treaty Organization ORG  [] name:North Atlantic Treaty Organization name:NATO",
			},
		},
		{
			name: "an organisation takes the country of a demonym in its name",
			text: "The [O Russian Defence Ministry] issued a statement.",
			want: []string{
				"Russian Defence Ministry ORG RUS [] name:Russian Defence Ministry",
			},
		},
		{
			name: "a description without a country links to the one holder",
			text: "Prime Minister [P Mark Carney] and President [P Claudia Sheinbaum] met. The president said talks went well. The prime minister agreed.",
			want: []string{
				"Mark Carney PERSON  [Prime Minister] name:Mark Carney nominal:The prime minister",
				"Claudia Sheinbaum PERSON  [President] name:Claudia Sheinbaum nominal:The president",
			},
		},
		{
			name: "a description without a country that fits two holders links to no one",
			text: "President [P Lula] welcomed President [P Claudia Sheinbaum]. The president said talks went well.",
			want: []string{
				"Lula PERSON  [President] name:Lula",
				"Claudia Sheinbaum PERSON  [President] name:Claudia Sheinbaum",
			},
		},
		{
			name: "a plural description links to no one",
			text: "[M French] President [P Emmanuel Macron] hosted [M German] Chancellor [P Friedrich Merz]. The two leaders spoke.",
			want: []string{
				"French MISC FRA [] name:French",
				"Emmanuel Macron PERSON FRA [President] name:Emmanuel Macron",
				"German MISC DEU [] name:German",
				"Friedrich Merz PERSON DEU [Chancellor] name:Friedrich Merz",
			},
		},
		{
			name: "an indefinite description links to no one",
			text: "[M Italian] President [P Sergio Mattarella] spoke. A president of another country replied.",
			want: []string{
				"Italian MISC ITA [] name:Italian",
				"Sergio Mattarella PERSON ITA [President] name:Sergio Mattarella",
			},
		},
		{
			name: "a generic role is listed only when there is no other",
			text: "[M Iranian] leader [P Ali Khamenei] spoke. Supreme Leader [P Khamenei] later wrote. [M Syrian] leader [P Ahmed al-Sharaa] did not.",
			want: []string{
				"Iranian MISC IRN [] name:Iranian",
				"Ali Khamenei PERSON IRN [Supreme Leader] name:Ali Khamenei name:Khamenei",
				"Syrian MISC SYR [] name:Syrian",
				"Ahmed al-Sharaa PERSON SYR [leader] name:Ahmed al-Sharaa",
			},
		},
		{
			name: "a portfolio stays in the title and the demonym before it gives the country",
			text: "[M Spanish] Fisheries Minister [P Elena Vidal] arrived. [M Irish] Trade and Industry Minister [P Sean Byrne] did not.",
			want: []string{
				"Spanish MISC ESP [] name:Spanish",
				"Elena Vidal PERSON ESP [Fisheries Minister] name:Elena Vidal",
				"Irish MISC IRL [] name:Irish",
				"Sean Byrne PERSON IRL [Trade and Industry Minister] name:Sean Byrne",
			},
		},
		{
			name: "a day before a title is not its portfolio",
			text: "On Tuesday President [P Lula] spoke.",
			want: []string{
				"Lula PERSON  [President] name:Lula",
			},
		},
		{
			name: "a counterpart takes the country word and the other's title",
			text: "[M Spanish] Fisheries Minister [P Elena Vidal] and her [M Portuguese] counterpart, [P Rui Moreira], met in [L Lisbon].",
			want: []string{
				"Spanish MISC ESP [] name:Spanish",
				"Elena Vidal PERSON ESP [Fisheries Minister] name:Elena Vidal pronoun:her",
				"Portuguese MISC PRT [] name:Portuguese",
				"Rui Moreira PERSON PRT [Fisheries Minister] name:Rui Moreira",
				"Lisbon LOC PRT [] name:Lisbon",
			},
		},
		{
			name: "a possessor's counterpart without a comma, and a counterpart after the name",
			text: "[L Russia]'s Foreign Minister [P Sergei Lavrov] met [P Lavrov]'s [L US] counterpart [P Marco Rubio]. Later [P Wang Yi], his [M Chinese] counterpart, called.",
			want: []string{
				"Russia LOC RUS [] name:Russia",
				"Sergei Lavrov PERSON RUS [Foreign Minister] name:Sergei Lavrov name:Lavrov",
				"US LOC USA [] name:US",
				"Marco Rubio PERSON USA [Foreign Minister] name:Marco Rubio pronoun:his",
				"Wang Yi PERSON CHN [Foreign Minister] name:Wang Yi",
				"Chinese MISC CHN [] name:Chinese",
			},
		},
		{
			name: "the head word of an organisation's name refers back to it",
			text: "The [O European Commission] welcomed the deal. A spokesperson said the [O Commission] had urged it, and the commission would say more. The [O UN Security Council] met; the [O Security Council] voted.",
			want: []string{
				"European Commission ORG  [] name:European Commission name:Commission nominal:the commission",
				"UN Security Council ORG  [] name:UN Security Council name:Security Council",
			},
		},
		{
			name: "a head word joins no organisation whose name it does not end, nor across a kept prefix",
			text: "The [O European People's Party] met. The [O People's Party] did not. The [O Council] was silent.",
			want: []string{
				"European People's Party ORG  [] name:European People's Party",
				"People's Party ORG  [] name:People's Party",
				"Council ORG  [] name:Council",
			},
		},
		{
			name: "a deputy takes the country of the office when its holders share one",
			text: "[M Finnish] President [P Anna Berg] opened the session. Vice President [P Olli Rask] spoke next, and former president [P Eero Vaara] of [L Finland] listened.",
			want: []string{
				"Finnish MISC FIN [] name:Finnish",
				"Anna Berg PERSON FIN [President] name:Anna Berg",
				"Olli Rask PERSON FIN [Vice President] name:Olli Rask",
				"Eero Vaara PERSON FIN [former president] name:Eero Vaara",
				"Finland LOC FIN [] name:Finland",
			},
		},
		{
			name: "with presidents of two countries the deputy's country is not clear",
			text: "[L US] President [P Tom Hale] met [M Ukrainian] President [P Ivan Dor]. Vice President [P Ray Cole] joined them.",
			want: []string{
				"US LOC USA [] name:US",
				"Tom Hale PERSON USA [President] name:Tom Hale",
				"Ukrainian MISC UKR [] name:Ukrainian",
				"Ivan Dor PERSON UKR [President] name:Ivan Dor",
				"Ray Cole PERSON  [Vice President] name:Ray Cole",
			},
		},
		{
			name: "a service adjective between the demonym and the title",
			text: "[M Indian] naval Vice Admiral [P Ravi Nair] arrived.",
			want: []string{
				"Indian MISC IND [] name:Indian",
				"Ravi Nair PERSON IND [Vice Admiral] name:Ravi Nair",
			},
		},
		{
			name: "an organisation before 'outgoing' or 'former' is not the title's institution",
			text: "According to [O The Daily Star] outgoing President [P Leo Marek] resigned. Former [L White House] press secretary [P Ann Toll] agreed.",
			want: []string{
				"The Daily Star ORG  [] name:The Daily Star",
				"Leo Marek PERSON  [outgoing President] name:Leo Marek",
				"White House ORG USA [] name:White House",
				"Ann Toll PERSON USA [Former White House press secretary] name:Ann Toll",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkEntities(t, g, tt.text, tt.want) })
	}
}

// checkEntities resolves the marked text and compares the entities, as
// describeEntity writes them, with want.
func checkEntities(t *testing.T, g *gazetteer.Gazetteer, text string, want []string) {
	t.Helper()
	checkDocument(t, g, markedDoc(t, text), want)
}

// checkDocument resolves the entities of d and compares them, described,
// with want.
func checkDocument(t *testing.T, g *gazetteer.Gazetteer, d *chronicle.Document, want []string) {
	t.Helper()
	got := Entities(d, g)
	checkRecord(t, d, got)
	var lines []string
	for _, e := range got {
		lines = append(lines, describeEntity(e))
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("text %q\ngot:\n\t%s\nwant:\n\t%s", d.Article.Text, strings.Join(lines, "\n\t"), strings.Join(want, "\n\t"))
	}
}

func TestEntitiesPlace(t *testing.T) {
	d := markedDoc(t, "Leaders met in [L Rome] and then flew to [L Crimea].")
	got := Entities(d, gazetteer.Default())
	if len(got) != 2 {
		t.Fatalf("got %d entities, want 2", len(got))
	}
	for i, want := range []struct {
		country string
		lat     float64
	}{{"ITA", 41.9}, {"UKR", 45}} {
		p := got[i].Place
		if p == nil {
			t.Fatalf("%s has no place", got[i].Name)
		}
		if p.Country != want.country || p.Name != got[i].Name || p.Lat < want.lat-1.5 || p.Lat > want.lat+1.5 {
			t.Errorf("%s: place %+v, want country %s near latitude %.1f", got[i].Name, *p, want.country, want.lat)
		}
	}
}

// TestEntitiesAmbiguousPlace checks that a place name the gazetteer gives
// to a town abroad is read in the countries the article names.
func TestEntitiesAmbiguousPlace(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		text    string
		place   string // the entity looked at
		country string // the entity's country, "" for none
		point   bool   // whether it gets coordinates
	}{
		{"Police in [L Spain] found a device in [L Andalucía] on Monday.", "Andalucía", "ESP", false},
		{"A storm hit [L Florida] and [L Texas] overnight.", "Florida", "USA", true},
		{"Veterans from [L Australia] gathered at [L Gallipoli] in [L Turkey].", "Gallipoli", "", false},
		{"Officials in [L Iraq] said [L Baghdad] was calm.", "Baghdad", "IRQ", true},
		{"[L Baghdad] was calm, officials in [L Kuwait] said.", "Baghdad", "IRQ", true},
		{"Floods reached [L Gallipoli] on Sunday.", "Gallipoli", "ITA", true},
		// A country, a capital or a big city keeps its reading.
		{"The [L US] envoy flew to [L Georgia] to meet [L Russian] officials.", "Georgia", "GEO", true},
		{"[L Palestinian] leaders met in [L Jerusalem] on Monday.", "Jerusalem", "ISR", true},
		{"The [L US] governor of [L Puerto Rico] resigned.", "Puerto Rico", "PRI", true},
		// A city that is also a region of its country is no namesake abroad.
		{"Rockets fell on [L Gaza] , [L Israeli] officials said.", "Gaza", "PSE", true},
		// A city named in English is famous, not a namesake abroad.
		{"Envoys of [L France] and [L Iran] met in [L Geneva].", "Geneva", "CHE", true},
		// A region of a far larger country before a namesake; a region
		// before a town even beside another country's name.
		{"Voters in [L Maryland] went to the polls.", "Maryland", "USA", true},
		{"The [L US] senator flew to [L Ontario] for talks.", "Ontario", "CAN", true},
		{"Farmers in [L Montana] protested.", "Montana", "USA", true},
		// The article's countries choose among readings.
		{"The [L Bulgarian] mayor of [L Montana] resigned.", "Montana", "BGR", true},
		{"Protesters marched in [L Granada] on Sunday.", "Granada", "ESP", true},
		{"The [L Nicaraguan] police said [L Granada] was quiet.", "Granada", "NIC", true},
		// No point of its own: the country, not the capital's coordinates.
		{"Troops moved into [L Zabul] province.", "Zabul", "AFG", false},
		{"Oil workers in [L Zulia] went on strike.", "Zulia", "VEN", false},
		// Not places by themselves.
		{"Rebels in the [L North] attacked a convoy.", "North", "", false},
		{"Ships in the [L Gulf] were searched.", "Gulf", "", false},
		{"The [L AU] sent troops.", "AU", "", false},
	}
	for _, tt := range tests {
		got := entityNamed(t, g, tt.text, tt.place)
		if got.Country != tt.country || (got.Place != nil) != tt.point || (got.Place != nil && got.Place.Country != tt.country) {
			t.Errorf("%q: %s has country %q and place %+v, want %q (point %v)", tt.text, tt.place, got.Country, got.Place, tt.country, tt.point)
		}
	}
}

// TestEntitiesPlaceWithin checks that a state or country named after a
// place fixes which namesake is meant.
func TestEntitiesPlaceWithin(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		text    string
		place   string
		country string
		lat     float64 // 0: no point
	}{
		{"Recruits trained at [L Fort Lee] , [L Virginia] all summer.", "Fort Lee", "USA", 37.2},
		{"The depot at [L Fort Lee] in [L Virginia] closed.", "Fort Lee", "USA", 37.2},
		{"A ferry left [L Portland] , [L Maine] at dawn.", "Portland", "USA", 43.7},
		{"Students rallied in [L Athens] , [L Georgia] on Friday.", "Athens", "USA", 34},
		{"Students rallied in [L Athens] , [L Georgia] on Friday.", "Georgia", "USA", 33.7},
		{"Diplomats gathered in [L Tbilisi] , [L Georgia] for the talks.", "Georgia", "GEO", 41.7},
		{"Farmers met in [L Springfield] in [L Illinois].", "Springfield", "USA", 39.8},
		{"Talks opened in [L Quebec] , [L Canada] on Monday.", "Quebec", "CAN", 45.5},
		{"Fires spread across [L Washington] state this week.", "Washington", "USA", 47.6},
		// No city of the name in the state: its country, without a point.
		{"Water ran short in [L Caledonia] , [L Ontario] last month.", "Caledonia", "CAN", 0},
		// A list of places fixes nothing.
		{"Rallies across [L Israel] reached [L Haifa] , [L Acre] and [L Nazareth].", "Haifa", "ISR", 32.8},
		{"Envoys flew to [L Geneva] , [L Monaco] , [L Nairobi] and [L Lima].", "Geneva", "CHE", 46.2},
	}
	for _, tt := range tests {
		got := entityNamed(t, g, tt.text, tt.place)
		p := got.Place
		if got.Country != tt.country || (p == nil) != (tt.lat == 0) || (p != nil && (p.Country != tt.country || p.Lat < tt.lat-0.5 || p.Lat > tt.lat+0.5)) {
			t.Errorf("%q: %s has country %q and place %+v, want %q near latitude %.1f", tt.text, tt.place, got.Country, p, tt.country, tt.lat)
		}
	}
}

// entityNamed returns the entity called name in the marked text.
func entityNamed(t *testing.T, g *gazetteer.Gazetteer, text, name string) *chronicle.Entity {
	t.Helper()
	ents := Entities(markedDoc(t, text), g)
	for i := range ents {
		if ents[i].Name == name {
			return &ents[i]
		}
	}
	t.Fatalf("%q: no entity %q", text, name)
	return nil
}

func TestEntitiesEmpty(t *testing.T) {
	g := gazetteer.Default()
	for _, text := range []string{"", "No names here at all.", "he said she said"} {
		d := markedDoc(t, text)
		if got := Entities(d, g); got == nil || len(got) != 0 {
			t.Errorf("%q: got %v, want an empty non-nil list", text, got)
		}
	}
}

// TestEntitiesBadNames checks that names out of range, empty or out of
// step with the tokens are skipped, not trusted.
func TestEntitiesBadNames(t *testing.T) {
	d := markedDoc(t, "[P Lula] met [P Javier Milei] in Brasilia.")
	n := len(d.Article.Text)
	d.Names = append(d.Names,
		chronicle.Name{Span: chronicle.Span{Start: n - 3, End: n + 10}, Type: chronicle.Person},
		chronicle.Name{Span: chronicle.Span{Start: 4, End: 4}, Type: chronicle.Person},
		chronicle.Name{Span: chronicle.Span{Start: 2, End: 6}, Type: chronicle.Organization},
	)
	got := Entities(d, gazetteer.Default())
	checkRecord(t, d, got)
}

func FuzzEntities(f *testing.F) {
	for _, s := range []string{
		"US President Donald Trump met Ukrainian leader Volodymyr Zelenskyy in Rome.",
		"Zelenskyy's chief of staff, Andriy Yermak, said he was pleased.",
		"the Ukraine-Russia war; Washington, DC; Kiev-Moscow-Minsk talks",
		"Mr. Blair, the British prime minister of the United Kingdom,",
	} {
		f.Add(s)
	}
	g := gazetteer.Default()
	f.Fuzz(func(t *testing.T, text string) {
		d := chronicle.NewDocument(&chronicle.Article{Text: text})
		d.Sentences, d.Tokens = tokenize.Tokenize(text)
		// Every run of capitalised tokens is a name, its type chosen by
		// its length, so that all four types occur.
		for i := 0; i < len(d.Tokens); {
			j := i
			for j < len(d.Tokens) && d.Tokens[j].Sentence == d.Tokens[i].Sentence && capitalised(d.Text(d.Tokens[j].Span)) {
				j++
			}
			if j == i {
				i++
				continue
			}
			typ := chronicle.EntityTypes[(j-i)%4]
			d.Names = append(d.Names, chronicle.Name{Span: chronicle.Span{Start: d.Tokens[i].Start, End: d.Tokens[j-1].End}, Type: typ})
			i = j
		}
		checkRecord(t, d, Entities(d, g))
	})
}
