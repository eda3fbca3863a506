// Package learn is the machine learning the taggers share: a multiclass
// averaged perceptron over sparse, hashed features, with deterministic
// training and a compact serialization.
//
// A tagger turns each decision into a list of feature hashes (see Features),
// asks a Model for the best label, and during training tells a Trainer the
// gold label. Models are small enough to embed in the binary and load in a
// few milliseconds.
package learn
