// Command noopfacts is singlechecker, the standard standalone driver of
// golang.org/x/tools, running benchrun's noopfacts analyzer: it requires
// inspect, visits every call expression and declares one fact type, so it
// runs, with inspect, on every dependency. bench/cmd.sh can compare the
// errcodecheck command with it (-tools); its floor is factsfloor.
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/errcodecheck/errcodecheck/bench/internal/noop"
)

func main() { singlechecker.Main(noop.New(true)) }
