package timex_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"chronicle"
	"chronicle/internal/chronicletest"
	"chronicle/internal/timex"
)

// saturday is the publication day of most cases: Saturday, April 26, 2025.
var saturday = chronicle.NewDay(2025, time.April, 26)

func TestFind(t *testing.T) {
	tests := []struct {
		text   string
		anchor chronicle.Day
		want   string // the expression's text
		typ    chronicle.TimexType
		value  string
	}{
		// absolute dates
		{"The deal was signed on April 26, 2025, in Rome.", saturday, "April 26, 2025", chronicle.DateTimex, "2025-04-26"},
		{"It opened on 26 April 2025.", saturday, "26 April 2025", chronicle.DateTimex, "2025-04-26"},
		{"Filed 2025-04-26 at the registry.", saturday, "2025-04-26", chronicle.DateTimex, "2025-04-26"},
		{"Sales fell in April 2025.", saturday, "April 2025", chronicle.DateTimex, "2025-04"},
		{"Prices rose in the 1990s.", saturday, "the 1990s", chronicle.DateTimex, "199"},
		{"The law dates from 2019.", saturday, "2019", chronicle.DateTimex, "2019"},
		{"Friday, April 25, was quiet.", saturday, "Friday, April 25", chronicle.DateTimex, "2025-04-25"},
		{"The vote is on Sept. 30.", saturday, "Sept. 30", chronicle.DateTimex, "2025-09-30"},
		{"Results for the year ended March 31 were weak.", chronicle.NewDay(1989, time.November, 1), "March 31", chronicle.DateTimex, "1989-03-31"},
		{"The case opened on Jan. 14.", chronicle.NewDay(2000, time.January, 5), "Jan. 14", chronicle.DateTimex, "2000-01-14"},
		{"He ran the firm in the mid-1990s.", saturday, "the mid-1990s", chronicle.DateTimex, "199"},
		{"Growth could return in mid-2024.", saturday, "mid-2024", chronicle.DateTimex, "2024"},
		{"Revenue for fiscal 1989 rose.", saturday, "fiscal 1989", chronicle.DateTimex, "1989"},
		// a present verb right before a day looks ahead, not after "to" or "on"
		{"The two ministers meet separately Monday in Vienna.", saturday, "Monday", chronicle.DateTimex, "2025-04-28"},
		{"It was the failure of the rebels to meet the July 31 disarmament deadline.", chronicle.NewDay(2005, time.September, 2), "July 31", chronicle.DateTimex, "2005-07-31"},
		{"A ferry leaves each Friday from November 3.", chronicle.NewDay(2025, time.October, 1), "November 3", chronicle.DateTimex, "2025-11-03"},
		{"A strike carrying on from March 3 in Lagos.", chronicle.NewDay(2025, time.October, 1), "March 3", chronicle.DateTimex, "2025-03-03"},
		// a quarter named again in apposition, with the day it ended
		{"Profit rose in the third quarter. In the year-ago quarter, the fiscal second quarter ended Oct. 31, the chain lost $9 million.",
			chronicle.NewDay(2025, time.October, 20), "Oct. 31", chronicle.DateTimex, "2024-10-31"},
		{"Profit rose in the third quarter. In the year-ago quarter, the fiscal second quarter ended Oct. 31, the chain lost $9 million.",
			chronicle.NewDay(2025, time.October, 20), "the year-ago quarter", chronicle.DateTimex, "2024-Q2"},
		{"In the year-ago quarter, the fiscal second quarter ended Oct. 31, the chain lost $9 million. Results for that quarter included a charge.",
			chronicle.NewDay(2025, time.October, 20), "that quarter", chronicle.DateTimex, "2024-Q2"},
		{"Net income for the fourth quarter ended Sept. 30 rose 4%.", chronicle.NewDay(2025, time.November, 2), "Sept. 30", chronicle.DateTimex, "2025-09-30"},
		{"Sales for the fourth quarter ending Jan. 31 should rise.", chronicle.NewDay(2025, time.November, 2), "Jan. 31", chronicle.DateTimex, "2026-01-31"},
		{"Profit rose in the year-ago quarter, the second quarter ended Oct. 31, 2023, after a charge.",
			chronicle.NewDay(2025, time.October, 20), "Oct. 31, 2023", chronicle.DateTimex, "2023-10-31"},
		// weekdays
		{"Trump said on Friday that talks were productive.", saturday, "Friday", chronicle.DateTimex, "2025-04-25"},
		{"Cheung said on Saturday.", saturday, "Saturday", chronicle.DateTimex, "2025-04-26"},
		{"The talks collapsed Monday.", saturday, "Monday", chronicle.DateTimex, "2025-04-21"},
		{"The leaders will meet on Friday.", saturday, "Friday", chronicle.DateTimex, "2025-05-02"},
		{"He arrives next Friday.", saturday, "next Friday", chronicle.DateTimex, "2025-05-02"},
		{"They met last Friday.", saturday, "last Friday", chronicle.DateTimex, "2025-04-25"},
		{"The deadline was extended until Tuesday.", saturday, "Tuesday", chronicle.DateTimex, "2025-04-29"},
		{"The rally on Friday night drew crowds.", saturday, "Friday night", chronicle.DateTimex, "2025-04-25"},
		// months and years
		{"The meeting in February was tense.", saturday, "February", chronicle.DateTimex, "2025-02"},
		{"Talks will resume in June.", saturday, "June", chronicle.DateTimex, "2025-06"},
		{"They first met in December.", saturday, "December", chronicle.DateTimex, "2024-12"},
		{"a tense meeting in February this year", saturday, "February this year", chronicle.DateTimex, "2025-02"},
		{"He was elected in June last year.", saturday, "June last year", chronicle.DateTimex, "2024-06"},
		{"Exports grew this year.", saturday, "this year", chronicle.DateTimex, "2025"},
		{"Exports fell last year.", saturday, "last year", chronicle.DateTimex, "2024"},
		{"Prices rise next month.", saturday, "next month", chronicle.DateTimex, "2025-05"},
		{"The board met last week.", saturday, "last week", chronicle.DateTimex, "2025-W16"},
		{"The board meets this week.", saturday, "this week", chronicle.DateTimex, "2025-W17"},
		{"It flooded last April.", chronicle.NewDay(1989, time.October, 27), "last April", chronicle.DateTimex, "1989-04"},
		{"Figures came out earlier this month.", saturday, "earlier this month", chronicle.DateTimex, "2025-04"},
		{"A vote is due early next year.", saturday, "early next year", chronicle.DateTimex, "2026"},
		{"The company reports by the end of 1990.", saturday, "the end of 1990", chronicle.DateTimex, "1990"},
		// deictic words
		{"The two met privately today.", saturday, "today", chronicle.DateTimex, "2025-04-26"},
		{"Rain fell yesterday.", saturday, "yesterday", chronicle.DateTimex, "2025-04-25"},
		{"He flies tomorrow.", saturday, "tomorrow", chronicle.DateTimex, "2025-04-27"},
		{"He speaks tonight.", saturday, "tonight", chronicle.TimeTimex, "2025-04-26TNI"},
		{"The shelling stopped last night.", saturday, "last night", chronicle.TimeTimex, "2025-04-25TNI"},
		{"The markets opened this morning.", saturday, "this morning", chronicle.TimeTimex, "2025-04-26TMO"},
		{"The ferry sank Friday morning.", saturday, "Friday morning", chronicle.TimeTimex, "2025-04-25TMO"},
		{"The talks resume tomorrow afternoon.", saturday, "tomorrow afternoon", chronicle.TimeTimex, "2025-04-27TAF"},
		{"The talks are now stalled.", saturday, "now", chronicle.DateTimex, "PRESENT_REF"},
		{"Funding is currently frozen.", saturday, "currently", chronicle.DateTimex, "PRESENT_REF"},
		{"He recently resigned.", saturday, "recently", chronicle.DateTimex, "PAST_REF"},
		{"Peace may come in the near future.", saturday, "the near future", chronicle.DateTimex, "FUTURE_REF"},
		// durations
		{"Yermak described the 15-minute meeting as constructive.", saturday, "15-minute", chronicle.DurationTimex, "PT15M"},
		{"The war has lasted three years.", saturday, "three years", chronicle.DurationTimex, "P3Y"},
		{"Prices rose over the past two weeks.", saturday, "the past two weeks", chronicle.DurationTimex, "P2W"},
		{"Stocks hit a five-year low.", saturday, "five-year", chronicle.DurationTimex, "P5Y"},
		{"It took several months.", saturday, "several months", chronicle.DurationTimex, "PXM"},
		{"They talked for about two hours.", saturday, "about two hours", chronicle.DurationTimex, "PT2H"},
		{"Earnings for the first nine months rose.", saturday, "the first nine months", chronicle.DurationTimex, "P9M"},
		{"Prices rose in the last twenty-four hours.", saturday, "the last twenty-four hours", chronicle.DurationTimex, "PT24H"},
		// points measured from the article date
		{"He left two days ago.", saturday, "two days ago", chronicle.DateTimex, "2025-04-24"},
		{"The plant closed five years ago.", saturday, "five years ago", chronicle.DateTimex, "2020"},
		{"It was founded a decade ago.", saturday, "a decade ago", chronicle.DateTimex, "2015"},
		{"Profit rose in the third quarter. A year ago it fell.", chronicle.NewDay(1989, time.October, 26), "A year ago", chronicle.DateTimex, "1988-Q3"},
		// quarters, halves, seasons, holidays
		{"Profit rose in the third quarter.", chronicle.NewDay(1989, time.October, 26), "the third quarter", chronicle.DateTimex, "1989-Q3"},
		{"a third-quarter loss", chronicle.NewDay(1989, time.October, 26), "third-quarter", chronicle.DateTimex, "1989-Q3"},
		{"Sales rose in the fourth quarter of 1990.", saturday, "the fourth quarter of 1990", chronicle.DateTimex, "1990-Q4"},
		{"Q3 2024 was strong.", saturday, "Q3 2024", chronicle.DateTimex, "2024-Q3"},
		{"in the first half of 2024", saturday, "the first half of 2024", chronicle.DateTimex, "2024-H1"},
		{"Crops failed last summer.", saturday, "last summer", chronicle.DateTimex, "2024-SU"},
		{"The festival returns in the summer of 2026.", saturday, "the summer of 2026", chronicle.DateTimex, "2026-SU"},
		{"Shops closed on Christmas Day.", chronicle.NewDay(2024, time.December, 27), "Christmas Day", chronicle.DateTimex, "2024-12-25"},
		// times
		{"The blast came at 10:30 a.m. local time.", saturday, "10:30 a.m.", chronicle.TimeTimex, "2025-04-26T10:30"},
		{"Polls close at 8 p.m. EST.", saturday, "8 p.m. EST", chronicle.TimeTimex, "2025-04-26T20:00"},
		{"The deadline is noon Thursday.", chronicle.NewDay(1998, time.February, 10), "noon Thursday", chronicle.TimeTimex, "1998-02-12T12:00"},
		{"On Friday at 9 a.m. the doors opened.", saturday, "9 a.m.", chronicle.TimeTimex, "2025-04-25T09:00"},
		// sets
		{"The ferry sails weekly.", saturday, "weekly", chronicle.SetTimex, "P1W"},
		{"She swims every Monday.", saturday, "every Monday", chronicle.SetTimex, "XXXX-WXX-1"},
		{"Rates are reviewed each year.", saturday, "each year", chronicle.SetTimex, "P1Y"},
		// halves and years in words
		{"The plant will be shut for 5 1/2 hours.", saturday, "5 1/2 hours", chronicle.DurationTimex, "PT5H30M"},
		{"They lived abroad for two-and-a-half years.", saturday, "two-and-a-half years", chronicle.DurationTimex, "P2Y6M"},
		{"The talks lasted an hour and a half.", saturday, "an hour and a half", chronicle.DurationTimex, "PT1H30M"},
		{"She waited half an hour.", saturday, "half an hour", chronicle.DurationTimex, "PT30M"},
		{"The band formed in nineteen eighty-four.", saturday, "nineteen eighty-four", chronicle.DateTimex, "1984"},
		{"Jobs were to be doubled by the year two thousand.", chronicle.NewDay(1998, time.February, 5), "the year two thousand", chronicle.DateTimex, "2000"},
		{"It snowed in January nineteen ninety-seven.", saturday, "January nineteen ninety-seven", chronicle.DateTimex, "1997-01"},
		// "later" is a signal: the distance is a duration
		{"Three days later, the strike ended.", saturday, "Three days", chronicle.DurationTimex, "P3D"},
		// the year, the week, periods of a report
		{"Profit for the year ended June 30 rose.", chronicle.NewDay(1989, time.November, 1), "the year", chronicle.DurationTimex, "P1Y"},
		{"Sales for the full year rose 5%.", chronicle.NewDay(1989, time.November, 1), "the full year", chronicle.DateTimex, "1989"},
		{"Revenue fell in the latest fiscal year.", chronicle.NewDay(1989, time.November, 1), "the latest fiscal year", chronicle.DateTimex, "1988"},
		{"The hearing may come the week of March 6.", chronicle.NewDay(2000, time.February, 24), "the week of March 6", chronicle.DateTimex, "2000-W10"},
		{"The deal should close by year-end.", chronicle.NewDay(1989, time.November, 2), "year-end", chronicle.DateTimex, "1989"},
		{"Net rose in the third quarter. The latest period had a gain.", chronicle.NewDay(1989, time.October, 26), "The latest period", chronicle.DateTimex, "1989-Q3"},
		{"Net for the first nine months rose. A year earlier it fell.", chronicle.NewDay(1989, time.October, 26), "A year earlier", chronicle.DateTimex, "1988"},
		{"Net for the first nine months rose, against a loss in the year-earlier period.", chronicle.NewDay(1989, time.October, 26), "the year-earlier period", chronicle.DurationTimex, "P9M"},
		{"Sales fell in the third quarter, after a gain in the corresponding period last year.", chronicle.NewDay(1989, time.October, 26), "the corresponding period last year", chronicle.DateTimex, "1988-Q3"},
		{"Earnings jumped in the third quarter, after a weak second quarter. The 1989 period also had lower taxes.", chronicle.NewDay(1989, time.November, 1), "The 1989 period", chronicle.DateTimex, "1989-Q3"},
		{"Earnings jumped in the third quarter, after a weak second quarter. Costs were lower than a year ago.", chronicle.NewDay(1989, time.November, 1), "a year ago", chronicle.DateTimex, "1988-Q3"},
		{"Net rose in the third quarter and will slip through the first quarter of 1990. A year earlier it fell.", chronicle.NewDay(1989, time.October, 26), "A year earlier", chronicle.DateTimex, "1988-Q3"},
		{"The toy maker posted a profit in its fiscal second quarter. The latest period had a gain.", chronicle.NewDay(1989, time.October, 26), "The latest period", chronicle.DateTimex, "1989-Q2"},
		{"The mill lost money in the quarter ended July 31.", chronicle.NewDay(1989, time.October, 30), "the quarter", chronicle.DateTimex, "1989-Q2"},
		{"The lab made a profit in the quarter ending Sept. 30.", chronicle.NewDay(1989, time.October, 30), "the quarter", chronicle.DateTimex, "1989-Q3"},
		{"The airline earned more in the fiscal first quarter. For the quarter ended Sept. 30, net rose.", chronicle.NewDay(1989, time.October, 26), "the quarter", chronicle.DateTimex, "1989-Q1"},
		{"The bank lost money in the third quarter. This quarter's loss reflects a write-down.", chronicle.NewDay(1989, time.November, 1), "This quarter", chronicle.DateTimex, "1989-Q3"},
		{"The bank lost money in the third quarter and expects a loss this quarter.", chronicle.NewDay(1989, time.November, 1), "this quarter", chronicle.DateTimex, "1989-Q4"},
		{"Sales slid in the third quarter. Sales in last year's quarter were higher.", chronicle.NewDay(1989, time.November, 1), "last year's quarter", chronicle.DateTimex, "1988-Q3"},
		{"The bank lost money in the third quarter. In the quarter a year ago it earned $16 million.", chronicle.NewDay(1989, time.October, 26), "the quarter a year ago", chronicle.DateTimex, "1988-Q3"},
		{"The airline lost money in the first half of this year.", saturday, "the first half of this year", chronicle.DateTimex, "2025-H1"},
		{"Growth should return in the second half of next year.", saturday, "the second half of next year", chronicle.DateTimex, "2026-H2"},
		{"Payouts will rise in the fiscal year of 2027.", saturday, "the fiscal year of 2027", chronicle.DateTimex, "2027"},
		{"Mills expect weak orders into the first two quarters of 2026.", chronicle.NewDay(2025, time.October, 20), "the first two quarters of 2026", chronicle.DateTimex, "2026-H1"},
		{"Rents rose through the last half of the '70s.", chronicle.NewDay(1989, time.October, 26), "the '70s", chronicle.DateTimex, "197"},
		// anaphora
		{"The day before last Tuesday's hearing, the lawyers met.", chronicle.NewDay(2000, time.February, 24), "The day before last Tuesday", chronicle.DateTimex, "2000-02-21"},
		{"The bank moved to Ohio in 1994 and closed later that year.", saturday, "later that year", chronicle.DateTimex, "1994"},
		{"He was promoted on May 22, 1995, and the following year he retired.", saturday, "the following year", chronicle.DateTimex, "1996"},
		{"The mill burned on March 3, 1990. That same day the owners fled.", saturday, "That same day", chronicle.DateTimex, "1990-03-03"},
		{"Talks stalled in February. The following month the union struck.", saturday, "The following month", chronicle.DateTimex, "2025-03"},
		// vague phrases
		{"Margins will stay thin in the near term.", saturday, "the near term", chronicle.DateTimex, "FUTURE_REF"},
		{"Shoppers are cautious these days.", saturday, "these days", chronicle.DateTimex, "PRESENT_REF"},
		{"Prices rose in recent weeks.", saturday, "recent weeks", chronicle.DurationTimex, "PXW"},
		{"Prices rose in recent years.", saturday, "recent years", chronicle.DateTimex, "PAST_REF"},
		{"The firm wants to sell as soon as possible.", saturday, "as soon as possible", chronicle.DateTimex, "FUTURE_REF"},
		{"The plant will soon close.", saturday, "soon", chronicle.DateTimex, "FUTURE_REF"},
		{"A summit would be held soon.", saturday, "soon", chronicle.DateTimex, "FUTURE_REF"},
		{"The vote is set for May 30, the same day the mayor retires.", saturday, "the same day", chronicle.DateTimex, "2025-05-30"},
		{"Traders expect rates to fall in the weeks ahead.", saturday, "the weeks ahead", chronicle.DurationTimex, "PXW"},
		{"The shares reached a peak for the year of $30 in May.", chronicle.NewDay(1989, time.October, 30), "the year", chronicle.DateTimex, "1989"},
		{"Shoppers crowded the malls before Christmas.", chronicle.NewDay(1989, time.December, 20), "Christmas", chronicle.DateTimex, "1989-12-25"},
		{"The bombings at Christmas in 2000 killed 19.", saturday, "Christmas", chronicle.DateTimex, "2000-12-25"},
		{"Easter of 1998 was cold.", saturday, "Easter of 1998", chronicle.DateTimex, "1998-04-12"},
		{"Polls close on Election Day.", chronicle.NewDay(1998, time.October, 26), "Election Day", chronicle.DateTimex, "1998-11-03"},
		{"The parade is on Labor Day.", chronicle.NewDay(2025, time.August, 20), "Labor Day", chronicle.DateTimex, "2025-09-01"},
		{"The meeting lasted a quarter of an hour.", saturday, "a quarter of an hour", chronicle.DurationTimex, "PT15M"},
		{"The festival is this coming Sunday, March 8.", chronicle.NewDay(1998, time.March, 5), "this coming Sunday, March 8", chronicle.DateTimex, "1998-03-08"},
		{"Nobody should leave at this difficult moment.", saturday, "this difficult moment", chronicle.DateTimex, "PRESENT_REF"},
		{"Complaints about the landlord doubled over the past year.", saturday, "the past year", chronicle.DateTimex, "2024"},
		{"She has lived abroad for the past year.", saturday, "the past year", chronicle.DurationTimex, "P1Y"},
		{"Pilgrims filled the city as Holy Week and then Easter week began.", chronicle.NewDay(2025, time.April, 14), "Easter week", chronicle.DateTimex, "2025-W16"},
		{"The town will be without a bridge for a while.", saturday, "a while", chronicle.DurationTimex, "PXX"},
		{"Troops may stay on the border for some time.", saturday, "some time", chronicle.DurationTimex, "PXX"},
		{"Shares fell on Friday. Dealers placed buy orders in the morning.", saturday, "the morning", chronicle.TimeTimex, "2025-04-25TMO"},
		{"He was last seen Nov. 3, the day before the warrant was issued.", chronicle.NewDay(1999, time.May, 7), "the day", chronicle.DateTimex, "1998-11-03"},
		{"The index lagged eight trading days after the crash.", saturday, "eight trading days", chronicle.DurationTimex, "P8D"},
		{"Shelling went on. It's the second day of the offensive.", saturday, "the second day", chronicle.DateTimex, "2025-04-26"},
		{"Tuesday was the third day of the strike.", saturday, "the third day", chronicle.DateTimex, "2025-04-22"},
		{"In the years that followed, the rebels took the north.", saturday, "the years", chronicle.DurationTimex, "PXY"},
		{"Over the years, the idea has spread.", saturday, "the years", chronicle.DurationTimex, "PXY"},
		{"After a year-long inquiry the panel reported.", saturday, "year-long", chronicle.DurationTimex, "P1Y"},
		{"The port reopened after a weeks-long strike.", saturday, "weeks-long", chronicle.DurationTimex, "PXW"},
		{"Civilians died in the four decades-long conflict.", saturday, "four decades-long", chronicle.DurationTimex, "P40Y"},
		{"It ended the thirty year-long feud.", saturday, "thirty year-long", chronicle.DurationTimex, "P30Y"},
		{"The polls opened at 0430 UTC.", saturday, "0430 UTC", chronicle.TimeTimex, "2025-04-26T04:30"},
		{"The blast came at 10:30 pm local time.", saturday, "10:30 pm", chronicle.TimeTimex, "2025-04-26T22:30"},
		{"Polling started at 9am and ended at 10pm.", saturday, "10pm", chronicle.TimeTimex, "2025-04-26T22:00"},
		{"Thousands were taken in the first hours of the ground war.", saturday, "the first hours", chronicle.DurationTimex, "PTXH"},
		{"Money flowed in the final weeks of the campaign.", saturday, "the final weeks", chronicle.DurationTimex, "PXW"},
		{"Two flights will leave on Monday and Tuesday nights.", saturday, "Tuesday nights", chronicle.SetTimex, "XXXX-WXX-2TNI"},
		{"Two flights will leave on Monday and Tuesday nights.", saturday, "Monday", chronicle.SetTimex, "XXXX-WXX-1TNI"},
		{"The shop opens on Sunday mornings.", saturday, "Sunday mornings", chronicle.SetTimex, "XXXX-WXX-7TMO"},
		{"The loan may be extended for an additional year.", saturday, "an additional year", chronicle.DurationTimex, "P1Y"},
		{"The ban was extended by a further six months.", saturday, "a further six months", chronicle.DurationTimex, "P6M"},
		{"Mines lie near the fabled 11th century temple.", saturday, "11th century", chronicle.DateTimex, "10"},
		{"There were sell programs in past years, too.", saturday, "past years", chronicle.DateTimex, "PAST_REF"},
		{"Obama spoke. Today he flies home.", saturday, "Today", chronicle.DateTimex, "2025-04-26"},
		{"The treaty was signed on Friday. Geremek said it was \"a great day for Poland.\"", saturday, "a great day", chronicle.DateTimex, "2025-04-25"},
		{"\"This is a historic day for the nation,\" the chief said.", saturday, "a historic day", chronicle.DateTimex, "2025-04-26"},
		{"She hopes the museum will one day reopen.", saturday, "one day", chronicle.DateTimex, "FUTURE_REF"},
		{"The strike lasted one day.", saturday, "one day", chronicle.DurationTimex, "P1D"},
		{"The family gathers annually for the feast.", saturday, "annually", chronicle.SetTimex, "P1Y"},
		{"Funding will follow at a later date.", saturday, "a later date", chronicle.DateTimex, "FUTURE_REF"},
		{"She is a 20th century poet.", saturday, "20th century", chronicle.DateTimex, "19"},
		// tense and the side a date falls on
		{"Elections are due this September.", chronicle.NewDay(1998, time.February, 5), "this September", chronicle.DateTimex, "1998-09"},
		{"They were given until 9 a.m. Tuesday to reply.", chronicle.NewDay(2000, time.April, 3), "9 a.m. Tuesday", chronicle.TimeTimex, "2000-04-04T09:00"},
		{"The offer had been scheduled to expire Friday.", chronicle.NewDay(1989, time.October, 30), "Friday", chronicle.DateTimex, "1989-10-27"},
		{"The summit will still be held on April 24.", chronicle.NewDay(1999, time.February, 10), "April 24", chronicle.DateTimex, "1999-04-24"},
		{"The board declared a dividend payable Dec. 15.", chronicle.NewDay(1989, time.October, 26), "Dec. 15", chronicle.DateTimex, "1989-12-15"},
		{"Stocks set a record on Aug. 6.", chronicle.NewDay(1998, time.February, 6), "Aug. 6", chronicle.DateTimex, "1997-08-06"},
		{"Prices, high in October, are low now.", chronicle.NewDay(1998, time.January, 8), "October", chronicle.DateTimex, "1997-10"},
		{"The boat sank six weeks ago.", chronicle.NewDay(2000, time.January, 6), "six weeks ago", chronicle.DateTimex, "1999-W47"},
		{"The offer expires at 5 p.m. EST, Nov. 6.", chronicle.NewDay(1989, time.October, 30), "5 p.m. EST, Nov. 6", chronicle.TimeTimex, "1989-11-06T17:00"},
		{"The fair is set for May 3 and 4 in Leeds.", chronicle.NewDay(2025, time.April, 10), "4", chronicle.DateTimex, "2025-05-04"},
		{"Talks on May 3 and 4 ended without a deal.", chronicle.NewDay(2025, time.April, 10), "4", chronicle.DateTimex, "2025-05-04"},
		{"Shares fell on April 24, 1998 and 25 others rose.", chronicle.NewDay(1999, time.February, 10), "April 24, 1998", chronicle.DateTimex, "1998-04-24"},
		{"The March vote will settle it.", chronicle.NewDay(1999, time.February, 10), "March", chronicle.DateTimex, "1999-03"},
		{"The tenants had paid their rent by Wednesday.", chronicle.NewDay(1990, time.August, 16), "Wednesday", chronicle.DateTimex, "1990-08-15"},
		{"Until Thursday, the police had not named anyone.", chronicle.NewDay(1999, time.May, 7), "Thursday", chronicle.DateTimex, "1999-05-06"},
		{"The panel gave the firm until mid-November to reply.", chronicle.NewDay(1989, time.October, 30), "mid-November", chronicle.DateTimex, "1989-11"},
		{"The vote is expected in early March, a spokesman for the party said on Wednesday.", chronicle.NewDay(1999, time.February, 10), "early March", chronicle.DateTimex, "1999-03"},
		{"The clinic was bombed last Oct. 23 at night.", chronicle.NewDay(1999, time.April, 19), "last Oct. 23", chronicle.DateTimex, "1998-10-23"},
		{"The state funeral scheduled for Saturday.", chronicle.NewDay(2005, time.January, 27), "Saturday", chronicle.DateTimex, "2005-01-29"},
		{"A rally planned for Saturday was called off.", chronicle.NewDay(1999, time.October, 24), "Saturday", chronicle.DateTimex, "1999-10-23"},
		{"On Friday, when the minister dropped her holiday plans, the ban was lifted.", chronicle.NewDay(1998, time.August, 17), "Friday", chronicle.DateTimex, "1998-08-14"},
		{"The mayor has scheduled a briefing Thursday.", chronicle.NewDay(1999, time.May, 5), "Thursday", chronicle.DateTimex, "1999-05-06"},
		{"The quake struck at 6:10 a.m. (1110 GMT) Friday.", chronicle.NewDay(1998, time.August, 8), "6:10 a.m.", chronicle.TimeTimex, "1998-08-07T06:10"},
		{"The strike should be settled no later than Friday.", chronicle.NewDay(2025, time.April, 28), "Friday", chronicle.DateTimex, "2025-05-02"},
		{"The fee must be paid in full on Thursday.", chronicle.NewDay(2025, time.April, 28), "Thursday", chronicle.DateTimex, "2025-05-01"},
		{"Critics say she should have resigned on Thursday.", chronicle.NewDay(2025, time.April, 28), "Thursday", chronicle.DateTimex, "2025-04-24"},
		{"The board approved it in March, and should not delay.", saturday, "March", chronicle.DateTimex, "2025-03"},
		{"Rebels shelled the town overnight.", saturday, "overnight", chronicle.TimeTimex, "2025-04-25TNI"},
		{"Crews will work overnight to clear the road.", saturday, "overnight", chronicle.TimeTimex, "2025-04-26TNI"},
		{"Dozens were hurt in clashes overnight Friday.", saturday, "overnight Friday", chronicle.TimeTimex, "2025-04-25TNI"},
		{"The Senate July 9 passed the bill.", saturday, "July 9", chronicle.DateTimex, "2024-07-09"},
		{"The bill cleared the Senate Thursday.", saturday, "Thursday", chronicle.DateTimex, "2025-04-24"},
		{"Shares rose by mid-afternoon yesterday.", chronicle.NewDay(1989, time.November, 2), "mid-afternoon yesterday", chronicle.TimeTimex, "1989-11-01TAF"},
		{"A new route opens in May, with a second ferry leaving each Friday from November 3.", saturday, "November 3", chronicle.DateTimex, "2025-11-03"},
		{"The fair runs from November 3 to November 9 each year.", saturday, "November 3", chronicle.DateTimex, "2024-11-03"},
		{"Police said they did not plan to close the bridge on Tuesday.", saturday, "Tuesday", chronicle.DateTimex, "2025-04-29"},
		{"Staff could buy shares at the then-current price under the old plan.", saturday, "then-current", chronicle.DateTimex, "PAST_REF"},
		{"Her name was struck from the list in March, and the office closed that same day.", saturday, "that same day", chronicle.DateTimex, "2025-03-XX"},
		{"It earned $4 million in the third quarter, against $2.5 million last year.", chronicle.NewDay(1989, time.November, 1), "last year", chronicle.DateTimex, "1988-Q3"},
		{"Third-quarter sales rose to $80 million from last year's $71 million.", chronicle.NewDay(1989, time.November, 1), "last year", chronicle.DateTimex, "1988-Q3"},
		{"Net for the first nine months was $9 million, up from $7 million last year.", chronicle.NewDay(1989, time.November, 1), "last year", chronicle.DateTimex, "1988"},
		{"The plant made $40 million last year.", chronicle.NewDay(1989, time.November, 1), "last year", chronicle.DateTimex, "1988"},
		{"The two ministers meet separately Monday with the mediator.", saturday, "Monday", chronicle.DateTimex, "2025-04-28"},
		{"The inquiry resumes on Tuesday.", saturday, "Tuesday", chronicle.DateTimex, "2025-04-29"},
		{"A key vote on Thursday was delayed.", saturday, "Thursday", chronicle.DateTimex, "2025-04-24"},
		{"Doctors could, in a year or two, save more patients.", saturday, "a year or two", chronicle.DateTimex, "FUTURE_REF"},
		// "this" before a weekday follows the tense
		{"The envoy landed in Lima this Monday after a long delay.", saturday, "this Monday", chronicle.DateTimex, "2025-04-21"},
		{"This Tuesday, the regulator fined two carriers.", saturday, "This Tuesday", chronicle.DateTimex, "2025-04-22"},
		{"The union will walk out this Tuesday.", saturday, "this Tuesday", chronicle.DateTimex, "2025-04-29"},
		{"Crowds gather this Saturday in the square.", saturday, "this Saturday", chronicle.DateTimex, "2025-04-26"},
		// a sentence that opens with the expression reads its main clause
		{"In August, the court said the ban was lawful.", saturday, "August", chronicle.DateTimex, "2024-08"},
		// two months of one stretch share its year
		{"The dip follows growth in the prior three months (July to September).", chronicle.NewDay(2025, time.February, 3), "July", chronicle.DateTimex, "2024-07"},
		{"The ski lifts will run from November through March.", chronicle.NewDay(2025, time.February, 3), "March", chronicle.DateTimex, "2026-03"},
		{"The ski lifts will run from November through March.", chronicle.NewDay(2025, time.February, 3), "November", chronicle.DateTimex, "2025-11"},
		{"He was held from August to December 2023 in a camp.", saturday, "August", chronicle.DateTimex, "2023-08"},
		// common irregular past forms
		{"The chain sold its bakeries in June.", chronicle.NewDay(2025, time.February, 3), "June", chronicle.DateTimex, "2024-06"},
		// the present
		{"At present, buyers wait six weeks for a permit.", saturday, "present", chronicle.DateTimex, "PRESENT_REF"},
		{"Rates have stayed low from 2009 to the present day.", saturday, "the present day", chronicle.DateTimex, "PRESENT_REF"},
		// zoned clock times
		{"Oil touched $91 (8:15 eastern time) in early trade.", saturday, "8:15", chronicle.TimeTimex, "2025-04-26T08:15"},
		// unknown anchor
		{"They met in February.", chronicle.Day{}, "February", chronicle.DateTimex, "XXXX-02"},
		{"They met on Friday.", chronicle.Day{}, "Friday", chronicle.DateTimex, "XXXX-WXX-5"},
		{"They met yesterday.", chronicle.Day{}, "yesterday", chronicle.DateTimex, "XXXX-XX-XX"},
		{"They met last week.", chronicle.Day{}, "last week", chronicle.DateTimex, "XXXX-WXX"},
		{"It ended in 2019.", chronicle.Day{}, "2019", chronicle.DateTimex, "2019"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := timex.Find(tt.text, tt.anchor)
			for _, x := range got {
				if x.Text != tt.want {
					continue
				}
				if x.Type != tt.typ || x.Value != tt.value {
					t.Fatalf("Find(%q) %q = %s %s, want %s %s", tt.text, x.Text, x.Type, x.Value, tt.typ, tt.value)
				}
				return
			}
			t.Fatalf("Find(%q) = %v, want an expression %q", tt.text, got, tt.want)
		})
	}
}

