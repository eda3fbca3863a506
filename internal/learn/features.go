package learn

// FNV-1a, 64 bits.
const (
	offset64 = 14695981039346656037
	prime64  = 1099511628211
)

// Features collects the hashed features of one decision. The zero value is
// ready to use; Reset it between decisions to reuse its memory.
//
// Each feature is a template number (which kind of feature it is) and one or
// two strings (its value). Hashing them needs no allocation.
type Features struct {
	IDs []uint64
}

// Reset empties f, keeping its memory.
func (f *Features) Reset() { f.IDs = f.IDs[:0] }

// Add adds the feature (template, value).
func (f *Features) Add(template uint8, value string) {
	f.IDs = append(f.IDs, hashString(hashByte(offset64, template), value))
}

// Add2 adds the feature (template, a, b).
func (f *Features) Add2(template uint8, a, b string) {
	h := hashString(hashByte(offset64, template), a)
	h = hashByte(h, 0)
	f.IDs = append(f.IDs, hashString(h, b))
}

// Add3 adds the feature (template, a, b, c).
func (f *Features) Add3(template uint8, a, b, c string) {
	h := hashString(hashByte(offset64, template), a)
	h = hashString(hashByte(h, 0), b)
	f.IDs = append(f.IDs, hashString(hashByte(h, 0), c))
}

// AddBias adds a feature that every decision has.
func (f *Features) AddBias() { f.IDs = append(f.IDs, hashByte(offset64, 0xff)) }

func hashByte(h uint64, b byte) uint64 { return (h ^ uint64(b)) * prime64 }

func hashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * prime64
	}
	return h
}
