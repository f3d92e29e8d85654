// Command factsfloor is the floor the errcodecheck command is measured
// against (bench/cmd.sh): singlechecker, the standard standalone driver of
// golang.org/x/tools, running an analyzer that declares one fact type,
// requires nothing and does nothing. The fact type makes the driver load
// every dependency from source and run the analyzer on it, as it must for
// any analyzer with facts; nothing else is done, so no analyzer with facts
// can cost less through singlechecker.
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/errcodecheck/errcodecheck/bench/internal/noop"
)

func main() { singlechecker.Main(noop.Bare()) }