// TestPartOfDayNamedAfter checks that "in the evening" followed by its own
// day is not taken for the evening of a day named before.
func TestPartOfDayNamedAfter(t *testing.T) {
	text := "The bill came up on Monday. It passed late in the evening on April 23."
	for _, x := range timex.Find(text, saturday) {
		if x.Type == chronicle.TimeTimex {
			t.Fatalf("Find(%q) has %q %s, want no time of Monday", text, x.Text, x.Value)
		}
	}
}

// TestFindNot lists words that look like time expressions but are not.
func TestFindNot(t *testing.T) {
	for _, text := range []string{
		"You may go now-defunct routes.",
		"The gates stay open from 9:00 to 21:30.", // opening hours, of no day
		"The ceremony marked the fall of the Berlin Wall.",
		"Iraq imports about three-quarters of its food.",
		"He was a 40-year-old teacher.",
		"The boy, five years old, was found.",
		"It was his second attempt: a second chance.",
		"She watched 60 Minutes on CBS.",
		"Prices rose 1,998 points to $2025.",
		"Spring water and sun hats.",
		"The company raised its quarterly dividend.",
		"Future earnings may suffer.",
		"As previously reported, the plant closed.",
		"Twelve hundred students enrolled.",
		"The driver's 1987 Chevrolet was found.",
		"The year before, sales fell.",
		"Year-end results were weak.",
		"The hostage was questioned and was soon freed.",
		"The march soon turned into a riot.",
		"He will retire soon after his birthday.",
		"Sales should grow 8% annually.",
		"Banks hold more than a quarter of the market.",
		"The Labor Party and the Election Commission met.",
		"The quarter-to-quarter gain was small.",
		"Marchers joined the March of Dimes.",
		"The board declared its first quarterly of ten cents.",
		"For the party, high noon has come.",
		"The minister spoke on the programme \"This Week\" with its host.",
		"The plant will make 9,000 trucks annually.",
		"He waited for some time-consuming tests.",
		"He works best in the morning.",
		"Since the \"Black July\" riots the town has been divided.",
		"Fans held a rally they called \"Green Friday\" for the team.",
		"The minister told the Sunday Herald he would stay.",
		"The Good Friday Agreement ended the conflict.",
		"A reporter for the Daily Courier was hurt.",
		"She spoke to the Springfield Daily Courier.",
		"It was a great day.",
		"This is a big day-care centre.",
		"He told USA Today that he would run.",
		"He joined 21st Century Fox.",
		"The attack came in the early hours.",
		"The blast came at dawn (0430 UTC).",
		"I am 5 and I am not 12.",
		"She said it was the second day of the trial.",
		"The two islands lie 1950 km apart.",
		"A survey of 2010 people found support for the plan.",
		"The firm will cut 2000 jobs.",
		"The present system is slow.",
	} {
		t.Run(text, func(t *testing.T) {
			if got := timex.Find(text, saturday); len(got) > 0 {
				t.Fatalf("Find(%q) = %v, want none", text, got)
			}
		})
	}
}

