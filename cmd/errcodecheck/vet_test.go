package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// goVet runs go vet with errcodecheck as its vet tool.
func goVet(t *testing.T, dir string, args ...string) result {
	t.Helper()
	return command(t, dir, goTool(), append([]string{"vet", "-vettool=" + binary}, args...)...)
}

// TestVet checks the vet protocol: findings through go vet, a failing
// status, and facts flowing from package to package: heur.BadRequest is
// known to be a wrapper fixing status 400 only through the fact exported
// when go vet analyzed heur.
func TestVet(t *testing.T) {
	r := goVet(t, shop, "./...")
	if r.code == 0 {
		t.Fatalf("go vet succeeded despite findings: %s", r)
	}
	for _, w := range wantFindings {
		if !strings.Contains(r.stderr, w.pos+": ") {
			t.Errorf("go vet did not report %s: %s", w.pos, r.stderr)
		}
	}
	if !strings.Contains(r.stderr, "callers/callers.go:9:25: error code 40100002 (registered with 401) used with BadRequest, which fixes status 400") {
		t.Errorf("the wrapper fact did not reach package callers:\n%s", r.stderr)
	}

	clean := goVet(t, shop, "./clean", "./user")
	if clean.code != 0 || clean.stderr != "" {
		t.Errorf("go vet on clean packages: %s", clean)
	}
}

// TestVetFlags checks that go vet passes errcodecheck's flags through,
// unprefixed as on its own command line. (The packages checked import
// nothing from the standard library: each new set of flags makes go vet
// run errcodecheck on every dependency again.)
func TestVetFlags(t *testing.T) {
	// -heuristics=false: heur.NewError is no constructor, fixme is clean.
	if r := goVet(t, shop, "-heuristics=false", "./fixme"); r.code != 0 {
		t.Errorf("go vet -heuristics=false: %s", r)
	}

	// -config: without the namespaces, platform may use user's constant.
	dir := t.TempDir()
	writeFile(t, dir, "other.yml", shopWithoutNamespaces)
	r := goVet(t, shop, "-config="+filepath.Join(dir, "other.yml"), "./platform")
	if r.code == 0 || !strings.Contains(r.stderr, "platform/platform.go:12:20: ") || strings.Contains(r.stderr, "user.ErrUserExists") {
		t.Errorf("go vet -config: %s", r)
	}

	// -json: go vet passes the JSON tree through.
	r = goVet(t, shop, "-json", "./platform")
	if !strings.Contains(r.stdout+r.stderr, `"category": "status-mismatch"`) {
		t.Errorf("go vet -json: %s", r)
	}
}

// TestVetRelativeConfig checks a relative -config under go vet, which
// runs errcodecheck in each package's directory: the file is looked for
// from there upward, and when it is nowhere, errcodecheck says so.
func TestVetRelativeConfig(t *testing.T) {
	dir := copyShop(t)
	writeFile(t, dir, "ci/errcodecheck.yml", shopWithoutNamespaces)
	r := goVet(t, dir, "-config=ci/errcodecheck.yml", "./platform")
	if r.code == 0 || !strings.Contains(r.stderr, "platform/platform.go:12:20: ") || strings.Contains(r.stderr, "user.ErrUserExists") {
		t.Errorf("go vet -config=ci/errcodecheck.yml: %s", r)
	}

	// go vet is not needed to see the error: errcodecheck gets a .cfg.
	writeFile(t, dir, "vet.cfg", `{"ImportPath": "example.com/shop/clean", "GoFiles": ["clean.go"]}`)
	r = errcodecheck(t, dir, "-config=nosuch.yml", filepath.Join(dir, "vet.cfg"))
	wantCode(t, r, 1)
	if !strings.Contains(r.stderr, "-config nosuch.yml: no such file in "+dir+" or the directories above it") {
		t.Errorf("a -config found nowhere under go vet: %s", r)
	}
}

// TestVetBadConfig checks that a bad config fails go vet with its message.
func TestVetBadConfig(t *testing.T) {
	dir := copyShop(t)
	writeFile(t, dir, ".errcodecheck.yml", badConfig)
	r := goVet(t, dir, "./clean")
	if r.code == 0 || !strings.Contains(r.stderr, ".errcodecheck.yml:3: namespace: unknown key") {
		t.Errorf("go vet with a bad config: %s", r)
	}
}

// TestVetCacheKey checks that the build ID go vet caches results under
// changes with the configuration, which go vet does not know is an input.
func TestVetCacheKey(t *testing.T) {
	dir := copyShop(t)
	if r := goVet(t, dir, "./fixme"); r.code == 0 {
		t.Errorf("go vet ./fixme found nothing: %s", r)
	}
	first := errcodecheck(t, dir, "-V=full")
	wantCode(t, first, 0)
	writeFile(t, dir, ".errcodecheck.yml", readFile(t, dir, ".errcodecheck.yml")+"heuristics: false\n")
	second := errcodecheck(t, dir, "-V=full")
	wantCode(t, second, 0)
	if first.stdout == second.stdout {
		t.Errorf("-V=full did not change with the configuration: %s", first.stdout)
	}
	if r := goVet(t, dir, "./fixme"); r.code != 0 {
		t.Errorf("go vet ignored the new configuration (heuristics off): %s", r)
	}
}

// TestVetFlagsJSON checks -flags, go vet's question: the flags it may pass.
func TestVetFlagsJSON(t *testing.T) {
	r := errcodecheck(t, shop, "-flags")
	wantCode(t, r, 0)
	var flags []struct {
		Name  string
		Bool  bool
		Usage string
	}
	if err := json.Unmarshal([]byte(r.stdout), &flags); err != nil {
		t.Fatalf("%v: %s", err, r.stdout)
	}
	got := map[string]bool{}
	for _, f := range flags {
		got[f.Name] = f.Bool
	}
	for name, isBool := range map[string]bool{"config": false, "heuristics": true, "generated": true, "json": true} {
		if b, ok := got[name]; !ok || b != isBool {
			t.Errorf("-flags: %s listed %v, bool %v; want bool %v", name, ok, b, isBool)
		}
	}
	for _, name := range []string{"sarif", "test", "fix", "errcodecheck.config"} {
		if _, ok := got[name]; ok {
			t.Errorf("-flags lists %s, which go vet must not pass", name)
		}
	}
}
