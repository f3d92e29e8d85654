package main

import (
	"regexp"
	"strings"
	"testing"
)

func TestCheckEmbedded(t *testing.T) {
	r := errcatalog(t, "", "check")
	r.wantCode(t, 0)
	if want := "errcodecheck/catalog/errcodes.md (digits=8 prefix=on): user=8 platform=48\n"; r.stdout != want {
		t.Errorf("stdout = %q, want %q", r.stdout, want)
	}
	// The one warning of the seed: two platform codes share a name.
	re := regexp.MustCompile(`^errcodecheck/catalog/errcodes\.md:\d+: warning: error codes 40000016 \(line \d+\) and 40000017 in namespace platform share the name "无法解析cookie中的配置信息"\n$`)
	if !re.MatchString(r.stderr) {
		t.Errorf("stderr = %q, want only the shared-name warning", r.stderr)
	}
}

func TestCheckEmbeddedOverrides(t *testing.T) {
	r := errcatalog(t, "", "check", "-digits", "any", "-prefix", "off")
	r.wantCode(t, 0)
	r.wantStdout(t, "(digits=any prefix=off): user=8 platform=48")

	r = errcatalog(t, "", "check", "-digits", "6")
	r.wantCode(t, 1)
	r.wantStderr(t, "errcodecheck/catalog/errcodes.md:6: error code 40000001 has 8 digits, want 6 (rules: digits=6 prefix=on)")
	if r.stdout != "" {
		t.Errorf("a catalog with errors got a summary: %q", r.stdout)
	}
}

// TestCheckSeed checks the seed as it was handed over: two tables without
// namespace markers, so their shared codes are duplicates.
func TestCheckSeed(t *testing.T) {
	r := errcatalog(t, "", "check", "testdata/seed.md")
	r.wantCode(t, 1)
	r.wantStderr(t,
		"testdata/seed.md:45: duplicate error code 40000001 in namespace default (first at line 5); "+
			"if the document holds several code tables, put <!-- errcodecheck:namespace NAME --> before each\n",
		"testdata/seed.md:50: duplicate error code 40000002 in namespace default (first at line 10)\n",
		"testdata/seed.md:257: duplicate error code 50000003 in namespace default (first at line 40)\n",
		"testdata/seed.md:126: warning: error codes 40000016 (line 121) and 40000017 in namespace default share the name",
	)
	lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
	dups := 0
	for _, l := range lines {
		if !regexp.MustCompile(`^testdata/seed\.md:\d+: `).MatchString(l) {
			t.Errorf("problem not in file:line: form: %q", l)
		}
		if strings.Contains(l, "duplicate error code") {
			dups++
		}
	}
	if dups != 8 { // the user table's 8 codes are all in the platform table
		t.Errorf("%d duplicate errors, want 8:\n%s", dups, r.stderr)
	}
	if n := strings.Count(r.stderr, "errcodecheck:namespace"); n != 1 {
		t.Errorf("the namespace-marker hint appears %d times, want once", n)
	}
}

func TestCheckBadCatalogs(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want []string
	}{
		{"missing key", []string{"testdata/missing-key.md"},
			[]string{"testdata/missing-key.md:8: entry lacks ErrorCode\n"}},
		{"bad number", []string{"testdata/bad-number.md"},
			[]string{
				`testdata/bad-number.md:4: ErrorCode "4000000x" is not a number` + "\n",
				`testdata/bad-number.md:8: HttpCode "four hundred" is not a number` + "\n",
			}},
		{"prefix mismatch", []string{"testdata/prefix-mismatch.md"},
			[]string{
				"testdata/prefix-mismatch.md:4: error code 40100003 does not start with its HttpCode 400",
				"testdata/prefix-mismatch.md:9: error code 4040001 has 7 digits, want 8",
			}},
		{"missing file", []string{"testdata/no-such-file.md"},
			[]string{"testdata/no-such-file.md: catalog file does not exist\n"}},
		{"directory", []string{"testdata"},
			[]string{"testdata: catalog is a directory"}},
		{"empty file", []string{"testdata/empty.md"},
			[]string{"testdata/empty.md: no catalog entries found"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := errcatalog(t, "", append([]string{"check"}, tc.args...)...)
			r.wantCode(t, 1)
			r.wantStderr(t, tc.want...)
		})
	}
}

// TestCheckSeveralFiles checks that one bad file fails the run but every
// file is still checked.
func TestCheckSeveralFiles(t *testing.T) {
	r := errcatalog(t, "", "check", "testdata/missing-key.md", "testdata/six-digits.md", "testdata/no-such-file.md", "testdata/names.md")
	r.wantCode(t, 1)
	r.wantStderr(t, "testdata/missing-key.md:8: entry lacks ErrorCode", "testdata/no-such-file.md: catalog file does not exist")
	want := "testdata/six-digits.md (digits=6 prefix=off): default=2\n" +
		"testdata/names.md (digits=8 prefix=on): names=12 other=1\n"
	if r.stdout != want {
		t.Errorf("stdout = %q, want %q", r.stdout, want)
	}

	// The file's own rules line is in force, and flags override it.
	r = errcatalog(t, "", "check", "testdata/six-digits.md")
	r.wantCode(t, 0)
	r = errcatalog(t, "", "check", "-prefix", "on", "testdata/six-digits.md")
	r.wantCode(t, 1)
	r.wantStderr(t, "testdata/six-digits.md:7: error code 410108 does not start with its HttpCode 404 (rules: digits=6 prefix=on)")
}

// wantStdout fails the test unless every substring is in r's stdout.
func (r result) wantStdout(t *testing.T, substrings ...string) {
	t.Helper()
	for _, s := range substrings {
		if !strings.Contains(r.stdout, s) {
			t.Errorf("stdout lacks %q:\n%s", s, r.stdout)
		}
	}
}
