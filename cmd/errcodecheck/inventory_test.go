package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// TestInventoryJSON checks -inventory's JSON on standard output: each
// catalog code with its uses, each exported function with the codes it
// can produce through call chains across three packages; findings stay
// on standard error.
func TestInventoryJSON(t *testing.T) {
	t.Parallel()
	r := errcodecheck(t, usageModule(t), "-inventory", "./...")
	wantCode(t, r, 0)
	var inv struct {
		Codes []struct {
			Catalog       string
			Namespace     string
			Code          int64
			Status        int
			UsedElsewhere bool `json:"used_elsewhere"`
			Uses          []struct{ Kind, Package, Function, Pos, Symbol string }
		}
		Functions []struct {
			Package, Function, Pos string
			Codes                  []int64
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &inv); err != nil {
		t.Fatalf("%v:\n%s", err, r.stdout)
	}
	var codes []string
	for _, c := range inv.Codes {
		var uses []string
		for _, u := range c.Uses {
			uses = append(uses, fmt.Sprintf("%s %s %s %s", u.Kind, u.Function, u.Pos, u.Symbol))
		}
		codes = append(codes, fmt.Sprintf("%d %d %s %v: %s", c.Code, c.Status, c.Catalog, c.UsedElsewhere, strings.Join(uses, "; ")))
	}
	wantCodes := []string{
		"40000001 400 docs/errcodes.md:5 false: construct example.com/usage/store.Get store/store.go:11:10 ",
		"40100001 401 docs/errcodes.md:6 false: construct example.com/usage/apierr.Unauthorized apierr/apierr.go:11:36 ",
		"40400001 404 docs/errcodes.md:7 false: construct  store/store.go:7:18 ; reference example.com/usage/store.Get store/store.go:16:9 ErrMissing",
		"40400002 404 docs/errcodes.md:8 false: construct example.com/usage/store.load store/store.go:23:28 ",
		"40900001 409 docs/errcodes.md:9 false: construct example.com/usage/service.Register service/service.go:17:9 ",
		"41000001 410 docs/errcodes.md:10 false: ",
		"42900001 429 docs/errcodes.md:11 true: ",
		"50000001 500 docs/errcodes.md:12 false: compare example.com/usage/service.Retry service/service.go:21:50 codes.Internal",
	}
	if got := strings.Join(codes, "\n"); got != strings.Join(wantCodes, "\n") {
		t.Errorf("codes:\n%s\nwant:\n%s", got, strings.Join(wantCodes, "\n"))
	}
	var funcs []string
	for _, f := range inv.Functions {
		funcs = append(funcs, fmt.Sprintf("%s %s %v", f.Function, f.Pos, f.Codes))
	}
	wantFuncs := []string{
		"example.com/usage/apierr.Unauthorized apierr/apierr.go:11:6 [40100001]",
		"example.com/usage/service.Register service/service.go:10:6 [40000001 40100001 40400001 40400002 40900001]",
		"(*example.com/usage/store.Store).Load store/store.go:21:17 [40400002]",
		"example.com/usage/store.Get store/store.go:9:6 [40000001 40100001 40400001]",
	}
	if got := strings.Join(funcs, "\n"); got != strings.Join(wantFuncs, "\n") {
		t.Errorf("functions:\n%s\nwant:\n%s", got, strings.Join(wantFuncs, "\n"))
	}
}

// TestInventoryMarkdown checks the tables to paste into API docs.
func TestInventoryMarkdown(t *testing.T) {
	t.Parallel()
	r := errcodecheck(t, usageModule(t), "-inventory=markdown", "./...")
	wantCode(t, r, 0)
	for _, want := range []string{
		"| Code | HTTP | Name | Constructed in | Used in |\n|---|---|---|---|---|\n",
		"| 40400001 | 404 | 记录不存在 | `store` (store/store.go:7) | `store.Get` (store/store.go:16) |\n",
		"| 41000001 | 410 | 旧接口已下线 |  | unused |\n",
		"| 42900001 | 429 | 请求太多 |  | used elsewhere |\n",
		"| example.com/usage/service | `Register` | 40000001 (400), 40100001 (401), 40400001 (404), 40400002 (404), 40900001 (409) |\n",
		"| example.com/usage/store | `(*Store).Load` | 40400002 (404) |\n",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("-inventory=markdown lacks %q:\n%s", want, r.stdout)
		}
	}
}

// TestInventoryUsage: -inventory prints on standard output, so it
// excludes the formats that do, and its value is checked; -checks naming
// unused-code without -unused is a usage error, not a check silently off.
func TestInventoryUsage(t *testing.T) {
	t.Parallel()
	dir := usageModule(t)
	for _, args := range [][]string{{"-inventory", "-json"}, {"-inventory", "-sarif"}, {"-inventory", "-diff"}, {"-inventory", "-constructors"}, {"-inventory=yaml"}, {"-checks=unused-code"}} {
		r := errcodecheck(t, dir, append(args, "./...")...)
		want := strings.TrimSuffix(args[0], "=yaml")
		if want == "-checks=unused-code" {
			want = "-checks names unused-code, which runs only with -unused"
		}
		if r.code != exitUsage || !strings.Contains(r.stderr, want) {
			t.Errorf("%v: %s", args, r)
		}
	}
}
