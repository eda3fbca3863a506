package chronicle

// A Place is a geocoded location.
type Place struct {
	Name    string  `json:"name"`
	Country string  `json:"country"` // ISO 3166-1 alpha-3
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
}
