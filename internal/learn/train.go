package learn

// A Trainer trains a Model with the averaged perceptron: after each mistake
// the features' weights move towards the gold label and away from the guess,
// and the final model holds each weight averaged over every step, which
// generalizes far better than the last weights.
//
// Training is deterministic: the same decisions in the same order give the
// same model.
type Trainer struct {
	m     *Model
	sums  []float64 // per weight: sum of step*delta, for the lazy average
	steps int       // decisions seen
}

// NewTrainer returns a Trainer for a new model over labels with 2^bits
// feature buckets.
func NewTrainer(labels []string, bits uint) (*Trainer, error) {
	m, err := NewModel(labels, bits)
	if err != nil {
		return nil, err
	}
	return &Trainer{m: m, sums: make([]float64, len(m.weights))}, nil
}

// Current returns the model being trained, with its current (not averaged)
// weights, for making guesses during training.
func (t *Trainer) Current() *Model { return t.m }

// Learn records one decision: the features, the gold label and the label the
// current model guessed. It updates the weights when they differ.
func (t *Trainer) Learn(features []uint64, gold, guess int) {
	t.steps++
	if gold == guess {
		return
	}
	t.Update(features, gold, 1)
	t.Update(features, guess, -1)
}

// Update adds delta to the weights of label for features. Learn calls it;
// structured learners that compare whole sequences call it directly.
func (t *Trainer) Update(features []uint64, label int, delta float32) {
	for _, id := range features {
		i := t.m.row(id) + label
		t.m.weights[i] += delta
		t.sums[i] += float64(t.steps) * float64(delta)
	}
}

// Step counts one decision without learning from it; use it with Update.
func (t *Trainer) Step() { t.steps++ }

// Averaged returns the averaged model. The Trainer can go on training after.
func (t *Trainer) Averaged() *Model {
	avg := &Model{Labels: t.m.Labels, bits: t.m.bits, weights: make([]float32, len(t.m.weights))}
	if t.steps == 0 {
		return avg
	}
	c := float64(t.steps)
	for i, w := range t.m.weights {
		avg.weights[i] = float32(float64(w) - t.sums[i]/c)
	}
	return avg
}
