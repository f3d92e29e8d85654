package analyzer

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestInventoryFacts asserts the codes facts of a world whose call
// chains cross three packages (service -> store -> apierr), then the
// inventory built from the results.
func TestInventoryFacts(t *testing.T) {
	t.Parallel()
	in, a := newInstance()
	(&Preloader{in}).Inventory()
	var results []any
	for _, r := range analysistest.Run(t, analysistest.TestData(), a, "inventory/...") {
		results = append(results, r.Result)
	}
	inv := BuildInventory(results)

	var funcs []string
	for _, f := range inv.Funcs {
		funcs = append(funcs, fmt.Sprintf("%s %v", f.Func, f.Codes))
	}
	want := []string{
		"inventory/apierr.Unauthorized [40100001]",
		"inventory/service.Register [40000001 40100001 40400001 40400002 40900001]",
		"(*inventory/store.Store).Load [40400002]",
		"inventory/store.Get [40000001 40100001 40400001]",
		"inventory/store.Ping [40900001]",
		"inventory/store.Pong [40900001]",
	}
	if got := strings.Join(funcs, "\n"); got != strings.Join(want, "\n") {
		t.Errorf("functions:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}

	var codes []string
	for _, c := range inv.Codes {
		var uses []string
		for _, u := range c.Uses {
			uses = append(uses, fmt.Sprintf("%s %s %s:%d", u.Kind, u.Func, filepath.Base(u.Pos.Filename), u.Pos.Line))
		}
		codes = append(codes, fmt.Sprintf("%d: %s", c.Code, strings.Join(uses, ", ")))
	}
	wantCodes := []string{
		"40000001: construct inventory/store.Get store.go:13",
		"40100001: construct inventory/apierr.Unauthorized apierr.go:13",
		"40400001: construct  store.go:8, reference inventory/store.Get store.go:18",
		"40400002: construct inventory/store.load store.go:29",
		"40900001: construct inventory/service.conflict service.go:21, construct inventory/store.Ping store.go:40",
		"50000001: ",
	}
	if got := strings.Join(codes, "\n"); got != strings.Join(wantCodes, "\n") {
		t.Errorf("codes:\n%s\nwant:\n%s", got, strings.Join(wantCodes, "\n"))
	}
}
