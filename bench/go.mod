module chronicle/bench

go 1.26.0

require (
	chronicle v0.0.0
	github.com/jdkato/prose/v3 v3.2.3
)

require (
	golang.org/x/net v0.62.0 // indirect
	golang.org/x/text v0.44.0 // indirect
	gopkg.in/neurosnap/sentences.v1 v1.0.6 // indirect
)

replace chronicle => ../
