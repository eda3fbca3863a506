package chronicle

// A StoryID identifies a story.
type StoryID int64

// A Story is a set of articles about one developing news story.
type Story struct {
	ID       StoryID     `json:"id"`
	Title    string      `json:"title"`
	First    Day         `json:"first"`
	Last     Day         `json:"last"`
	Articles []ArticleID `json:"articles"`
}