// TestNormalize checks the pipeline stage reads the article text and date.
func TestNormalize(t *testing.T) {
	d := chronicle.NewDocument(&chronicle.Article{Date: saturday, Text: "Zelenskyy met Trump today."})
	got := timex.Normalize(d)
	if len(got) != 1 || got[0].Value != "2025-04-26" || d.Text(got[0].Span) != "today" {
		t.Fatalf("Normalize = %v, want today = 2025-04-26", got)
	}
	if got := timex.Normalize(&chronicle.Document{}); got == nil || len(got) != 0 {
		t.Fatalf("Normalize(no article) = %#v, want an empty list", got)
	}
}

// TestSeed checks the times a careful reader takes from the example article.
func TestSeed(t *testing.T) {
	dir := chronicletest.Shared(t, "")
	base := filepath.Join(dir, "seed", "000_8141e75181dc3b6f")
	raw, err := os.ReadFile(base + ".txt")
	if err != nil {
		t.Skipf("example article not available: %v", err)
	}
	var gold struct {
		Times []struct{ Text, Value string }
	}
	b, err := os.ReadFile(base + ".gold.json")
	if err != nil {
		t.Skipf("example gold not available: %v", err)
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	// The file starts " date YYYY-MM-DD <lede>"; the anchor is that date.
	text := string(raw)
	fields := strings.Fields(text)
	if len(fields) < 2 || fields[0] != "date" {
		t.Fatalf("%s.txt: want a leading date line", base)
	}
	anchor, err := chronicle.ParseDay(fields[1])
	if err != nil {
		t.Fatal(err)
	}
	got := timex.Find(text, anchor)
	for _, g := range gold.Times {
		found := false
		for _, x := range got {
			if x.Text == g.Text && x.Value == g.Value {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("missing %q = %s; found %v", g.Text, g.Value, got)
		}
	}
}

func FuzzFind(f *testing.F) {
	f.Add("Trump said on Friday that the 15-minute meeting in February this year was productive.", int64(20250426))
	f.Add("at 10:30 a.m. EST Tuesday, 4/26/2025, the '90s, mid-2024, Q3 2024", int64(0))
	f.Add("the past two weeks, a year ago, every Monday, the third-quarter loss", int64(19891026))
	f.Add("Sept.\xff 30, 1990s\u2019 \u201cnow\u201d – May 5th", int64(20000101))
	f.Add("5 1/2 hours, nineteen ninety-six, the year two thousand, by year-end, the week of March 6", int64(19891026))
	f.Fuzz(func(t *testing.T, text string, ymd int64) {
		var anchor chronicle.Day
		if ymd > 0 {
			anchor = chronicle.NewDay(int(ymd/10000)%3000, time.Month(ymd/100%100), int(ymd%100))
		}
		prev := 0
		for _, x := range timex.Find(text, anchor) {
			if x.Start < prev || x.End <= x.Start || x.End > len(text) {
				t.Fatalf("bad span %+v after offset %d in %q", x.Span, prev, text)
			}
			if x.Text != text[x.Start:x.End] {
				t.Fatalf("Text %q, want %q", x.Text, text[x.Start:x.End])
			}
			if x.Value == "" || x.Type == "" {
				t.Fatalf("empty type or value: %+v", x)
			}
			prev = x.End
		}
	})
}

func BenchmarkFind(b *testing.B) {
	raw, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(raw)+"\n\n", 20)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		timex.Find(text, saturday)
	}
}
